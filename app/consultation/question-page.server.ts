import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { verifyCsrf } from "~/auth/csrf.server";
import { formErrors, formValues } from "~/http/forms.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { ageOn, todayInEngland } from "~/dates/calendar";
import { fixedT } from "~/i18n/i18n.server";
import { defaultLanguage, type LanguageCode } from "~/i18n/languages";
import { ownStrings } from "~/audio/strings.server";
import { requestLanguage } from "~/i18n/request-language.server";
import { youngPersonBasics } from "~/young-people/young-people.server";
import type { Statement } from "#db/schema";
import { ageBandFor, questionTextKeys } from "./age-band";
import { formsHome, requireFormAuthor } from "./author.server";
import { nextQuestionId, previousQuestionId, questionIndex } from "./flow";
import { answerFromForm, fieldValue } from "./form-answer.server";
import { takePendingAnswer } from "./pending.server";
import { saveAnswer } from "./drafts.server";
import { getOwnDraft } from "./own-statements.server";
import { templateOf } from "./templates";
import type { Question, Template } from "./template-schema";
import { isUnsafeAnswer } from "./urgency";
import { storeVoiceNote } from "./voice-notes.server";

/*
 * One question per page: what the page shows, and what each of its buttons does. Every step saves,
 * so a young person who leaves (or whose battery dies) loses nothing.
 */

export type QuestionPage = {
  user: SignedIn;
  statement: Statement;
  template: Template;
  question: Question;
  lng: LanguageCode;
};

/** A question of the signed-in person's own draft (anyone else's, or an unknown question, is 404). */
export function openQuestion(
  request: Request,
  statementId: string | undefined,
  questionId: string | undefined,
): QuestionPage {
  const user = requireFormAuthor(request);
  const statement = getOwnDraft(user, statementId);
  const template = templateOf(statement);
  const question = template.questions.find((q) => q.id === questionId);
  if (!question) throw notFound();
  return { user, statement, template, question, lng: requestLanguage(request, user) };
}

/** The question in the wording for the young person's age, with the answer saved so far. */
export function questionPageData(request: Request, page: QuestionPage) {
  const { user, statement: saved, template, question, lng } = page;
  // An answer posted after the session ended comes back now that the young person is signed in.
  const pending = takePendingAnswer(request, saved, question.id);
  if (pending) {
    const answer = answerFromForm(question, pending.formData, lng);
    if (answer !== undefined) saveAnswer(saved, question.id, answer, question.id);
  }
  const statement = pending ? getOwnDraft(user, saved.id) : saved;
  const person = youngPersonBasics(statement.youngPersonId);
  const band = ageBandFor(ageOn(person.dateOfBirth, todayInEngland()));
  const keys = questionTextKeys(template.id, question.id, band);
  const text = fixedT(lng)(keys);
  const url = new URL(request.url);
  return json(
    {
      statementId: statement.id,
      templateId: template.id,
      question,
      text,
      position: questionIndex(template, question.id) + 1,
      total: template.questions.length,
      value: fieldValue(statement.answers[question.id]),
      // The string the child reads (the teenagers' words where the question has them): read aloud.
      spokenKey: keys.find((key) => ownStrings(defaultLanguage).has(key)) ?? keys.at(-1)!,
      lang: lng,
      fromCheck: url.searchParams.get("from") === "check",
      home: formsHome(user),
      together: !!user.togetherYoungPersonId,
    },
    pending ? { headers: { "Set-Cookie": pending.clearCookie } } : undefined,
  );
}

/** "Change" from the check page: the answer goes straight back there. */
const fromCheck = z.unknown().transform((from) => from === "check");
/** A recording or a chosen audio file; an empty file field is no voice note. */
const voiceNote = z
  .unknown()
  .transform((file) => (file instanceof File && file.size > 0 ? file : undefined));

/**
 * What a question page posts: the button pressed, beside the answer's own fields (read by
 * `answerFromForm`, checked by the question's schema when saved). "autosave" is sent by script
 * while the young person types. "Save and leave" is a plain link: it needs no post.
 */
export const questionPagePost = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("next"), fromCheck, voiceNote }),
  z.object({ intent: z.literal("back"), voiceNote }),
  z.object({ intent: z.literal("skip"), fromCheck }),
  z.object({ intent: z.literal("autosave") }),
]);
export type QuestionPagePost = z.infer<typeof questionPagePost>;

/**
 * Reads a question page's post: the CSRF token, then the button (`questionPagePost`). A post
 * larger than a voice note may be never gets here: server.js refuses it while it arrives.
 */
export async function readQuestionPost(request: Request) {
  const formData = await request.formData();
  verifyCsrf(request, formData);
  return { post: parseQuestionPost(formData), formData };
}

/** The button a question page's form was sent with, and the fields that go with it. */
export function parseQuestionPost(formData: FormData): QuestionPagePost {
  const fields = {
    intent: formData.get("intent") ?? "next",
    fromCheck: formData.get("from"),
    voiceNote: formData.get("voiceNote"),
  };
  const parsed = questionPagePost.safeParse(fields);
  // A post with a button this page does not have has always been taken as "Next".
  return parsed.success ? parsed.data : questionPagePost.parse({ ...fields, intent: "next" });
}

/** What a button does: save (or clear) the answer, then go where the button leads. */
export async function answerQuestion(
  page: QuestionPage,
  post: QuestionPagePost,
  formData: FormData,
) {
  const { user, statement, template, question, lng } = page;

  if (post.intent === "autosave") {
    // While typing (JavaScript only): keep the words, stay on the page.
    const typed = answerFromForm(question, formData, lng);
    if (typed !== undefined) saveAnswer(statement, question.id, typed, question.id);
    return json({ autosaved: typed !== undefined });
  }

  const pageOf = (questionId: string) => `/me/statements/${statement.id}/questions/${questionId}`;
  const next = nextQuestionId(template, question.id);
  const fromCheck = post.intent !== "back" && post.fromCheck;
  const forward = fromCheck || !next ? `/me/statements/${statement.id}/check` : pageOf(next);
  const nextCurrent = fromCheck ? null : next;

  if (post.intent === "skip") {
    saveAnswer(statement, question.id, undefined, nextCurrent);
    return redirect(forward);
  }

  let answer = answerFromForm(question, formData, lng);
  if (question.kind === "voice-note" && post.voiceNote) {
    const stored = await storeVoiceNote(statement, question.id, post.voiceNote, lng);
    if (!stored.ok) return formErrors({ errors: { answer: stored.error }, values: {} });
    answer = { voiceNoteId: stored.id, language: lng };
  }

  if (post.intent === "back") {
    const previous = previousQuestionId(template, question.id);
    if (answer !== undefined) saveAnswer(statement, question.id, answer, previous ?? question.id);
    return redirect(previous ? pageOf(previous) : formsHome(user));
  }

  if (answer === undefined) {
    // Nothing chosen: the same as skipping, but keep an answer given before (for example a voice note).
    if (question.kind !== "voice-note") saveAnswer(statement, question.id, undefined, nextCurrent);
    else saveAnswer(statement, question.id, statement.answers[question.id], nextCurrent);
    return redirect(forward);
  }
  const saved = saveAnswer(statement, question.id, answer, nextCurrent);
  if (!saved.ok)
    return formErrors({ errors: { answer: saved.error }, values: formValues(formData) });

  // "Not safe right now": help that works now comes first, then the child carries on.
  if (isUnsafeAnswer(template, question, answer)) {
    return redirect(`/me/statements/${statement.id}/help?next=${encodeURIComponent(forward)}`);
  }
  return redirect(forward);
}
