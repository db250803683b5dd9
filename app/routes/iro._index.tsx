import { listNotifications } from "~/notifications/notifications.server";
import { Notifications } from "~/notifications/ui/Notifications";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { inboxFor } from "~/consultation/inbox.server";
import { StatementInbox, UrgentAlerts } from "~/consultation/ui/Inbox";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { Button } from "~/ui/Button";
import { listRows } from "~/young-people/caseload.server";
import {
  applyCaseloadView,
  caseloadFilters,
  caseloadSorts,
  parseCaseloadView,
} from "~/young-people/caseload-view";
import { YoungPeopleTable } from "~/young-people/ui/YoungPeopleTable";
import { midwayDueViews } from "~/midway/view.server";
import { caseloadActionCounts } from "~/actions/progress.server";
import { ActionCounts } from "~/actions/ui/ActionViews";

export const handle: RouteHandle = { titleKey: "home:iro.title" };

/** The caseload: sorted and filtered on the server from the query string, so it needs no JavaScript. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  const view = parseCaseloadView(new URL(request.url).searchParams);
  const all = listRows(user, lng);
  return json({
    name: user.displayName,
    total: all.length,
    rows: applyCaseloadView(all, view),
    view,
    ...inboxFor(user, lng),
    notifications: listNotifications(user, lng),
    midway: midwayDueViews(
      user,
      all.map((r) => r.id),
      lng,
    ),
    actionCounts: caseloadActionCounts(user),
  });
}

export default function IroHome() {
  const { t } = useTranslation();
  const { name, rows, total, view, alerts, statements, notifications, midway, actionCounts } =
    useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:iro.title")}</h1>
      <UrgentAlerts alerts={alerts} statementPath={(id) => `/iro/statements/${id}`} />
      <p>{t("home:iro.intro", { name, count: total })}</p>
      <Notifications items={notifications} />
      <p>
        <Link to="/iro/queue">{t("reviews:queue.link")}</Link>
        {" · "}
        <Link to="/iro/reports">{t("reports:iroLink")}</Link>
      </p>
      <Form method="get" className="filters" aria-label={t("reviews:caseload.filters")}>
        <div className="field">
          <label className="label" htmlFor="caseload-q">
            {t("reviews:caseload.search")}
          </label>
          <input id="caseload-q" name="q" className="input" defaultValue={view.q} />
        </div>
        <div className="field">
          <label className="label" htmlFor="caseload-show">
            {t("reviews:caseload.show")}
          </label>
          <select id="caseload-show" name="show" className="input" defaultValue={view.show}>
            {caseloadFilters.map((f) => (
              <option key={f} value={f}>
                {t(`reviews:caseload.filter.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="label" htmlFor="caseload-sort">
            {t("reviews:caseload.sort")}
          </label>
          <select id="caseload-sort" name="sort" className="input" defaultValue={view.sort}>
            {caseloadSorts.map((s) => (
              <option key={s} value={s}>
                {t(`reviews:caseload.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">{t("reviews:caseload.apply")}</Button>
      </Form>
      <p role="status">{t("reviews:caseload.showing", { shown: rows.length, total })}</p>
      <YoungPeopleTable
        rows={rows}
        caption={t("home:iro.title")}
        linkTo={(id) => `/iro/young-people/${id}`}
        reviewLink={(id) => `/iro/reviews/${id}`}
        midway={midway}
      />
      <ActionCounts rows={actionCounts} />
      <StatementInbox items={statements} statementPath={(id) => `/iro/statements/${id}`} />
    </>
  );
}
