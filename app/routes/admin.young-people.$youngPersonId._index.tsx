import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditLink } from "~/audit/ui/AuditLink";
import { BundleForm } from "~/records/ui/BundleForm";
import { z } from "zod";
import {
  allocatablePeople,
  allocationFormOptions,
  allocationHistory,
  createAllocation,
} from "~/allocations/allocations.server";
import { allocationSchema } from "~/allocations/rules";
import { AllocationForm } from "~/allocations/ui/AllocationForm";
import { AllocationHistory } from "~/allocations/ui/AllocationHistory";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, formValues, parseFormData, readForm } from "~/http/forms.server";
import { formatDateTime, formatOptionalDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Notice } from "~/ui/Notice";
import { recordLanguageName } from "~/young-people/language-names.server";
import { fullName } from "~/young-people/names";
import { getYoungPersonRecord } from "~/young-people/records.server";
import { RecordSummary } from "~/young-people/ui/RecordSummary";
import { SubjectAccessPanel } from "~/rights/ui/SubjectAccessPanel";
import { SignInCodePanel } from "~/young-people/ui/SignInCodePanel";
import { giveYoungPersonSignInCode } from "~/young-people/young-person-account.server";
import { getYoungPersonAccount } from "~/young-people/young-people.server";
import { listErasableStatements } from "~/retention/erasure.server";
import { ErasableStatements } from "~/retention/ui/ErasableStatements";

export const handle: RouteHandle = { titleKey: "people:record.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const lng = requestLanguage(request, user);
  const today = todayInEngland();
  const record = getYoungPersonRecord(user, params.youngPersonId);
  const date = (d: string | null) => formatOptionalDate(d, lng);
  return json({
    record: {
      id: record.id,
      name: fullName(record),
      givenName: record.givenName,
      caseReference: record.caseReference,
      dateOfBirth: date(record.dateOfBirth)!,
      language: recordLanguageName(record.preferredLanguage, lng),
      needsInterpreter: record.needsInterpreter,
      interpreterLanguage: record.interpreterLanguage,
      communicationNeeds: record.communicationNeeds,
      serviceArea: record.serviceArea,
      legalStatus: record.legalStatus,
      lookedAfterOn: date(record.lookedAfterOn),
      isUnaccompanied: record.isUnaccompanied,
      leftCareOn: date(record.leftCareOn),
      leftCareReason: record.leftCareReason,
    },
    account: getYoungPersonAccount(record.id),
    allocations: allocationHistory(record.id, today).map((a) => ({
      ...a,
      startsOn: date(a.startsOn)!,
      endsOn: date(a.endsOn),
    })),
    statements: listErasableStatements(user, record.id).map((s) => ({
      id: s.id,
      templateId: s.templateId,
      submittedAt: formatDateTime(s.submittedAt!, lng),
      erasedOn: date(s.erasedAt),
      withdrawnOn: date(s.withdrawnAt),
      voiceNotes: s.voiceNotes.map((v, i) => ({
        id: v.id,
        number: i + 1,
        erasedOn: date(v.erasedAt),
      })),
    })),
    people: allocatablePeople(user),
    ...allocationFormOptions(),
    today,
  });
}

const intentSchema = z.object({ intent: z.enum(["issue-code", "allocate"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const record = getYoungPersonRecord(user, params.youngPersonId);
  const form = await readForm(request, intentSchema);
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  if (form.data.intent === "issue-code") {
    const issued = giveYoungPersonSignInCode(request, user, record.id);
    return json({
      code: issued.code,
      username: issued.account.username,
      expiresAt: formatDateTime(issued.expiresAt, requestLanguage(request, user)),
    });
  }
  const input = parseFormData(form.formData, allocationSchema);
  if (!input.ok) return formErrors(input);
  const saved = createAllocation(request, user, record.id, input.data);
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(form.formData) });
  return redirect(`/admin/young-people/${record.id}?allocated=1#allocations`);
}

export default function AdminYoungPerson() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const issued = result && "code" in result ? result : undefined;
  const failed = result && "errors" in result ? result : undefined;
  const done = ["created", "saved", "allocated", "leftCare", "allocationSaved"].find((k) =>
    searchParams.get(k),
  );
  const { record } = data;
  return (
    <>
      <BackLink to="/admin/young-people">{t("people:back.list")}</BackLink>
      <h1>{record.name}</h1>
      {done ? <Notice>{t(`people:done.${done}`, { name: record.name })}</Notice> : null}
      {searchParams.get("erased") ? <Notice>{t("retention:statements.done")}</Notice> : null}
      <RecordSummary record={record} />
      <p>
        <Link to={`/admin/young-people/${record.id}/edit`}>
          {t("people:record.change")}
          <span className="visually-hidden"> {record.name}</span>
        </Link>
      </p>
      <AuditLink youngPersonId={record.id} />
      <BundleForm youngPersonId={record.id} name={record.name} />
      <SignInCodePanel
        givenName={record.givenName}
        account={data.account}
        issued={issued}
        leftCare={!!record.leftCareOn}
        mayCreateAccount
      />
      <h2 id="allocations">{t("people:allocations.title")}</h2>
      <AllocationHistory youngPersonId={record.id} rows={data.allocations} />
      {record.leftCareOn ? null : (
        <AllocationForm
          people={data.people}
          relationships={data.relationships}
          roles={data.roles}
          today={data.today}
          errors={failed?.errors}
          values={failed?.values}
        />
      )}
      <ErasableStatements youngPersonId={record.id} rows={data.statements} />
      <h2>{t("people:leftCare.title")}</h2>
      {record.leftCareOn ? (
        <p>
          {t("people:leftCare.recorded", {
            date: record.leftCareOn,
            reason: t(`people:leftCareReason.${record.leftCareReason}`),
          })}
        </p>
      ) : (
        <p>
          <Link to={`/admin/young-people/${record.id}/left-care`}>
            {t("people:leftCare.link", { name: record.name })}
          </Link>
        </p>
      )}
      <SubjectAccessPanel youngPersonId={record.id} name={record.name} />
    </>
  );
}
