import { listNotifications } from "~/notifications/notifications.server";
import { formatDate } from "~/i18n/format";
import { openRequestsFor } from "~/reviews/consultation-requests.server";
import { Notifications } from "~/notifications/ui/Notifications";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { inboxFor } from "~/consultation/inbox.server";
import { StatementInbox, UrgentAlerts } from "~/consultation/ui/Inbox";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { listRows } from "~/young-people/caseload.server";
import { YoungPeopleTable } from "~/young-people/ui/YoungPeopleTable";
import { actionsForYouView } from "~/actions/sections.server";
import { ActionsForYou } from "~/actions/ui/ActionViews";
import { escalationsAddressedTo } from "~/escalations/escalations.server";
import { EscalationsForYou } from "~/escalations/ui/EscalationList";

export const handle: RouteHandle = { titleKey: "home:worker.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  const lng = requestLanguage(request, user);
  return json({
    name: user.displayName,
    rows: listRows(user, lng),
    ...inboxFor(user, lng),
    notifications: listNotifications(user, lng),
    actions: actionsForYouView(user, lng),
    escalations: escalationsAddressedTo(user, lng),
    feedback: openRequestsFor(user).map((r) => ({
      id: r.id,
      templateId: r.templateId,
      requestedBy: r.requestedBy,
      reviewOn: formatDate(r.reviewOn, lng),
      dueOn: formatDate(r.dueOn, lng),
    })),
  });
}

export default function WorkerHome() {
  const { t } = useTranslation();
  const { name, rows, alerts, statements, notifications, feedback, actions, escalations } =
    useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:worker.title")}</h1>
      <UrgentAlerts alerts={alerts} statementPath={(id) => `/worker/statements/${id}`} />
      <p>{t("home:worker.intro", { name, count: rows.length })}</p>
      <Notifications items={notifications} />
      <ActionsForYou actions={actions} />
      {escalations.length ? <EscalationsForYou rows={escalations} /> : null}
      {feedback.length ? (
        <section className="panel" aria-labelledby="feedback-title">
          <h2 id="feedback-title">{t("forms:home.feedbackTitle")}</h2>
          <ul>
            {feedback.map((r) => (
              <li key={r.id}>
                <Link to={`/me/start/${r.templateId}?request=${r.id}`}>
                  {t("forms:home.feedbackRequest", { name: r.requestedBy, date: r.reviewOn })}
                </Link>{" "}
                — {t("forms:home.requestBy", { date: r.dueOn })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <YoungPeopleTable
        rows={rows}
        caption={t("home:worker.title")}
        linkTo={(id) => `/worker/young-people/${id}`}
      />
      <StatementInbox items={statements} statementPath={(id) => `/worker/statements/${id}`} />
    </>
  );
}
