import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "#db/db.server";
import {
  letterReads,
  letters,
  letterVersions,
  reviewActions,
  reviews,
  statementReads,
  statementReplies,
  statements,
  statementWithdrawals,
  users,
  voiceNotes,
  youngPeople,
  type ActionState,
  type LetterFacts,
  type LetterFields,
} from "#db/schema";
import { notFound } from "~/auth/require-user.server";
import { collectStaffRecords, type StaffRecords } from "./staff-records.server";

/*
 * Everything a young person has a right to a copy of (issue 17, "My things"; and subject access):
 * what they sent, the letters to them, the replies they got and who read what. One query per
 * kind, never one per item, so a child with many statements costs what a child with few does.
 * Only what was sent: drafts are still being written, and a carer's or parent's form about the
 * child is theirs, not the child's.
 */

export type CollectedStatement = {
  id: string;
  templateId: string;
  templateVersion: number;
  language: string;
  answers: Record<string, unknown>;
  submittedAt: string;
  sharing: string | null;
  isUrgent: boolean;
  helpedBy: string | null;
  withdrawnAt: string | null;
  erased: { at: string; by: string | null; reason: string | null } | null;
  voiceNotes: { id: string; questionId: string; mimeType: string; erasedAt: string | null }[];
  replies: { from: string; at: string; text: string }[];
  reads: { by: string; role: string; at: string }[];
};

export type CollectedLetter = {
  id: string;
  reviewHeldOn: string | null;
  versions: {
    id: string;
    number: number;
    issuedAt: string;
    issuedBy: string;
    reason: string | null;
    language: string;
    fields: LetterFields;
    translation: LetterFields;
    facts: LetterFacts;
  }[];
  reads: { by: string; role: string; version: number; at: string }[];
  /**
   * Whether each decision of the letter's review was done, by its place in the letter: what the
   * young person sees on Letters to me, and nothing else of the action (issue 18).
   */
  decisionStates: Record<number, ActionState>;
};

export type MyThings = {
  youngPerson: {
    id: string;
    organisationId: string;
    userId: string | null;
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    preferredLanguage: string;
    caseReference: string | null;
  };
  statements: CollectedStatement[];
  letters: CollectedLetter[];
  /** Only in an administrator's subject access copy: never in the child's own. */
  staffRecords?: StaffRecords;
};

const helper = alias(users, "helper");
const eraser = alias(users, "eraser");

/**
 * A young person of this organisation with everything of theirs; anyone else's is 404. With
 * `staffRecords` (subject access only), also what staff keep about them between reviews.
 */
export function collectMyThings(
  organisationId: string,
  youngPersonId: string,
  options: { staffRecords?: boolean } = {},
): MyThings {
  const db = getDb();
  const person = db
    .select({
      id: youngPeople.id,
      organisationId: youngPeople.organisationId,
      userId: youngPeople.userId,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      dateOfBirth: youngPeople.dateOfBirth,
      preferredLanguage: youngPeople.preferredLanguage,
      caseReference: youngPeople.caseReference,
    })
    .from(youngPeople)
    .where(and(eq(youngPeople.id, youngPersonId), eq(youngPeople.organisationId, organisationId)))
    .get();
  if (!person) throw notFound();

  // The child's own: written by them, or begun with a worker in together mode (the same rule as
  // ownStatementScope, without a signed-in child: an administrator asks on their behalf).
  const written = person.userId
    ? or(eq(statements.authorUserId, person.userId), isNotNull(statements.helpedBy))
    : isNotNull(statements.helpedBy);
  const rows = db
    .select({
      statement: statements,
      withdrawnAt: statementWithdrawals.at,
      helper: helper.displayName,
      erasedBy: eraser.displayName,
    })
    .from(statements)
    .leftJoin(statementWithdrawals, eq(statementWithdrawals.statementId, statements.id))
    .leftJoin(helper, eq(helper.id, statements.helpedBy))
    .leftJoin(eraser, eq(eraser.id, statements.erasedBy))
    .where(
      and(
        eq(statements.organisationId, organisationId),
        eq(statements.youngPersonId, person.id),
        eq(statements.status, "submitted"),
        written,
      ),
    )
    .orderBy(asc(statements.submittedAt))
    .all();
  const ids = rows.map((r) => r.statement.id);
  const notes = ids.length
    ? db
        .select({
          id: voiceNotes.id,
          statementId: voiceNotes.statementId,
          questionId: voiceNotes.questionId,
          mimeType: voiceNotes.mimeType,
          erasedAt: voiceNotes.erasedAt,
        })
        .from(voiceNotes)
        .where(inArray(voiceNotes.statementId, ids))
        .all()
    : [];
  const replies = ids.length
    ? db
        .select({
          statementId: statementReplies.statementId,
          from: users.displayName,
          at: statementReplies.createdAt,
          text: statementReplies.text,
        })
        .from(statementReplies)
        .innerJoin(users, eq(users.id, statementReplies.authorUserId))
        .where(inArray(statementReplies.statementId, ids))
        .orderBy(asc(statementReplies.createdAt))
        .all()
    : [];
  const reads = ids.length
    ? db
        .select({
          statementId: statementReads.statementId,
          by: users.displayName,
          role: users.role,
          at: statementReads.at,
        })
        .from(statementReads)
        .innerJoin(users, eq(users.id, statementReads.userId))
        .where(inArray(statementReads.statementId, ids))
        .orderBy(asc(statementReads.at))
        .all()
    : [];
  const byStatement = <T extends { statementId: string }>(items: T[]) => {
    const map = new Map<string, Omit<T, "statementId">[]>();
    for (const { statementId, ...rest } of items) {
      const list = map.get(statementId) ?? [];
      list.push(rest);
      map.set(statementId, list);
    }
    return map;
  };
  const notesOf = byStatement(notes);
  const repliesOf = byStatement(replies);
  const readsOf = byStatement(reads);

  return {
    youngPerson: person,
    statements: rows.map(({ statement: s, withdrawnAt, helper: helpedBy, erasedBy }) => ({
      id: s.id,
      templateId: s.templateId,
      templateVersion: s.templateVersion,
      language: s.language,
      // An erased statement's words are gone: only the fact that it was erased stays.
      answers: s.erasedAt ? {} : s.answers,
      submittedAt: s.submittedAt!,
      sharing: s.sharing,
      isUrgent: s.isUrgent,
      helpedBy,
      withdrawnAt,
      erased: s.erasedAt ? { at: s.erasedAt, by: erasedBy, reason: s.erasedReason } : null,
      voiceNotes: notesOf.get(s.id) ?? [],
      replies: repliesOf.get(s.id) ?? [],
      reads: readsOf.get(s.id) ?? [],
    })),
    letters: collectLetters(organisationId, person.id),
    ...(options.staffRecords
      ? { staffRecords: collectStaffRecords(organisationId, person.id) }
      : {}),
  };
}

