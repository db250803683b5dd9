import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/reviews/calendar";
import { Icon } from "~/ui/Icon";
import { toRow } from "~/young-people/caseload.server";
import { getOwnYoungPerson, listCurrentAllocationNames } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "home:me.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const lng = requestLanguage(request, user);
  const person = getOwnYoungPerson(user);
  const row = toRow(person, lng, todayInEngland());
  const people = listCurrentAllocationNames(person.id);
  return json({
    givenName: row.givenName,
    nextReview: row.nextReviewPlanned ?? row.nextReviewDue,
    socialWorker: people.find((p) => p.relationship === "social_worker")?.displayName ?? null,
    iro: people.find((p) => p.relationship === "iro")?.displayName ?? null,
  });
}

export default function MyPage() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:me.greeting", { name: data.givenName })}</h1>
      <div className="panel">
        <p className="with-icon">
          <Icon name="calendar" size="large" />
          <span>
            {data.nextReview
              ? t("home:me.nextReview", { date: data.nextReview })
              : t("home:me.noReview")}
          </span>
        </p>
      </div>
      <h2>{t("home:me.yourPeople")}</h2>
      <ul>
        {data.socialWorker ? (
          <li>{t("home:me.socialWorker", { name: data.socialWorker })}</li>
        ) : null}
        {data.iro ? <li>{t("home:me.iro", { name: data.iro })}</li> : null}
      </ul>
    </>
  );
}
