/**
 * What kind of audio a file is, from its first bytes, never from its name or the type the browser
 * claims: a renamed document is refused. Covers what phones and browsers record: WebM/Opus
 * (Chrome, Firefox), Ogg, MP4/M4A/AAC (Safari, iPhone), MP3 and WAV.
 */
export type AudioType = "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/mpeg" | "audio/wav";

export const maxVoiceNoteBytes = 10 * 1024 * 1024;
export const maxVoiceNoteSeconds = 5 * 60;

export function detectAudioType(bytes: Uint8Array): AudioType | null {
  const at = (offset: number, ascii: string) =>
    [...ascii].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));
  if (bytes.length < 12) return null;
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
    return "audio/webm";
  if (at(0, "OggS")) return "audio/ogg";
  if (at(0, "RIFF") && at(8, "WAVE")) return "audio/wav";
  if (at(4, "ftyp")) return "audio/mp4";
  if (at(0, "ID3")) return "audio/mpeg";
  // An MPEG audio frame starts with 11 set bits; layer bits 01 (III), 10 (II) or 11 (I).
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0)
    return "audio/mpeg";
  return null;
}

/**
 * Seconds of audio where the file states it cheaply (WAV); null where it does not. Browser
 * recordings (WebM) carry no duration: the recorder stops itself at 5 minutes, and the 10 MB
 * limit bounds anything uploaded (5 minutes of phone-quality speech is about 1–3 MB).
 */
export function declaredSeconds(bytes: Uint8Array, type: AudioType): number | null {
  if (type !== "audio/wav" || bytes.length < 44) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const byteRate = view.getUint32(28, true);
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(offset, offset + 4));
    const size = view.getUint32(offset + 4, true);
    if (id === "data") return byteRate ? size / byteRate : null;
    offset += 8 + size + (size % 2);
  }
  return null;
}
