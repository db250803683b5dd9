import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { reportPage } from "~/reports/report-route.server";
import { ReportPage } from "~/reports/ui/ReportPage";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "reports:title" };

/** The annual-report figures of the whole organisation, for a period chosen by a GET form. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["manager", "admin"] });
  const data = reportPage(request, user, "organisation");
  // Dates that are not dates answer 400, as every form with errors does (the page still shows).
  return json(data, { status: data.errors ? 400 : 200 });
}

export default function ManageReports() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return <ReportPage data={data} back="/manage" backLabel={t("home:manage.title")} />;
}
