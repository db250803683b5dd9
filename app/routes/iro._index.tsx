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

export const handle: RouteHandle = { titleKey: "home:iro.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  return json({ name: user.displayName, rows: listRows(user, lng), ...inboxFor(user, lng) });
}

export default function IroHome() {
  const { t } = useTranslation();
  const { name, rows, alerts, statements } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:iro.title")}</h1>
      <UrgentAlerts alerts={alerts} statementPath={(id) => `/iro/statements/${id}`} />
      <p>{t("home:iro.intro", { name, count: rows.length })}</p>
      <YoungPeopleTable
        rows={rows}
        caption={t("home:iro.title")}
        linkTo={(id) => `/iro/young-people/${id}`}
      />
      <StatementInbox items={statements} statementPath={(id) => `/iro/statements/${id}`} />
    </>
  );
}
