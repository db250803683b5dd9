import { and, eq, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Transporter } from "nodemailer";
import { getDb } from "#db/db.server";
import {
  consultationRequests,
  notifications,
  organisations,
  reviews,
  users,
  type Role,
} from "#db/schema";
import { mayActAs, roleHome } from "~/auth/roles";
import { deleteStalePendingAnswers } from "~/consultation/pending.server";
import { env } from "~/env.server";
import { mailTransport, publicUrl } from "./mail.server";
import { fixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { addDays, todayInEngland } from "~/dates/calendar";
import { requestNotAnswered } from "~/reviews/consultation-requests.server";
import { subtractWorkingDays } from "~/dates/working-days";
import { notifyMany } from "./notifications.server";
import { runDailyRetention, type RetentionReport } from "~/retention/run.server";
import { logger } from "~/operations/logger.server";
import { observeSchedulerRun } from "~/operations/metrics.server";
import { runEscalationJobs, type EscalationJobReport } from "~/escalations/jobs.server";

/*
 * Scheduled jobs: reminders 3 working days before a request is due, overdue requests marked (and
 * the person who asked told), and email sent from the outbox. Runs inside the server every
 * JOBS_INTERVAL_MINUTES, or as `npm run jobs` from cron. Idempotent: every notification has a
 * unique key and every step only picks up what is not done yet, so a second run sends nothing.
 */

/** A reminder goes this many working days before a request's due date. */
export const reminderWorkingDays = 3;
/** An email that fails this many times is left as failed (and shown to an administrator). */
const maxEmailAttempts = 5;
/** At most this many calendar days hold 3 working days (a weekend and the Christmas closures). */
const reminderLookaheadDays = 12;

export type JobReport = {
  reminders: number;
  overdue: number;
  emailsSent: number;
  emailsFailed: number;
  /** Retention, once a day per organisation: what went, by kind (empty when already done today). */
  retention: RetentionReport;
  /** Escalations reminded and marked overdue, urgent alerts escalated (issue 18). */
  escalations: EscalationJobReport;
};

/** Where a recipient sees a request: their own home page. */
const homeFor = (role: Role) => roleHome[role];

/** Where the person who asked sees the review. */
const reviewLinkFor = (role: Role, reviewId: string, youngPersonId: string) =>
  mayActAs(role, "iro") ? `/iro/reviews/${reviewId}` : `/worker/young-people/${youngPersonId}`;

function openRequests(condition: ReturnType<typeof and>) {
  return getDb()
    .select({
      id: consultationRequests.id,
      kind: consultationRequests.kind,
      organisationId: consultationRequests.organisationId,
      reviewId: consultationRequests.reviewId,
      youngPersonId: consultationRequests.youngPersonId,
      recipientUserId: consultationRequests.recipientUserId,
      requestedBy: consultationRequests.requestedBy,
      dueOn: consultationRequests.dueOn,
      createdAt: consultationRequests.createdAt,
      recipientRole: users.role,
      closureDays: organisations.closureDays,
    })
    .from(consultationRequests)
    .innerJoin(reviews, eq(reviews.id, consultationRequests.reviewId))
    .innerJoin(users, eq(users.id, consultationRequests.recipientUserId))
    .innerJoin(organisations, eq(organisations.id, consultationRequests.organisationId))
    .where(
      and(
        isNull(consultationRequests.cancelledAt),
        or(eq(reviews.status, "planned"), eq(consultationRequests.kind, "feedback")),
        requestNotAnswered,
        condition,
      ),
    )
    .all();
}

/** Reminders for requests due within 3 working days that have had none. */
export function sendReminders(today: string): number {
  const candidates = openRequests(
    and(
      gte(consultationRequests.dueOn, today),
      lte(consultationRequests.dueOn, addDays(today, reminderLookaheadDays)),
      sql`not exists (select 1 from ${notifications} n
        where n.dedupe_key = 'reminder:' || ${consultationRequests.id})`,
    ),
  ).filter((r) => {
    const remindOn = subtractWorkingDays(r.dueOn, reminderWorkingDays, r.closureDays);
    // Not yet; or asked so late that the request itself was the reminder.
    return today >= remindOn && r.createdAt.slice(0, 10) < remindOn;
  });
  const added = getDb().transaction((tx) =>
    notifyMany(
      candidates.map((r) => ({
        organisationId: r.organisationId,
        recipientUserId: r.recipientUserId,
        kind: "reminder" as const,
        link: homeFor(r.recipientRole),
        dueOn: r.dueOn,
        dedupeKey: `reminder:${r.id}`,
      })),
      tx,
    ),
  );
  return added.size;
}

/**
 * Requests past their due date with nothing sent: marked overdue, and the one who asked is told.
 * Looks back this many days (the scheduler runs every few minutes, so nothing slips past).
 */
const overdueLookbackDays = 90;

export function markOverdue(today: string, now = new Date()): number {
  const late = openRequests(
    and(
      gte(consultationRequests.dueOn, addDays(today, -overdueLookbackDays)),
      lt(consultationRequests.dueOn, today),
      isNull(consultationRequests.overdueAt),
    ),
  );
  if (!late.length) return 0;
  return getDb().transaction((tx) => {
    // Only the rows this run marked (a second process running at once marks none of them twice).
    const marked = new Set<string>();
    for (let i = 0; i < late.length; i += 200) {
      for (const row of tx
        .update(consultationRequests)
        .set({ overdueAt: now.toISOString() })
        .where(
          and(
            inArray(
              consultationRequests.id,
              late.slice(i, i + 200).map((r) => r.id),
            ),
            isNull(consultationRequests.overdueAt),
          ),
        )
        .returning({ id: consultationRequests.id })
        .all())
        marked.add(row.id);
    }
    const askers = new Map(
      tx
        .select({ id: users.id, role: users.role })
        .from(users)
        .where(inArray(users.id, [...new Set(late.map((r) => r.requestedBy))]))
        .all()
        .map((u) => [u.id, u.role]),
    );
    notifyMany(
      late
        // Feedback not given is marked, but the IRO is not told each time.
        .filter((r) => marked.has(r.id) && r.kind !== "feedback")
        .map((r) => ({
          organisationId: r.organisationId,
          recipientUserId: r.requestedBy,
          kind: "overdue" as const,
          link: reviewLinkFor(askers.get(r.requestedBy) ?? "iro", r.reviewId, r.youngPersonId),
          dueOn: r.dueOn,
          dedupeKey: `overdue:${r.id}`,
        })),
      tx,
    );
    return marked.size;
  });
}

/** The words of an email: what kind of thing is waiting and where, in the recipient's language. */
export function emailText(kind: string, link: string, dueOn: string | null, language: string) {
  const lng = isLanguageCode(language) ? language : "en";
  const t = fixedT(lng, "forms");
  return {
    subject: t("email.subject"),
    text: [
      t(`notifications.kinds.${kind}`, { date: dueOn ?? "" }),
      "",
      t("email.signIn", { url: publicUrl(link).toString() }),
      "",
      t("email.footer"),
    ].join("\n"),
  };
}

/** Sends the email rows still pending. Without SMTP configured nothing is sent (and nothing breaks). */
export async function deliverEmail(via: Transporter | undefined = mailTransport()) {
  const result = { sent: 0, failed: 0 };
  if (!via) return result;
  const db = getDb();
  const pending = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      link: notifications.link,
      dueOn: notifications.dueOn,
      attempts: notifications.attempts,
      email: users.email,
      language: users.preferredLanguage,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.recipientUserId))
    .where(and(eq(notifications.channel, "email"), eq(notifications.state, "pending")))
    .orderBy(notifications.createdAt)
    .limit(200)
    .all();
  // Once the server itself cannot be reached, every email left in this run fails the same way:
  // each counts the attempt with that error, and none waits out another timeout.
  let serverDown: unknown;
  for (const n of pending) {
    if (!n.email) continue;
    try {
      if (serverDown) throw serverDown;
      await via.sendMail({
        from: env().MAIL_FROM,
        to: n.email,
        ...emailText(n.kind, n.link, n.dueOn, n.language ?? "en"),
      });
      db.update(notifications)
        .set({ state: "sent", sentAt: new Date().toISOString(), attempts: n.attempts + 1 })
        .where(eq(notifications.id, n.id))
        .run();
      result.sent++;
    } catch (error) {
      if (isServerUnreachable(error)) serverDown = error;
      const attempts = n.attempts + 1;
      db.update(notifications)
        .set({
          attempts,
          state: attempts >= maxEmailAttempts ? "failed" : "pending",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        })
        .where(eq(notifications.id, n.id))
        .run();
      result.failed++;
    }
  }
  return result;
}

