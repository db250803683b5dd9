import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, readForm, type FormErrors } from "~/http/forms.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import {
  eraseStatement,
  eraseVoiceNote,
  getErasableStatement,
  getErasableVoiceNote,
} from "~/retention/erasure.server";
import { erasureSchema } from "~/retention/erasure-schema";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextArea } from "~/ui/Field";
import { textValue } from "~/ui/form-values";
import { fullName } from "~/young-people/names";

export const handle: RouteHandle = { titleKey: "retention:erase.title" };

/** What is erased: the whole statement, or one voice note of it (`?voiceNote=<id>`). */
function whatToErase(request: Request, params: LoaderFunctionArgs["params"], user: SignedInUser) {
  const { record, statement } = getErasableStatement(
    user,
    params.youngPersonId,
    params.statementId,
  );
  const voiceNoteId = new URL(request.url).searchParams.get("voiceNote");
  const voiceNote = voiceNoteId ? getErasableVoiceNote(statement.id, voiceNoteId) : null;
  return { record, statement, voiceNote };
}
type SignedInUser = ReturnType<typeof requireUser>;

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const { record, statement, voiceNote } = whatToErase(request, params, user);
  const back = `/admin/young-people/${record.id}#statements`;
  // Already erased (a second tab, the back button): nothing more to do.
  if (voiceNote ? voiceNote.erasedAt : statement.erasedAt) throw redirect(back);
  return json({
    youngPersonId: record.id,
    name: fullName(record),
    templateId: statement.templateId,
    submittedAt: formatDateTime(statement.submittedAt!, requestLanguage(request, user)),
    isVoiceNote: !!voiceNote,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const { record, statement, voiceNote } = whatToErase(request, params, user);
  const form = await readForm(request, erasureSchema);
  if (!form.ok) return formErrors(form);
  // Sent twice (a double press without JavaScript): the first erased it; the second does nothing.
  if (voiceNote) eraseVoiceNote(request, user, statement, voiceNote.id, form.data.reason);
  else eraseStatement(request, user, statement, form.data.reason);
  return redirect(`/admin/young-people/${record.id}?erased=1#statements`);
}

/** Erasing where the law requires: what goes, what stays, and why, before it is done. */
export default function EraseStatement() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const what = data.isVoiceNote ? "voiceNote" : "statement";
  const form = t(`consultation:templates.${data.templateId}.title`);
  return (
    <>
      <BackLink to={`/admin/young-people/${data.youngPersonId}#statements`}>
        {t("people:back.record")}
      </BackLink>
      <h1>{t(`retention:erase.heading.${what}`, { name: data.name })}</h1>
      <p>{t("retention:erase.which", { form, date: data.submittedAt })}</p>
      <div className="panel panel--warning">
        <p>{t(`retention:erase.explain.${what}`)}</p>
        <ul>
          <li>{t(`retention:erase.goes.${what}`)}</li>
          <li>{t("retention:erase.readers")}</li>
          <li>{t("retention:erase.audit")}</li>
          <li>{t("retention:erase.letters")}</li>
        </ul>
        <p>{t("retention:erase.cannotUndo")}</p>
      </div>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        <TextArea
          name="reason"
          label={t("retention:erase.reason")}
          hint={t("retention:erase.reasonHint")}
          error={result?.errors.reason}
          defaultValue={textValue(result?.values, "reason")}
          rows={3}
        />
        <Button variant="warning">{t(`retention:erase.submit.${what}`)}</Button>
      </Form>
    </>
  );
}
