import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useAutosave } from "~/consultation/ui/use-autosave";
import { useTranslation } from "react-i18next";
import { verifyCsrf } from "~/auth/csrf.server";
import { notFound, optionalUser } from "~/auth/require-user.server";
import { formsHome, requireFormAuthor } from "~/consultation/author.server";
import { keepAnswerAfterSessionEnded, takePendingAnswer } from "~/consultation/pending.server";
import { ageBandFor, questionTextKeys } from "~/consultation/age-band";
import { maxVoiceNoteBytes } from "~/consultation/audio";
import { audioClipUrl } from "~/consultation/audio-clips.server";
import { nextQuestionId, previousQuestionId, questionIndex } from "~/consultation/flow";
import { answerFromForm, fieldValue } from "~/consultation/form-answer.server";
import { getOwnDraft, saveAnswer, templateOf } from "~/consultation/statements.server";
import { QuestionField } from "~/consultation/ui/QuestionField";
import { ReadAloud } from "~/consultation/ui/ReadAloud";
import { storeVoiceNote } from "~/consultation/voice-notes.server";
import { fixedT } from "~/i18n/i18n.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { ageOn, todayInEngland } from "~/dates/calendar";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Icon } from "~/ui/Icon";
import { youngPersonBasics } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.questionTitle" };

function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const user = requireFormAuthor(request);
  const statement = getOwnDraft(user, params.statementId);
  const template = templateOf(statement);
  const question = template.questions.find((q) => q.id === params.questionId);
  if (!question) throw notFound();
  return { user, statement, template, question };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { user, statement: saved, template, question } = load(request, params);
  const lng = requestLanguage(request, user);
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
      value: fieldValue((statement.answers as Record<string, unknown>)[question.id]),
      clipUrl: audioClipUrl(lng, keys[0]!.replace("consultation:", "consultation.")),
      lang: lng,
      fromCheck: url.searchParams.get("from") === "check",
      home: formsHome(user),
      together: !!user.togetherYoungPersonId,
    },
    pending ? { headers: { "Set-Cookie": pending.clearCookie } } : undefined,
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  if (!optionalUser(request)) return keepAnswerAndSignIn(request, params);
  const { user, statement, template, question } = load(request, params);
  const lng = requestLanguage(request, user);
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > maxVoiceNoteBytes + 64 * 1024) {
    return json(
      { errors: { answer: "consultation:errors.voiceTooBig" }, value: null },
      { status: 400 },
    );
  }
  const formData = await request.formData();
  verifyCsrf(request, formData);
  const intent = String(formData.get("intent") ?? "next");
  const fromCheck = formData.get("from") === "check";
  const next = nextQuestionId(template, question.id);
  const checkUrl = `/me/statements/${statement.id}/check`;
  const forward =
    fromCheck || !next ? checkUrl : `/me/statements/${statement.id}/questions/${next}`;
  const nextCurrent = fromCheck ? null : next;

  if (intent === "autosave") {
    // While typing (JavaScript only): keep the words, stay on the page.
    const typed = answerFromForm(question, formData, lng);
    if (typed !== undefined) saveAnswer(statement, question.id, typed, question.id);
    return json({ autosaved: typed !== undefined });
  }

  if (intent === "skip") {
    saveAnswer(statement, question.id, undefined, nextCurrent);
    return redirect(forward);
  }

  let answer = answerFromForm(question, formData, lng);
  const file = formData.get("voiceNote");
  if (question.kind === "voice-note" && file instanceof File && file.size > 0) {
    const stored = await storeVoiceNote(statement, question.id, file, lng);
    if (!stored.ok) return json({ errors: { answer: stored.error }, value: null }, { status: 400 });
    answer = { voiceNoteId: stored.id, language: lng };
  }

  if (intent === "back") {
    const previous = previousQuestionId(template, question.id);
    if (answer !== undefined) saveAnswer(statement, question.id, answer, previous ?? question.id);
    return redirect(
      previous ? `/me/statements/${statement.id}/questions/${previous}` : formsHome(user),
    );
  }

  if (answer === undefined) {
    // Nothing chosen: the same as skipping, but keep an answer given before (for example a voice note).
    if (question.kind !== "voice-note") saveAnswer(statement, question.id, undefined, nextCurrent);
    else
      saveAnswer(
        statement,
        question.id,
        (statement.answers as Record<string, unknown>)[question.id],
        nextCurrent,
      );
    return redirect(forward);
  }
  const saved = saveAnswer(statement, question.id, answer, nextCurrent);
  if (!saved.ok) {
    // Show exactly what was typed (a date's "2" stays "2", not "02").
    const typed =
      question.kind === "date"
        ? ["year", "month", "day"].map((n) => String(formData.get(n) ?? "").trim()).join("-")
        : answer;
    return json({ errors: { answer: saved.error }, value: fieldValue(typed) }, { status: 400 });
  }

  // "Not safe right now": help that works now comes first, then the child carries on.
  const unsafe = question.unsafeCodes ?? [];
  const picked = Array.isArray(answer) ? answer : [answer];
  if (
    template.isWorry &&
    picked.some((code) => typeof code === "string" && unsafe.includes(code))
  ) {
    return redirect(`/me/statements/${statement.id}/help?next=${encodeURIComponent(forward)}`);
  }
  return redirect(forward);
}

