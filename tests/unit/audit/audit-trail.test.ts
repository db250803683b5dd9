import type { LoaderFunctionArgs } from "@remix-run/node";
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, youngPeople } from "#db/schema";
import {
  auditEventBatches,
  auditTrailViewed,
  listAuditEvents,
  startOfEnglandDay,
} from "~/audit/audit-trail.server";
import type { AuditTrailData } from "~/audit/audit-trail-route.server";
import type { AuditAction } from "~/audit/audit.server";
import { parseAuditQuery, type AuditFilter } from "~/audit/filters";
import { loader as auditPage } from "~/routes/manage.audit";
import { loader as auditCsv } from "~/routes/manage.audit[.csv]";
import {
  buildOrganisation,
  buildUser,
  buildYoungPerson,
  requestFor,
} from "../../fixtures/builders";
import { createSession } from "~/auth/session.server";
import type { SignedIn } from "~/auth/require-user.server";
import { statusOf } from "../../fixtures/status";

/*
 * The audit trail as a manager reads it: the organisation's events only, filtered by child, person,
 * kind and dates, newest first a page at a time, downloadable, and never changed by being read.
 */

type Built = Awaited<ReturnType<typeof buildUser>>;
let organisationId: string;
let otherOrganisationId: string;
let manager: Built;
let admin: Built;
let iro: Built;
let worker: Built;
let selam: string;
let omar: string;
let stranger: string;

function signedIn(user: Built) {
  const { cookie, session } = createSession(user);
  const signedInUser: SignedIn = { ...user, sessionId: session.id, togetherYoungPersonId: null };
  return { cookie: cookie.split(";")[0]!, user: signedInUser };
}

function event(
  action: AuditAction,
  at: string,
  options: { actor?: string | null; youngPersonId?: string; organisation?: string } = {},
) {
  getDb()
    .insert(auditEvents)
    .values({
      organisationId: options.organisation ?? organisationId,
      actorUserId: options.actor === undefined ? iro.id : options.actor,
      action,
      subjectType: "statement",
      youngPersonId: options.youngPersonId,
      clientAddress: "203.0.113.7",
      at,
    })
    .run();
}

async function pageData(user: Built, query = "") {
  const { cookie } = signedIn(user);
  const response = (await auditPage({
    request: requestFor(`/manage/audit${query}`, { cookie }),
    params: {},
    context: {},
  } as LoaderFunctionArgs)) as Response;
  return { status: response.status, data: (await response.json()) as AuditTrailData };
}

const allEvents = () =>
  getDb().select().from(auditEvents).orderBy(asc(auditEvents.at), asc(auditEvents.id)).all();

const filter = (query: string): AuditFilter => {
  const parsed = parseAuditQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filter;
};

beforeAll(async () => {
  organisationId = buildOrganisation("Audit Borough Council");
  otherOrganisationId = buildOrganisation("Elsewhere Council");
  manager = await buildUser(organisationId, { role: "manager", displayName: "Maya Manager" });
  admin = await buildUser(organisationId, { role: "admin", displayName: "Ade Admin" });
  iro = await buildUser(organisationId, {
    role: "iro",
    displayName: "Ida Reviewer",
    username: "ida.reviewer",
  });
  worker = await buildUser(organisationId, { role: "social_worker", displayName: "Sol Worker" });
  const elsewhereIro = await buildUser(otherOrganisationId, {
    role: "iro",
    displayName: "Ida Elsewhere",
  });
  selam = buildYoungPerson(organisationId, { givenName: "Selam" });
  omar = buildYoungPerson(organisationId, { givenName: "Omar" });
  stranger = buildYoungPerson(otherOrganisationId, { givenName: "Selam" });
  getDb()
    .update(youngPeople)
    .set({ caseReference: "KB100231" })
    .where(eq(youngPeople.id, selam))
    .run();

  // Winter (GMT) and summer (BST) days, so the England day boundaries are tested both ways.
  event("statement_read", "2026-01-14T09:00:00.000Z", { youngPersonId: selam });
  event("young_person_viewed", "2026-01-14T23:59:00.000Z", { youngPersonId: omar });
  event("letter_issued", "2026-01-15T00:00:00.000Z", { youngPersonId: selam });
  event("statement_read", "2026-06-30T22:59:00.000Z", {
    youngPersonId: omar,
    actor: worker.id,
  }); // 23:59 BST on 30 June
  event("statement_read", "2026-06-30T23:00:00.000Z", { youngPersonId: selam }); // 00:00 BST, 1 July
  event("sign_in_failed", "2026-07-02T08:00:00.000Z", { actor: null });
  event("staff_created", "2026-07-03T08:00:00.000Z", { actor: admin.id });
  // Another council's events, about a child with the same name, by someone with a similar name.
  event("statement_read", "2026-01-14T10:00:00.000Z", {
    organisation: otherOrganisationId,
    actor: elsewhereIro.id,
    youngPersonId: stranger,
  });
  event("sign_in", "2026-07-02T09:00:00.000Z", {
    organisation: otherOrganisationId,
    actor: elsewhereIro.id,
  });
});

