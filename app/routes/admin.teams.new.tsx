import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { teamFormSchema } from "~/teams/team-schema";
import { createTeam, teamChoices } from "~/teams/teams.server";
import { TeamForm } from "~/teams/ui/TeamForm";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "escalations:teams.newTitle" };

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  return json(teamChoices(admin));
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const form = await readForm(request, teamFormSchema);
  if (!form.ok) return formErrors(form);
  const saved = createTeam(request, admin, form.data);
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(form.formData) });
  return redirect(`/admin/teams/${saved.id}?saved=1`);
}

export default function NewTeam() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  return (
    <>
      <BackLink to="/admin/teams">{t("escalations:teams.backToList")}</BackLink>
      <h1>{t("escalations:teams.newTitle")}</h1>
      <TeamForm {...data} values={{}} result={result} submit={t("escalations:teams.create")} />
    </>
  );
}
