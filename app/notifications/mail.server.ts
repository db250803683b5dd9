import { createTransport, type Transporter } from "nodemailer";
import { env } from "~/env.server";

/*
 * Email, when SMTP_URL is set: one connection for the whole process (the scheduler's outbox and an
 * administrator's sign-in link), and the address people use to reach the service, for links.
 */

let transport: Transporter | undefined;

/**
 * How long to wait for a mail server before counting a failed attempt. nodemailer's own defaults
 * (2 minutes to connect, 10 minutes of silence) would hold up a run of the jobs for hours against
 * a server that accepts connections and never answers. Settings in SMTP_URL's query string
 * (`?greetingTimeout=5000`) take precedence.
 */
const timeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** The SMTP connection, or undefined when email is not set up. */
export function mailTransport(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transport ??= createTransport({ url, ...timeouts });
  return transport;
}

/** A full address on this service: PUBLIC_URL when set, otherwise this machine's own port. */
export function publicUrl(path: string): URL {
  return new URL(path, env().PUBLIC_URL ?? `http://localhost:${env().PORT}`);
}
