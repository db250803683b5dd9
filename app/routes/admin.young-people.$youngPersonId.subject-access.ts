import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { readForm } from "~/http/forms.server";
import { downloadSubjectAccess } from "~/rights/download.server";

/**
 * A subject access copy of one child of the administrator's organisation (anyone else's: 404):
 * everything the child would get from "My things", and the audit of who opened their records.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const form = await readForm(request, z.object({}));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  return downloadSubjectAccess(request, user, params.youngPersonId);
}
