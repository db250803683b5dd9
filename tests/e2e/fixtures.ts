import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * One server per Playwright worker: the production build on its own port and its own SQLite
 * file, seeded with the demo organisation (so the README's demo sign-ins are tested too).
 * Tests that change an account build their own rows with tests/fixtures/builders.ts,
 * writing to the same file (SQLite in WAL mode allows it).
 */
type WorkerFixtures = {
  server: { baseURL: string; databasePath: string };
  /**
   * Tests that fail sign-ins on purpose name a server of their own
   * (`test.use({ serverOfItsOwn: "sign-in failures" })`): Playwright gives each set of worker
   * option values its own workers, so those tests get their own server, and the per-address
   * sign-in throttle they fill (every request here comes from 127.0.0.1) never reaches another test.
   */
  serverOfItsOwn: string;
};

export const test = base.extend<{ baseURL: string }, WorkerFixtures>({
  serverOfItsOwn: ["", { scope: "worker", option: true }],
  server: [
    async ({ serverOfItsOwn }, use, workerInfo) => {
      const label = serverOfItsOwn.replace(/\W+/g, "-") || "shared";
      const dir = mkdtempSync(
        path.join(tmpdir(), `own-voice-e2e-${label}-${workerInfo.workerIndex}-`),
      );
      const databasePath = path.join(dir, "e2e.sqlite");
      const server = await startServer({ DATABASE_PATH: databasePath });
      process.env.DATABASE_PATH = databasePath;
      process.env.SESSION_SECRET = e2eSecret;
      process.env.SEED_DEMO = "false";
      await use({ baseURL: server.baseURL, databasePath });
      server.child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 60_000 },
  ],
  baseURL: async ({ server }, use) => use(server.baseURL),
});

const e2eSecret = "e2e-secret-e2e-secret-e2e-secret-0123456789";

export type RunningServer = {
  baseURL: string;
  child: ChildProcess;
  output: string[];
  settings: Record<string, string>;
};

/**
 * Starts the production build (`node server.js`) on a free port with the given settings over
 * the defaults below, and waits until it serves the sign-in page. A spec that needs a server of
 * its own (other settings, or one it may stop) calls this; the caller ends it.
 */
export async function startServer(
  settings: Record<string, string>,
  onPort?: number,
): Promise<RunningServer> {
  // A free port from the system: a server left behind by an interrupted run (or by a worker
  // restarted after a failure) can never answer in place of this one.
  const port = onPort ?? (await freePort());
  const child = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      SESSION_SECRET: e2eSecret,
      // Tests run the jobs themselves (`npm run jobs`), so that each run is one they can see.
      JOBS_INTERVAL_MINUTES: "0",
      ...settings,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const baseURL = `http://localhost:${port}`;
  // However this worker ends, its server ends with it.
  process.once("exit", () => child.kill());
  await waitForServer(baseURL, child, output);
  return { baseURL, child, output, settings };
}

/**
 * Starts the server again on the same port with the same settings (so the same database file),
 * after the caller stopped or killed it: browsers already on its pages carry on against it.
 */
export async function restartServer(previous: RunningServer): Promise<RunningServer> {
  if (previous.child.exitCode === null && previous.child.signalCode === null)
    await new Promise((resolve) => previous.child.once("exit", resolve));
  return startServer(previous.settings, Number(new URL(previous.baseURL).port));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(baseURL: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited:\n${output.join("")}`);
    try {
      const response = await fetch(`${baseURL}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server did not start in time:\n${output.join("")}`);
}

/**
 * Scans the page with axe-core for WCAG 2.0, 2.1 and 2.2 A and AA problems; there must be none.
 * axe is JavaScript: for a page opened with JavaScript disabled, the exact HTML the browser got
 * is scanned in a twin page that may run scripts (the app's own scripts removed, so what is
 * scanned is what the no-JavaScript user sees).
 */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("domcontentloaded");
  if (await scriptsCanRun(page)) return scan(page);
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const url = page.url();
  const browser = page.context().browser()!;
  const twinContext = await browser.newContext({ javaScriptEnabled: true });
  try {
    const twin = await twinContext.newPage();
    await twin.route(url, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: html }),
    );
    await twin.goto(url);
    await scan(twin);
  } finally {
    await twinContext.close();
  }
}

/** With JavaScript disabled, evaluate() still runs but the page's timers never fire. */
async function scriptsCanRun(page: Page): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000));
  const timer = page
    .evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)))
    .catch(() => false);
  return Promise.race([timer, timeout]);
}

async function scan(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export { expect };
