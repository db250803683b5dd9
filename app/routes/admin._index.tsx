import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { organisationOverview } from "~/manage/organisation.server";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "admin:home.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const { name, youngPeople, reviewsOverdue, accounts } = organisationOverview(
    user,
    todayInEngland(),
  );
  return json({ name, youngPeople, reviewsOverdue, staff: accounts.length });
}

/** Where an administrator starts: each part of running the service, one link each. */
const sections = [
  { to: "/admin/staff", key: "staff" },
  { to: "/admin/young-people", key: "youngPeople" },
  { to: "/admin/import", key: "import" },
  { to: "/admin/settings", key: "settings" },
  { to: "/manage/audit", key: "audit" },
  { to: "/manage", key: "overview" },
] as const;

export default function AdminHome() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("admin:home.title")}</h1>
      <p>{data.name}</p>
      <dl className="summary-list">
        <dt>{t("admin:home.youngPeople")}</dt>
        <dd>{data.youngPeople}</dd>
        <dt>{t("admin:home.accounts")}</dt>
        <dd>{data.staff}</dd>
        <dt>{t("admin:home.reviewsOverdue")}</dt>
        <dd>{data.reviewsOverdue}</dd>
      </dl>
      <nav aria-labelledby="admin-sections">
        <h2 id="admin-sections">{t("admin:home.sections")}</h2>
        <ul className="link-list">
          {sections.map((s) => (
            <li key={s.key}>
              <Link to={s.to}>{t(`admin:nav.${s.key}`)}</Link>
              <p className="hint">{t(`admin:nav.${s.key}Hint`)}</p>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
