import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { listOwnStatements } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { Icon, WithIcon } from "~/ui/Icon";
import { Replies } from "~/consultation/ui/Replies";

export const handle: RouteHandle = { titleKey: "consultation:ui.myStatements" };

/** Everything the young person sent: sent, read by whom and when, or taken back. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const lng = requestLanguage(request, user);
  return json({
    statements: listOwnStatements(user).map((s) => ({
      ...s,
      icon: findTemplate(s.templateId)?.icon ?? "statements",
      submittedOn: formatDate(s.submittedAt, lng),
      withdrawnOn: s.withdrawnAt ? formatDate(s.withdrawnAt, lng) : null,
      readBy: s.readBy.map((r) => ({ name: r.displayName, on: formatDate(r.at, lng) })),
      replies: s.replies.map((r) => ({
        name: r.displayName,
        at: formatDate(r.createdAt, lng),
        text: r.text,
      })),
    })),
  });
}

export default function MyStatements() {
  const { t } = useTranslation();
  const { statements } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("consultation:ui.myStatements")}</h1>
      {statements.length === 0 ? <p>{t("consultation:ui.noStatements")}</p> : null}
      <ul className="statement-list">
        {statements.map((s) => (
          <li key={s.id} className="statement-card">
            <h2 className="with-icon">
              <Icon name={s.icon} size="large" />
              <Link to={`/me/statements/${s.id}`}>
                {t(`consultation:templates.${s.templateId}.title`)}
              </Link>
            </h2>
            <p>{t("consultation:ui.sentOn", { date: s.submittedOn })}</p>
            {s.withdrawnOn ? (
              <p className="tag">{t("consultation:ui.withdrawnOn", { date: s.withdrawnOn })}</p>
            ) : s.readBy.length ? (
              s.readBy.map((r) => (
                <p key={r.name}>
                  <WithIcon icon="done">
                    {t("consultation:ui.readBy", { name: r.name, date: r.on })}
                  </WithIcon>
                </p>
              ))
            ) : (
              <p>{t("consultation:ui.notReadYet")}</p>
            )}
            <Replies replies={s.replies} />
          </li>
        ))}
      </ul>
    </>
  );
}
