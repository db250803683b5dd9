import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { letterReads, letters, letterVersions, reviews, users } from "#db/schema";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { currentlyAllocated, getOwnYoungPerson } from "~/young-people/young-people.server";
import {
  auditLetter,
  findLetter,
  heldReview,
  type LetterRow,
  type VersionRow,
} from "./records.server";

/*
 * Reading an issued letter: the young person it is to (a read receipt the IRO sees), a carer the
 * child agreed may read it, and the IRO of the review. Drafts are never read here.
 */

/** The letters to this young person: each with its latest issued version. */
export function listOwnLetters(user: SignedIn) {
  const person = getOwnYoungPerson(user);
  return lettersOf([person.id], user.id);
}

function lettersOf(youngPersonIds: string[], readerId: string, onlyShared = false) {
  if (!youngPersonIds.length) return [];
  const latest = sql`${letterVersions.number} = (select max(v.number) from ${letterVersions} v
    where v.letter_id = ${letters.id})`;
  return getDb()
    .select({
      letterId: letters.id,
      reviewId: letters.reviewId,
      youngPersonId: letters.youngPersonId,
      number: letterVersions.number,
      issuedAt: letterVersions.issuedAt,
      heldOn: reviews.heldOn,
      iroName: users.displayName,
      shareWithCarer: letterVersions.shareWithCarer,
      readByMe: sql<number>`exists (select 1 from ${letterReads} r
        where r.version_id = ${letterVersions.id} and r.user_id = ${readerId})`,
    })
    .from(letters)
    .innerJoin(letterVersions, eq(letterVersions.letterId, letters.id))
    .innerJoin(reviews, eq(reviews.id, letters.reviewId))
    .innerJoin(users, eq(users.id, letterVersions.issuedBy))
    .where(
      and(
        inArray(letters.youngPersonId, youngPersonIds),
        latest,
        onlyShared ? eq(letterVersions.shareWithCarer, true) : undefined,
      ),
    )
    .orderBy(desc(letterVersions.issuedAt))
    .all();
}

/** The review an issued letter to this young person is about (their reply is linked to it), or 404. */
export function ownLetterReview(user: SignedIn, letterId: string): { reviewId: string } {
  const person = getOwnYoungPerson(user);
  const row = getDb()
    .select({ reviewId: letters.reviewId })
    .from(letters)
    .innerJoin(letterVersions, eq(letterVersions.letterId, letters.id))
    .where(and(eq(letters.id, letterId), eq(letters.youngPersonId, person.id)))
    .get();
  if (!row) throw notFound();
  return row;
}

/** One letter to this young person, without recording a read (its audio, for instance). */
export function findOwnLetter(user: SignedIn, letterId: string | undefined, number?: number) {
  const person = getOwnYoungPerson(user);
  return findIssuedLetter(user, letterId, number, eq(letters.youngPersonId, person.id));
}

/** One letter to this young person (latest version, or `number`): opening it is recorded. */
export function readOwnLetter(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number?: number,
) {
  const person = getOwnYoungPerson(user);
  const found = findIssuedLetter(user, letterId, number, eq(letters.youngPersonId, person.id));
  recordRead(request, user, found);
  return found;
}

/**
 * A carer reads a letter only while the child lives with them, only its latest version, and only
 * if the child agreed (when that version was issued) that the carer may. Anyone else: 404.
 */
export function readCarerLetter(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number?: number,
) {
  if (user.role !== "carer") throw notFound();
  const found = findIssuedLetter(
    user,
    letterId,
    number,
    currentlyAllocated(user, letters.youngPersonId),
  );
  // Decided before the read is recorded: a carer turned away has read nothing.
  if (found.version.number !== found.latest.number || !found.latest.shareWithCarer)
    throw notFound();
  recordRead(request, user, found);
  return found;
}

/** The letters carers may read: children placed with them now, latest versions shared. */
export function carerLetters(user: SignedIn, youngPersonIds: string[]) {
  return lettersOf(youngPersonIds, user.id, true);
}

/** An issued letter within `scope` with its versions, or 404. Records nothing: callers decide first. */
function findIssuedLetter(
  user: SignedIn,
  letterId: string | undefined,
  number: number | undefined,
  scope: ReturnType<typeof eq>,
) {
  if (!letterId) throw notFound();
  const db = getDb();
  const letter = db
    .select()
    .from(letters)
    .where(and(eq(letters.id, letterId), eq(letters.organisationId, user.organisationId), scope))
    .get();
  if (!letter) throw notFound();
  const versions = db
    .select()
    .from(letterVersions)
    .where(eq(letterVersions.letterId, letter.id))
    .orderBy(asc(letterVersions.number))
    .all();
  if (!versions.length) throw notFound();
  const latest = versions.at(-1)!;
  const version = number === undefined ? latest : versions.find((v) => v.number === number);
  if (!version) throw notFound();
  return { letter, version, latest, versions };
}

/** The read receipt the IRO sees, and its audit event; only once access has been decided. */
function recordRead(
  request: Request,
  user: SignedIn,
  found: { letter: LetterRow; version: VersionRow },
) {
  getDb().transaction((tx) => {
    tx.insert(letterReads).values({ versionId: found.version.id, userId: user.id }).run();
    auditLetter(request, user, "letter_read", found.letter, tx);
  });
}

/** An issued version for the IRO who may see the review (no read is recorded for the IRO's own look). */
export function iroLetterVersion(user: SignedIn, reviewId: string | undefined, number: number) {
  const item = heldReview(user, reviewId);
  const letter = findLetter(item.review.id);
  if (!letter) throw notFound();
  const version = getDb()
    .select()
    .from(letterVersions)
    .where(and(eq(letterVersions.letterId, letter.id), eq(letterVersions.number, number)))
    .get();
  if (!version) throw notFound();
  return { item, letter, version };
}

/**
 * The IRO opens an issued version: no read receipt (that is the child's), but an audit event,
 * as every look at a child's letter has one.
 */
export function openIroLetterVersion(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  number: number,
) {
  const found = iroLetterVersion(user, reviewId, number);
  auditLetter(request, user, "letter_opened", found.letter);
  return found;
}

/**
 * An issued version for whoever may read it: the child (recorded as read), the IRO of the review,
 * or a carer the child agreed to share the latest version with. Anyone else: 404.
 */
export function letterVersionForReader(
  request: Request,
  user: SignedIn,
  letterId: string | undefined,
  number: number,
) {
  if (user.role === "young_person") return readOwnLetter(request, user, letterId, number);
  if (user.role === "carer") return readCarerLetter(request, user, letterId, number);
  if (user.role === "iro" && letterId) {
    const letter = getDb()
      .select({ reviewId: letters.reviewId })
      .from(letters)
      .where(and(eq(letters.id, letterId), eq(letters.organisationId, user.organisationId)))
      .get();
    if (!letter) throw notFound();
    return iroLetterVersion(user, letter.reviewId, number);
  }
  throw notFound();
}
