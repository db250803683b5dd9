import { createTransport, type Transporter } from "nodemailer";
import { env } from "~/env.server";

/*
 * Email, when SMTP_URL is set: one connection for the whole process (the scheduler's outbox and an
 * administrator's sign-in link), and the address people use to reach the service, for links.
 */

let transport: Transporter | undefined;

/** The SMTP connection, or undefined when email is not set up. */
export function mailTransport(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transport ??= createTransport(url);
  return transport;
}

/** A full address on this service: PUBLIC_URL when set, otherwise this machine's own port. */
export function publicUrl(path: string): URL {
  return new URL(path, env().PUBLIC_URL ?? `http://localhost:${env().PORT}`);
}
