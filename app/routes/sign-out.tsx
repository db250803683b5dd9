import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { recordAudit } from "~/audit/audit.server";
import { clearSessionCookie, getSession, revokeSession } from "~/auth/session.server";
import { readForm } from "~/http/forms.server";

/** Signing out ends the session on the server, not only in the browser. */
export async function action({ request }: ActionFunctionArgs) {
  const session = getSession(request);
  if (session) {
    await readForm(request, z.object({}));
    revokeSession(session.id);
    recordAudit(request, {
      action: "sign_out",
      organisationId: session.user.organisationId,
      actorUserId: session.user.id,
    });
  }
  return redirect("/sign-in?signedOut=1", { headers: { "Set-Cookie": clearSessionCookie() } });
}

export function loader() {
  return redirect("/sign-in");
}
