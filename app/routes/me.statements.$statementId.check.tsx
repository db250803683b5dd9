import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/require-user.server";
import { answerRows } from "~/consultation/answer-rows.server";
import { getOwnDraft, setCurrentQuestion } from "~/consultation/statements.server";
import { AnswerList } from "~/consultation/ui/AnswerList";
import { todayInEngland } from "~/reviews/calendar";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { ButtonLink } from "~/ui/Button";
import { getOwnYoungPerson } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.checkTitle" };

/** "Check your answers": every question with its answer and a Change link. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const statement = getOwnDraft(user, params.statementId);
  setCurrentQuestion(statement, null);
  const lng = requestLanguage(request, user);
  const today = todayInEngland();
  return json({
    statementId: statement.id,
    lang: lng,
    rows: answerRows(statement, getOwnYoungPerson(user).dateOfBirth, today, lng),
  });
}

export default function CheckAnswers() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("consultation:ui.checkTitle")}</h1>
      <p>{t("consultation:ui.checkIntro")}</p>
      <AnswerList
        rows={data.rows}
        lang={data.lang}
        changeHref={(questionId) =>
          `/me/statements/${data.statementId}/questions/${questionId}?from=check`
        }
      />
      <ButtonLink to={`/me/statements/${data.statementId}/share`}>
        {t("consultation:ui.continueToShare")}
      </ButtonLink>
    </>
  );
}
