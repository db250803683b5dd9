import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { escalations, midwayChecks, reviews, youngPeople } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  contactsDocument,
  escalationDocument,
  midwayDocument,
} from "~/records/between-document.server";
import { bundleContents } from "~/records/bundle-contents";
import { bundleDocuments } from "~/records/bundle.server";
import { caseRecordHtml } from "~/records/pdf.server";
import { reviewDocument } from "~/records/review-document.server";
import { betweenWords, buildBetweenReviews } from "../../fixtures/between-reviews";
import {
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";

let organisationId: string;
let youngPersonId: string;
let reviewId: string;
let admin: SignedIn;
const on = addDays(todayInEngland(), -20);

beforeAll(async () => {
  organisationId = buildOrganisation();
  youngPersonId = buildYoungPerson(organisationId);
  getDb()
    .update(youngPeople)
    .set({ caseReference: "CR 9/1" })
    .where(eq(youngPeople.id, youngPersonId))
    .run();
  const iro = await buildUser(organisationId, { role: "iro", displayName: "Ines Reviewer" });
  const worker = await buildUser(organisationId, {
    role: "social_worker",
    displayName: "Sol Worker",
  });
  const manager = await buildUser(organisationId, {
    role: "team_manager",
    displayName: "Tia Manager",
  });
  const user = await buildUser(organisationId, { role: "admin", displayName: "Ada Admin" });
  admin = { ...user, sessionId: "s", togetherYoungPersonId: null } as SignedIn;
  const heldOn = addDays(todayInEngland(), -40);
  reviewId = buildReview(organisationId, youngPersonId, heldOn, { status: "held", heldOn });
  buildBetweenReviews({
    organisationId,
    youngPersonId,
    reviewId,
    iroId: iro.id,
    ownerId: worker.id,
    managerId: manager.id,
    on,
  });
});

describe("the case record between reviews (issue 18)", () => {
  it("the bundle holds a midway check, an escalation and one contact log, named like the rest", () => {
    const entries = bundleContents(
      { id: youngPersonId, caseReference: "CR 9/1" },
      bundleDocuments(admin, youngPersonId),
      { from: null, to: null },
    );
    expect(entries.map((e) => e.fileName)).toEqual(
      expect.arrayContaining([
        `CR-9-1_midway_${on}.pdf`,
        `CR-9-1_escalation_${on}.pdf`,
        `CR-9-1_contacts_${on}.pdf`,
      ]),
    );
    // A period before any of it: none of it.
    const before = bundleContents(
      { id: youngPersonId, caseReference: "CR 9/1" },
      bundleDocuments(admin, youngPersonId),
      { from: null, to: addDays(on, -1) },
    );
    expect(before.map((e) => e.kind)).toEqual(["review"]);
  });

  it("the review record gains its actions, the team manager's answer and the monitoring form", () => {
    const review = getDb().select().from(reviews).where(eq(reviews.id, reviewId)).get()!;
    const html = caseRecordHtml({ kind: "review", doc: reviewDocument(review, "Ada Admin") });
    expect(html).toContain(betweenWords.decisions[0]);
    expect(html).toContain("Who: Sol Worker");
    expect(html).toContain("Where it stands: Done. " + betweenWords.actionNote);
    expect(html).toContain("Who: The social worker");
    expect(html).toContain(betweenWords.disagreeReason);
    expect(html).toContain("Requires improvement");
    expect(html).toContain(betweenWords.monitoringNote);
  });

  it("a midway check, an escalation with every step and the contact log each print their facts", () => {
    const db = getDb();
    const check = db
      .select()
      .from(midwayChecks)
      .where(eq(midwayChecks.youngPersonId, youngPersonId))
      .get()!;
    const midway = caseRecordHtml({ kind: "midway", doc: midwayDocument(check, "Ada Admin") });
    expect(midway).toContain("Midway check");
    expect(midway).toContain(betweenWords.midwayNote);
    expect(midway).toContain("With the young person");

    const escalation = db
      .select()
      .from(escalations)
      .where(eq(escalations.youngPersonId, youngPersonId))
      .get()!;
    const escalationHtml = caseRecordHtml({
      kind: "escalation",
      doc: escalationDocument(escalation, "Ada Admin"),
    });
    expect(escalationHtml).toContain("Escalation: Family time");
    expect(escalationHtml).toContain(betweenWords.whatIsWrong);
    expect(escalationHtml).toContain(betweenWords.askingFor);
    expect(escalationHtml).toContain("Escalation raised: Stage 1: team manager");
    expect(escalationHtml).toContain(`Disagreed: ${betweenWords.response}`);

    const ids = bundleDocuments(admin, youngPersonId)
      .filter((d) => d.kind === "contacts")
      .map((d) => d.id);
    const contacts = caseRecordHtml({
      kind: "contacts",
      doc: contactsDocument(youngPersonId, organisationId, ids, "Ada Admin"),
    });
    expect(contacts).toContain("Contact log");
    expect(contacts).toContain(betweenWords.contactWith);
    expect(contacts).toContain(betweenWords.contactNote);
    expect(contacts).toContain("Seen alone");
  });
});
