import type { ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";

/*
 * The route a request reached, as a pattern ("/iro/reviews/:reviewId"), for logs and metrics:
 * an id in a path says nothing an operator needs, a query string may hold a name, and a label
 * per address would grow Prometheus's series without end. Matched the way Remix matches, against
 * the app's own route table, so the patterns are the route files' names.
 */

type RouteManifest = ServerBuild["routes"];
type Node = { id: string; path?: string; index?: boolean; children: Node[] };

/** Paths no route serves: files from build/client, and addresses that answer 404. */
export const staticRoute = "(static)";
export const unknownRoute = "(unknown)";

export function routePatterns(manifest: RouteManifest): (pathname: string) => string {
  const nodes = new Map<string, Node>();
  for (const route of Object.values(manifest)) {
    nodes.set(route.id, { id: route.id, path: route.path, index: route.index, children: [] });
  }
  const roots: Node[] = [];
  for (const route of Object.values(manifest)) {
    const node = nodes.get(route.id)!;
    const parent = route.parentId ? nodes.get(route.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return (pathname) => {
    const matches = matchRoutes(roots as Parameters<typeof matchRoutes>[0], pathname);
    const leaf = matches?.at(-1)?.route as Node | undefined;
    if (!matches || !leaf) return unknownRoute;
    // The catch-all page ("$.tsx") answers 404: an address no page has.
    if (leaf.path === "*") return unknownRoute;
    const pattern = matches
      .map((m) => (m.route as Node).path)
      .filter((p): p is string => !!p)
      .join("/");
    return `/${pattern}`;
  };
}
