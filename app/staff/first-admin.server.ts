import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getDb } from "#db/db.server";
import { organisations, users } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { issueSignInCode } from "~/auth/sign-in-codes.server";
import { publicUrl } from "~/notifications/mail.server";
import { displayNameField, emailField, usernameField } from "./staff-schema";
import { isUsernameTaken } from "~/auth/usernames.server";

/*
 * `npm run admin:create`: the first administrator of an install that starts without the demo.
 * Nobody is signed in to issue their code, so the new administrator is recorded as its issuer,
 * and the audit shows no actor for the account itself (it came from the command line).
 */

export const firstAdminSchema = z.object({
  organisation: z.string().trim().min(1, "organisation").max(200, "organisation"),
  name: displayNameField,
  username: usernameField,
  email: emailField.optional().transform((v) => v ?? null),
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export type FirstAdminResult =
  | {
      ok: true;
      organisationId: string;
      organisationCreated: boolean;
      userId: string;
      username: string;
      code: string;
      expiresAt: string;
      startUrl: string;
    }
  | { ok: false; problem: "invalid"; fields: string[] }
  | { ok: false; problem: "usernameTaken"; username: string };

export function createFirstAdmin(input: FirstAdminInput, now = new Date()): FirstAdminResult {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problem: "invalid",
      fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))],
    };
  }
  const { organisation, name, username, email } = parsed.data;
  if (isUsernameTaken(username)) return { ok: false, problem: "usernameTaken", username };
  const userId = randomUUID();
  const result = getDb().transaction((tx) => {
    const existing = tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, organisation))
      .get();
    const organisationId = existing?.id ?? randomUUID();
    if (!existing)
      tx.insert(organisations).values({ id: organisationId, name: organisation }).run();
    tx.insert(users)
      .values({ id: userId, organisationId, role: "admin", username, displayName: name, email })
      .run();
    recordAudit(
      null,
      { action: "staff_created", organisationId, subjectType: "user", subjectId: userId },
      tx,
    );
    const issued = issueSignInCode(null, { id: userId, organisationId }, userId, now, { tx });
    return { organisationId, organisationCreated: !existing, ...issued };
  });
  return { ok: true, userId, username, startUrl: publicUrl("/start").toString(), ...result };
}
