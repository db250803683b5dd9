import type { Transporter } from "nodemailer";
import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { env } from "~/env.server";
import { fixedT } from "~/i18n/i18n.server";
import { isLanguageCode } from "~/i18n/languages";
import { logger } from "~/operations/logger.server";
import { mailTransport, publicUrl } from "~/notifications/mail.server";

/*
 * With SMTP configured, a new member of staff can be emailed a link to /start with their code
 * filled in, instead of being given the code in person. The email is sent there and then, not
 * through the notification outbox: the outbox keeps its rows, and a sign-in code must never sit
 * in the database in clear.
 */

export const canEmailSignInLinks = () => !!env().SMTP_URL;

/** The address of /start with this code, on the address people use to reach the service. */
export function signInLink(code: string) {
  const url = publicUrl("/start");
  url.searchParams.set("code", code);
  return url.toString();
}

export function signInEmail(code: string, expiresOn: string, language: string) {
  const t = fixedT(isLanguageCode(language) ? language : "en", "staff");
  return {
    subject: t("email.subject"),
    text: [
      t("email.intro"),
      "",
      t("email.link", { url: signInLink(code) }),
      "",
      t("email.expires", { date: expiresOn }),
      "",
      t("email.footer"),
    ].join("\n"),
  };
}

/** Sends the link; false when it could not be sent (the caller shows the code instead). */
export async function emailSignInLink(
  request: Request,
  admin: Pick<SignedIn, "id" | "organisationId">,
  member: { id: string; email: string | null },
  issued: { code: string; expiresOn: string },
  language: string,
  via: Transporter | undefined = mailTransport(),
): Promise<boolean> {
  if (!via || !member.email) return false;
  try {
    await via.sendMail({
      from: env().MAIL_FROM,
      to: member.email,
      ...signInEmail(issued.code, issued.expiresOn, language),
    });
  } catch (error) {
    // The address and the code stay out of the log.
    logger().error(
      { err: { type: error instanceof Error ? error.name : "error" } },
      "a sign-in link could not be emailed",
    );
    return false;
  }
  recordAudit(request, {
    action: "sign_in_link_emailed",
    organisationId: admin.organisationId,
    actorUserId: admin.id,
    subjectType: "user",
    subjectId: member.id,
  });
  return true;
}
