import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { notFound } from "~/auth/require-user.server";
import { formsHome, requireFormAuthor } from "~/consultation/author.server";
import { getOwnStatement } from "~/consultation/own-statements.server";
import { readerNames } from "~/consultation/sending.server";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/dates/calendar";
import { addWorkingDays } from "~/dates/working-days";
import { Icon } from "~/ui/Icon";
import { organisationSettings } from "~/organisations/settings.server";

export const handle: RouteHandle = { titleKey: "consultation:ui.sentTitle" };

/** Sent: who will read it, and by when they should reply (the organisation's local standard). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireFormAuthor(request);
  const statement = getOwnStatement(user, params.statementId);
  if (statement.status !== "submitted") throw notFound();
  const lng = requestLanguage(request, user);
  const settings = organisationSettings(user.organisationId);
  return json({
    home: formsHome(user),
    isYoungPerson: user.role === "young_person",
    readers: readerNames(statement.id).map((r) => r.displayName),
    urgent: statement.isUrgent,
    // Local standard: a young person's statement is read and answered within N working days
    // (counted as the IRO's queue counts them: its closure days too).
    replyBy: formatDate(
      addWorkingDays(todayInEngland(), settings.replyWithinDays, settings.closureDays),
      lng,
    ),
  });
}

export default function Sent() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <div className="panel panel--success">
        <h1 className="with-icon">
          <Icon name="done" size="large" />
          <span>{t("consultation:ui.sentTitle")}</span>
        </h1>
      </div>
      <p>{t("consultation:ui.sentWho")}</p>
      <ul>
        {data.readers.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <p>{t("consultation:ui.sentWhen", { date: data.replyBy })}</p>
      {data.urgent ? <p>{t("consultation:ui.sentUrgent")}</p> : null}
      {data.isYoungPerson ? (
        <p>
          <Link to="/me/statements">{t("consultation:ui.myStatements")}</Link>
        </p>
      ) : null}
      <p>
        <Link to={data.home}>{t("consultation:ui.home")}</Link>
      </p>
    </>
  );
}
