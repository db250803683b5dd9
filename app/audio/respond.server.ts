/** A clip as a response. `source` says which voice it is (a test, and a curious person, can tell). */
export function audioResponse(
  clip: { bytes: Uint8Array<ArrayBuffer>; mimeType: string },
  source: "recording" | "computer",
  cacheControl: string,
): Response {
  return new Response(clip.bytes, {
    headers: {
      "Content-Type": clip.mimeType,
      "Content-Length": String(clip.bytes.length),
      "Cache-Control": cacheControl,
      "Content-Disposition": "inline",
      "X-Audio-Source": source,
    },
  });
}
