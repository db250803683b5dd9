import { json } from "@remix-run/node";
import type { z } from "zod";
import { verifyCsrf } from "~/auth/csrf.server";

/** What a failed form post returns: the message key for each field, and everything typed. */
export type FormErrors = {
  errors: Record<string, string>;
  values: Record<string, string | string[]>;
};

export type ParsedForm<T> =
  | { ok: true; data: T; formData: FormData }
  | {
      ok: false;
      errors: Record<string, string>;
      values: Record<string, string | string[]>;
      formData: FormData;
    };

/**
 * Every action reads its form through here: the CSRF token is checked, then the fields are
 * parsed with the action's zod schema, whose messages are translation keys ("auth:errors.username").
 */
export async function readForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<ParsedForm<z.infer<S>>> {
  const formData = await request.formData();
  verifyCsrf(request, formData);
  return parseFormData(formData, schema);
}

export function parseFormData<S extends z.ZodType>(
  formData: FormData,
  schema: S,
): ParsedForm<z.infer<S>> {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, formData };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: withoutSecrets(values), formData };
}

/** Everything typed into a form (passwords included: refill forms through `formErrors` only). */
export function formValues(formData: FormData) {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key === "csrf") continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/** Passwords are never sent back to the browser, even to refill a form. */
function withoutSecrets(values: Record<string, string | string[]>) {
  const copy = { ...values };
  for (const key of Object.keys(copy)) if (/password/i.test(key)) copy[key] = "";
  return copy;
}

export function formErrors(parsed: {
  errors: Record<string, string>;
  values: FormErrors["values"];
}) {
  return json<FormErrors>(
    { errors: parsed.errors, values: withoutSecrets(parsed.values) },
    { status: 400 },
  );
}
