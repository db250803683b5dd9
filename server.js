// The HTTP server: security headers, compression, static files, then Remix.
// `npm run dev` runs it with Vite's dev middleware; `npm run serve` runs the production build.
import { createRequestHandler } from "@remix-run/express";
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
await build.entry.module.prepareServer();

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY === "true") app.set("trust proxy", true);
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

app.all(
  "*",
  createRequestHandler({
    build: viteDevServer ? loadBuild : build,
    mode: isProduction ? "production" : "development",
    getLoadContext: (_req, res) => ({ nonce: res.locals.nonce }),
  }),
);

app.listen(port, host, () => {
  console.log(`Own Voice is listening on http://localhost:${port}`);
});

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
