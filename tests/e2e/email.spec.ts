import { execFile } from "node:child_process";
import { createServer as createTcpServer, type AddressInfo, type Socket } from "node:net";
import { promisify } from "node:util";
import { and, eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { getDb } from "#db/db.server";
import { consultationRequests, notifications, users } from "#db/schema";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { submitStatement } from "~/consultation/sending.server";
import { findTemplate } from "~/consultation/templates";
import { todayInEngland } from "~/dates/calendar";
import { addWorkingDays } from "~/dates/working-days";
import { signedInAs } from "../fixtures/builders";
import { buildFamilyWithCarer } from "../fixtures/family";
import { expect, test } from "./fixtures";

/*
 * Email as an operator runs it: `npm run jobs` (the production build, as cron runs it) against a
 * real SMTP server on loopback, which records what arrives or refuses it. A reminder must reach
 * the right address from the configured sender, link to PUBLIC_URL, and carry nobody's words; a
 * mail server that refuses or cannot be reached costs one attempt per run, up to 5, and never the
 * notification in the app.
 */

const run = promisify(execFile);
const publicUrl = "https://own-voice.borough.example";
const sender = "own-voice@borough.example";
const mailFrom = `Own Voice at Test Borough <${sender}>`;
const maxAttempts = 5;

type Received = { envelopeFrom: string; envelopeTo: string[]; headers: string; text: string };

/** A mail server on a free loopback port that keeps what it is sent, or refuses it. */
async function startMailServer(port = 0) {
  const received: Received[] = [];
  const triedRecipients: string[] = [];
  const state: { refuse: { code: number; message: string } | null } = { refuse: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      triedRecipients.push(address.address);
      if (!state.refuse) return callback();
      const error = new Error(state.refuse.message) as Error & { responseCode: number };
      error.responseCode = state.refuse.code;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          ...readMessage(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    triedRecipients,
    state,
    to: (address: string) => received.filter((m) => m.envelopeTo.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The headers and the decoded text of a single-part message (what the outbox sends). */
function readMessage(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const text =
    encoding === "base64"
      ? Buffer.from(body, "base64").toString("utf8")
      : encoding === "quoted-printable"
        ? Buffer.from(
            body
              .replace(/=\r\n/g, "")
              .replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            "latin1",
          ).toString("utf8")
        : body;
  return { headers, text };
}

/** A loopback port with nothing listening on it. */
async function closedPort() {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

type JobReport = { reminders: number; emailsSent: number; emailsFailed: number };

/** One `npm run jobs`, as cron would run it, with email set up to go to `smtpUrl`. */
async function runJobs(databasePath: string, smtpUrl: string): Promise<JobReport> {
  const { stdout } = await run("npm", ["run", "--silent", "jobs"], {
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      SEED_DEMO: "false",
      SMTP_URL: smtpUrl,
      MAIL_FROM: mailFrom,
      PUBLIC_URL: publicUrl,
    },
    timeout: 60_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as JobReport;
}

/**
 * A 17-year-old with an email address who sent a statement, has a draft answering a request, and
 * whose request is due in 3 working days (asked a week ago): a reminder is due today.
 */
async function youngPersonDueAReminder(givenName: string, email: string) {
  const family = await buildFamilyWithCarer(givenName, 17);
  getDb().update(users).set({ email }).where(eq(users.id, family.child.id)).run();
  const child = signedInAs(family.child);
  const sentWords = `Grandad Orvell's lighthouse smells of cinnamon toast, says ${givenName}`;
  const draftWords = "I want the zebra-striped bike back from the Quenmoor shed";

  const sent = startStatement(child.user, findTemplate("good-news")!, "en", family.youngPersonId);
  submitStatement(
    child.request,
    child.user,
    { ...sent, answers: { tellMore: { text: sentWords, language: "en" } } },
    "iro",
  );
  const dueOn = addWorkingDays(todayInEngland(), 3);
  const requestId = getDb()
    .insert(consultationRequests)
    .values({
      organisationId: family.organisationId,
      reviewId: family.reviewId,
      youngPersonId: family.youngPersonId,
      kind: "young_person",
      recipientUserId: family.child.id,
      templateId: "getting-ready",
      requestedBy: family.iro.id,
      dueOn,
      createdAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    })
    .returning({ id: consultationRequests.id })
    .get().id;
  const draft = startStatement(
    child.user,
    findTemplate("getting-ready")!,
    "en",
    family.youngPersonId,
    {
      requestId,
      reviewId: family.reviewId,
    },
  );
  expect(saveAnswer(draft, "change", { text: draftWords, language: "en" }, null)).toEqual({
    ok: true,
  });
  return { ...family, email, words: [sentWords, draftWords] };
}

/** The reminder to this person, in the app or by email. */
const reminder = (recipientUserId: string, channel: "app" | "email") =>
  getDb()
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientUserId, recipientUserId),
        eq(notifications.kind, "reminder"),
        eq(notifications.channel, channel),
      ),
    )
    .get();

test("a reminder arrives once, at the right address, from the configured sender, with a link and no one's words", async ({
  server,
}) => {
  test.setTimeout(90_000);
  const family = await youngPersonDueAReminder("Ysolde", "ysolde.q@mail.test");
  const mail = await startMailServer();
  try {
    const first = await runJobs(server.databasePath, mail.url);
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect(first.emailsSent).toBeGreaterThanOrEqual(1);

    const messages = mail.to(family.email);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message!.envelopeTo).toEqual([family.email]);
    expect(message!.envelopeFrom).toBe(sender);
    expect(message!.headers).toMatch(
      /^From: .*Own Voice at Test Borough.*<own-voice@borough\.example>/m,
    );
    expect(message!.headers).toMatch(/^To: .*ysolde\.q@mail\.test/m);
    // The link goes to the young person's own page on the public address, and nowhere else.
    expect(message!.text).toContain(`${publicUrl}/me`);
    const links = message!.text.match(/https?:\/\/\S+/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const link of links) expect(link.startsWith(`${publicUrl}/`)).toBe(true);
    // Neither what they sent, nor what they are writing, nor their name.
    for (const words of family.words) {
      expect(message!.text).not.toContain(words);
      expect(message!.headers).not.toContain(words);
    }
    expect(message!.text).not.toContain("Ysolde");
    expect(message!.headers).not.toContain("Ysolde");

    expect(reminder(family.child.id, "email")).toMatchObject({ state: "sent", attempts: 1 });
    expect(reminder(family.child.id, "app")).toMatchObject({ state: "sent", readAt: null });

    // A second run (cron fires again) sends nothing twice.
    const received = mail.received.length;
    const second = await runJobs(server.databasePath, mail.url);
    expect(second).toMatchObject({ reminders: 0, emailsSent: 0 });
    expect(mail.received).toHaveLength(received);
    expect(mail.to(family.email)).toHaveLength(1);
  } finally {
    await mail.close();
  }
});

test("a server that refuses the recipient is tried once a run, 5 times, then the email is failed; the app keeps the reminder", async ({
  server,
}) => {
  test.setTimeout(120_000);
  const family = await youngPersonDueAReminder("Wrenna", "wrenna.q@mail.test");
  const mail = await startMailServer();
  mail.state.refuse = { code: 550, message: "Mailbox unavailable" };
  try {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await runJobs(server.databasePath, mail.url);
      const email = reminder(family.child.id, "email");
      expect(email).toMatchObject({
        attempts: attempt,
        state: attempt < maxAttempts ? "pending" : "failed",
        sentAt: null,
      });
      expect(email!.lastError).toMatch(/550/);
      expect(mail.triedRecipients.filter((a) => a === family.email)).toHaveLength(attempt);
    }
    // Failed is final: no sixth try, and the reminder is still on the young person's page.
    await runJobs(server.databasePath, mail.url);
    expect(reminder(family.child.id, "email")).toMatchObject({ attempts: 5, state: "failed" });
    expect(mail.triedRecipients.filter((a) => a === family.email)).toHaveLength(maxAttempts);
    expect(mail.to(family.email)).toHaveLength(0);
    expect(reminder(family.child.id, "app")).toMatchObject({ state: "sent", readAt: null });
  } finally {
    await mail.close();
  }
});

test("an unreachable mail server is retried on each run, then the email is failed; the app keeps the reminder", async ({
  server,
}) => {
  test.setTimeout(120_000);
  const family = await youngPersonDueAReminder("Tamsin", "tamsin.q@mail.test");
  const nowhere = `smtp://127.0.0.1:${await closedPort()}`;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const report = await runJobs(server.databasePath, nowhere);
    expect(report.emailsSent).toBe(0);
    const email = reminder(family.child.id, "email");
    expect(email).toMatchObject({
      attempts: attempt,
      state: attempt < maxAttempts ? "pending" : "failed",
    });
    expect(email!.lastError).toMatch(/ECONNREFUSED/);
  }
  expect(reminder(family.child.id, "app")).toMatchObject({ state: "sent", readAt: null });
});

test("an email refused for now (451) goes on the next run, once", async ({ server }) => {
  test.setTimeout(90_000);
  const family = await youngPersonDueAReminder("Odile", "odile.q@mail.test");
  const mail = await startMailServer();
  try {
    mail.state.refuse = { code: 451, message: "Try again later" };
    await runJobs(server.databasePath, mail.url);
    expect(reminder(family.child.id, "email")).toMatchObject({ attempts: 1, state: "pending" });
    expect(reminder(family.child.id, "email")!.lastError).toMatch(/451/);
    expect(mail.to(family.email)).toHaveLength(0);

    mail.state.refuse = null;
    await runJobs(server.databasePath, mail.url);
    expect(reminder(family.child.id, "email")).toMatchObject({ attempts: 2, state: "sent" });
    expect(mail.to(family.email)).toHaveLength(1);
    await runJobs(server.databasePath, mail.url);
    expect(mail.to(family.email)).toHaveLength(1);
  } finally {
    await mail.close();
  }
});

test("a mail server that accepts the connection and never answers does not hold up the jobs", async ({
  server,
}) => {
  test.setTimeout(90_000);
  const family = await youngPersonDueAReminder("Brielle", "brielle.q@mail.test");
  // A second young person's reminder in the same run fails with the first, without a connection
  // (and a wait) of its own.
  const other = await youngPersonDueAReminder("Corisande", "corisande.q@mail.test");
  const sockets = new Set<Socket>();
  let connections = 0;
  const silent = createTcpServer((socket) => {
    connections++;
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as AddressInfo;
  try {
    const started = Date.now();
    // The operator's own timeout in SMTP_URL takes precedence over the built-in 15 seconds.
    await runJobs(server.databasePath, `smtp://127.0.0.1:${port}?greetingTimeout=1000`);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(connections).toBe(1);
    for (const who of [family, other]) {
      const email = reminder(who.child.id, "email");
      expect(email).toMatchObject({ attempts: 1, state: "pending" });
      expect(email!.lastError).toMatch(/greeting/i);
    }
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
});
