import { randomInt } from "node:crypto";
import { getDb } from "#db/db.server";
import { allocations, consultationRequests, users } from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { issueSignInCode } from "~/auth/sign-in-codes.server";
import { env } from "~/env.server";
import { formatDate } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import { getLanguage, type LanguageCode } from "~/i18n/languages";
import { notify } from "~/notifications/notifications.server";
import { todayInEngland } from "~/dates/calendar";
import { contributionTemplate } from "~/reviews/contributions.server";
import { getAllocatedReview, reviewDate } from "~/reviews/allocated-reviews.server";

/*
 * Parents often have no account and may not read English. From a review, the IRO invites a parent:
 * an account with no password, linked to the child, a request for the parent's form, and a one-time
 * code (single use, 14 days) printed in a letter in the parent's language. With the code the parent
 * sets a password, or goes on with the code alone for that one form.
 */
export const invitationValidDays = 14;

export type Invitation = {
  name: string;
  language: LanguageCode;
  email?: string;
  dueOn: string;
};

/** A username a parent can type from a letter: no look-alike letters or digits. */
function parentUsername() {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return `parent-${Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join("")}`;
}

export function inviteParent(
  request: Request,
  iro: SignedIn,
  reviewId: string | undefined,
  invitation: Invitation,
  now = new Date(),
) {
  const item = getAllocatedReview(iro, reviewId);
  if (item.review.status !== "planned") throw new Response("Review already held", { status: 409 });
  const today = todayInEngland(now);
  const username = parentUsername();
  const issued = getDb().transaction((tx) => {
    const parent = tx
      .insert(users)
      .values({
        organisationId: iro.organisationId,
        role: "parent",
        username,
        displayName: invitation.name,
        preferredLanguage: invitation.language,
        email: invitation.email || null,
      })
      .returning({ id: users.id })
      .get();
    tx.insert(allocations)
      .values({
        organisationId: iro.organisationId,
        youngPersonId: item.review.youngPersonId,
        userId: parent.id,
        relationship: "parent",
        startsOn: today,
      })
      .run();
    const requestId = tx
      .insert(consultationRequests)
      .values({
        organisationId: iro.organisationId,
        reviewId: item.review.id,
        youngPersonId: item.review.youngPersonId,
        kind: "parent",
        recipientUserId: parent.id,
        templateId: contributionTemplate.parent,
        requestedBy: iro.id,
        dueOn: invitation.dueOn,
      })
      .returning({ id: consultationRequests.id })
      .get().id;
    notify(
      {
        organisationId: iro.organisationId,
        recipientUserId: parent.id,
        kind: "request",
        link: "/parent",
        dueOn: invitation.dueOn,
        dedupeKey: `request:${requestId}:${invitation.dueOn}`,
      },
      tx,
    );
    recordAudit(
      request,
      {
        action: "parent_invited",
        organisationId: iro.organisationId,
        actorUserId: iro.id,
        subjectType: "user",
        subjectId: parent.id,
        youngPersonId: item.review.youngPersonId,
      },
      tx,
    );
    return issueSignInCode(request, iro, parent.id, now, {
      purpose: "parent-invitation",
      validDays: invitationValidDays,
      tx,
    });
  });
  return letterFor({
    language: invitation.language,
    parentName: invitation.name,
    childName: item.givenName,
    iroName: iro.displayName,
    reviewOn: reviewDate(item.review),
    dueOn: invitation.dueOn,
    username,
    code: issued.code,
    expiresAt: issued.expiresAt,
    origin: env().PUBLIC_URL ?? new URL(request.url).origin,
  });
}

/** The printable letter, written on the server in the parent's language (not the IRO's). */
export function letterFor(l: {
  language: LanguageCode;
  parentName: string;
  childName: string;
  iroName: string;
  reviewOn: string;
  dueOn: string;
  username: string;
  code: string;
  expiresAt: string;
  origin: string;
}) {
  const t = fixedT(l.language, "forms");
  const language = getLanguage(l.language);
  const address = `${l.origin.replace(/\/$/, "")}/start?lng=${l.language}`;
  return {
    lang: language.code,
    dir: language.dir,
    code: l.code,
    username: l.username,
    address,
    lines: {
      greeting: t("letter.greeting", { name: l.parentName }),
      why: t("letter.why", { child: l.childName, date: formatDate(l.reviewOn, l.language) }),
      how: t("letter.how"),
      address: t("letter.address"),
      code: t("letter.code"),
      username: t("letter.username"),
      expires: t("letter.expires", {
        date: formatDate(l.expiresAt.slice(0, 10), l.language),
        count: invitationValidDays,
      }),
      by: t("letter.by", { date: formatDate(l.dueOn, l.language) }),
      interpreter: t("letter.interpreter"),
      signOff: t("letter.signOff", { name: l.iroName }),
    },
  };
}

/** A parent's invitation letter: what is printed and handed over, in their language. */
export type InvitationLetter = ReturnType<typeof letterFor>;
