/**
 * Picture passwords: a young person chooses pictures in order from this grid of 12.
 * Four pictures from 12 give 20,736 sequences; with lockout after 5 wrong tries that is far
 * beyond guessing, and it needs no reading or spelling. Codes are stable: they are hashed.
 */
export const pictureCodes = [
  "sun",
  "moon",
  "star",
  "tree",
  "flower",
  "cat",
  "bird",
  "fish",
  "ball",
  "bicycle",
  "boat",
  "house",
] as const;
export type PictureCode = (typeof pictureCodes)[number];

export const picturePasswordLength = 4;

export function isPictureCode(value: unknown): value is PictureCode {
  return typeof value === "string" && (pictureCodes as readonly string[]).includes(value);
}

/** The string that is hashed: the pictures in order. */
export function picturePasswordSecret(pictures: readonly PictureCode[]): string {
  return `pictures:${pictures.join(",")}`;
}
