import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "#db/db.server";
import { reviewMeetings, reviews, youngPeople } from "#db/schema";
import { buildOrganisation, buildReview, buildUser, signedInAs } from "../../fixtures/builders";
import { csv, errorList, upload } from "./import-helpers";

const header =
  "case_reference,kind,due_on,held_on,participation_code,attended,chaired,views_conveyed";

let admin: ReturnType<typeof signedInAs>;
let organisationId: string;
const ids: Record<string, string> = {};
beforeAll(async () => {
  organisationId = buildOrganisation("Reviews Borough");
  admin = signedInAs(await buildUser(organisationId, { role: "admin" }));
  upload(
    admin,
    "young_people",
    csv(
      "case_reference,given_name,family_name,date_of_birth,preferred_language,service_area,looked_after_on",
      "PR-1,Selam,Example,2011-04-18,ti,children_in_care,2025-01-06",
      "PR-2,Baby,Example,2023-01-01,en,children_in_care,2025-01-06",
      "PR-3,Jordan,Example,2006-11-02,en,care_leaver,",
      "PR-4,Amani,Example,2012-06-01,ar,children_in_care,2025-03-03",
    ),
  ).confirm();
  for (const p of getDb()
    .select()
    .from(youngPeople)
    .where(eq(youngPeople.organisationId, organisationId))
    .all())
    ids[p.caseReference!] = p.id;
});

const reviewsOf = (reference: string) =>
  getDb().select().from(reviews).where(eq(reviews.youngPersonId, ids[reference]!)).all();
const plannedOf = (reference: string) => reviewsOf(reference).filter((r) => r.status === "planned");

