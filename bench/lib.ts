// Shared by the benchmark scripts: start the built app on a throw-away database, sign in, measure.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type Server = { base: string; stop: () => void; pid?: number };

export async function startServer(
  port: number,
  options: {
    databasePath?: string;
    env?: Record<string, string>;
    /** Collects the server's output (its log lines) here instead of discarding it. */
    output?: string[];
  } = {},
): Promise<Server> {
  const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-"));
  const child: ChildProcess = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: options.databasePath ?? path.join(dir, "bench.sqlite"),
      SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      SESSION_IDLE_MINUTES: "120",
      ...options.env,
    },
    stdio: options.output ? ["ignore", "pipe", "pipe"] : "ignore",
  });
  child.stdout?.on("data", (d) => options.output?.push(String(d)));
  child.stderr?.on("data", (d) => options.output?.push(String(d)));
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    pid: child.pid,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const gzipCache = new Map<string, number>();
export async function gzipSize(base: string, url: string): Promise<number> {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer());
    gzipCache.set(url, gzipSync(body, { level: 9 }).length);
  }
  return gzipCache.get(url)!;
}

/** Scripts a page loads at once: <script src>, <link rel=modulepreload>, and Remix's inline module imports. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    urls.add(m[1]!);
  for (const m of html.matchAll(/import[^"']*["'](\/assets\/[^"']+\.js)["']/g)) urls.add(m[1]!);
  return [...urls];
}

export async function pageWeight(base: string, pathname: string, cookie = "") {
  const response = await fetch(`${base}${pathname}`, { headers: { cookie } });
  const html = await response.text();
  let js = 0;
  for (const url of scriptUrls(html)) js += await gzipSize(base, url);
  return {
    pathname,
    status: response.status,
    jsGzipKB: +(js / 1024).toFixed(1),
    htmlKB: +(Buffer.byteLength(html) / 1024).toFixed(1),
    htmlGzipKB: +(gzipSync(html).length / 1024).toFixed(1),
  };
}

export async function signIn(base: string, username: string, password: string): Promise<string> {
  const page = await fetch(`${base}/sign-in`);
  const anon = page.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const response = await fetch(`${base}/sign-in?index`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: anon, "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ csrf, username, password }),
  });
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** `clients` concurrent loops, each fetching `url` until `total` requests are done; latencies in ms. */
export async function load(url: string, cookie: string, clients: number, total: number) {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (issued < total) {
        issued++;
        const t0 = performance.now();
        const response = await fetch(url, { headers: { cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    +latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(2);
  return {
    requests: latencies.length,
    perSecond: +(latencies.length / seconds).toFixed(0),
    p50: q(0.5),
    p95: q(0.95),
  };
}
