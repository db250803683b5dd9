import { redirect } from "@remix-run/node";
import { and, eq, gt, lt } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { getDb } from "#db/db.server";
import { pendingAnswers, statements, type Statement } from "#db/schema";
import { csrfTokenMatches } from "~/auth/csrf.server";
import { endedSessionFor } from "~/auth/session.server";
import { cookiesAreSecure } from "~/env.server";
import { readCookie, serializeCookie } from "~/http/request.server";
import { answerFieldNames } from "./form-answer.server";
import { longTextMax } from "./limits";
import { templateOf } from "./templates";
import type { FormAudience } from "./template-schema";

/*
 * Nothing typed is lost, even when the session ended while a young person was writing: the posted
 * answer is kept for a day under a random token (in an HttpOnly cookie), and put back into the
 * question once the same person has signed in again and opens it.
 *
 * The post comes with no live session, so anyone could send one. It is kept only when it carries
 * the author's own session cookie (ended, but still a row in the sessions table) and that
 * session's CSRF token, and only up to one long answer's worth of text: nothing from a stranger,
 * another site or a script ever reaches a child's draft.
 */
const cookieName = "ov_pending";
const keepForMs = 24 * 60 * 60 * 1000;
/** One long answer, every character percent-encoded from 4 bytes of UTF-8, and the other fields. */
const maxBodyBytes = longTextMax * 12 + 4 * 1024;

export type KeptAnswer = {
  /** Set when the answer was kept. */
  setCookie?: string;
  /** Whose form this is, to choose the sign-in page (pictures for young people). */
  audience?: FormAudience;
};

/** The session ended while someone was answering: keep what they sent, if it is theirs. */
export async function keepAnswerAfterSessionEnded(
  request: Request,
  statementId: string | undefined,
  questionId: string | undefined,
  now = new Date(),
): Promise<KeptAnswer> {
  const statement = getDb()
    .select()
    .from(statements)
    .where(eq(statements.id, statementId ?? ""))
    .get();
  if (!statement) return {};
  const template = templateOf(statement);
  const audience = template.audience;
  const question = template.questions.find((q) => q.id === questionId);
  const session = endedSessionFor(request);
  if (
    statement.status !== "draft" ||
    !question ||
    !session ||
    session.userId !== statement.authorUserId ||
    now.getTime() - new Date(session.lastSeenAt).getTime() > keepForMs
  ) {
    return { audience };
  }
  const form = await readSmallForm(request);
  if (!form || !csrfTokenMatches(form, session.csrfToken)) return { audience };

  const fields: Record<string, string[]> = {};
  let characters = 0;
  for (const name of answerFieldNames(question)) {
    const values = form.getAll(name);
    characters += values.reduce((sum, v) => sum + v.length, 0);
    if (values.length) fields[name] = values;
  }
  if (!Object.keys(fields).length || characters > longTextMax) return { audience };

  deleteStalePendingAnswers(now);
  const id = randomBytes(24).toString("base64url");
  getDb()
    .insert(pendingAnswers)
    .values({
      id,
      statementId: statement.id,
      questionId: question.id,
      fields,
      createdAt: now.toISOString(),
    })
    .run();
  const setCookie = serializeCookie(cookieName, id, {
    maxAgeSeconds: keepForMs / 1000,
    secure: cookiesAreSecure(),
  });
  return { setCookie, audience };
}

/** The session ended while the young person was answering: keep what they sent, then sign in. */
export async function keepAnswerAndSignIn(
  request: Request,
  statementId: string | undefined,
  questionId: string | undefined,
) {
  const back = `/me/statements/${statementId}/questions/${questionId}`;
  const kept = await keepAnswerAfterSessionEnded(request, statementId, questionId);
  const headers = new Headers();
  if (kept.setCookie) headers.append("Set-Cookie", kept.setCookie);
  // Young people sign back in with their pictures; carers, parents and workers with a password.
  const signIn = kept.audience === "young_person" ? "/sign-in/pictures" : "/sign-in";
  return redirect(`${signIn}?next=${encodeURIComponent(back)}&expired=1`, { headers });
}

/**
 * The kept fields for this question of the signed-in person's own draft (the caller got it from
 * getOwnDraft), if any; they are removed as they are taken.
 */
export function takePendingAnswer(
  request: Request,
  statement: Statement,
  questionId: string,
  now = new Date(),
) {
  const id = readCookie(request, cookieName);
  if (!id) return null;
  const db = getDb();
  const row = db
    .select()
    .from(pendingAnswers)
    .where(
      and(
        eq(pendingAnswers.id, id),
        eq(pendingAnswers.statementId, statement.id),
        eq(pendingAnswers.questionId, questionId),
        gt(pendingAnswers.createdAt, new Date(now.getTime() - keepForMs).toISOString()),
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

/** Kept answers older than a day are gone: run on every write and by the scheduled jobs. */
export function deleteStalePendingAnswers(now = new Date()): number {
  return getDb()
    .delete(pendingAnswers)
    .where(lt(pendingAnswers.createdAt, new Date(now.getTime() - keepForMs).toISOString()))
    .run().changes;
}

/**
 * A url-encoded form of at most `maxBodyBytes`, read no further than that; anything else (a
 * voice-note upload, an oversized post) is not kept.
 */
async function readSmallForm(request: Request): Promise<URLSearchParams | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return null;
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) return null;
  if (!request.body) return null;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
