import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { canEmailSignInLinks, emailSignInLink } from "~/staff/sign-in-email.server";
import { newStaffSchema } from "~/staff/staff-schema";
import { createStaffMember } from "~/staff/staff.server";
import { IssuedCode, type Issued } from "~/staff/ui/IssuedCode";
import { NewStaffForm } from "~/staff/ui/NewStaffForm";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "staff:new.title" };

export function loader({ request }: LoaderFunctionArgs) {
  requireUser(request, { role: "admin" });
  return json({ canEmail: canEmailSignInLinks() });
}

type Created = { created: Issued & { userId: string } };

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const form = await readForm(request, newStaffSchema);
  if (!form.ok) return formErrors(form);
  const input = form.data;
  const byEmail = input.delivery === "email" && canEmailSignInLinks();
  if (byEmail && !input.email) {
    return formErrors({
      errors: { email: "staff:errors.emailForLink" },
      values: formValues(form.formData),
    });
  }
  const created = createStaffMember(request, admin, input);
  if (!created.ok) return formErrors({ ...created, values: formValues(form.formData) });
  const lng = requestLanguage(request, admin);
  const expiresAt = formatDateTime(created.expiresAt, lng);
  const emailed =
    byEmail &&
    (await emailSignInLink(
      request,
      admin,
      { id: created.userId, email: input.email },
      { code: created.code, expiresOn: expiresAt },
      lng,
    ));
  return json<Created>({
    created: {
      userId: created.userId,
      name: input.displayName,
      username: input.username,
      code: emailed ? null : created.code,
      expiresAt,
      emailed,
      emailFailed: byEmail && !emailed,
    },
  });
}

export default function NewStaff() {
  const { t } = useTranslation();
  const { canEmail } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Created | FormErrors | undefined;
  const created = result && "created" in result ? result.created : undefined;
  return (
    <>
      <BackLink to="/admin/staff">{t("staff:backToList")}</BackLink>
      <h1>{t("staff:new.title")}</h1>
      {created ? (
        <>
          <IssuedCode issued={created} />
          <ul className="link-list">
            <li>
              <Link to={`/admin/staff/${created.userId}`}>
                {t("staff:new.seeAccount", { name: created.name })}
              </Link>
            </li>
            <li>
              <Link to="/admin/staff/new">{t("staff:new.another")}</Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p>{t("staff:new.intro")}</p>
          <NewStaffForm result={result as FormErrors | undefined} canEmail={canEmail} />
        </>
      )}
    </>
  );
}
