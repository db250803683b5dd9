import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { ageBandFor, questionTextKeys } from "~/consultation/age-band";
import { getOwnDraft, setCurrentQuestion, templateOf } from "~/consultation/statements.server";
import { AnswerView } from "~/consultation/ui/AnswerView";
import { formatDate } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { ageOn, todayInEngland } from "~/reviews/calendar";
import { ButtonLink } from "~/ui/Button";
import { getOwnYoungPerson } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.checkTitle" };

/** "Check your answers": every question with its answer and a Change link. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const statement = getOwnDraft(user, params.statementId);
  setCurrentQuestion(statement, null);
  const template = templateOf(statement);
  const lng = requestLanguage(request, user);
  const t = fixedT(lng);
  const band = ageBandFor(ageOn(getOwnYoungPerson(user).dateOfBirth, todayInEngland()));
  const answers = statement.answers as Record<string, unknown>;
  return json({
    statementId: statement.id,
    templateId: template.id,
    lang: lng,
    rows: template.questions.map((question) => {
      const answer = answers[question.id];
      return {
        question,
        text: t(questionTextKeys(template.id, question.id, band)),
        answer: answer ?? null,
        formattedDate:
          question.kind === "date" && typeof answer === "string" ? formatDate(answer, lng) : null,
      };
    }),
  });
}

export default function CheckAnswers() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("consultation:ui.checkTitle")}</h1>
      <p>{t("consultation:ui.checkIntro")}</p>
      <dl className="check-answers">
        {data.rows.map((row) => (
          <div key={row.question.id} className="check-answers__row">
            <dt>{row.text}</dt>
            <dd>
              <AnswerView
                question={row.question}
                answer={row.answer}
                readerLanguage={data.lang}
                formattedDate={row.formattedDate}
              />
            </dd>
            <dd>
              <Link
                to={`/me/statements/${data.statementId}/questions/${row.question.id}?from=check`}
              >
                {t("consultation:ui.change")}
                <span className="visually-hidden"> {row.text}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <ButtonLink to={`/me/statements/${data.statementId}/share`}>
        {t("consultation:ui.continueToShare")}
      </ButtonLink>
    </>
  );
}