/** The session ended while the young person was answering: keep what they sent, then sign in. */
async function keepAnswerAndSignIn(request: Request, params: ActionFunctionArgs["params"]) {
  const back = `/me/statements/${params.statementId}/questions/${params.questionId}`;
  const kept = await keepAnswerAfterSessionEnded(request, params.statementId, params.questionId);
  const headers = new Headers();
  if (kept.setCookie) headers.append("Set-Cookie", kept.setCookie);
  // Young people sign back in with their pictures; carers, parents and workers with a password.
  const signIn = kept.audience === "young_person" ? "/sign-in/pictures" : "/sign-in";
  return redirect(`${signIn}?next=${encodeURIComponent(back)}&expired=1`, { headers });
}

export default function QuestionPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const autosave = useAutosave();
  const failed = result && "errors" in result ? result : undefined;
  const error = failed?.errors.answer;
  const value = failed ? (failed.value ?? data.value) : data.value;
  return (
    <>
      <ErrorSummary errors={error ? { answer: error } : undefined} />
      <p className="progress">
        {t("consultation:ui.progress", { n: data.position, total: data.total })} ·{" "}
        {t(`consultation:templates.${data.templateId}.title`)}
      </p>
      <div className="question-picture">
        <Icon name={data.question.icon} size="large" />
      </div>
      <ReadAloud text={data.text} lang={data.lang} clipUrl={data.clipUrl} />
      <Form
        method="post"
        noValidate
        encType={data.question.kind === "voice-note" ? "multipart/form-data" : undefined}
        onChange={autosave.onChange}
      >
        <CsrfInput />
        {data.fromCheck ? <input type="hidden" name="from" value="check" /> : null}
        <QuestionField
          key={JSON.stringify(value)}
          question={data.question}
          legend={data.text}
          value={value}
          error={error}
        />
        <p className="hint" aria-live="polite">
          {autosave.saved ? t("consultation:ui.autosaved") : ""}
        </p>
        <div className="button-group">
          <Button name="intent" value="next">
            {t("consultation:ui.next")}{" "}
            <span className="arrow" aria-hidden="true">
              →
            </span>
          </Button>
          <Button name="intent" value="skip" variant="secondary">
            {t("consultation:ui.skip")}
          </Button>
          <Button name="intent" value="back" variant="link">
            <span className="arrow" aria-hidden="true">
              ←
            </span>{" "}
            {t("consultation:ui.back")}
          </Button>
        </div>
      </Form>
      <p>
        <Link to={data.home}>{t("consultation:ui.saveAndLeave")}</Link>
      </p>
    </>
  );
}
