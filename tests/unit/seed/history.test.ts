import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  allocations,
  letterReads,
  letters,
  letterVersions,
  reviews,
  statements,
  urgentAlerts,
  users,
  youngPeople,
} from "#db/schema";
import { insertDemoOrganisation } from "#db/seed/demo";
import { planReviews } from "#db/seed/history-plan";
import { validateAnswers } from "~/consultation/answers";
import { templateOf } from "~/consultation/templates";
import { addDays, ageOn, daysBetween } from "~/dates/calendar";
import { addMonths } from "~/dates/working-days";
import { fullyTranslated } from "~/letters/sections";
import { useForms } from "~/reports/figures";
import { latenessProblems } from "~/reviews/lateness";
import { participationProblems, type ParticipationCode } from "~/reviews/participation";

// A fixed day, so the history is the same on every run (and crosses a reporting year's end).
const today = "2026-12-01";
let organisationId = "";

beforeAll(() => {
  getDb().transaction((tx) => {
    organisationId = insertDemoOrganisation(tx, today, {
      passwordHash: () => null,
      picturePasswordHash: () => null,
    });
  });
});

function heldReviews() {
  return getDb()
    .select({ review: reviews, dateOfBirth: youngPeople.dateOfBirth })
    .from(reviews)
    .innerJoin(youngPeople, eq(youngPeople.id, reviews.youngPersonId))
    .where(sql`${reviews.organisationId} = ${organisationId} and ${reviews.status} = 'held'`)
    .all();
}

