import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letters, users, type LetterFields } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { answerRows } from "~/consultation/answer-rows.server";
import { answersBeyondReaders, type Answers } from "~/consultation/answers";
import { templateOf } from "~/consultation/templates";
import { todayInEngland } from "~/dates/calendar";
import { fixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { organisationSettings } from "~/organisations/settings.server";
import { reviewPreparation } from "~/reviews/preparation.server";
import type { AllocatedReview } from "~/reviews/allocated-reviews.server";
import { reviewCompletedOn } from "~/reviews/series";
import { letterDueOn } from "./due.server";
import { factsFor } from "./facts.server";
import { issuedVersions } from "./issue.server";
import { auditLetter, findLetter, heldReview } from "./records.server";
import { englishChanged, maxDecisions } from "./sections";

/** The words an answer gives, in English, for the IRO's summary of what the child said. */
function answerWords(answer: unknown, t: ReturnType<typeof fixedT>): string {
  if (typeof answer === "string") return t(`consultation:options.${answer}`);
  if (Array.isArray(answer)) return answer.map((c) => t(`consultation:options.${c}`)).join(", ");
  const value = answer as { text?: string; voiceNoteId?: string };
  if (value.text) return `“${value.text}”`;
  return t("consultation:ui.voiceNote").toLowerCase();
}

/** A first draft from what the app knows: who came, how the child took part, what they said, the decisions. */
function prefill(user: SignedIn, item: AllocatedReview): LetterFields {
  const { review } = item;
  const t = fixedT("en");
  const said = reviewPreparation(user, review.id)
    .prep.statements.filter((s) => {
      // An erased statement's answers are {}: nothing of it is quoted in a new draft.
      const template = templateOf(s);
      return template.audience === "young_person" && s.templateId !== "letter-reply";
    })
    .flatMap((s) =>
      answerRows(
        // A letter is read by a translator and maybe a carer: private answers stay out of it.
        { ...s, answers: answersBeyondReaders(templateOf(s), s.answers as Answers) },
        item.dateOfBirth,
        review.heldOn ?? todayInEngland(),
        "en",
        { answeredOnly: true },
      ).map((row) => `${row.text} ${answerWords(row.answer, t)}.`),
    );
  const took = [
    review.childAttended
      ? review.childChaired
        ? "You came to your review and you chaired it. Well done."
        : "You came to your review."
      : "You did not come to the meeting.",
    review.viewsConveyed === "own-voice-statement"
      ? "We read what you sent me before the meeting."
      : review.viewsConveyed === "spoke" || review.viewsConveyed === "symbols"
        ? "You told us what you think."
        : review.viewsConveyed === "advocate"
          ? "Your advocate told us what you think."
          : "",
    review.attendees?.length ? `These people came: ${review.attendees.join(", ")}.` : "",
  ];
  const fields: LetterFields = {
    about: took.filter(Boolean).join(" "),
    youSaid: said.join("\n"),
  };
  (review.decisions ?? []).slice(0, maxDecisions).forEach((decision, i) => {
    fields[`decided.${i}.text`] = decision;
  });
  return fields;
}

/** The IRO's letter page: the saved draft, or a first draft not yet saved. */
export function letterForIro(user: SignedIn, reviewId: string | undefined) {
  const item = heldReview(user, reviewId);
  const letter = findLetter(item.review.id);
  const settings = organisationSettings(user.organisationId);
  const language = letter?.language ?? item.preferredLanguage;
  const translator = letter?.translatedBy
    ? getDb()
        .select({ name: users.displayName })
        .from(users)
        .where(eq(users.id, letter.translatedBy))
        .get()?.name
    : null;
  return {
    item,
    letter,
    language,
    fields: letter?.fields ?? prefill(user, item),
    translation: letter?.translation ?? {},
    translatedAt: letter?.translatedAt ?? null,
    translator,
    needsTranslation: language !== "en",
    dueOn:
      letter?.dueOn ??
      letterDueOn(reviewCompletedOn(item.review)!, settings.letterWithinDays, settings.closureDays),
    facts: factsFor(item, user.displayName),
    versions: letter ? issuedVersions(letter.id) : [],
  };
}

/**
 * The IRO's letter page, audited: even before a draft is saved it shows the child's words (the
 * first draft is made from them), so the opening is recorded against the review.
 */
export function openLetterForIro(request: Request, user: SignedIn, reviewId: string | undefined) {
  const data = letterForIro(user, reviewId);
  recordAudit(request, {
    action: "letter_opened",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: data.letter ? "letter" : "review",
    subjectId: data.letter?.id ?? data.item.review.id,
    youngPersonId: data.item.review.youngPersonId,
  });
  return data;
}

/** Saves the draft. Changing the English after it was translated asks for the translation again. */
export function saveLetter(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  fields: LetterFields,
) {
  const item = heldReview(user, reviewId);
  const settings = organisationSettings(user.organisationId);
  const db = getDb();
  const existing = findLetter(item.review.id);
  if (!existing) {
    const created = db.transaction((tx) => {
      const row = tx
        .insert(letters)
        .values({
          organisationId: user.organisationId,
          reviewId: item.review.id,
          youngPersonId: item.review.youngPersonId,
          authorUserId: user.id,
          language: isLanguageCode(item.preferredLanguage) ? item.preferredLanguage : "en",
          fields,
          dueOn: letterDueOn(
            reviewCompletedOn(item.review)!,
            settings.letterWithinDays,
            settings.closureDays,
          ),
        })
        .onConflictDoNothing()
        .returning()
        .get();
      if (row) auditLetter(request, user, "letter_drafted", row, tx);
      return row;
    });
    if (created) return created;
  }
  const letter = existing ?? findLetter(item.review.id)!;
  const stale = letter.translatedAt && englishChanged(letter.fields, fields);
  return db
    .update(letters)
    .set({ fields, ...(stale ? { translatedAt: null } : {}) })
    .where(eq(letters.id, letter.id))
    .returning()
    .get();
}