const actionsOf = (user: SignedIn, query: string) =>
  listAuditEvents(user, filter(query)).events.map((e) => `${e.action}@${e.at}`);

describe("the audit trail's filters", () => {
  it("lists every event of the organisation, newest first, with who did it and about whom", () => {
    const { events } = listAuditEvents(signedIn(manager).user, {});
    expect(events.map((e) => e.at)).toEqual([
      "2026-07-03T08:00:00.000Z",
      "2026-07-02T08:00:00.000Z",
      "2026-06-30T23:00:00.000Z",
      "2026-06-30T22:59:00.000Z",
      "2026-01-15T00:00:00.000Z",
      "2026-01-14T23:59:00.000Z",
      "2026-01-14T09:00:00.000Z",
    ]);
    const read = events.find((e) => e.at === "2026-01-14T09:00:00.000Z")!;
    expect(read).toMatchObject({
      actorName: "Ida Reviewer",
      actorRole: "iro",
      givenName: "Selam",
      caseReference: "KB100231",
      clientAddress: "203.0.113.7",
    });
    // Nobody signed in: the system (or an unknown visitor) did it.
    expect(events.find((e) => e.action === "sign_in_failed")!.actorName).toBeNull();
  });

  it("never shows another organisation's events, whatever the filter", () => {
    const user = signedIn(manager).user;
    for (const query of ["", "child=Selam", "person=Ida", "kind=opened", "from=2026-01-14"]) {
      const ids = listAuditEvents(user, filter(query)).events.map((e) => e.youngPersonId);
      expect(ids).not.toContain(stranger);
      expect(
        listAuditEvents(user, filter(query)).events.every(
          (e) => e.at !== "2026-07-02T09:00:00.000Z",
        ),
      ).toBe(true);
    }
    // A link naming the other council's child shows nothing of theirs, and says 404.
    expect(listAuditEvents(user, { youngPersonId: stranger }).events).toEqual([]);
  });

  it("finds a child by part of their name, by case reference (any case) or by id", () => {
    const user = signedIn(manager).user;
    const selamEvents = [
      "statement_read@2026-06-30T23:00:00.000Z",
      "letter_issued@2026-01-15T00:00:00.000Z",
      "statement_read@2026-01-14T09:00:00.000Z",
    ];
    expect(actionsOf(user, "child=sela")).toEqual(selamEvents);
    expect(actionsOf(user, "child=Selam+Example")).toEqual(selamEvents);
    expect(actionsOf(user, "child=kb100231")).toEqual(selamEvents);
    expect(actionsOf(user, `youngPersonId=${selam}`)).toEqual(selamEvents);
    // A case reference matches whole, not in part; % is a letter, not a wildcard.
    expect(actionsOf(user, "child=KB1002")).toEqual([]);
    expect(actionsOf(user, "child=%25")).toEqual([]);
  });

  it("finds a person by part of their name or username", () => {
    const user = signedIn(manager).user;
    expect(actionsOf(user, "person=sol")).toEqual(["statement_read@2026-06-30T22:59:00.000Z"]);
    expect(actionsOf(user, "person=ida.rev")).toHaveLength(4);
    expect(actionsOf(user, "person=Ade")).toEqual(["staff_created@2026-07-03T08:00:00.000Z"]);
  });

  it("filters by a kind of event or by one action", () => {
    const user = signedIn(manager).user;
    expect(actionsOf(user, "kind=opened")).toEqual([
      "statement_read@2026-06-30T23:00:00.000Z",
      "statement_read@2026-06-30T22:59:00.000Z",
      "young_person_viewed@2026-01-14T23:59:00.000Z",
      "statement_read@2026-01-14T09:00:00.000Z",
    ]);
    expect(actionsOf(user, "kind=young_person_viewed")).toEqual([
      "young_person_viewed@2026-01-14T23:59:00.000Z",
    ]);
    expect(actionsOf(user, "kind=administration")).toEqual([
      "staff_created@2026-07-03T08:00:00.000Z",
    ]);
    // An unknown kind (no form sends one) is ignored rather than hiding everything.
    expect(actionsOf(user, "kind=drop_table")).toHaveLength(7);
  });

  it("counts dates as days in England, both ends included, in winter and in summer time", () => {
    const user = signedIn(manager).user;
    expect(actionsOf(user, "from=2026-01-14&to=2026-01-14")).toEqual([
      "young_person_viewed@2026-01-14T23:59:00.000Z",
      "statement_read@2026-01-14T09:00:00.000Z",
    ]);
    expect(actionsOf(user, "from=2026-06-30&to=2026-06-30")).toEqual([
      "statement_read@2026-06-30T22:59:00.000Z",
    ]);
    expect(actionsOf(user, "from=2026-07-01&to=2026-07-01")).toEqual([
      "statement_read@2026-06-30T23:00:00.000Z",
    ]);
    expect(actionsOf(user, "from=2026-07-02")).toHaveLength(2);
    expect(actionsOf(user, "to=2026-01-14")).toHaveLength(2);
    expect(startOfEnglandDay("2026-03-29")).toBe("2026-03-29T00:00:00.000Z"); // clocks go forward
    expect(startOfEnglandDay("2026-10-25")).toBe("2026-10-24T23:00:00.000Z"); // clocks go back
  });

  it("combines filters", () => {
    const user = signedIn(manager).user;
    expect(actionsOf(user, "child=Selam&kind=opened&from=2026-06-01&person=ida")).toEqual([
      "statement_read@2026-06-30T23:00:00.000Z",
    ]);
  });
});

