import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { readForm } from "~/http/forms.server";
import { downloadMyThings } from "~/rights/download.server";

/**
 * The zip of the young person's own things, made now. A resource route: the page's plain form
 * posts here, and the answer is the file itself (a page route would render a page instead).
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const form = await readForm(request, z.object({}));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  return downloadMyThings(request, user);
}
