import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { reportPage } from "~/reports/report-route.server";
import { ReportPage } from "~/reports/ui/ReportPage";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "reports:iroTitle" };

/** The same figures as the service's report, for the IRO's own caseload and nobody else's. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const data = reportPage(request, user, "caseload");
  // Dates that are not dates answer 400, as every form with errors does (the page still shows).
  return json(data, { status: data.errors ? 400 : 200 });
}

export default function IroReports() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return <ReportPage data={data} back="/iro" backLabel={t("home:iro.title")} />;
}