describe("paging through the trail", () => {
  it("walks every event once, newest first, forwards and back again", async () => {
    const pageOrg = buildOrganisation("Busy Borough");
    const busyManager = signedIn(await buildUser(pageOrg, { role: "manager" })).user;
    // 23 events, several sharing one time: the id breaks ties, so none is lost or repeated.
    for (let i = 0; i < 23; i++) {
      const second = String(Math.floor(i / 3)).padStart(2, "0");
      event("sign_in", `2026-05-01T10:00:${second}.000Z`, {
        organisation: pageOrg,
        actor: busyManager.id,
      });
    }
    const everything = listAuditEvents(busyManager, {}, {}, 100).events.map((e) => e.id);
    expect(everything).toHaveLength(23);

    const seen: string[] = [];
    const pages: ReturnType<typeof listAuditEvents>[] = [];
    let page = listAuditEvents(busyManager, {}, {}, 10);
    pages.push(page);
    expect(page.hasNewer).toBe(false);
    while (page.hasOlder) {
      seen.push(...page.events.map((e) => e.id));
      const last = page.events[page.events.length - 1]!;
      page = listAuditEvents(busyManager, {}, { before: { at: last.at, id: last.id } }, 10);
      pages.push(page);
      expect(page.hasNewer).toBe(true);
    }
    seen.push(...page.events.map((e) => e.id));
    expect(seen).toEqual(everything);
    expect(pages.map((p) => p.events.length)).toEqual([10, 10, 3]);

    // Back from the last page: the middle page again, exactly.
    const first = pages[2]!.events[0]!;
    const back = listAuditEvents(busyManager, {}, { after: { at: first.at, id: first.id } }, 10);
    expect(back.events.map((e) => e.id)).toEqual(pages[1]!.events.map((e) => e.id));
    expect(back.hasNewer).toBe(true);
    expect(back.hasOlder).toBe(true);
    const top = back.events[0]!;
    const backToStart = listAuditEvents(busyManager, {}, { after: { at: top.at, id: top.id } }, 10);
    expect(backToStart.events.map((e) => e.id)).toEqual(pages[0]!.events.map((e) => e.id));
    expect(backToStart.hasNewer).toBe(false);

    // The export's batches cover the same events in the same order.
    expect([...auditEventBatches(busyManager, {}, 7)].flat().map((e) => e.id)).toEqual(everything);
  });

  it("the page links keep the filters and move by cursor", async () => {
    const pageOrg = buildOrganisation("Links Borough");
    const linkManager = await buildUser(pageOrg, { role: "manager" });
    for (let i = 0; i < 55; i++) {
      event("sign_in", new Date(Date.UTC(2026, 4, 2, 10, 0, i)).toISOString(), {
        organisation: pageOrg,
        actor: linkManager.id,
      });
    }
    const { data } = await pageData(linkManager, "?kind=access&person=manager");
    expect(data.events).toHaveLength(50);
    expect(data.newerHref).toBeNull();
    expect(data.olderHref).toMatch(/^\/manage\/audit\?person=manager&kind=access&before=/);
    const older = await pageData(linkManager, data.olderHref!.slice("/manage/audit".length));
    expect(older.data.events).toHaveLength(5);
    expect(older.data.olderHref).toBeNull();
    expect(older.data.newerHref).toMatch(/kind=access.*&after=/);
    expect(data.csvHref).toBe("/manage/audit.csv?person=manager&kind=access");
  });
});

