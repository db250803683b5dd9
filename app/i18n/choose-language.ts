import { defaultLanguage, isLanguageCode, type LanguageCode } from "./languages";

/**
 * Which language a page is shown in, most explicit choice first:
 * `?lng=` on the URL, then the remembered cookie, then the signed-in user's saved preference,
 * then the browser's Accept-Language, then English.
 */
export function chooseLanguage(sources: {
  query?: string | null;
  cookie?: string | null;
  userPreference?: string | null;
  acceptLanguage?: string | null;
}): LanguageCode {
  for (const candidate of [sources.query, sources.cookie, sources.userPreference]) {
    if (isLanguageCode(candidate)) return candidate;
  }
  return fromAcceptLanguage(sources.acceptLanguage) ?? defaultLanguage;
}

/**
 * Browser language tags that name one of our languages by another code: Dari is Persian as
 * written in Afghanistan, so a browser set to `fa-AF` lands on Dari, not Farsi; Sorani is sent as
 * `ckb` or as Kurdish in Arabic script or from Iraq and Iran (Kurmanji, in Latin letters, is not
 * Sorani and is left to fall through).
 */
const tagAliases: Record<string, LanguageCode> = {
  "fa-af": "prs",
  "ku-arab": "ckb",
  "ku-iq": "ckb",
  "ku-ir": "ckb",
  "ckb-iq": "ckb",
  "ckb-ir": "ckb",
};

/** Best supported match in an Accept-Language header, by quality, matching the primary subtag. */
export function fromAcceptLanguage(header: string | null | undefined): LanguageCode | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        tag: tag.trim().toLowerCase(),
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const alias = tagAliases[tag] ?? tagAliases[tag.split("-").slice(0, 2).join("-")];
    if (alias) return alias;
    const primary = tag.split("-")[0];
    if (isLanguageCode(primary)) return primary;
  }
  return undefined;
}
