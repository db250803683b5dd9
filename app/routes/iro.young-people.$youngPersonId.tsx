import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/reviews/calendar";
import { toRow } from "~/young-people/caseload.server";
import { getAllocatedYoungPerson } from "~/young-people/young-people.server";
import { YoungPersonProfile } from "~/young-people/YoungPersonProfile";

export const handle: RouteHandle = { titleKey: "home:profile.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, today);
  return json({ row: toRow(person, requestLanguage(request, user), today) });
}

export default function IroYoungPerson() {
  const { t } = useTranslation();
  const { row } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/iro">
          <span className="arrow" aria-hidden="true">
            ←
          </span>{" "}
          {t("home:iro.back")}
        </Link>
      </p>
      <h1>{row.name}</h1>
      <YoungPersonProfile row={row} />
    </>
  );
}
