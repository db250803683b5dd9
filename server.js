// The HTTP server: security headers, compression, static files, then Remix.
// `npm run dev` runs it with Vite's dev middleware; `npm run serve` runs the production build.
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { randomBytes, randomUUID } from "node:crypto";

const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "0.0.0.0";

const viteDevServer = isProduction
  ? undefined
  : await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }));

const loadBuild = () =>
  viteDevServer
    ? viteDevServer.ssrLoadModule("virtual:remix/server-build")
    : import("./build/server/index.js");

// Open the database, apply migrations and seed the demo organisation before taking requests.
const build = await loadBuild();
const { trustProxy } = await build.entry.module.prepareServer();
// JSON lines at LOG_LEVEL (app/operations/logger.server.ts).
const log = build.entry.module.logger();

const app = express();
app.disable("x-powered-by");
// A hop count or the proxies' addresses (checked at start-up), never "trust everyone".
app.set("trust proxy", trustProxy);
app.use(compression());

app.use((req, res, next) => {
  // Stamp the request with values the app may trust; drop any a client tried to send.
  for (const name of Object.keys(req.headers))
    if (name.startsWith("x-ov-")) delete req.headers[name];
  req.headers["x-ov-request-id"] = randomUUID();
  req.headers["x-ov-client-address"] = req.ip ?? "unknown";
  res.locals.nonce = randomBytes(16).toString("base64");
  res.set(securityHeaders(res.locals.nonce));
  next();
});
// One log line and the metrics for every request, once answered (app/operations/requests.server.ts).
app.use(build.entry.module.observeRequests(build.routes));

// Cross-site posts are refused before they reach the app (each form also carries a CSRF token).
// Sec-Fetch-Site is the browser's own word on where a request came from. Origin is checked only
// when it names a site: with Referrer-Policy no-referrer, browsers send "Origin: null" on forms.
app.use((req, res, next) => {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const host = (app.get("trust proxy") && req.get("x-forwarded-host")) || req.get("host");
  const crossSite = site
    ? site !== "same-origin" && site !== "none"
    : !!origin && origin !== "null" && new URL(origin).host !== host;
  if (crossSite) return res.status(403).type("text/plain").send("Forbidden");
  // Remix refuses a form post whose Origin is "null" as a forgery; this one has just been
  // found same-site, so drop the placeholder and let the per-form CSRF token decide.
  if (origin === "null") delete req.headers.origin;
  next();
});

// For the benchmarks: how many SQL statements a request ran, as a Server-Timing entry.
// Exact only when requests do not overlap, so it is off unless REPORT_SQL_QUERIES=true.
if (process.env.REPORT_SQL_QUERIES === "true") {
  app.use((_req, res, next) => {
    const count = globalThis.__ownVoiceQueryCount ?? (() => 0);
    const before = count();
    const writeHead = res.writeHead;
    res.writeHead = function (...args) {
      res.setHeader("Server-Timing", `sql;desc="queries";dur=${count() - before}`);
      return writeHead.apply(this, args);
    };
    next();
  });
}

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
}

// Pages for a signed-in person may show a child's words: no browser or proxy may keep a copy
// (a shared phone, a library computer). Static files above keep their long cache, and so do the
// versioned translation files, the one app response that says it is public.
app.use((req, res, next) => {
  const signedIn = /(?:^|;\s*)ov_session=/.test(req.get("cookie") ?? "");
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    const declared = String(res.getHeader("Cache-Control") ?? "");
    if (!declared || (signedIn && !/\bpublic\b/.test(declared)))
      res.setHeader("Cache-Control", "no-store");
    return writeHead.apply(this, args);
  };
  next();
});

/*
 * Request bodies are read here, up to a limit, before the app sees them: a form is refused with
 * 413 above 1 MB; only the question page that takes a voice note, and the administrator's CSV
 * import (5,000 young people or 20,000 past reviews are 1-2 MB), accept up to 10 MB (plus room
 * for their other fields). The bytes are counted as they arrive, so a client that sends no
 * Content-Length, or a false one, is stopped at the limit too.
 */
const formBodyLimit = 1024 * 1024;
const fileBodyLimit = 10 * 1024 * 1024 + 64 * 1024;
const fileUploadPaths = [
  /^\/me\/statements\/[^/]+\/questions\/[^/]+\/?$/,
  /^\/admin\/import\/?$/,
  // The recording studio and a letter's recordings (issue 15).
  /^\/translate\/studio\/?$/,
  /^\/translate\/letters\/[^/]+\/?$/,
];

function bodyLimit(req) {
  return req.is("multipart/form-data") && fileUploadPaths.some((path) => path.test(req.path))
    ? fileBodyLimit
    : formBodyLimit;
}