/** nodemailer's codes for a server that could not be reached or would not let us in at all. */
const serverErrorCodes = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "EAUTH"]);
function isServerUnreachable(error: unknown) {
  const { code, command } = (error ?? {}) as { code?: unknown; command?: unknown };
  return command === "CONN" || (typeof code === "string" && serverErrorCodes.has(code));
}

/** One run of every job. Safe to run at any time, as often as you like. */
export async function runScheduledJobs(now = new Date()): Promise<JobReport> {
  const today = todayInEngland(now);
  const reminders = sendReminders(today);
  const overdue = markOverdue(today, now);
  const escalations = runEscalationJobs(now);
  const email = await deliverEmail();
  // Answers kept after a session ended are only for the next sign-in, never for long.
  deleteStalePendingAnswers(now);
  const retention = runDailyRetention(now);
  return {
    reminders,
    overdue,
    emailsSent: email.sent,
    emailsFailed: email.failed,
    retention,
    escalations,
  };
}

let timer: NodeJS.Timeout | undefined;

/** Starts the in-server scheduler (unless JOBS_INTERVAL_MINUTES is 0). */
export function startScheduler() {
  const minutes = env().JOBS_INTERVAL_MINUTES;
  if (!minutes || timer) return;
  // A run still waiting on a slow mail server when the next is due is left to finish: two runs at
  // once could both send the same pending email.
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    observeSchedulerRun(() => runScheduledJobs())
      .then(
        (report) => logger().info({ report }, "scheduled jobs ran"),
        (error: unknown) => logger().error({ err: error }, "scheduled jobs failed"),
      )
      .finally(() => (running = false));
  };
  run();
  timer = setInterval(run, minutes * 60_000);
  timer.unref();
}

/** For shutdown: no new run starts (one already running finishes on its own). */
export function stopScheduler() {
  if (timer) clearInterval(timer);
  timer = undefined;
}
