import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { mayActAs } from "~/auth/roles";
import { organisationOverview } from "~/manage/organisation.server";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/dates/calendar";
import { Tag } from "~/ui/Tag";

export const handle: RouteHandle = { titleKey: "home:manage.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["manager", "admin"] });
  // A manager may hold a caseload as IRO (ADR 0015): their own children are one link away.
  const holdsCaseload = mayActAs(user.role, "iro");
  return json({ ...organisationOverview(user, todayInEngland()), holdsCaseload });
}

export default function ManageHome() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:manage.title")}</h1>
      <p>{data.name}</p>
      <ul className="link-list">
        {data.holdsCaseload ? (
          <li>
            <Link to="/iro">{t("home:iro.title")}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/manage/reports">{t("reports:link")}</Link>
        </li>
        <li>
          <Link to="/manage/monitoring">{t("monitoring:page.link")}</Link>
        </li>
        <li>
          <Link to="/manage/letters">{t("letters:iro.register")}</Link>
        </li>
        <li>
          <Link to="/manage/audit">{t("audit:title")}</Link>
        </li>
      </ul>
      <dl className="summary-list">
        <dt>{t("home:manage.youngPeople")}</dt>
        <dd>{data.youngPeople}</dd>
        <dt>{t("home:manage.unaccompanied")}</dt>
        <dd>{data.unaccompanied}</dd>
        <dt>{t("home:manage.reviewsOverdue")}</dt>
        <dd>{data.reviewsOverdue}</dd>
      </dl>
      <h2>{t("home:manage.byServiceArea")}</h2>
      <dl className="summary-list">
        {data.byServiceArea.map((row) => (
          <div key={row.serviceArea}>
            <dt>{t(`home:serviceArea.${row.serviceArea}`)}</dt>
            <dd>{row.total}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("home:manage.accounts")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("home:table.name")}</th>
              <th scope="col">{t("home:manage.role")}</th>
              <th scope="col">{t("home:manage.username")}</th>
              <th scope="col">{t("home:manage.state")}</th>
            </tr>
          </thead>
          <tbody>
            {data.accounts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.displayName}</th>
                <td>{t(`home:roles.${a.role}`)}</td>
                <td translate="no">{a.username}</td>
                <td>
                  {a.isLocked ? (
                    <Tag tone="overdue">{t("home:manage.locked")}</Tag>
                  ) : (
                    t("home:manage.active")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
