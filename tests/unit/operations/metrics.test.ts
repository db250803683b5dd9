import { describe, expect, it } from "vitest";
import { metricsResponse } from "~/operations/metrics-endpoint.server";
import {
  metricsText,
  observePdfRender,
  recordBackup,
  recordSchedulerRun,
} from "~/operations/metrics.server";

const token = "metrics-token-for-tests-0123456789abcdef";
const scrape = (authorization?: string, configured: { token?: string } = { token }) =>
  metricsResponse(
    new Request("http://localhost/metrics", {
      headers: authorization ? { authorization } : {},
    }),
    configured,
  );

describe("/metrics on the app's port", () => {
  it("does not exist at all without METRICS_TOKEN", async () => {
    const response = await scrape(`Bearer ${token}`, {});
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("own_voice");
  });

  it("is refused without the token, or with another", async () => {
    for (const authorization of [undefined, `Bearer ${token}x`, `Basic ${token}`, token]) {
      const response = await scrape(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain("own_voice");
    }
  });

  it("is served in Prometheus's text format with the token", async () => {
    const response = await scrape(`Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain("# TYPE own_voice_http_requests_total counter");
    expect(text).toContain("process_resident_memory_bytes");
  });
});

describe("what the metrics count", () => {
  it("a backup: by outcome, with the time of the last one that worked", async () => {
    const before = Date.now() / 1000;
    recordBackup("failed", 2.5);
    recordBackup("ok", 12.25);
    const { text } = await metricsText();
    expect(text).toMatch(/own_voice_backups_total\{outcome="ok"\} 1/);
    expect(text).toMatch(/own_voice_backups_total\{outcome="failed"\} 1/);
    expect(text).toMatch(/own_voice_backup_last_duration_seconds 12.25/);
    const last = Number(/^own_voice_backup_last_success_timestamp_seconds (\S+)$/m.exec(text)![1]);
    expect(last).toBeGreaterThanOrEqual(Math.floor(before));
  });

  it("a scheduler run: its outcome and what each job did", async () => {
    recordSchedulerRun("ok", 0.4, {
      reminders: 3,
      overdue: 0,
      emailsSent: 2,
      emailsFailed: 1,
      retention: { drafts: 4 },
    });
    recordSchedulerRun("failed", 0.1);
    const { text } = await metricsText();
    expect(text).toMatch(/own_voice_scheduler_runs_total\{outcome="ok"\} 1/);
    expect(text).toMatch(/own_voice_scheduler_runs_total\{outcome="failed"\} 1/);
    expect(text).toMatch(/own_voice_scheduler_items_total\{job="reminders",outcome="sent"\} 3/);
    expect(text).toMatch(/own_voice_scheduler_items_total\{job="email",outcome="sent"\} 2/);
    expect(text).toMatch(/own_voice_scheduler_items_total\{job="email",outcome="failed"\} 1/);
    expect(text).toMatch(/own_voice_scheduler_items_total\{job="retention",outcome="drafts"\} 4/);
    expect(text).toMatch(/own_voice_scheduler_run_duration_seconds_count 2/);
  });

  it("a PDF render: how many, by outcome, and how long they took", async () => {
    class Timeout extends Error {}
    const isTimeout = (error: unknown) => error instanceof Timeout;
    await observePdfRender(async () => Buffer.from("%PDF-1.7"), isTimeout);
    await observePdfRender(async () => Buffer.from("%PDF-1.7"), isTimeout);
    await expect(
      observePdfRender(() => Promise.reject(new Timeout("PDF render timed out")), isTimeout),
    ).rejects.toThrow("timed out");
    await expect(
      observePdfRender(() => Promise.reject(new Error("browser crashed")), isTimeout),
    ).rejects.toThrow("crashed");
    const { text } = await metricsText();
    expect(text).toMatch(/own_voice_pdf_renders_total\{outcome="ok"\} 2/);
    expect(text).toMatch(/own_voice_pdf_renders_total\{outcome="timeout"\} 1/);
    expect(text).toMatch(/own_voice_pdf_renders_total\{outcome="failed"\} 1/);
    expect(text).toMatch(/own_voice_pdf_render_duration_seconds_count 4/);
  });
});
