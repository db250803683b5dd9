import type { SerializeFrom } from "@remix-run/node";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formatDate, formatDateTime } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import { requestLanguage } from "~/i18n/request-language.server";
import { openLetterForIro } from "./drafts.server";
import { renderLetter } from "./render.server";
import { decisionsOf } from "./sections";

/**
 * The IRO's letter editor, ready to show in the IRO's language: the draft (or first draft), the
 * translation beside it and how far it has got, the fixed sentences each section will carry, when
 * the letter is due, and the issued versions with when the child first read each. Audited.
 */
export function letterEditorView(request: Request, user: SignedIn, reviewId: string | undefined) {
  const lng = requestLanguage(request, user);
  const data = openLetterForIro(request, user, reviewId);
  const language = getLanguage(data.language);
  const today = todayInEngland();
  const preview = renderLetter(
    { fields: data.fields, translation: data.translation, facts: data.facts },
    "en",
  );
  const decisions = decisionsOf(data.fields);
  return {
    reviewId: data.item.review.id,
    name: data.item.givenName,
    fields: data.fields,
    translation: data.translation,
    language: { code: language.code, dir: language.dir, englishName: language.englishName },
    translationState: !data.needsTranslation
      ? "not-needed"
      : data.translatedAt
        ? "done"
        : Object.keys(data.translation).length && data.letter?.translatedBy
          ? "stale"
          : "needed",
    translatedAt: data.translatedAt ? formatDateTime(data.translatedAt, lng) : null,
    translator: data.translator,
    dueOn: formatDate(data.dueOn, lng),
    overdue: data.dueOn < today && !data.versions.length,
    fixed: Object.fromEntries(preview.sections.map((s) => [s.id, s.fixed])),
    decisionRows: Math.max(decisions.length + 2, 3),
    versions: data.versions.map((v) => ({
      number: v.number,
      issuedAt: formatDateTime(v.issuedAt, lng),
      issuedBy: v.issuedBy,
      reason: v.reason,
      read: v.firstRead
        ? { name: v.firstRead.name, at: formatDateTime(v.firstRead.at, lng) }
        : null,
    })),
  };
}

export type LetterEditorData = SerializeFrom<typeof letterEditorView>;
