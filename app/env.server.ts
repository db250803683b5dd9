import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * Configuration, read from environment variables once, at start-up.
 * Anything wrong here stops the server with a message naming the variable.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_PATH: z.string().min(1).default("data/own-voice.sqlite"),
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
  // "false" keeps an empty database empty (for tests that build their own data).
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  // Minutes without activity after which a session ends.
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  // Set when the app runs behind a reverse proxy, so the client address comes from X-Forwarded-For.
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
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
  // The Chromium that renders letters as PDF (Debian's package by default).
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
});

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string; isProduction: boolean };

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Own Voice cannot start; fix these settings:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === "production";
  let secret = env.SESSION_SECRET;
  if (!secret) {
    if (isProduction && env.SECURE_COOKIES !== "false") {
      throw new Error("Own Voice cannot start: SESSION_SECRET is required in production.");
    }
    secret = localSecret(env.DATABASE_PATH);
  }
  return { ...env, SESSION_SECRET: secret, isProduction };
}

/** For local use only: a secret generated once and kept beside the database. */
function localSecret(databasePath: string): string {
  if (databasePath === ":memory:") return randomBytes(32).toString("hex");
  const file = path.join(path.dirname(path.resolve(databasePath)), ".session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export function cookiesAreSecure(): boolean {
  const e = env();
  return e.SECURE_COOKIES ? e.SECURE_COOKIES === "true" : e.isProduction;
}