describe("the audit trail page", () => {
  it("is for managers and administrators only; other staff get 404", async () => {
    expect((await pageData(manager)).status).toBe(200);
    expect((await pageData(admin)).status).toBe(200);
    for (const someone of [iro, worker]) {
      const { cookie } = signedIn(someone);
      const status = statusOf(() =>
        auditPage({
          request: requestFor("/manage/audit", { cookie }),
          params: {},
          context: {},
        } as LoaderFunctionArgs),
      );
      expect(status).toBe(404);
    }
  });

  it("answers 404 for a link naming another organisation's child", async () => {
    const { cookie } = signedIn(manager);
    expect(
      statusOf(() =>
        auditPage({
          request: requestFor(`/manage/audit?youngPersonId=${stranger}`, { cookie }),
          params: {},
          context: {},
        } as LoaderFunctionArgs),
      ),
    ).toBe(404);
  });

  it("shows a wrong date beside its field, keeps every other value, and lists nothing", async () => {
    const { status, data } = await pageData(
      manager,
      `?youngPersonId=${selam}&child=Sel&person=Ida&kind=opened&from=2026-02-30&to=2026-03-01`,
    );
    expect(status).toBe(400);
    expect(data.errors).toEqual({ from: "audit:errors.from" });
    expect(data.values).toEqual({
      youngPersonId: selam,
      child: "Sel",
      person: "Ida",
      kind: "opened",
      from: "2026-02-30",
      to: "2026-03-01",
    });
    expect(data.child).toMatchObject({ name: "Selam Example", caseReference: "KB100231" });
    expect(data.events).toEqual([]);
    expect(data.csvHref).toBeNull();

    const backwards = await pageData(manager, "?from=2026-03-02&to=2026-03-01");
    expect(backwards.data.errors).toEqual({ to: "audit:errors.toBeforeFrom" });
  });

  it("formats when in England's time, in the reader's language", async () => {
    const { data } = await pageData(manager, "?child=KB100231&from=2026-07-01&lng=en");
    expect(data.events.map((e) => e.when)).toEqual(["1 July 2026 at 00:00"]);
    const arabic = await pageData(manager, "?child=KB100231&from=2026-07-01&lng=ar");
    expect(arabic.data.events[0]!.when).toMatch(/2026/);
    expect(arabic.data.events[0]!.when).toContain("يوليو");
  });
});

