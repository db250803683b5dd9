import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguageCode } from "~/i18n/languages";
import { languageResources } from "~/i18n/resources.server";

/**
 * One language's strings in one file, for the browser to hydrate with: every namespace with
 * `for=staff`, otherwise all but the staff-only ones.
 * The URL carries a content hash (`?v=`), so a phone downloads it once per release.
 */
export function loader({ params, request }: LoaderFunctionArgs) {
  const code = params.file?.replace(/\.json$/, "");
  if (!isLanguageCode(code)) throw new Response("Not found", { status: 404 });
  const query = new URL(request.url).searchParams;
  // Staff strings are not secret (the pages show them), only not worth a child's download.
  const { json, version } = languageResources(
    code,
    query.get("for") === "staff" ? "staff" : "everyone",
  );
  const versioned = query.get("v") === version;
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
