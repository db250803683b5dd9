import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { startTogether, togetherRoles } from "~/together/together.server";
import { readForm } from "~/http/forms.server";

/** "Start together mode" (a button on the child's page): then the child's page, in their language. */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: [...togetherRoles] });
  const form = await readForm(request, z.object({ youngPersonId: z.string().min(1).max(64) }));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  const person = startTogether(request, user, form.data.youngPersonId);
  return redirect(`/together?lng=${person.preferredLanguage}`);
}

export function loader() {
  throw new Response("Not found", { status: 404 });
}
