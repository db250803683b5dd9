import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { roleHome } from "~/auth/roles";
import { acknowledgeAlert } from "~/consultation/alerts.server";
import { readForm } from "~/http/forms.server";

/** "I have seen this": who acknowledged an urgent worry, and when, is recorded. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: ["iro", "social_worker"] });
  await readForm(request, z.object({}));
  acknowledgeAlert(request, user, params.alertId ?? "");
  return redirect(roleHome[user.role]);
}

export function loader() {
  return redirect("/");
}
