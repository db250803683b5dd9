import type { IncomingMessage, ServerResponse } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import type { Logger } from "pino";
import { logger } from "./logger.server";
import { recordRequest } from "./metrics.server";
import { routePatterns, staticRoute, unknownRoute } from "./route-pattern.server";

/*
 * One log line and one set of metrics per request, written when its response has gone (or the
 * client went away). server.js puts this first, right after it stamps the request's id.
 * Only the method, the route pattern, the status and the time: never the address with its ids
 * or query string, a header, a cookie or a body.
 */

const methods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Load balancers ask these every few seconds: counted, but logged only at debug level. */
const probes = new Set(["/healthz", "/readyz"]);

export function observeRequests(manifest: ServerBuild["routes"], log: Logger = logger()) {
  const routeOf = routePatterns(manifest);
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const started = performance.now();
    // Read now: Express rewrites req.url while a mounted handler (the static files) runs.
    const pathname = pathOf(req.url);
    res.once("close", () => {
      const seconds = (performance.now() - started) / 1000;
      const status = res.statusCode;
      let route = routeOf(pathname);
      // Files under build/client are served before any route; no route claims them.
      if (route === unknownRoute && status < 400) route = staticRoute;
      const method = methods.has(req.method ?? "") ? req.method! : "OTHER";
      recordRequest(method, route, status, seconds);
      const line = {
        reqId: String(req.headers["x-ov-request-id"] ?? ""),
        method,
        route,
        status,
        ms: Math.round(seconds * 10_000) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      const level = status >= 500 ? "error" : probes.has(route) ? "debug" : "info";
      log[level](line, "request");
    });
    next();
  };
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://own-voice.invalid").pathname;
  } catch {
    return "/";
  }
}
