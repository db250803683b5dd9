import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/require-user.server";
import { roleHome } from "~/auth/roles";
import { monitoringPage } from "~/monitoring/page.server";
import { monitoringPageRoles } from "~/monitoring/scope.server";
import { MonitoringPage } from "~/monitoring/ui/MonitoringPage";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "monitoring:page.title" };

/**
 * The monthly monitoring page: IRO managers, administrators and the director see the whole
 * organisation; team and service managers the children of their teams; anyone else 404.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: monitoringPageRoles });
  const data = monitoringPage(request, user);
  // A month that is not a month answers 400, as every form with errors does (the page still shows).
  return json({ ...data, back: roleHome[user.role] }, { status: data.errors ? 400 : 200 });
}

export default function ManageMonitoring() {
  const data = useLoaderData<typeof loader>();
  return <MonitoringPage data={data} back={data.back} />;
}
