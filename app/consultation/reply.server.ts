import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { SignedIn } from "~/auth/require-user.server";
import { formErrors, readForm } from "~/http/forms.server";
import { replyMaxLength, replyToStatement } from "./statements.server";

const schema = z.object({
  reply: z
    .string()
    .trim()
    .min(1, "consultation:errors.reply")
    .max(replyMaxLength, "consultation:errors.replyLong"),
});

/** The reading view's action: a reader replies; the young person sees it under "What I have sent". */
export async function replyAction(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
) {
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  replyToStatement(request, user, statementId, form.data.reply);
  return redirect(`${new URL(request.url).pathname}?replied=1`);
}
