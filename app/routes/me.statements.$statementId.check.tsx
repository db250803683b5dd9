import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { Form, useLoaderData } from "@remix-run/react";
import { requireFormAuthor } from "~/consultation/author.server";
import { answerRows } from "~/consultation/answer-rows.server";
import { adultFormsShareWith, sharesWith } from "~/consultation/sharing";
import { setCurrentQuestion } from "~/consultation/drafts.server";
import { getOwnDraft } from "~/consultation/own-statements.server";
import { templateOf } from "~/consultation/templates";
import { AnswerList } from "~/consultation/ui/AnswerList";
import { todayInEngland } from "~/dates/calendar";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { Button, ButtonLink } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { listCurrentAllocationNames, youngPersonBasics } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.checkTitle" };

/** "Check your answers": every question with its answer and a Change link. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireFormAuthor(request);
  const statement = getOwnDraft(user, params.statementId);
  setCurrentQuestion(statement, null);
  const lng = requestLanguage(request, user);
  const today = todayInEngland();
  const template = templateOf(statement);
  const people =
    template.audience === "young_person" ? [] : listCurrentAllocationNames(statement.youngPersonId);
  return json({
    statementId: statement.id,
    // A carer's or parent's form is sent from here, to the child's IRO and social worker.
    sendTo:
      template.audience === "young_person"
        ? null
        : people
            .filter((p) => sharesWith(adultFormsShareWith, p.relationship))
            .map((p) => p.displayName),
    lang: lng,
    rows: answerRows(statement, youngPersonBasics(statement.youngPersonId).dateOfBirth, today, lng),
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
      {data.sendTo ? (
        <Form method="post" action={`/me/statements/${data.statementId}/share`}>
          <CsrfInput />
          <p>{t("consultation:ui.sendToAdults", { names: data.sendTo.join(", ") })}</p>
          <Button>{t("consultation:ui.send")}</Button>
        </Form>
      ) : (
        <ButtonLink to={`/me/statements/${data.statementId}/share`}>
          {t("consultation:ui.continueToShare")}
        </ButtonLink>
      )}
    </>
  );
}
