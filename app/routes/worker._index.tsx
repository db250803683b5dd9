import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { listRows } from "~/young-people/caseload.server";
import { YoungPeopleTable } from "~/young-people/YoungPeopleTable";

export const handle: RouteHandle = { titleKey: "home:worker.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  return json({ name: user.displayName, rows: listRows(user, requestLanguage(request, user)) });
}

export default function WorkerHome() {
  const { t } = useTranslation();
  const { name, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("home:worker.title")}</h1>
      <p>{t("home:worker.intro", { name, count: rows.length })}</p>
      <YoungPeopleTable
        rows={rows}
        caption={t("home:worker.title")}
        linkTo={(id) => `/worker/young-people/${id}`}
      />
    </>
  );
}
