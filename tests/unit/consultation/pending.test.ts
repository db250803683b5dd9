import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { pendingAnswers, sessions, statements } from "#db/schema";
import { getSession } from "~/auth/session.server";
import { longTextMax } from "~/consultation/limits";
import {
  deleteStalePendingAnswers,
  keepAnswerAfterSessionEnded,
  takePendingAnswer,
} from "~/consultation/pending.server";
import { startStatement } from "~/consultation/drafts.server";
import { getOwnDraft } from "~/consultation/own-statements.server";
import { findTemplate } from "~/consultation/templates";
import { action, loader } from "~/routes/me.statements.$statementId.questions.$questionId";
import {
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  requestFor,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

/** A young person with a draft, whose session then idles out (the row stays, no longer live). */
async function childWithEndedSession() {
  const child = signedInAs(await buildUser(organisationId, { role: "young_person" }));
  const youngPersonId = buildYoungPerson(organisationId, { userId: child.user.id });
  const draft = startStatement(child.user, findTemplate("getting-ready")!, "en", youngPersonId);
  const csrf = getSession(child.request)!.csrfToken;
  endSession(child.user.sessionId);
  return { child, draft, csrf };
}

function endSession(sessionId: string) {
  const anHourAgo = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  getDb().update(sessions).set({ lastSeenAt: anHourAgo }).where(eq(sessions.id, sessionId)).run();
}

function post(statementId: string, fields: Record<string, string>, cookie?: string) {
  const headers = new Headers({ "content-type": "application/x-www-form-urlencoded" });
  if (cookie) headers.set("cookie", cookie);
  return new Request(`http://localhost/me/statements/${statementId}/questions/change`, {
    method: "POST",
    headers,
    body: new URLSearchParams(fields).toString(),
  });
}

/** Posts to the question page as a browser would; returns the cookie set to keep the answer. */
async function sendToPage(request: Request, statementId: string) {
  const response = (await action({
    request,
    params: { statementId, questionId: "change" },
    context: {},
  })) as Response;
  expect(response.status).toBe(302);
  return response.headers.get("set-cookie") ?? undefined;
}

const words = "I would like to stay at my school next year.";
const keptRows = (statementId: string) =>
  getDb().select().from(pendingAnswers).where(eq(pendingAnswers.statementId, statementId)).all();

describe("an answer sent after the session ended", () => {
  it("is kept from the author's own ended session and is in their draft after signing in", async () => {
    const { child, draft, csrf } = await childWithEndedSession();
    expect(getSession(requestFor("/", { cookie: child.cookie }))).toBeNull();
    const kept = await keepAnswerAfterSessionEnded(
      post(draft.id, { csrf, answer: words, intent: "next" }, child.cookie),
      draft.id,
      "change",
    );
    expect(kept.audience).toBe("young_person");
    expect(kept.setCookie).toMatch(/^ov_pending=/);

    const again = signedInAs(child.user);
    const pendingCookie = kept.setCookie!.split(";")[0]!;
    const response = loader({
      request: requestFor(`/me/statements/${draft.id}/questions/change`, {
        cookie: `${again.cookie}; ${pendingCookie}`,
      }),
      params: { statementId: draft.id, questionId: "change" },
      context: {},
    });
    expect(response.headers.get("set-cookie")).toMatch(/^ov_pending=;/);
    const answers = getOwnDraft(again.user, draft.id).answers as Record<string, unknown>;
    expect(answers.change).toEqual({ text: words, language: "en" });
    expect(keptRows(draft.id)).toHaveLength(0);
  });

  it("posted to the question page with no session sends to sign in and keeps nothing", async () => {
    const { draft, csrf } = await childWithEndedSession();
    const response = (await action({
      request: post(draft.id, { csrf, answer: words }),
      params: { statementId: draft.id, questionId: "change" },
      context: {},
    })) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/sign-in\/pictures\?next=/);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(keptRows(draft.id)).toHaveLength(0);
  });

  it("posted to the question page from the author's ended session is kept", async () => {
    const { child, draft, csrf } = await childWithEndedSession();
    const response = (await action({
      request: post(draft.id, { csrf, answer: words }, child.cookie),
      params: { statementId: draft.id, questionId: "change" },
      context: {},
    })) as Response;
    expect(response.headers.get("set-cookie")).toMatch(/^ov_pending=/);
    expect(keptRows(draft.id)).toHaveLength(1);
  });

  it("from someone else's session, even with its own CSRF token, is not kept", async () => {
    const { draft } = await childWithEndedSession();
    const other = await childWithEndedSession();
    const kept = await sendToPage(
      post(draft.id, { csrf: other.csrf, answer: "Not my words." }, other.child.cookie),
      draft.id,
    );
    expect(kept).toBeUndefined();
    expect(keptRows(draft.id)).toHaveLength(0);
  });

  it("without the session's CSRF token (a post from another site) is not kept", async () => {
    const { child, draft } = await childWithEndedSession();
    const posts: Record<string, string>[] = [{ answer: words }, { csrf: "made-up", answer: words }];
    for (const fields of posts) {
      expect(await sendToPage(post(draft.id, fields, child.cookie), draft.id)).toBeUndefined();
    }
    expect(keptRows(draft.id)).toHaveLength(0);
  });

  it("longer than one long answer is not kept", async () => {
    const { child, draft, csrf } = await childWithEndedSession();
    const long = post(draft.id, { csrf, answer: "a".repeat(longTextMax + 1) }, child.cookie);
    expect(await sendToPage(long, draft.id)).toBeUndefined();
    const huge = post(
      draft.id,
      { csrf, answer: words, padding: "ሰ".repeat(200_000) },
      child.cookie,
    );
    expect(await sendToPage(huge, draft.id)).toBeUndefined();
    expect(keptRows(draft.id)).toHaveLength(0);
  });

  it("keeps only the question's own fields", async () => {
    const { child, draft, csrf } = await childWithEndedSession();
    await keepAnswerAfterSessionEnded(
      post(draft.id, { csrf, answer: words, intent: "next", other: "x" }, child.cookie),
      draft.id,
      "change",
    );
    expect(keptRows(draft.id).map((r) => r.fields)).toEqual([{ answer: [words] }]);
  });

  it("is deleted after a day, and is no longer put back", async () => {
    const { child, draft, csrf } = await childWithEndedSession();
    const kept = await keepAnswerAfterSessionEnded(
      post(draft.id, { csrf, answer: words }, child.cookie),
      draft.id,
      "change",
    );
    const again = signedInAs(child.user);
    const request = requestFor("/", {
      cookie: `${again.cookie}; ${kept.setCookie!.split(";")[0]}`,
    });
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect(takePendingAnswer(request, draft, "change", tomorrow)).toBeNull();
    expect(deleteStalePendingAnswers(tomorrow)).toBeGreaterThanOrEqual(1);
    expect(keptRows(draft.id)).toHaveLength(0);
  });

  it("for a statement already sent is not kept", async () => {
    const { child, draft, csrf } = await childWithEndedSession();
    getDb()
      .update(statements)
      .set({ status: "submitted" })
      .where(eq(statements.id, draft.id))
      .run();
    const kept = await keepAnswerAfterSessionEnded(
      post(draft.id, { csrf, answer: words }, child.cookie),
      draft.id,
      "change",
    );
    expect(kept.setCookie).toBeUndefined();
  });
});
