import { json } from "@remix-run/node";
import { z } from "zod";
import { readForm } from "~/http/forms.server";
import { picturePasswordSchema, picturesInOrder } from "./picture-schema";
import { passwordMaxLength, passwordMinLength } from "./rules";
import { checkSignInCode, redeemSignInCode } from "./sign-in-codes.server";
import { startSessionAndRedirect } from "./start-session.server";

/*
 * A young person's first sign-in, in two steps on one page (no JavaScript needed):
 * 1. the one-time code from their worker; 2. choosing secret pictures (or a password).
 * The code travels in a hidden field between the steps and is used up only at the end.
 * A member of staff or a carer (code from an administrator) goes straight to an ordinary password:
 * picture passwords are for children only.
 */
export type StartStep = "code" | "pictures" | "password" | "parent" | "staff";
export type StartData = {
  step: StartStep;
  code?: string;
  /** A parent's or staff member's username, to sign in with next time. */
  username?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
};

const codeField = z.string().trim().min(1, "auth:errors.code").max(20, "auth:errors.codeWrong");

const schemas = {
  "check-code": z.object({ code: codeField }),
  "use-password": z.object({ code: codeField }),
  "use-pictures": z.object({ code: codeField }),
  "code-only": z.object({ code: codeField }),
  "set-pictures": picturePasswordSchema.extend({ code: codeField }),
  "set-password": z
    .object({
      code: codeField,
      password: z
        .string()
        .min(passwordMinLength, "auth:errors.passwordShort")
        .max(passwordMaxLength, "auth:errors.passwordLong"),
      confirmPassword: z.string(),
    })
    .refine((d) => d.password === d.confirmPassword, {
      message: "auth:errors.passwordMatch",
      path: ["confirmPassword"],
    }),
};

const intentSchema = z.object({ intent: z.enum(Object.keys(schemas) as [keyof typeof schemas]) });

function reply(data: StartData, status = 200) {
  return json<StartData>(data, { status });
}

/** What `/start` accepts: the code, then the pictures or a password (or, for a parent, the code alone). */
export async function startWithCode(request: Request) {
  const raw = await readForm(request, intentSchema.passthrough());
  if (!raw.ok) return reply({ step: "code", errors: { code: "auth:errors.code" } }, 400);
  const intent = raw.data.intent;
  const parsed = schemas[intent].safeParse(Object.fromEntries(raw.formData));
  const stepOf: Record<keyof typeof schemas, StartStep> = {
    "check-code": "pictures",
    "use-pictures": "pictures",
    "use-password": "password",
    "set-pictures": "pictures",
    "set-password": "password",
    "code-only": "parent",
  };
  const code = String(raw.formData.get("code") ?? "");
  const check = checkSignInCode(request, code);
  if (!check.ok) {
    return reply(
      {
        step: "code",
        errors: { code: `auth:errors.${check.reason === "throttled" ? "throttled" : "codeWrong"}` },
        values: { code },
      },
      400,
    );
  }
  // A parent invited from a review sets a password, or goes on with the code for that one form.
  const isParent = check.user.role === "parent";
  // Anyone else who is not a young person (staff, carers) sets a password, nothing else.
  const isStaff = !isParent && check.user.role !== "young_person";
  const step: StartStep = isParent ? "parent" : isStaff ? "staff" : stepOf[intent];
  const username = isParent || isStaff ? check.user.username : undefined;
  if (isStaff && intent !== "set-password") return reply({ step, code, username });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      errors[issue.path.join(".") || "form"] ??= issue.message;
    return reply({ step, code, username, errors }, 400);
  }
  if (intent === "code-only" || (isParent && intent === "set-pictures")) {
    if (!isParent) return reply({ step, code });
    const redeemed = await redeemSignInCode(request, code, { kind: "none" });
    if (!redeemed.ok)
      return reply({ step: "code", errors: { code: "auth:errors.codeWrong" } }, 400);
    return startSessionAndRedirect(redeemed.user, null);
  }
  if (intent === "set-pictures" || intent === "set-password") {
    const data = parsed.data as z.infer<(typeof schemas)["set-pictures"]> & { password?: string };
    const credential =
      intent === "set-pictures"
        ? { kind: "pictures" as const, pictures: picturesInOrder(data) }
        : { kind: "password" as const, password: String(data.password) };
    const redeemed = await redeemSignInCode(request, code, credential);
    if (!redeemed.ok)
      return reply({ step: "code", errors: { code: "auth:errors.codeWrong" } }, 400);
    return startSessionAndRedirect(redeemed.user, null);
  }
  return reply({ step, code, username });
}
