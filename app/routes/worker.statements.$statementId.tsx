import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { readStatement } from "~/consultation/reader-view.server";
import { readerAction } from "~/consultation/reader-actions.server";
import { StatementReader } from "~/consultation/ui/StatementReader";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "consultation:reader.title" };

/** Opening a statement records a read (the young person sees it) and an audit event. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  return json(readStatement(request, user, params.statementId));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  return readerAction(request, user, params.statementId);
}

export default function ReadStatement() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  return <StatementReader data={data} backTo="/worker" backLabel={t("home:worker.back")} />;
}