describe("the demo's three-year history", () => {
  it("holds about two reviews a year per looked-after young person, over three years", () => {
    const held = heldReviews();
    expect(held.length).toBeGreaterThan(100);
    const first = held.map((r) => r.review.heldOn!).sort()[0]!;
    expect(first >= addMonths(today, -36)).toBe(true);
    expect(first < addMonths(today, -33)).toBe(true);
  });

  it("records every held review the way the record form would accept it", () => {
    for (const { review, dateOfBirth } of heldReviews()) {
      const facts = {
        code: review.participationCode as ParticipationCode,
        attended: review.childAttended!,
        chaired: review.childChaired!,
        viewsConveyed: review.viewsConveyed!,
        ageOnDay: ageOn(dateOfBirth, review.heldOn!),
      };
      expect(participationProblems(facts), JSON.stringify(facts)).toEqual({});
      const lateness = {
        heldOn: review.heldOn!,
        dueOn: review.dueOn,
        reason: review.lateReason,
        otherText: review.lateReasonOther ?? "",
      };
      expect(latenessProblems(lateness), JSON.stringify(lateness)).toEqual({});
      expect(review.heldOn! < today).toBe(true);
      expect(review.decisionsDueOn! > review.heldOn!).toBe(true);
    }
  });

  it("holds between 5% and 20% of reviews late, with every reason used", () => {
    const held = heldReviews();
    const late = held.filter((r) => r.review.heldOn! > r.review.dueOn);
    expect(late.length / held.length).toBeGreaterThanOrEqual(0.05);
    expect(late.length / held.length).toBeLessThanOrEqual(0.2);
    expect(new Set(late.map((r) => r.review.lateReason)).size).toBeGreaterThanOrEqual(4);
  });

  it("has an IRO allocated to the young person on the day of each review", () => {
    const rows = getDb()
      .select({ id: reviews.id })
      .from(reviews)
      .where(
        sql`${reviews.organisationId} = ${organisationId} and ${reviews.status} = 'held'
          and not exists (select 1 from ${allocations} a where a.young_person_id = reviews.young_person_id
            and a.relationship = 'iro' and a.starts_on <= reviews.held_on
            and (a.ends_on is null or a.ends_on >= reviews.held_on))`,
      )
      .all();
    expect(rows).toEqual([]);
  });

  it("sends the forms written for a review before its first meeting, and feedback after it", () => {
    const rows = getDb()
      .select({
        templateId: statements.templateId,
        submittedAt: statements.submittedAt,
        heldOn: reviews.heldOn,
        completedOn: reviews.completedOn,
      })
      .from(statements)
      .innerJoin(reviews, eq(reviews.id, statements.reviewId))
      .where(eq(statements.organisationId, organisationId))
      .all();
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const day = row.submittedAt!.slice(0, 10);
      if (row.templateId.startsWith("feedback")) expect(day > row.completedOn!).toBe(true);
      else expect(day < row.heldOn!, `${row.templateId} ${day} ${row.heldOn}`).toBe(true);
    }
  });

  it("stores every statement's answers in the shape its template accepts", () => {
    const rows = getDb()
      .select()
      .from(statements)
      .where(eq(statements.organisationId, organisationId))
      .all();
    for (const statement of rows) {
      const checked = validateAnswers(templateOf(statement), statement.answers);
      expect(checked.ok, `${statement.templateId} ${JSON.stringify(statement.answers)}`).toBe(true);
    }
  });

  it("uses the app every month for three years, rising, with one month below half the three before", () => {
    const rows = getDb()
      .select({
        month: sql<string>`substr(${statements.submittedAt}, 1, 7)`,
        n: sql<number>`count(*)`,
      })
      .from(statements)
      .where(
        sql`${statements.organisationId} = ${organisationId} and ${statements.templateId} in (${sql.join(
          useForms.map((f) => sql`${f}`),
          sql`, `,
        )})`,
      )
      .groupBy(sql`1`)
      .all();
    const byMonth = new Map(rows.map((r) => [r.month, r.n]));
    const months = Array.from({ length: 36 }, (_, i) => addMonths(today, i - 36).slice(0, 7));
    const counts = months.map((m) => byMonth.get(m) ?? 0);
    expect(
      counts.every((n) => n > 0),
      counts.join(","),
    ).toBe(true);
    const falls = counts.filter(
      (n, i) => i >= 3 && n < (counts[i - 1]! + counts[i - 2]! + counts[i - 3]!) / 3 / 2,
    );
    expect(falls.length, counts.join(",")).toBeGreaterThanOrEqual(1);
    const firstHalfYear = counts.slice(0, 6).reduce((a, b) => a + b, 0);
    const lastHalfYear = counts.slice(-6).reduce((a, b) => a + b, 0);
    expect(lastHalfYear).toBeGreaterThan(firstHalfYear * 1.5);
  });

  it("raises a few urgent worries a year, each acknowledged after it was raised", () => {
    const alerts = getDb()
      .select({ raisedAt: urgentAlerts.raisedAt, acknowledgedAt: urgentAlerts.acknowledgedAt })
      .from(urgentAlerts)
      .where(eq(urgentAlerts.organisationId, organisationId))
      .all();
    const urgent = getDb()
      .select({ id: statements.id })
      .from(statements)
      .where(sql`${statements.organisationId} = ${organisationId} and ${statements.isUrgent} = 1`)
      .all();
    expect(alerts.length).toBe(urgent.length);
    expect(alerts.length).toBeGreaterThanOrEqual(3);
    for (const alert of alerts) expect(alert.acknowledgedAt! > alert.raisedAt).toBe(true);
  });

  it("issues letters after the review, translated when not in English", () => {
    const rows = getDb()
      .select({ version: letterVersions, heldOn: reviews.heldOn, dueOn: letters.dueOn })
      .from(letterVersions)
      .innerJoin(letters, eq(letters.id, letterVersions.letterId))
      .innerJoin(reviews, eq(reviews.id, letters.reviewId))
      .where(eq(letterVersions.organisationId, organisationId))
      .all();
    expect(rows.length).toBeGreaterThan(80);
    for (const { version, heldOn } of rows) {
      expect(version.issuedAt.slice(0, 10) > heldOn!).toBe(true);
      expect(version.facts.meetings[0]).toBe(heldOn);
      if (version.language !== "en")
        expect(fullyTranslated(version.fields, version.translation)).toBe(true);
    }
    const read = getDb()
      .select({ id: letterReads.versionId })
      .from(letterReads)
      .innerJoin(letterVersions, eq(letterVersions.id, letterReads.versionId))
      .where(eq(letterVersions.organisationId, organisationId))
      .all();
    expect(read.length / rows.length).toBeGreaterThan(0.5);
    const late = rows.filter((r) => r.version.issuedAt.slice(0, 10) > r.dueOn).length;
    expect(late).toBeGreaterThan(0);
    expect(late / rows.length).toBeLessThan(0.3);
  });

  it("today: most next reviews planned and ahead, a few at risk, at most two overdue a caseload", () => {
    const iros = getDb()
      .select({ id: users.id })
      .from(users)
      .where(
        sql`${users.organisationId} = ${organisationId} and ${users.role} = 'iro' and ${users.disabledAt} is null`,
      )
      .all();
    for (const iro of iros) {
      const next = getDb()
        .select({ review: reviews })
        .from(reviews)
        .innerJoin(allocations, eq(allocations.youngPersonId, reviews.youngPersonId))
        .where(
          sql`${allocations.userId} = ${iro.id} and ${allocations.relationship} = 'iro'
            and ${allocations.endsOn} is null and ${reviews.status} = 'planned'`,
        )
        .all()
        .map((r) => r.review);
      const overdue = next.filter((r) => r.dueOn < today);
      const planned = next.filter((r) => r.plannedOn);
      expect(overdue.length).toBeGreaterThanOrEqual(1);
      expect(overdue.length).toBeLessThanOrEqual(2);
      expect(planned.length / next.length).toBeGreaterThan(0.6);
    }
  });

  it("puts each young person's next review on the statutory rhythm from the last one held", () => {
    const rows = getDb()
      .select({
        dueOn: reviews.dueOn,
        lastHeld: sql<string>`(select max(h.held_on) from reviews h where h.young_person_id = reviews.young_person_id and h.status = 'held')`,
      })
      .from(reviews)
      .where(sql`${reviews.organisationId} = ${organisationId} and ${reviews.status} = 'planned'`)
      .all();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows)
      expect([addMonths(row.lastHeld, 3), addMonths(row.lastHeld, 6)]).toContain(row.dueOn);
  });
});

describe("planning a young person's reviews", () => {
  it("moves the start of care so the next review falls where asked, keeping the rhythm", () => {
    for (let seed = 0; seed < 60; seed++) {
      const present = (["ahead", "at-risk", "overdue"] as const)[seed % 3];
      const plan = planReviews({
        seed,
        dateOfBirth: addDays(today, -365 * (4 + (seed % 14))),
        roughlyLookedAfterOn: addDays(today, -(80 + seed * 17)),
        today,
        present,
      });
      const days = daysBetween(today, plan.next.dueOn);
      if (present === "ahead") expect(days).toBeGreaterThan(10);
      if (present === "at-risk") expect(days >= 1 && days <= 10).toBe(true);
      if (present === "overdue") expect(days >= -14 && days <= -2).toBe(true);
      plan.held.forEach((review, i) => {
        const next = plan.held[i + 1] ?? plan.next;
        expect([addMonths(review.meetings[0]!, 3), addMonths(review.meetings[0]!, 6)]).toContain(
          next.dueOn,
        );
      });
    }
  });
});
