import { and, eq, lt } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { getDb } from "#db/db.server";
import { pendingAnswers } from "#db/schema";
import { cookiesAreSecure } from "~/env.server";
import { readCookie, serializeCookie } from "~/http/request.server";

/*
 * Nothing typed is lost, even when the session ended while a young person was writing: the posted
 * fields are kept for a day under a random token (in an HttpOnly cookie), and put back into the
 * question once the same young person has signed in again and opens it.
 */
const cookieName = "ov_pending";
const keepForMs = 24 * 60 * 60 * 1000;

export function stashPendingAnswer(
  statementId: string,
  questionId: string,
  formData: FormData,
): string {
  const fields: Record<string, string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key === "csrf" || key === "intent") continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (values.length) fields[key] = values;
  }
  const id = randomBytes(24).toString("base64url");
  const db = getDb();
  db.delete(pendingAnswers)
    .where(lt(pendingAnswers.createdAt, new Date(Date.now() - keepForMs).toISOString()))
    .run();
  db.insert(pendingAnswers).values({ id, statementId, questionId, fields }).run();
  return serializeCookie(cookieName, id, {
    maxAgeSeconds: keepForMs / 1000,
    secure: cookiesAreSecure(),
  });
}

/** The kept fields for this question, if any; they are removed as they are taken. */
export function takePendingAnswer(request: Request, statementId: string, questionId: string) {
  const id = readCookie(request, cookieName);
  if (!id) return null;
  const db = getDb();
  const row = db
    .select()
    .from(pendingAnswers)
    .where(
      and(
        eq(pendingAnswers.id, id),
        eq(pendingAnswers.statementId, statementId),
        eq(pendingAnswers.questionId, questionId),
      ),
    )
    .get();
  if (!row) return null;
  db.delete(pendingAnswers).where(eq(pendingAnswers.id, id)).run();
  const formData = new FormData();
  for (const [key, values] of Object.entries(row.fields))
    for (const v of values) formData.append(key, v);
  return {
    formData,
    clearCookie: serializeCookie(cookieName, "", { maxAgeSeconds: 0, secure: cookiesAreSecure() }),
  };
}
