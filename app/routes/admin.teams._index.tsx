import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import type { RouteHandle } from "~/root";
import { listTeams } from "~/teams/teams.server";
import { BackLink } from "~/ui/BackLink";
import { ButtonLink } from "~/ui/Button";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "escalations:teams.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const admin = requireUser(request, { role: "admin" });
  return json({ teams: listTeams(admin) });
}

export default function Teams() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <BackLink to="/admin">{t("escalations:teams.back")}</BackLink>
      <h1>{t("escalations:teams.title")}</h1>
      {searchParams.get("saved") ? <Notice>{t("escalations:teams.saved")}</Notice> : null}
      <p>{t("escalations:teams.intro")}</p>
      <p>
        <ButtonLink to="/admin/teams/new">{t("escalations:teams.new")}</ButtonLink>
      </p>
      {teams.length ? (
        <table className="table">
          <caption className="visually-hidden">{t("escalations:teams.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("escalations:teams.fields.name")}</th>
              <th scope="col">{t("escalations:teams.fields.serviceAreaName")}</th>
              <th scope="col">{t("escalations:teams.fields.teamManager")}</th>
              <th scope="col">{t("escalations:teams.fields.serviceManager")}</th>
              <th scope="col">{t("escalations:teams.members")}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <td>
                  <Link to={`/admin/teams/${team.id}`}>{team.name}</Link>
                </td>
                <td>{team.serviceAreaName ?? ""}</td>
                <td>{team.teamManager ?? t("escalations:teams.fields.none")}</td>
                <td>{team.serviceManager ?? t("escalations:teams.fields.none")}</td>
                <td>{team.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("escalations:teams.none")}</p>
      )}
      <p>
        <Link to="/admin/escalation-stages">{t("escalations:stages.link")}</Link>
      </p>
    </>
  );
}