class BodyTooLarge extends Error {}

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.get("content-length"));
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLarge());
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return chunks.push(chunk);
      req.off("data", onData).off("end", onEnd).off("error", reject);
      reject(new BodyTooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

/** Most this server will read and throw away so that a client sees its 413 rather than a reset. */
const maxDiscardBytes = 32 * 1024 * 1024;

function tooLarge(req, res, next) {
  // The rest of the body is read and dropped, never kept, and the answer goes once it has all
  // arrived: browsers and HTTP clients show a reset connection instead of the answer if the
  // server closes while they still send. Past maxDiscardBytes the connection is simply cut.
  let discarded = 0;
  const answer = () => sendTooLargePage(req, res).catch(next);
  req.on("data", (chunk) => {
    discarded += chunk.length;
    if (discarded > maxDiscardBytes) req.destroy();
  });
  if (req.readableEnded) answer();
  else req.once("end", answer);
  req.resume();
}

/**
 * A browser that posted a form gets the app's own 413 page (/too-large), in the visitor's
 * language, with status 413; anything else (Remix's data requests, scripts) a plain 413.
 */
async function sendTooLargePage(req, res) {
  if (req.query._data !== undefined || !req.accepts("html")) {
    res.status(413).type("text/plain").send("Payload Too Large");
    return;
  }
  const page = remixRequest(req, res);
  const headers = new Headers(page.headers);
  for (const name of ["content-length", "content-type", "transfer-encoding"]) headers.delete(name);
  const response = await handleRemixRequest(
    new Request(new URL("/too-large", page.url), { headers, signal: page.signal }),
    { nonce: res.locals.nonce },
  );
  await sendRemixResponse(res, response);
}

/*
 * Remix's Express adapter reads the body itself; these two do its job for a body read above
 * (they follow @remix-run/express's createRemixRequest and sendRemixResponse).
 */

/** The Remix Request for an Express request, with the body already read. */
function remixRequest(req, res, body) {
  // As Remix's Express adapter does: req.hostname and req.protocol follow "trust proxy".
  const port = (req.get("x-forwarded-host") ?? req.get("host") ?? "").split(":")[1];
  const url = new URL(
    `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`,
  );
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return new Request(url.href, {
    method: req.method,
    headers: Object.entries(req.headers).flatMap(([name, value]) =>
      value === undefined ? [] : [value].flat().map((v) => [name, v]),
    ),
    signal: controller.signal,
    ...(body ? { body } : {}),
  });
}

async function sendRemixResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

const handleRemixRequest = createRequestHandler(
  viteDevServer ? loadBuild : build,
  isProduction ? "production" : "development",
);

app.all("*", async (req, res, next) => {
  try {
    let body;
    if (req.method !== "GET" && req.method !== "HEAD") {
      try {
        body = await readBody(req, bodyLimit(req));
      } catch (error) {
        if (error instanceof BodyTooLarge) return tooLarge(req, res, next);
        throw error;
      }
    }
    const response = await handleRemixRequest(remixRequest(req, res, body), {
      nonce: res.locals.nonce,
    });
    await sendRemixResponse(res, response);
  } catch (error) {
    next(error);
  }
});

const server = app.listen(port, host, () => {
  log.info(`Own Voice is listening on http://localhost:${port}`);
});

/*
 * SIGTERM (docker stop, systemd, a process manager) and SIGINT end the server gracefully: no new
 * connections, requests in flight finish, then the scheduler, the PDF browser and the database
 * close and the process exits. If something hangs, it exits anyway after 10 seconds.
 */
let stopping = false;
// Once stopping, a kept-alive connection (every browser's) closes as soon as its response has
// gone, rather than holding the exit for the keep-alive timeout.
server.on("request", (_req, res) => {
  res.once("finish", () => {
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
});
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log.info(`Own Voice: ${signal} received, stopping.`);
  setTimeout(() => {
    log.error("Own Voice: requests did not finish in 10 seconds; exiting.");
    process.exit(1);
  }, 10_000).unref();
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections();
  });
  await viteDevServer?.close();
  await build.entry.module.shutdownServer();
  log.info("Own Voice: stopped.");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

function securityHeaders(nonce) {
  const csp = [
    "default-src 'self'",
    // Scripts run only with this response's nonce; 'strict-dynamic' lets them load Remix's modules.
    isProduction
      ? `script-src 'nonce-${nonce}' 'strict-dynamic'`
      : `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    // Radix's dialog sets inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    isProduction ? "connect-src 'self'" : "connect-src 'self' ws:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), geolocation=(), microphone=(self)",
    ...(isProduction ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
