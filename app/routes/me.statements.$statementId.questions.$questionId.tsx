import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { optionalUser } from "~/auth/require-user.server";
import { keepAnswerAndSignIn } from "~/consultation/pending.server";
import {
  answerQuestion,
  openQuestion,
  questionPageData,
  readQuestionPost,
} from "~/consultation/question-page.server";
import { QuestionField } from "~/consultation/ui/QuestionField";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import { useAutosave } from "~/consultation/ui/use-autosave";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Icon } from "~/ui/Icon";
import { postedFieldValue } from "~/consultation/posted-value";

export const handle: RouteHandle = { titleKey: "consultation:ui.questionTitle" };

/** One question of the signed-in person's own draft, in the wording for the child's age. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const page = openQuestion(request, params.statementId, params.questionId);
  return questionPageData(request, page);
}

/** Next, skip, back or autosave (`questionPagePost`), with the answer and any voice note. */
export async function action({ request, params }: ActionFunctionArgs) {
  // The session ended while answering: what was sent is kept, and they sign in again.
  if (!optionalUser(request))
    return keepAnswerAndSignIn(request, params.statementId, params.questionId);
  const page = openQuestion(request, params.statementId, params.questionId);
  const { post, formData } = await readQuestionPost(request);
  return answerQuestion(page, post, formData);
}

export default function QuestionPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const autosave = useAutosave();
  const failed = result && "errors" in result ? result : undefined;
  const error = failed?.errors.answer;
  const value = (failed && postedFieldValue(data.question, failed.values)) ?? data.value;
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
      <ReadAloud keys={[data.spokenKey]} text={data.text} lang={data.lang} />
      <Form
        method="post"
        noValidate
        encType={data.question.kind === "voice-note" ? "multipart/form-data" : undefined}
        onChange={autosave.onChange}
        onSubmit={autosave.onSubmit}
      >
        <CsrfInput />
        {data.fromCheck ? <input type="hidden" name="from" value="check" /> : null}
        <QuestionField
          // A new question is a new field: nothing typed on the last one stays in the box.
          key={`${data.question.id} ${JSON.stringify(value)}`}
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
