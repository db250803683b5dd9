import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { contacts, midwayChecks, reviewActions } from "#db/schema";
import { getSession } from "~/auth/session.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { action as contactAction } from "~/routes/iro.young-people.$youngPersonId_.contacts.new";
import {
  action as midwayAction,
  loader as midwayLoader,
} from "~/routes/iro.young-people.$youngPersonId_.midway";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

let organisationId: string;
let youngPersonId: string;
let reviewId: string;
let iro: ReturnType<typeof signedInAs>;
let otherIro: ReturnType<typeof signedInAs>;
let worker: ReturnType<typeof signedInAs>;
const today = todayInEngland();

function post(who: ReturnType<typeof signedInAs>, path: string, fields: [string, string][]) {
  const body = new URLSearchParams([["csrf", getSession(who.request)!.csrfToken], ...fields]);
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: {
      cookie: who.cookie,
      "content-type": "application/x-www-form-urlencoded",
      "x-ov-client-address": "203.0.113.9",
    },
    body: body.toString(),
  });
}

beforeAll(async () => {
  organisationId = buildOrganisation();
  const iroUser = await buildUser(organisationId, { role: "iro" });
  iro = signedInAs(iroUser);
  otherIro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const workerUser = await buildUser(organisationId, { role: "social_worker" });
  worker = signedInAs(workerUser);
  youngPersonId = buildYoungPerson(organisationId);
  allocate(organisationId, youngPersonId, iroUser.id, "iro");
  allocate(organisationId, youngPersonId, workerUser.id, "social_worker");
  reviewId = buildReview(organisationId, youngPersonId, addDays(today, -30), {
    status: "held",
    heldOn: addDays(today, -30),
  });
  getDb()
    .insert(reviewActions)
    .values({ organisationId, reviewId, youngPersonId, position: 0, ownerRole: "social_worker" })
    .run();
});

describe("the midway check page", () => {
  const params = () => ({ youngPersonId });

  it("is only for the child's IRO: another IRO and the social worker get 404", () => {
    const path = `http://localhost/iro/young-people/${youngPersonId}/midway`;
    for (const who of [otherIro, worker]) {
      const request = new Request(path, { headers: who.request.headers });
      expect(statusOf(() => midwayLoader({ request, params: params(), context: {} }))).toBe(404);
    }
    expect(
      statusOf(() => midwayLoader({ request: iro.request, params: params(), context: {} })),
    ).toBe("ok");
  });

  it("keeps everything typed when refused", async () => {
    const response = (await midwayAction({
      request: post(iro, "/midway", [
        ["checkedWith", "carer"],
        ["note", "Invented note"],
      ]),
      params: params(),
      context: {},
    })) as Response;
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: object };
    expect(body.errors.rag).toBe("midway:errors.rag");
    expect(body.values).toMatchObject({ checkedWith: "carer", note: "Invented note" });
  });

  it("saves and goes on to the escalation form when something needs escalating", async () => {
    const [action] = getDb().select().from(reviewActions).all();
    const response = (await midwayAction({
      request: post(iro, "/midway", [
        ["checkedWith", "social_worker"],
        ["checkedWith", "young_person"],
        ["rag", "red"],
        ["note", ""],
        ["escalate", "yes"],
        [`state-${action!.id}`, "not_done"],
        [`actionNote-${action!.id}`, "Invented: no dentist place"],
      ]),
      params: params(),
      context: {},
    })) as Response;
    const check = getDb()
      .select()
      .from(midwayChecks)
      .where(eq(midwayChecks.reviewId, reviewId))
      .get()!;
    expect(check.rag).toBe("red");
    expect(check.checkedWith).toEqual(["social_worker", "young_person"]);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(
      `/iro/young-people/${youngPersonId}/escalations/new?midwayCheckId=${check.id}`,
    );
  });
});

describe("logging a contact", () => {
  it("refuses a date in the future, keeping what was typed", async () => {
    const response = (await contactAction({
      request: post(iro, "/contacts/new", [
        ["contactOn", addDays(today, 1)],
        ["kind", "call"],
        ["withWhom", "The carer"],
        ["seenAlone", "not_seen"],
        ["note", ""],
      ]),
      params: { youngPersonId },
      context: {},
    })) as Response;
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, string>; values: object };
    expect(body.errors).toEqual({ contactOn: "midway:contacts.errors.future" });
    expect(body.values).toMatchObject({ withWhom: "The carer" });
    expect(getDb().select().from(contacts).all()).toHaveLength(0);
  });

  it("refuses another IRO with 404", async () => {
    const status = await contactAction({
      request: post(otherIro, "/contacts/new", [["contactOn", today]]),
      params: { youngPersonId },
      context: {},
    }).catch((e: unknown) => (e instanceof Response ? e.status : e));
    expect(status).toBe(404);
  });
});
