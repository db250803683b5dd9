import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, notifications, reviewMonitoring, teams, users } from "#db/schema";
import { monitoringForm } from "~/monitoring/form";
import { heldReviewForMonitoring, saveMonitoring } from "~/monitoring/monitoring.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";

let organisationId: string;
let iro: Awaited<ReturnType<typeof buildUser>>;
let teamManager: string;
let serviceManager: string;
let otherTeamManager: string;
let youngPersonId: string;

beforeAll(async () => {
  organisationId = buildOrganisation();
  iro = await buildUser(organisationId, { role: "iro" });
  teamManager = (await buildUser(organisationId, { role: "team_manager" })).id;
  serviceManager = (await buildUser(organisationId, { role: "service_manager" })).id;
  otherTeamManager = (await buildUser(organisationId, { role: "team_manager" })).id;
  await buildUser(organisationId, { role: "director" });
  const team = getDb()
    .insert(teams)
    .values({
      organisationId,
      name: "Children in care East",
      teamManagerUserId: teamManager,
      serviceManagerUserId: serviceManager,
    })
    .returning({ id: teams.id })
    .get();
  getDb()
    .insert(teams)
    .values({ organisationId, name: "West", teamManagerUserId: otherTeamManager })
    .run();
  const worker = await buildUser(organisationId, { role: "social_worker" });
  getDb().update(users).set({ teamId: team.id }).where(eq(users.id, worker.id)).run();
  youngPersonId = buildYoungPerson(organisationId, { givenName: "Ada" });
  allocate(organisationId, youngPersonId, iro.id, "iro");
  allocate(organisationId, youngPersonId, worker.id, "social_worker");
});

function monitoringNotes() {
  return getDb()
    .select({ to: notifications.recipientUserId, link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.kind, "monitoring"), eq(notifications.channel, "app")))
    .all();
}

function save(reviewId: string, rag: "red" | "amber" | "green") {
  const { request, user } = signedInAs(iro, `/iro/reviews/${reviewId}/monitoring`);
  const answers = monitoringForm.parse({
    planQuality: "poor",
    currentAssessment: "no",
    rag,
    activeMonitoring: "yes",
    concerns: ["health"],
    note: "Invented reason",
  });
  saveMonitoring(
    request,
    user,
    { review: { id: reviewId, heldOn: "2026-10-14", youngPersonId } },
    answers,
  );
}

describe("monitoring notifications", () => {
  it("green tells nobody", () => {
    const reviewId = buildReview(organisationId, youngPersonId, "2026-10-20", {
      status: "held",
      heldOn: "2026-10-14",
    });
    save(reviewId, "green");
    expect(monitoringNotes()).toEqual([]);
    expect(
      getDb().select().from(reviewMonitoring).where(eq(reviewMonitoring.reviewId, reviewId)).get()
        ?.rag,
    ).toBe("green");
  });

  it("red tells the team manager and service manager only, once however often it is saved", () => {
    const reviewId = buildReview(organisationId, youngPersonId, "2026-10-20", {
      status: "held",
      heldOn: "2026-10-14",
    });
    save(reviewId, "green");
    save(reviewId, "red");
    save(reviewId, "red");
    const notes = monitoringNotes();
    expect(notes.map((n) => n.to).sort()).toEqual([teamManager, serviceManager].sort());
    expect(notes[0]!.link).toBe("/manage/monitoring?month=2026-10");
    // The other team's manager and the director are not told.
    expect(notes.some((n) => n.to === otherTeamManager)).toBe(false);

    // A change to amber is news: told again. One row per review whatever the changes.
    save(reviewId, "amber");
    expect(monitoringNotes()).toHaveLength(4);
    expect(
      getDb().select().from(reviewMonitoring).where(eq(reviewMonitoring.reviewId, reviewId)).all(),
    ).toHaveLength(1);
    const audits = getDb()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "monitoring_recorded"), eq(auditEvents.subjectId, reviewId)),
      )
      .all();
    expect(audits).toHaveLength(4);
    expect(audits[0]!.youngPersonId).toBe(youngPersonId);
  });

  it("only the child's IRO reaches a held review's monitoring; anyone else, or a planned review, is 404", async () => {
    const held = buildReview(organisationId, youngPersonId, "2026-10-20", {
      status: "held",
      heldOn: "2026-10-14",
    });
    const planned = buildReview(organisationId, youngPersonId, "2027-04-20");
    const status = (fn: () => unknown) => {
      try {
        fn();
        return 200;
      } catch (error) {
        return (error as Response).status;
      }
    };
    const own = signedInAs(iro).user;
    const other = signedInAs(await buildUser(organisationId, { role: "iro" })).user;
    expect(heldReviewForMonitoring(own, held).review.id).toBe(held);
    expect(status(() => heldReviewForMonitoring(own, planned))).toBe(404);
    expect(status(() => heldReviewForMonitoring(other, held))).toBe(404);
  });
});
