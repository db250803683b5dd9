import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { z } from "zod";
import { notFound, requireUser } from "~/auth/require-user.server";
import { answerRows } from "~/consultation/answer-rows.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { listOwnStatements, withdrawStatement } from "~/consultation/sending.server";
import { AnswerList } from "~/consultation/ui/AnswerList";
import { Replies } from "~/consultation/ui/Replies";
import { readForm } from "~/http/forms.server";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { getOwnYoungPerson } from "~/young-people/young-people.server";
import { erasedVoiceNotes } from "~/retention/erased-voice-notes.server";
import { tombstoneOf } from "~/retention/tombstone.server";
import { Tombstone } from "~/retention/ui/Tombstone";

export const handle: RouteHandle = { titleKey: "consultation:ui.myStatements" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const statement = getOwnStatement(user, params.statementId);
  if (statement.status !== "submitted") throw notFound();
  const summary = listOwnStatements(user).find((s) => s.id === statement.id)!;
  const lng = requestLanguage(request, user);
  const erased = tombstoneOf(statement, lng);
  return json({
    id: statement.id,
    templateId: statement.templateId,
    lang: lng,
    erased,
    erasedVoiceNotes: erasedVoiceNotes(statement.id, lng),
    canWithdraw: !erased && !summary.withdrawnAt && summary.readBy.length === 0,
    withdrawnOn: summary.withdrawnAt ? formatDate(summary.withdrawnAt, lng) : null,
    replies: summary.replies.map((r) => ({
      name: r.displayName,
      at: formatDate(r.createdAt, lng),
      text: r.text,
    })),
    rows: answerRows(
      statement,
      getOwnYoungPerson(user).dateOfBirth,
      statement.submittedAt!.slice(0, 10),
      lng,
      {
        answeredOnly: true,
      },
    ),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const statement = getOwnStatement(user, params.statementId);
  await readForm(request, z.object({}));
  withdrawStatement(request, user, statement);
  return redirect("/me/statements");
}

export default function MyStatement() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/me/statements">{t("consultation:ui.myStatements")}</BackLink>
      <h1>{t(`consultation:templates.${data.templateId}.title`)}</h1>
      {data.withdrawnOn ? (
        <p className="tag">{t("consultation:ui.withdrawnOn", { date: data.withdrawnOn })}</p>
      ) : null}
      {data.erased ? <Tombstone tombstone={data.erased} /> : null}
      <AnswerList
        rows={data.rows}
        lang={data.lang}
        voiceNoteUrl={(v) => `/statements/${data.id}/voice-notes/${v}`}
        erasedVoiceNote={(v) => data.erasedVoiceNotes[v]}
      />
      <Replies replies={data.replies} />
      {data.canWithdraw ? (
        <Form method="post">
          <CsrfInput />
          <p>{t("consultation:ui.withdrawHint")}</p>
          <Button variant="secondary">{t("consultation:ui.withdraw")}</Button>
        </Form>
      ) : null}
    </>
  );
}
