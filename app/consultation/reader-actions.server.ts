import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { SignedIn } from "~/auth/require-user.server";
import { formErrors, readForm } from "~/http/forms.server";
import { freeText, textLimits } from "~/http/text";
import { recordInterpretation, requestInterpreter } from "./interpreter.server";
import { replyToStatement } from "./replies.server";

const questionId = z.string().min(1).max(100);

const schema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("reply"),
    reply: freeText(textLimits.reply).min(1, "consultation:errors.reply"),
  }),
  z.object({ intent: z.literal("interpreter-request"), questionId }),
  z.object({
    intent: z.literal("interpreter-done"),
    questionId,
    translation: freeText(textLimits.letterPart).min(1, "consultation:errors.translation"),
  }),
]);

/**
 * The reading view's actions: a reader replies (the young person sees it under "What I have
 * sent"), asks for an interpreter for one answer, or stores the interpreter's words beside it.
 */
export async function readerAction(
  request: Request,
  user: SignedIn,
  statementId: string | undefined,
) {
  const form = await readForm(request, schema);
  if (!form.ok) {
    // Errors are keyed by field; a translation's field is named after its question.
    const values = form.values;
    if (values.intent === "interpreter-done" && form.errors.translation) {
      const field = `translation-${String(values.questionId)}`;
      return formErrors({
        errors: { [field]: form.errors.translation },
        values: { ...values, [field]: values.translation ?? "" },
      });
    }
    return formErrors(form);
  }
  const path = new URL(request.url).pathname;
  switch (form.data.intent) {
    case "reply":
      replyToStatement(request, user, statementId, form.data.reply);
      return redirect(`${path}?replied=1`);
    case "interpreter-request":
      requestInterpreter(request, user, statementId, form.data.questionId);
      return redirect(`${path}?interpreter=requested#interpret-${form.data.questionId}`);
    case "interpreter-done":
      recordInterpretation(request, user, statementId, form.data.questionId, form.data.translation);
      return redirect(`${path}?interpreter=done#interpret-${form.data.questionId}`);
  }
}
