import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/*
 * What an operator watches, in Prometheus's text format: requests by route and status and how
 * long they took, the scheduler's runs and what they did, PDF renders, backups, and Node's own
 * figures (memory, event-loop delay). Counts and durations only: nothing about any person.
 * Served by ./metrics-endpoint.server.ts, never publicly.
 */

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    httpRequests: new Counter({
      name: "own_voice_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status.",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "own_voice_http_request_duration_seconds",
      help: "Time from a request's arrival to its last byte sent, by method and route pattern.",
      labelNames: ["method", "route"],
      buckets: seconds,
      registers: [registry],
    }),
    schedulerRuns: new Counter({
      name: "own_voice_scheduler_runs_total",
      help: "Runs of the scheduled jobs inside the server, by outcome (ok or failed).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    schedulerDuration: new Histogram({
      name: "own_voice_scheduler_run_duration_seconds",
      help: "How long one run of the scheduled jobs took.",
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers: [registry],
    }),
    schedulerItems: new Counter({
      name: "own_voice_scheduler_items_total",
      help: "What the scheduled jobs did: items handled, by job and outcome (e.g. email sent).",
      labelNames: ["job", "outcome"],
      registers: [registry],
    }),
    pdfRenders: new Counter({
      name: "own_voice_pdf_renders_total",
      help: "PDF renders (letters, reports), by outcome (ok, timeout or failed).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    pdfDuration: new Histogram({
      name: "own_voice_pdf_render_duration_seconds",
      help: "Time from asking for a PDF to having it, waiting for a turn included.",
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30],
      registers: [registry],
    }),
    backups: new Counter({
      name: "own_voice_backups_total",
      help: "Backups taken by this process, by outcome (ok or failed).",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    backupDuration: new Gauge({
      name: "own_voice_backup_last_duration_seconds",
      help: "How long the latest backup took, whatever its outcome.",
      registers: [registry],
    }),
    backupLastSuccess: new Gauge({
      name: "own_voice_backup_last_success_timestamp_seconds",
      help: "When the latest successful backup finished (Unix time); alert when it is too old.",
      registers: [registry],
    }),
  };
}

type Metrics = ReturnType<typeof createMetrics>;

// One set per process, kept on globalThis: the development server reloads modules, and
// prom-client refuses a second metric of the same name.
const holder = globalThis as { __ownVoiceMetrics?: Metrics };

export function metrics(): Metrics {
  holder.__ownVoiceMetrics ??= createMetrics();
  return holder.__ownVoiceMetrics;
}

/** The metrics as Prometheus reads them, and the content type to send them with. */
export async function metricsText(): Promise<{ text: string; contentType: string }> {
  const { registry } = metrics();
  return { text: await registry.metrics(), contentType: registry.contentType };
}

export function recordRequest(method: string, route: string, status: number, seconds: number) {
  const m = metrics();
  m.httpRequests.inc({ method, route, status: String(status) });
  m.httpDuration.observe({ method, route }, seconds);
}

/** For the backup code: one backup taken (or not), and how long it took. */
export function recordBackup(outcome: "ok" | "failed", seconds: number) {
  const m = metrics();
  m.backups.inc({ outcome });
  m.backupDuration.set(seconds);
  if (outcome === "ok") m.backupLastSuccess.set(Date.now() / 1000);
}

/** Times one PDF render and counts it by outcome. */
export async function observePdfRender<T>(
  render: () => Promise<T>,
  isTimeout: (error: unknown) => boolean,
): Promise<T> {
  const m = metrics();
  const end = m.pdfDuration.startTimer();
  try {
    const pdf = await render();
    m.pdfRenders.inc({ outcome: "ok" });
    return pdf;
  } catch (error) {
    m.pdfRenders.inc({ outcome: isTimeout(error) ? "timeout" : "failed" });
    throw error;
  } finally {
    end();
  }
}

/** The scheduler's report's field names as (job, outcome); any other number is (field, "done"). */
const reportLabels: Record<string, [job: string, outcome: string]> = {
  reminders: ["reminders", "sent"],
  overdue: ["overdue", "marked"],
  emailsSent: ["email", "sent"],
  emailsFailed: ["email", "failed"],
};

/**
 * Counts one scheduler run and what its report says it did. A report's nested counts
 * ({ retention: { drafts: 3 } }) count as job "retention", outcome "drafts".
 */
export function recordSchedulerRun(outcome: "ok" | "failed", seconds: number, report?: object) {
  const m = metrics();
  m.schedulerRuns.inc({ outcome });
  m.schedulerDuration.observe(seconds);
  for (const [field, value] of Object.entries(report ?? {})) {
    if (typeof value === "number") {
      const [job, done] = reportLabels[field] ?? [field, "done"];
      if (value > 0) m.schedulerItems.inc({ job, outcome: done }, value);
    } else if (value && typeof value === "object") {
      for (const [inner, count] of Object.entries(value as Record<string, unknown>)) {
        if (typeof count === "number" && count > 0)
          m.schedulerItems.inc({ job: field, outcome: inner }, count);
      }
    }
  }
}

/** Times one run of the scheduled jobs and counts what it did; a failure is counted, then thrown. */
export async function observeSchedulerRun<T extends object>(run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const report = await run();
    recordSchedulerRun("ok", seconds(), report);
    return report;
  } catch (error) {
    recordSchedulerRun("failed", seconds());
    throw error;
  }
}
