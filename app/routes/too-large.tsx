/**
 * server.js shows this page, with status 413, in place of a form post it refused as too large
 * (over 1 MB, or 10 MB for a voice note): the root error page says so in the visitor's language.
 */
export function loader() {
  throw new Response(null, { status: 413, statusText: "Payload Too Large" });
}

export default function TooLarge() {
  return null;
}
