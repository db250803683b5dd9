import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letters } from "#db/schema";
import { saveLetter } from "~/letters/drafts.server";
import { issueLetter } from "~/letters/issue.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../fixtures/builders";
import { expect, startServer, test, type RunningServer } from "./fixtures";

/*
 * The server process itself, started by these tests with settings of their own: what it trusts
 * about a client's address, and that it stops when a process manager asks it to.
 */

const exited = (server: RunningServer) =>
  new Promise<number | null>((resolve) => {
    if (server.child.exitCode !== null) resolve(server.child.exitCode);
    else server.child.once("exit", (code) => resolve(code));
  });

/** A wrong password posted from the sign-in page, as a browser would, with extra headers. */
async function wrongSignIn(baseURL: string, headers: Record<string, string>) {
  const page = await fetch(`${baseURL}/sign-in`, { headers });
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const response = await fetch(`${baseURL}/sign-in?index`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie, "sec-fetch-site": "same-origin" },
    body: new URLSearchParams({ csrf, username: "iro.amelia", password: "not-the-password" }),
  });
  expect(response.status).toBe(400);
}

test.describe("behind a reverse proxy", () => {
  let dir: string;
  test.beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "own-voice-proxy-"));
  });
  test.afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  test("TRUST_PROXY=true, which believes any X-Forwarded-For, is refused at start-up", async () => {
    await expect(
      startServer({ DATABASE_PATH: path.join(dir, "a.sqlite"), TRUST_PROXY: "true" }),
    ).rejects.toThrow(/TRUST_PROXY=true would trust any client's X-Forwarded-For/);
  });

  test("with one proxy trusted, the audit log records the address the proxy saw, not one the client wrote", async () => {
    const databasePath = path.join(dir, "b.sqlite");
    const server = await startServer({
      DATABASE_PATH: databasePath,
      SEED_DEMO: "true",
      TRUST_PROXY: "1",
    });
    try {
      // The client forged the first entry; the proxy appended the address it really saw.
      await wrongSignIn(server.baseURL, { "x-forwarded-for": "198.51.100.66, 203.0.113.7" });
      const db = new Database(databasePath, { readonly: true });
      const rows = db
        .prepare("select client_address as address from audit_events where action = ?")
        .all("sign_in_failed") as { address: string }[];
      db.close();
      expect(rows.map((r) => r.address)).toEqual(["203.0.113.7"]);
    } finally {
      server.child.kill();
    }
  });
});

test("after printing a letter as PDF, the server still stops on SIGTERM", async ({ server }) => {
  // Playwright, which drives the PDF browser, used to take SIGTERM over: the server then never
  // stopped for docker stop, systemd or a test run's end.
  const organisationId = buildOrganisation();
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const youngPersonId = buildYoungPerson(organisationId, { preferredLanguage: "en" });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  const today = todayInEngland();
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -10), {
    status: "held",
    heldOn: addDays(today, -12),
  });
  saveLetter(iro.request, iro.user, reviewId, {
    about: "You came to your review.",
    next: "Your social worker will ring your school.",
  });
  issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false });
  const letter = getDb().select().from(letters).where(eq(letters.reviewId, reviewId)).get()!;

  // A second server on the same database file, which this test may stop.
  const own = await startServer({ DATABASE_PATH: server.databasePath, SEED_DEMO: "false" });
  try {
    const pdf = await fetch(`${own.baseURL}/letters/${letter.id}/pdf/1`, {
      headers: { cookie: iro.cookie },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    await pdf.arrayBuffer();

    own.child.kill("SIGTERM");
    const code = await Promise.race([
      exited(own),
      new Promise<string>((r) => setTimeout(() => r("still running after 15 s"), 15_000)),
    ]);
    expect(code).toBe(0);
    expect(own.output.join("")).toContain("SIGTERM received");
  } finally {
    own.child.kill("SIGKILL");
  }
});
