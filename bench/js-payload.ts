// `npm run bench`: how much JavaScript (gzip) the sign-in page and a young person's page ship.
// Builds the app, starts it on a throw-away database, signs in as a demo young person, and adds up
// every script the page loads before anyone touches it (module scripts and modulepreloads).
// Scripts loaded only on demand (the Get help dialog) are reported on their own line.
import { execSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const port = 4900;
const base = `http://localhost:${port}`;

if (!process.argv.includes("--no-build")) execSync("npm run build", { stdio: "ignore" });

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-"));
const server = spawn(process.execPath, ["server.js"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_PATH: path.join(dir, "bench.sqlite"),
    SESSION_SECRET: "bench-secret-bench-secret-bench-secret-0123",
  },
  stdio: "ignore",
});

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

const gzipCache = new Map<string, number>();
async function gzipSize(url: string): Promise<number> {
  if (!gzipCache.has(url)) {
    const body = Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer());
    gzipCache.set(url, gzipSync(body, { level: 9 }).length);
  }
  return gzipCache.get(url)!;
}

/** Scripts a page loads at once: <script src>, <link rel=modulepreload>, and Remix's inline module imports. */
function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g))
    urls.add(m[1]!);
  for (const m of html.matchAll(/import[^"']*["'](\/assets\/[^"']+\.js)["']/g)) urls.add(m[1]!);
  return [...urls];
}

async function measure(label: string, pathname: string, cookie = "") {
  const response = await fetch(`${base}${pathname}`, { headers: { cookie } });
  const html = await response.text();
  const urls = scriptUrls(html);
  let total = 0;
  for (const url of urls) total += await gzipSize(url);
  const inline = html.match(/<script\b[^>]*>([\s\S]*?)<\/script>/g)?.join("") ?? "";
  const htmlGzip = gzipSync(html).length;
  return {
    label,
    pathname,
    status: response.status,
    scripts: urls.length,
    jsGzipKB: +(total / 1024).toFixed(1),
    inlineScriptGzipKB: +(gzipSync(inline).length / 1024).toFixed(1),
    htmlGzipKB: +(htmlGzip / 1024).toFixed(1),
  };
}

async function signInCookie(username: string, password: string): Promise<string> {
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

try {
  await waitForServer();
  const cookie = await signInCookie("jayden", "ownvoice-demo");
  const rows = [
    await measure("sign-in page", "/sign-in"),
    await measure("young person's home (/me)", "/me", cookie),
    await measure("help page (/help)", "/help", cookie),
  ];
  const helpDialog = readdirSync("build/client/assets").filter((f) => f.startsWith("HelpDialog"));
  const onDemand = helpDialog.reduce(
    (sum, f) => sum + gzipSync(readFileSync(path.join("build/client/assets", f))).length,
    0,
  );
  console.table(rows);
  console.log(
    `Loaded on demand, only when "Get help now" is pressed: ${(onDemand / 1024).toFixed(1)} KB gzip`,
  );
  const budget = 120;
  const over = rows.filter((r) => r.jsGzipKB > budget);
  console.log(
    over.length
      ? `Over the ${budget} KB budget: ${over.map((r) => r.label).join(", ")}`
      : `All pages within the ${budget} KB gzip budget.`,
  );
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
