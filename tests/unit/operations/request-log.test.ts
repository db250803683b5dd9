import express from "express";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "~/operations/logger.server";
import { metricsText } from "~/operations/metrics.server";
import { observeRequests } from "~/operations/requests.server";
import { manifest } from "./manifest";

/*
 * The request log as server.js wires it: the request id stamped first, then observeRequests,
 * then the app (here a stand-in that reads the form and answers like a question page).
 */
const lines: string[] = [];
let base: string;
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use((req, _res, next) => {
    req.headers["x-ov-request-id"] = randomUUID();
    next();
  });
  app.use(observeRequests(manifest, createLogger("info", { write: (line) => lines.push(line) })));
  app.post("/me/statements/:statementId/questions/:questionId", (req, res) => {
    req.resume();
    req.on("end", () => res.redirect(303, `/me/statements/${req.params.statementId}/check`));
  });
  app.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));
  app.get("/boom", (_req, res) => res.status(500).send("Sorry"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => close());

const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

/** Waits for the line of a request (written when its response has gone). */
async function lineFor(route: string) {
  for (let i = 0; i < 50; i++) {
    const line = logged().find((l) => l.route === route);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line for ${route}`);
}

describe("the request log", () => {
  it("writes one JSON line per request: its id, method, route pattern, status and time", async () => {
    const response = await fetch(
      `${base}/me/statements/st-4821/questions/worries?name=Semhar+Tesfay`,
      {
        method: "POST",
        redirect: "manual",
        headers: {
          cookie: "ov_session=session-token-7f3a9c1d2e; ov_csrf=csrf-5b8e",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({
          answer: "I miss my little brother Dawit and I want to see him on Saturdays",
          code: "SIGN-IN-CODE-4471",
        }),
      },
    );
    expect(response.status).toBe(303);

    const line = await lineFor("/me/statements/:statementId/questions/:questionId");
    expect(line).toMatchObject({
      level: 30,
      method: "POST",
      status: 303,
      msg: "request",
    });
    expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof line.ms).toBe("number");
    expect(line.ms as number).toBeGreaterThanOrEqual(0);
    expect(lines.filter((l) => l.includes("questions/:questionId"))).toHaveLength(1);
  });

  it("never holds the child's words, the address's ids or query, a cookie or a sign-in code", async () => {
    await lineFor("/me/statements/:statementId/questions/:questionId");
    const all = lines.join("\n");
    for (const secret of [
      "Dawit",
      "little brother",
      "Semhar",
      "st-4821",
      "worries",
      "session-token-7f3a9c1d2e",
      "ov_session",
      "csrf-5b8e",
      "SIGN-IN-CODE-4471",
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it("logs a failure at error level and a load balancer's health checks only at debug level", async () => {
    await fetch(`${base}/boom`);
    await fetch(`${base}/healthz`);
    expect(await lineFor("(unknown)")).toMatchObject({ level: 50, status: 500, method: "GET" });
    await new Promise((r) => setTimeout(r, 50));
    expect(logged().some((l) => l.route === "/healthz")).toBe(false);
  });

  it("counts each request in the metrics by route pattern and status", async () => {
    const before = countOf(await metricsText(), "/iro/queue", "200");
    const app = express();
    app.use(observeRequests(manifest, createLogger("silent")));
    app.get("/iro/queue", (_req, res) => res.send("queue"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/iro/queue`;
    await fetch(url);
    await fetch(url);
    server.close();
    await new Promise((r) => setTimeout(r, 20));
    const { text } = await metricsText();
    expect(countOf({ text }, "/iro/queue", "200")).toBe(before + 2);
    expect(text).toMatch(
      /own_voice_http_request_duration_seconds_count\{method="GET",route="\/iro\/queue"\} \d+/,
    );
  });
});

function countOf({ text }: { text: string }, route: string, status: string) {
  const pattern = new RegExp(
    `own_voice_http_requests_total\\{method="GET",route="${route.replace(/\//g, "\\/")}",status="${status}"\\} (\\d+)`,
  );
  return Number(pattern.exec(text)?.[1] ?? 0);
}