describe("importing past reviews", () => {
  it("records each held review as held on its date, imported, with its meeting", () => {
    const { plan, confirm } = upload(
      admin,
      "past_reviews",
      csv(
        header,
        "PR-1,looked_after,2025-02-03,2025-01-30,PN1,yes,no,spoke",
        "PR-1,looked_after,2025-04-30,25/04/2025,pn6,No,,own-voice-statement",
        "PR-3,pathway_plan,2025-06-10,2025-06-12,PN5,no,,advocate",
      ),
    );
    expect(plan.counts).toEqual({ create: 3, update: 0, unchanged: 0, errorRows: 0 });
    expect(plan.nextReviews).toEqual({ created: 2, moved: 0 });
    confirm();
    const held = reviewsOf("PR-1").filter((r) => r.status === "held");
    expect(
      held.map((r) => [r.heldOn, r.completedOn, r.participationCode, r.childAttended]),
    ).toEqual(
      expect.arrayContaining([
        ["2025-01-30", "2025-01-30", "PN1", true],
        ["2025-04-25", "2025-04-25", "PN6", false],
      ]),
    );
    expect(held.every((r) => r.importedAt)).toBe(true);
    const meetings = getDb()
      .select()
      .from(reviewMeetings)
      .where(eq(reviewMeetings.reviewId, held[0]!.id))
      .all();
    expect(meetings.map((m) => m.heldOn)).toEqual([held[0]!.heldOn]);
  });

  it("plans each child's next review from their history: 6 months after the second review", () => {
    expect(plannedOf("PR-1").map((r) => [r.kind, r.dueOn])).toEqual([
      ["looked_after", "2025-10-25"],
    ]);
  });

  it("plans a care leaver's next pathway plan review 6 months after the last", () => {
    expect(plannedOf("PR-3").map((r) => [r.kind, r.dueOn])).toEqual([
      ["pathway_plan", "2025-12-12"],
    ]);
  });

  it("re-importing the same file changes nothing, not even the planned review", () => {
    const again = upload(
      admin,
      "past_reviews",
      csv(
        header,
        "PR-1,looked_after,2025-02-03,2025-01-30,PN1,yes,no,spoke",
        "PR-1,looked_after,2025-04-30,25/04/2025,pn6,No,,own-voice-statement",
        "PR-3,pathway_plan,2025-06-10,2025-06-12,PN5,no,,advocate",
      ),
    );
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 3, errorRows: 0 });
    expect(again.plan.nextReviews).toEqual({ created: 0, moved: 0 });
    again.confirm();
    expect(reviewsOf("PR-1")).toHaveLength(3);
  });

  it("moves a planned review to the due date its new history gives: 3 months after a first review", () => {
    const plannedId = buildReview(organisationId, ids["PR-4"]!, "2025-03-31");
    const { plan, confirm } = upload(
      admin,
      "past_reviews",
      csv(header, "PR-4,looked_after,2025-03-31,2025-03-28,PN3,yes,no,symbols"),
    );
    expect(plan.nextReviews).toEqual({ created: 0, moved: 1 });
    confirm();
    expect(plannedOf("PR-4").map((r) => [r.id, r.dueOn])).toEqual([[plannedId, "2025-06-28"]]);
  });

  it("checks participation by the record form's rules, and refuses the whole file", () => {
    const { plan, confirm } = upload(
      admin,
      "past_reviews",
      csv(
        header,
        "PR-2,looked_after,2025-02-03,2025-01-30,PN1,yes,no,spoke",
        "PR-1,looked_after,2025-10-25,2025-10-20,PN0,yes,no,spoke",
        "PR-1,looked_after,2025-10-25,2025-10-21,PN5,yes,no,advocate",
        "PR-1,looked_after,2025-10-25,2025-10-22,PN6,no,yes,own-voice-statement",
        "PR-1,looked_after,2025-10-25,2025-10-23,PN7,no,no,spoke",
        "PR-1,looked_after,2025-10-25,2025-10-24,PN9,maybe,no,telepathy",
        "PR-1,annual,2025-10-25,2099-10-24,PN1,yes,no,spoke",
        "PR-9,looked_after,2025-10-25,2025-10-24,PN1,yes,no,spoke",
        "PR-1,looked_after,2025-02-03,2025-01-30,PN2,yes,no,advocate",
        "PR-3,pathway_plan,2025-12-12,2025-12-01,PN1,yes,no,spoke",
        "PR-3,pathway_plan,2025-12-12,2025-12-01,PN1,yes,no,spoke",
      ),
    );
    expect(errorList(plan)).toEqual([
      "2 participation_code reviews:errors.pn0Required",
      "3 participation_code reviews:errors.pn0Age",
      "4 participation_code reviews:errors.codeNeedsAbsent",
      "5 chaired reviews:errors.chairedNotAttended",
      "6 views_conveyed reviews:errors.pn7Conveyed",
      "7 participation_code import:errors.participationCode",
      "7 attended import:errors.attended",
      "7 views_conveyed import:errors.viewsConveyed",
      "8 kind import:errors.reviewKind",
      "8 held_on import:errors.heldFuture",
      "9 case_reference import:errors.unknownCaseReference",
      "12 held_on import:errors.duplicateReview",
    ]);
    // Row 10 corrects an imported review (PN1 → PN2): an update, like row 11's new review.
    expect(plan.update.map((r) => r.row)).toEqual([10]);
    expect(confirm()).toMatchObject({ ok: false });
    const first = reviewsOf("PR-1").find((r) => r.heldOn === "2025-01-30")!;
    expect(first.participationCode).toBe("PN1");
    expect(reviewsOf("PR-3").filter((r) => r.status === "held")).toHaveLength(1);
  });

  it("never changes a review recorded in Own Voice", () => {
    const recorded = buildReview(organisationId, ids["PR-4"]!, "2025-09-28", {
      status: "held",
      heldOn: "2025-06-20",
    });
    getDb()
      .update(reviews)
      .set({
        participationCode: "PN1",
        childAttended: true,
        childChaired: false,
        viewsConveyed: "spoke",
      })
      .where(and(eq(reviews.id, recorded)))
      .run();
    const { plan } = upload(
      admin,
      "past_reviews",
      csv(header, "PR-4,looked_after,2025-09-28,2025-06-20,PN4,yes,no,not-conveyed"),
    );
    expect(errorList(plan)).toEqual(["2 held_on import:errors.recordedInOwnVoice"]);
  });
});
