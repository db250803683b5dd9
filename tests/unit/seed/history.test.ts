import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import {
  actionUpdates,
  allocations,
  decisionAgreements,
  midwayChecks,
  reviewActions,
  reviewMonitoring,
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
import { insertHistory } from "#db/seed/history";
import { planReviews, seededRandom } from "#db/seed/history-plan";
import { midwayDueOn } from "~/midway/due";
import { midwayDueList } from "~/midway/midway.server";
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

describe("the demo's records between reviews (issue 18)", () => {
  const orgRows = <T>(rows: (T & { organisationId: string })[]) =>
    rows.filter((r) => r.organisationId === organisationId);

  it("tracks every decision of every held review as an action, with its history of changes", () => {
    const actions = orgRows(getDb().select().from(reviewActions).all());
    const updates = orgRows(getDb().select().from(actionUpdates).all());
    const held = heldReviews();
    for (const { review } of held) {
      const mine = actions.filter((a) => a.reviewId === review.id);
      expect(mine.map((a) => a.position).sort()).toEqual(review.decisions!.map((_, i) => i));
      for (const action of mine) {
        const history = updates
          .filter((u) => u.actionId === action.id)
          .sort((a, b) => (a.at < b.at ? -1 : 1));
        expect(history[0]!.state).toBe("not_started");
        expect(history.at(-1)!.state).toBe(action.state);
        expect(history.at(-1)!.at < `${today}T00:00`).toBe(true);
        expect(action.dueOn! > review.completedOn!).toBe(true);
      }
    }
    const states = new Set(actions.map((a) => a.state));
    expect([...states].sort()).toEqual(["done", "in_progress", "not_done", "not_started"]);
    const overdue = actions.filter(
      (a) => (a.state === "not_started" || a.state === "in_progress") && a.dueOn! < today,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(
      actions.filter((a) => a.ownerRole === "social_worker").length / actions.length,
    ).toBeGreaterThan(0.6);
  });

  it("gives Ruby's carer an open action of Ruby's to do", () => {
    const rows = getDb()
      .select({ state: reviewActions.state })
      .from(reviewActions)
      .innerJoin(youngPeople, eq(youngPeople.id, reviewActions.youngPersonId))
      .where(
        sql`${youngPeople.organisationId} = ${organisationId} and ${youngPeople.givenName} = 'Ruby'
          and ${reviewActions.ownerRole} = 'carer' and ${reviewActions.state} in ('not_started', 'in_progress')`,
      )
      .all();
    expect(rows.length).toBeGreaterThan(0);
  });

  it("records the IRO's monitoring for every held review, with a reason for red and amber", () => {
    const monitoring = orgRows(getDb().select().from(reviewMonitoring).all());
    const held = heldReviews();
    expect(monitoring.length).toBe(held.length);
    for (const { review } of held) {
      const m = monitoring.find((r) => r.reviewId === review.id)!;
      expect(m.recordedBy).toBe(review.recordedBy);
      if (m.rag === "green") expect(m.note).toBeNull();
      else {
        expect(m.note).toBeTruthy();
        expect(m.activeMonitoring).toBe(true);
        expect(m.concerns.length).toBeGreaterThan(0);
      }
    }
    const green = monitoring.filter((m) => m.rag === "green").length / monitoring.length;
    expect(green).toBeGreaterThan(0.6);
    expect(monitoring.some((m) => m.rag === "red")).toBe(true);
  });

  it("records midway checks only once their day has passed, and leaves some due now", () => {
    const checks = orgRows(getDb().select().from(midwayChecks).all());
    const all = getDb()
      .select()
      .from(reviews)
      .where(eq(reviews.organisationId, organisationId))
      .all();
    expect(checks.length).toBeGreaterThan(30);
    for (const check of checks) {
      const review = all.find((r) => r.id === check.reviewId)!;
      const next = all
        .filter((r) => r.youngPersonId === review.youngPersonId && r.dueOn > review.dueOn)
        .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1))[0]!;
      expect(check.dueOn).toBe(midwayDueOn(review.heldOn!, next.dueOn));
      expect(check.dueOn < today).toBe(true);
      expect(check.checkedOn < today && check.checkedOn > review.completedOn!).toBe(true);
      expect(check.checkedWith).toContain("social_worker");
    }
    const children = [...new Set(all.map((r) => r.youngPersonId))];
    const due = [...midwayDueList(organisationId, children, today).values()];
    expect(due.filter((d) => d.urgency === "overdue").length).toBeGreaterThan(0);
  });

  it("asks the team manager to agree the latest decisions: most agreed, one not", () => {
    const rows = orgRows(getDb().select().from(decisionAgreements).all());
    expect(rows.length).toBeGreaterThan(5);
    const disagree = rows.filter((r) => r.response === "disagree");
    expect(disagree.length).toBe(1);
    expect(disagree[0]!.reason).toBeTruthy();
    expect(rows.filter((r) => r.response === "agreed").length).toBeGreaterThan(rows.length / 2);
  });

  it("writes the same history for the same seed", () => {
    const capture = () => {
      const written: unknown[] = [];
      const db = {
        insert: () => ({ values: (v: unknown) => ({ run: () => written.push(v) }) }),
      } as unknown as Parameters<typeof insertHistory>[0];
      const plan = planReviews({
        seed: 3,
        dateOfBirth: "2012-05-04",
        roughlyLookedAfterOn: "2021-02-01",
        today,
      });
      const counts = insertHistory(db, {
        organisationId: "org",
        today,
        random: seededRandom(11),
        people: [
          {
            youngPersonId: "yp",
            userId: "child",
            givenName: "Ada",
            dateOfBirth: "2012-05-04",
            language: "en",
            needsInterpreter: false,
            plan,
            iro: { userId: "iro", name: "An IRO" },
            socialWorker: { userId: "sw", name: "A social worker" },
            carer: { userId: "carer", name: "A carer", since: "2021-03-01" },
            teamManager: { userId: "tm", name: "A manager" },
          },
        ],
      });
      // The IDs are random; the order they first appear in is not.
      const ids = new Map<string, string>();
      const text = JSON.stringify(written).replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        (id) => ids.get(id) ?? (ids.set(id, `id${ids.size}`), `id${ids.size - 1}`),
      );
      return { counts, text };
    };
    const first = capture();
    expect(first.counts.actions).toBeGreaterThan(0);
    expect(first.counts.monitoring).toBe(first.counts.reviews);
    expect(capture()).toEqual(first);
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
