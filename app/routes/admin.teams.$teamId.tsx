import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, formValues, readForm, type FormErrors } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { teamFormSchema } from "~/teams/team-schema";
import { getTeam, teamChoices, teamMembers, updateTeam } from "~/teams/teams.server";
import { TeamForm } from "~/teams/ui/TeamForm";
import { BackLink } from "~/ui/BackLink";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "escalations:teams.editTitle" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const team = getTeam(admin, params.teamId);
  return json({
    ...teamChoices(admin),
    team: {
      id: team.id,
      name: team.name,
      serviceAreaName: team.serviceAreaName ?? "",
      teamManagerUserId: team.teamManagerUserId ?? "",
      serviceManagerUserId: team.serviceManagerUserId ?? "",
    },
    members: teamMembers(team.id),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  const team = getTeam(admin, params.teamId);
  const form = await readForm(request, teamFormSchema);
  if (!form.ok) return formErrors(form);
  const saved = updateTeam(request, admin, team.id, form.data);
  if (!saved.ok) return formErrors({ errors: saved.errors, values: formValues(form.formData) });
  return redirect(`/admin/teams/${team.id}?saved=1`);
}

export default function EditTeam() {
  const { t } = useTranslation();
  const { team, members, teamManagers, serviceManagers } = useLoaderData<typeof loader>();
  const result = useActionData<FormErrors>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <BackLink to="/admin/teams">{t("escalations:teams.backToList")}</BackLink>
      <h1>{team.name}</h1>
      {searchParams.get("saved") && !result ? (
        <Notice>{t("escalations:teams.saved")}</Notice>
      ) : null}
      <TeamForm
        values={team}
        result={result}
        teamManagers={teamManagers}
        serviceManagers={serviceManagers}
        submit={t("escalations:teams.save")}
      />
      <h2>{t("escalations:teams.members")}</h2>
      <p className="hint">{t("escalations:teams.membersHint")}</p>
      {members.length ? (
        <ul>
          {members.map((m) => (
            <li key={m.id}>
              <Link to={`/admin/staff/${m.id}`}>{m.displayName}</Link> — {t(`home:roles.${m.role}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("escalations:teams.noMembers")}</p>
      )}
    </>
  );
}
