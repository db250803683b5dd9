import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letterReads, letterVersions, users } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { notify } from "~/notifications/notifications.server";
import { factsFor } from "./facts.server";
import { auditLetter, findLetter, heldReview } from "./records.server";
import { decisionsOf, fullyTranslated } from "./sections";

/** A letter's issued versions, oldest first, each with when the young person first read it. */
export function issuedVersions(letterId: string) {
  const versions = getDb()
    .select({
      id: letterVersions.id,
      number: letterVersions.number,
      issuedAt: letterVersions.issuedAt,
      reason: letterVersions.reason,
      shareWithCarer: letterVersions.shareWithCarer,
      issuedBy: users.displayName,
    })
    .from(letterVersions)
    .innerJoin(users, eq(users.id, letterVersions.issuedBy))
    .where(eq(letterVersions.letterId, letterId))
    .orderBy(asc(letterVersions.number))
    .all();
  const reads = versions.length
    ? getDb()
        .select({ versionId: letterReads.versionId, at: letterReads.at, name: users.displayName })
        .from(letterReads)
        .innerJoin(users, eq(users.id, letterReads.userId))
        .where(
          and(
            inArray(
              letterReads.versionId,
              versions.map((v) => v.id),
            ),
            eq(users.role, "young_person"),
          ),
        )
        .orderBy(asc(letterReads.at))
        .all()
    : [];
  return versions.map((v) => ({
    ...v,
    firstRead: reads.find((r) => r.versionId === v.id) ?? null,
  }));
}

export type IssueResult =
  { ok: true; number: number } | { ok: false; errors: Record<string, string> };

/**
 * Issues the saved draft as a new version: frozen, dated, numbered. The first needs no reason;
 * a correction does. A letter in another language needs its translation done first.
 */
export function issueLetter(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  options: { reason: string; shareWithCarer: boolean },
  now = new Date(),
): IssueResult {
  const item = heldReview(user, reviewId);
  const letter = findLetter(item.review.id);
  if (!letter) return { ok: false, errors: { next: "letters:errors.empty" } };
  if (!decisionsOf(letter.fields).length && !letter.fields.next?.trim())
    return { ok: false, errors: { next: "letters:errors.empty" } };
  if (
    letter.language !== "en" &&
    (!letter.translatedAt || !fullyTranslated(letter.fields, letter.translation))
  )
    return { ok: false, errors: { translation: "letters:errors.notTranslated" } };
  const db = getDb();
  const number = db.transaction((tx) => {
    const last = tx
      .select({ number: letterVersions.number })
      .from(letterVersions)
      .where(eq(letterVersions.letterId, letter.id))
      .orderBy(desc(letterVersions.number))
      .get();
    const next = (last?.number ?? 0) + 1;
    if (next > 1 && !options.reason.trim()) return 0;
    tx.insert(letterVersions)
      .values({
        organisationId: user.organisationId,
        letterId: letter.id,
        number: next,
        issuedAt: now.toISOString(),
        issuedBy: user.id,
        reason: next > 1 ? options.reason.trim() : null,
        language: letter.language,
        fields: letter.fields,
        translation: letter.language === "en" ? {} : letter.translation,
        facts: factsFor(item, user.displayName),
        shareWithCarer: options.shareWithCarer,
      })
      .run();
    if (item.youngPersonUserId) {
      notify(
        {
          organisationId: user.organisationId,
          recipientUserId: item.youngPersonUserId,
          kind: "letter",
          link: `/me/letters/${letter.id}`,
          dedupeKey: `letter:${letter.id}:${next}`,
        },
        tx,
      );
    }
    auditLetter(request, user, "letter_issued", letter, tx);
    return next;
  });
  if (!number) return { ok: false, errors: { reason: "letters:errors.reason" } };
  return { ok: true, number };
}
