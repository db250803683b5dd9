import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguageCode } from "~/i18n/languages";
import { languageResources } from "~/i18n/resources.server";

/**
 * One language's strings, every namespace in one file, for the browser to hydrate with.
 * The URL carries a content hash (`?v=`), so a phone downloads it once per release.
 */
export function loader({ params, request }: LoaderFunctionArgs) {
  const code = params.file?.replace(/\.json$/, "");
  if (!isLanguageCode(code)) throw new Response("Not found", { status: 404 });
  const { json, version } = languageResources(code);
  const versioned = new URL(request.url).searchParams.get("v") === version;
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
