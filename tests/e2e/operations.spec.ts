import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, startServer, test, type RunningServer } from "./fixtures";

/*
 * Running it: what an operator sees of the server process (its readiness, its log, its metrics)
 * and that it stops cleanly when a process manager asks. Each test starts a server of its own.
 */

const metricsToken = "e2e-metrics-token-0123456789abcdef0123";

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "own-voice-operations-"));
});
test.afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const exited = (server: RunningServer) =>
  new Promise<number | null>((resolve) => {
    if (server.child.exitCode !== null) resolve(server.child.exitCode);
    else server.child.once("exit", (code) => resolve(code));
  });

/** The sign-in page's cookie and CSRF token, as a browser would hold them. */
async function signInForm(baseURL: string) {
  const page = await fetch(`${baseURL}/sign-in`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  return { cookie, csrf };
}

/** The server's JSON log lines so far (anything else it printed is left out). */
function logLines(server: RunningServer): Record<string, unknown>[] {
  return server.output
    .join("")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function requestCount(metrics: string, route: string, status: number) {
  const line = metrics
    .split("\n")
    .find((l) =>
      l.startsWith(
        `own_voice_http_requests_total{method="GET",route="${route}",status="${status}"}`,
      ),
    );
  return line ? Number(line.split(" ").at(-1)) : 0;
}

test("an operator reads readiness, a JSON log line per request and the metrics, which strangers cannot", async () => {
  const server = await startServer({
    DATABASE_PATH: path.join(dir, "observed.sqlite"),
    SEED_DEMO: "true",
    METRICS_TOKEN: metricsToken,
    METRICS_PORT: "0",
    LOG_LEVEL: "info",
  }).catch((error: Error) => error);
  // Port 0 is not a port anyone can scrape: refused at start-up, naming the setting.
  expect(String(server)).toMatch(/METRICS_PORT/);

  const metricsPort = await freePort();
  const own = await startServer({
    DATABASE_PATH: path.join(dir, "observed.sqlite"),
    SEED_DEMO: "true",
    METRICS_TOKEN: metricsToken,
    METRICS_PORT: String(metricsPort),
    LOG_LEVEL: "info",
  });
  try {
    const ready = await fetch(`${own.baseURL}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });

    // A wrong sign-in: the log must hold neither the name, the password nor the cookie.
    const { cookie, csrf } = await signInForm(own.baseURL);
    const wrong = await fetch(`${own.baseURL}/sign-in?index&next=%2Firo%3Fname%3DSemhar`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, "sec-fetch-site": "same-origin" },
      body: new URLSearchParams({ csrf, username: "iro.amelia", password: "Semhar-2011-secret" }),
    });
    expect(wrong.status).toBe(400);

    // Strangers get nothing; the token gets the counts.
    expect((await fetch(`${own.baseURL}/metrics`)).status).toBe(401);
    const refused = await fetch(`${own.baseURL}/metrics`, {
      headers: { authorization: "Bearer not-the-token" },
    });
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("own_voice");
    const scrape = async () => {
      const response = await fetch(`${own.baseURL}/metrics`, {
        headers: { authorization: `Bearer ${metricsToken}` },
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const before = requestCount(await scrape(), "/sign-in", 200);
    expect((await fetch(`${own.baseURL}/sign-in`)).status).toBe(200);
    // A request is counted when the server has finished sending it, which may be a moment after
    // the client has the whole answer.
    await expect.poll(async () => requestCount(await scrape(), "/sign-in", 200)).toBe(before + 1);
    const after = await scrape();
    expect(after).toMatch(
      /own_voice_http_requests_total\{method="POST",route="\/sign-in",status="400"\} 1/,
    );

    // The metrics port answers on this machine only, without a token.
    const local = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(local.status).toBe(200);
    expect(await local.text()).toContain("own_voice_http_requests_total");

    await expect
      .poll(() => logLines(own).filter((l) => l.msg === "request").length)
      .toBeGreaterThan(3);
    const post = logLines(own).find((l) => l.msg === "request" && l.method === "POST");
    expect(post).toMatchObject({ route: "/sign-in", status: 400, level: 30 });
    expect(post!.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(post!.ms).toEqual(expect.any(Number));
    const log = own.output.join("");
    for (const secret of ["Semhar", "iro.amelia", "ov_session", csrf, metricsToken]) {
      expect(log).not.toContain(secret);
    }
  } finally {
    own.child.kill("SIGKILL");
  }
});

test("without METRICS_TOKEN there is no /metrics at all", async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  });
  expect(response.status).toBe(404);
  expect(await response.text()).not.toContain("own_voice");
});

test("on SIGTERM it takes no new connections, finishes the request in flight, closes the database and exits 0", async () => {
  const databasePath = path.join(dir, "stopping.sqlite");
  const own = await startServer({ DATABASE_PATH: databasePath, SEED_DEMO: "true" });
  const agent = new http.Agent({ keepAlive: true });
  try {
    const { cookie, csrf } = await signInForm(own.baseURL);
    const form = new URLSearchParams({ csrf, username: "iro.amelia", password: "ownvoice-demo" });
    const body = Buffer.from(form.toString());

    // A sign-in sent slowly, from a browser-like client that keeps its connection open. With
    // "Expect: 100-continue" the server says when it has the request; the form follows later.
    const request = http.request(`${own.baseURL}/sign-in?index`, {
      method: "POST",
      agent,
      headers: {
        cookie,
        "sec-fetch-site": "same-origin",
        "content-type": "application/x-www-form-urlencoded",
        "content-length": body.length,
        expect: "100-continue",
      },
    });
    const answered = new Promise<{ status: number; location?: string; cookies: string[] }>(
      (resolve, reject) => {
        request.once("response", (response) => {
          response.resume();
          response.once("end", () =>
            resolve({
              status: response.statusCode!,
              location: response.headers.location,
              cookies: response.headers["set-cookie"] ?? [],
            }),
          );
        });
        request.once("error", reject);
      },
    );
    await new Promise((resolve) => request.once("continue", resolve));
    request.write(body.subarray(0, 20));

    own.child.kill("SIGTERM");
    // New connections are refused while the sign-in is still open.
    await expect
      .poll(() =>
        fetch(`${own.baseURL}/healthz`).then(
          () => "answered",
          () => "refused",
        ),
      )
      .toBe("refused");
    expect(own.child.exitCode).toBeNull();

    request.end(body.subarray(20));
    const response = await answered;
    expect(response.status).toBe(302);
    expect(response.location).toBe("/iro");
    expect(response.cookies.join(";")).toContain("ov_session=");
    const answeredAt = Date.now();

    const code = await Promise.race([
      exited(own),
      new Promise<string>((r) => setTimeout(() => r("still running after 15 s"), 15_000)),
    ]);
    expect(code).toBe(0);
    // The client kept its connection open, as browsers do; that must not hold the exit for
    // the keep-alive timeout (5 s).
    expect(Date.now() - answeredAt).toBeLessThan(3_000);
    const log = own.output.join("");
    expect(log).toContain("SIGTERM received");
    expect(log).toContain("stopped");

    // Closed cleanly: the write-ahead log was folded into the database and removed, and the
    // sign-in that finished during shutdown is in it.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    const db = new Database(databasePath, { readonly: true });
    const signIns = db
      .prepare("select count(*) as n from audit_events where action = 'sign_in'")
      .get() as { n: number };
    db.close();
    expect(signIns.n).toBe(1);
  } finally {
    agent.destroy();
    own.child.kill("SIGKILL");
  }
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