describe("reading the audit trail", () => {
  it("never changes an existing event: only an 'audit viewed' event is appended", async () => {
    const before = allEvents();
    await pageData(manager, "?child=Selam");
    await pageData(manager, "?child=Selam"); // the same look again: not recorded twice
    // A later page of a search: not recorded.
    await pageData(
      manager,
      "?child=Selam&kind=opened&before=2026-07-01T00%3A00%3A00.000Z~00000000-0000-4000-8000-000000000000",
    );
    listAuditEvents(signedIn(manager).user, filter("person=ida"));
    const after = allEvents();

    // Every event there before is there after, byte for byte.
    const afterById = new Map(after.map((e) => [e.id, e]));
    for (const old of before) expect(afterById.get(old.id)).toEqual(old);
    const added = after.filter((e) => !before.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      action: "audit_viewed",
      actorUserId: manager.id,
      organisationId,
      subjectType: "audit_trail",
    });
    // The search typed (a child's name) is not stored, only a digest of it.
    expect(JSON.stringify(added[0])).not.toContain("Selam");
  });

  it("records a look again when the filters change, or after half an hour", () => {
    const user = signedIn(admin).user;
    const request = requestFor("/manage/audit");
    const now = new Date();
    expect(auditTrailViewed(request, user, { kind: "opened" }, now)).toBe(true);
    expect(auditTrailViewed(request, user, { kind: "opened" }, now)).toBe(false);
    expect(auditTrailViewed(request, user, { kind: "access" }, now)).toBe(true);
    expect(
      auditTrailViewed(request, user, { kind: "opened" }, new Date(now.getTime() + 31 * 60_000)),
    ).toBe(true);
  });

  it("records a look at one child's trail against that child", async () => {
    await pageData(admin, `?youngPersonId=${omar}`);
    const viewed = getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.youngPersonId, omar))
      .all()
      .filter((e) => e.action === "audit_viewed");
    expect(viewed).toHaveLength(1);
    expect(viewed[0]!.actorUserId).toBe(admin.id);
  });
});

describe("the CSV export", () => {
  async function download(user: Built, query: string) {
    const { cookie } = signedIn(user);
    return (await auditCsv({
      request: requestFor(`/manage/audit.csv${query}`, { cookie }),
      params: {},
      context: {},
    } as LoaderFunctionArgs)) as Response;
  }

  it("holds the filtered events and is itself audited, once per download", async () => {
    const exportsBefore = allEvents().filter((e) => e.action === "audit_exported").length;
    const response = await download(manager, "?child=KB100231&kind=opened");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain("audit-trail.csv");
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      '"when (UTC)","when (England)","who","role","action","what","young person","case reference","subject","subject id","subject name","from address","request id"',
    );
    expect(lines.slice(1)).toEqual([
      '"2026-06-30T23:00:00.000Z","2026-07-01 00:00:00","Ida Reviewer","IRO","statement_read","Read a statement","Selam Example","KB100231","statement","","","203.0.113.7",""',
      '"2026-01-14T09:00:00.000Z","2026-01-14 09:00:00","Ida Reviewer","IRO","statement_read","Read a statement","Selam Example","KB100231","statement","","","203.0.113.7",""',
    ]);
    const exports = allEvents().filter((e) => e.action === "audit_exported");
    expect(exports).toHaveLength(exportsBefore + 1);
    expect(exports.at(-1)).toMatchObject({ actorUserId: manager.id, organisationId });
  });

  it("cannot smuggle a spreadsheet formula into a cell", async () => {
    const sly = await buildUser(organisationId, { role: "carer", displayName: "=HYPERLINK(1)" });
    event("letter_read", "2026-08-01T10:00:00.000Z", { actor: sly.id });
    const text = await (await download(manager, "?from=2026-08-01&to=2026-08-01")).text();
    expect(text).toContain(`"'=HYPERLINK(1)"`);
    expect(text).not.toContain(`"=HYPERLINK(1)"`);
  });

  it("sends wrong dates back to the page's message; other staff get 404", async () => {
    const thrown = await download(manager, "?from=2026-13-01").then(
      (r) => r,
      (e: unknown) => e as Response,
    );
    expect(thrown.status).toBe(302);
    expect(thrown.headers.get("Location")).toBe("/manage/audit?from=2026-13-01");
    const refused = await download(iro, "").then(
      (r) => r.status,
      (e: unknown) => (e as Response).status,
    );
    expect(refused).toBe(404);
  });
});
