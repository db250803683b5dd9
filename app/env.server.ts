import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { oidcSettingsProblems } from "./auth/oidc-settings";

/**
 * Configuration, read from environment variables once, at start-up.
 * Anything wrong here stops the server with a message naming the variable.
 */
const settings = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("data/own-voice.sqlite"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  // Whether an empty database gets the invented demo organisation: "false" never (an install for
  // real use, tests that build their own data), "true" always; unset, yes, except in production
  // with a PUBLIC_URL that is not this machine (db/seed/should-seed-demo.ts).
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  // Minutes without activity after which a session ends.
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  // Behind a reverse proxy, which proxies to believe about the client's address (X-Forwarded-For):
  // a hop count ("1": the one proxy in front) or their addresses ("10.0.0.5, 10.0.1.0/24",
  // "loopback"), as Express documents for "trust proxy". Never "true": that believes any address
  // a client writes, so one client could rotate past the sign-in throttle and forge the audit log.
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (parsed === undefined) {
        ctx.addIssue({
          code: "custom",
          message:
            value.trim() === "true"
              ? "TRUST_PROXY=true would trust any client's X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses"
              : "TRUST_PROXY must be false, a number of proxies, or a comma-separated list of proxy addresses (IP, CIDR, loopback, linklocal, uniquelocal)",
        });
        return z.NEVER;
      }
      return parsed;
    }),
  // Cookies are marked Secure in production; a deployment on plain http for a trial can turn it off.
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  // Email is optional. With SMTP_URL set (smtp://user:password@host:587 or smtps://...), reminders
  // and requests are also emailed to people who have an email address; without it, only in the app.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Own Voice <no-reply@own-voice.invalid>"),
  // The address people use to reach the app, for links in emails (https://ownvoice.example.org).
  PUBLIC_URL: z.string().url().optional(),
  // How often the server runs its scheduled jobs (reminders, overdue requests, email); 0 turns the
  // in-server scheduler off (run `npm run jobs` from cron instead).
  JOBS_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
  // Scheduled backups (app/backup/): with BACKUP_DIR set, the server makes one archive a day at
  // BACKUP_HOUR o'clock, English time, into that folder, and keeps the newest BACKUP_KEEP.
  BACKUP_DIR: optionalSetting(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(2),
  // The Chromium that renders letters as PDF (Debian's package by default).
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  // Single sign-on for staff (OpenID Connect, e.g. Microsoft Entra ID): all three, or none.
  OIDC_ISSUER_URL: optionalSetting(),
  OIDC_CLIENT_ID: optionalSetting(),
  OIDC_CLIENT_SECRET: optionalSetting(),
  // Operations (app/operations/): how much the server logs (JSON lines on standard output), and
  // where Prometheus may read its metrics: a port of its own on HOST 127.0.0.1 unless
  // METRICS_HOST says otherwise, or /metrics with "Authorization: Bearer <METRICS_TOKEN>".
  // With neither set there is no metrics endpoint at all.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  METRICS_PORT: optionalSetting()
    .transform((value) => (value === undefined ? undefined : Number(value)))
    .pipe(z.number().int().min(1).max(65535).optional()),
  METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  METRICS_TOKEN: optionalSetting().pipe(
    z.string().min(32, "METRICS_TOKEN must be at least 32 characters").optional(),
  ),
});

const schema = settings.superRefine((values, ctx) => {
  for (const { name, message } of oidcSettingsProblems(values)) {
    ctx.addIssue({ code: "custom", path: [name], message });
  }
});

/** A setting that may be left out or left empty (an empty line in a compose file means "unset"). */
function optionalSetting() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined);
}

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string; isProduction: boolean };

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Own Voice cannot start; fix these settings:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === "production";
  const secret = env.SESSION_SECRET ?? generatedSecret(env.DATABASE_PATH);
  return { ...env, SESSION_SECRET: secret, isProduction };
}

/**
 * Without SESSION_SECRET, a strong secret is generated once into the data folder, readable by the
 * service's user only, and reused on every later start: `npm install && npm start` works on a
 * fresh machine, and sessions survive a restart. An explicit SESSION_SECRET always wins.
 */
export function generatedSecret(databasePath: string, log = console.log): string {
  if (databasePath === ":memory:") return randomBytes(32).toString("hex");
  const file = path.join(path.dirname(path.resolve(databasePath)), ".session-secret");
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length < 32) {
      throw new Error(`Own Voice cannot start: ${file} holds fewer than 32 characters.`);
    }
    // A copy restored from a backup may have lost its mode: only this user may read it.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return kept;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  log(`Own Voice: generated a session secret in ${file} (set SESSION_SECRET to use your own).`);
  return secret;
}

/** Express's "trust proxy" value: false, a hop count, or a list of proxy addresses. */
export type TrustProxy = false | number | string[];

const proxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim();
  if (text === "" || text === "false" || text === "0") return false;
  if (/^[0-9]{1,2}$/.test(text)) return Number(text);
  const entries = text.split(",").map((e) => e.trim());
  const valid = entries.every((entry) => {
    if (proxyNames.has(entry)) return true;
    const [address, bits, ...rest] = entry.split("/");
    if (rest.length || !address || !isIP(address)) return false;
    if (bits === undefined) return true;
    const max = isIP(address) === 4 ? 32 : 128;
    return /^[0-9]{1,3}$/.test(bits) && Number(bits) <= max;
  });
  return valid ? entries : undefined;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/**
 * The data directory: the folder the database file is in. Voice notes, recordings and generated
 * audio live under it, never under public/, so a backup of this folder is a backup of everything.
 */
export function dataDirectory(): string {
  const dbPath = env().DATABASE_PATH;
  return dbPath === ":memory:" ? path.resolve("data") : path.dirname(path.resolve(dbPath));
}

export function cookiesAreSecure(): boolean {
  const e = env();
  return e.SECURE_COOKIES ? e.SECURE_COOKIES === "true" : e.isProduction;
}
