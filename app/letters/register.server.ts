import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import { letterReads, letters, letterVersions, reviews, users, youngPeople } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { rolesActingAs } from "~/auth/roles";
import { daysBetween } from "~/dates/calendar";
import { currentlyAllocated } from "~/young-people/young-people.server";
import { issuedOn } from "./render";
import { fullName } from "~/young-people/names";
import { spreadsheetSafe } from "~/http/csv";

/*
 * The letters register: every issued letter with its review date, when it was first issued, the
 * days that took, how many versions, its language and whether the child has read the latest.
 * An IRO sees the letters of children allocated to them; a manager the whole organisation.
 */

export type RegisterFilter = { iro?: string; month?: string };

const author = alias(users, "author");

export function lettersRegister(user: SignedIn, filter: RegisterFilter) {
  const isManager = user.role === "manager" || user.role === "admin";
  const rows = getDb()
    .select({
      letterId: letters.id,
      reviewId: letters.reviewId,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      iroId: author.id,
      iroName: author.displayName,
      heldOn: reviews.heldOn,
      dueOn: letters.dueOn,
      language: letters.language,
      firstIssuedAt: sql<string>`min(${letterVersions.issuedAt})`,
      versions: sql<number>`count(${letterVersions.id})`,
      childRead: sql<number>`exists (select 1 from ${letterReads} r
        inner join ${letterVersions} lv on lv.id = r.version_id
        where lv.letter_id = ${letters.id}
          and lv.number = (select max(v2.number) from ${letterVersions} v2 where v2.letter_id = ${letters.id})
          and r.user_id = ${youngPeople.userId})`,
    })
    .from(letters)
    .innerJoin(letterVersions, eq(letterVersions.letterId, letters.id))
    .innerJoin(reviews, eq(reviews.id, letters.reviewId))
    .innerJoin(youngPeople, eq(youngPeople.id, letters.youngPersonId))
    .innerJoin(author, eq(author.id, letters.authorUserId))
    .where(
      and(
        eq(letters.organisationId, user.organisationId),
        isManager ? undefined : currentlyAllocated(user, letters.youngPersonId),
        filter.iro && isManager ? eq(letters.authorUserId, filter.iro) : undefined,
        filter.month ? sql`substr(${reviews.heldOn}, 1, 7) = ${filter.month}` : undefined,
      ),
    )
    .groupBy(letters.id)
    .orderBy(asc(reviews.heldOn))
    .all();
  return rows.map((r) => ({
    ...r,
    childRead: !!r.childRead,
    daysTaken: r.heldOn ? daysBetween(r.heldOn, issuedOn(r.firstIssuedAt)) : null,
    late: issuedOn(r.firstIssuedAt) > r.dueOn,
  }));
}

/** The IROs a manager can filter by. */
export function registerIros(user: SignedIn) {
  return getDb()
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(
      and(eq(users.organisationId, user.organisationId), inArray(users.role, rolesActingAs("iro"))),
    )
    .orderBy(asc(users.displayName))
    .all();
}

// Quote everything; neutralise spreadsheet formulas.
const csvCell = (value: string | number | null) =>
  `"${spreadsheetSafe(value === null ? null : String(value)).replace(/"/g, '""')}"`;

export function registerCsv(rows: ReturnType<typeof lettersRegister>) {
  const header = [
    "young person",
    "IRO",
    "review held on",
    "letter due on",
    "first issued on",
    "days taken",
    "versions",
    "language",
    "read by the young person",
  ];
  const lines = rows.map((r) =>
    [
      fullName(r),
      r.iroName,
      r.heldOn,
      r.dueOn,
      issuedOn(r.firstIssuedAt),
      r.daysTaken,
      r.versions,
      r.language,
      r.childRead ? "yes" : "no",
    ]
      .map(csvCell)
      .join(","),
  );
  return [header.map(csvCell).join(","), ...lines].join("\r\n") + "\r\n";
}
