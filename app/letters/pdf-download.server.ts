import type { SignedIn } from "~/auth/require-user.server";
import { formatDate } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { letterVersionForReader } from "./reading.server";
import { auditLetter, type VersionRow } from "./records.server";
import { issuedOn } from "./render";
import { renderLetter } from "./render.server";

/** A version's PDF for whoever may read it. The download is audited: the letter leaves the app. */
export async function letterPdfFor(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number: number,
): Promise<Buffer> {
  const { letter, version } = letterVersionForReader(request, user, letterId, number);
  auditLetter(request, user, "letter_pdf_downloaded", letter);
  return letterPdf(version);
}

/** The PDF of a version: the child's language first, then the English (when they differ). */
export async function letterPdf(version: VersionRow): Promise<Buffer> {
  const { htmlToPdf, letterHtml } = await import("./pdf.server");
  const languages = version.language === "en" ? ["en"] : [version.language, "en"];
  return htmlToPdf(
    letterHtml(
      languages.map((lng) => {
        const language = isLanguageCode(lng) ? lng : "en";
        const t = fixedT(language, "letters");
        const issued = formatDate(issuedOn(version.issuedAt), language);
        const meta = [
          t("fixed.version", { n: version.number, date: issued }),
          version.reason ? t("fixed.updated", { date: issued, reason: version.reason }) : "",
        ]
          .filter(Boolean)
          .join(" · ");
        return { letter: renderLetter(version, language), meta };
      }),
    ),
  );
}
