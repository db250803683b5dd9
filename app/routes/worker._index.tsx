import { listNotifications } from "~/notifications/notifications.server";
import { Notifications } from "~/notifications/Notifications";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { inboxFor } from "~/consultation/inbox.server";
import { StatementInbox, UrgentAlerts } from "~/consultation/ui/Inbox";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { listRows } from "~/young-people/caseload.server";
import { YoungPeopleTable } from "~/young-people/YoungPeopleTable";

export const handle: RouteHandle = { titleKey: "home:worker.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  const lng = requestLanguage(request, user);
  return json({
    name: user.displayName,
    rows: listRows(user, lng),
    ...inboxFor(user, lng),
    notifications: listNotifications(user, lng),
  });
}

export default function WorkerHome() {
  const { t } = useTranslation();
  const { name, rows, alerts, statements, notifications } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:worker.title")}</h1>
      <UrgentAlerts alerts={alerts} statementPath={(id) => `/worker/statements/${id}`} />
      <p>{t("home:worker.intro", { name, count: rows.length })}</p>
      <Notifications items={notifications} />
      <YoungPeopleTable
        rows={rows}
        caption={t("home:worker.title")}
        linkTo={(id) => `/worker/young-people/${id}`}
      />
      <StatementInbox items={statements} statementPath={(id) => `/worker/statements/${id}`} />
    </>
  );
}