/** Every issued version of every letter to the young person, and each time someone read one. */
function collectLetters(organisationId: string, youngPersonId: string): CollectedLetter[] {
  const db = getDb();
  const issuer = alias(users, "issuer");
  const versions = db
    .select({
      letterId: letters.id,
      reviewId: letters.reviewId,
      heldOn: reviews.heldOn,
      version: letterVersions,
      issuedBy: issuer.displayName,
    })
    .from(letters)
    .innerJoin(letterVersions, eq(letterVersions.letterId, letters.id))
    .innerJoin(reviews, eq(reviews.id, letters.reviewId))
    .innerJoin(issuer, eq(issuer.id, letterVersions.issuedBy))
    .where(
      and(eq(letters.organisationId, organisationId), eq(letters.youngPersonId, youngPersonId)),
    )
    .orderBy(asc(letterVersions.issuedAt), asc(letterVersions.number))
    .all();
  const versionIds = versions.map((v) => v.version.id);
  const reads = versionIds.length
    ? db
        .select({
          versionId: letterReads.versionId,
          by: users.displayName,
          role: users.role,
          at: letterReads.at,
        })
        .from(letterReads)
        .innerJoin(users, eq(users.id, letterReads.userId))
        .where(inArray(letterReads.versionId, versionIds))
        .orderBy(asc(letterReads.at))
        .all()
    : [];
  const states = versionIds.length
    ? db
        .select({
          reviewId: reviewActions.reviewId,
          position: reviewActions.position,
          state: reviewActions.state,
        })
        .from(reviewActions)
        .where(
          and(
            eq(reviewActions.organisationId, organisationId),
            eq(reviewActions.youngPersonId, youngPersonId),
          ),
        )
        .all()
    : [];
  const statesOf = new Map<string, Record<number, ActionState>>();
  for (const { reviewId, position, state } of states) {
    const of = statesOf.get(reviewId) ?? {};
    of[position] = state;
    statesOf.set(reviewId, of);
  }
  const found = new Map<string, CollectedLetter>();
  const numberOf = new Map<string, { letterId: string; number: number }>();
  for (const { letterId, reviewId, heldOn, version: v, issuedBy } of versions) {
    const letter = found.get(letterId) ?? {
      id: letterId,
      reviewHeldOn: heldOn,
      versions: [],
      reads: [],
      decisionStates: statesOf.get(reviewId) ?? {},
    };
    letter.versions.push({
      id: v.id,
      number: v.number,
      issuedAt: v.issuedAt,
      issuedBy,
      reason: v.reason,
      language: v.language,
      fields: v.fields,
      translation: v.translation,
      facts: v.facts,
    });
    found.set(letterId, letter);
    numberOf.set(v.id, { letterId, number: v.number });
  }
  for (const read of reads) {
    const { letterId, number } = numberOf.get(read.versionId)!;
    found.get(letterId)!.reads.push({ by: read.by, role: read.role, version: number, at: read.at });
  }
  return [...found.values()];
}
