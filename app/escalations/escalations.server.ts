import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "#db/db.server";
import {
  allocations,
  escalationSteps,
  escalations,
  midwayChecks,
  organisations,
  users,
  youngPeople,
  type Escalation,
} from "#db/schema";
import { recordAudit } from "~/audit/audit.server";
import { notFound, type SignedIn } from "~/auth/require-user.server";
import { isLeaderRole } from "~/auth/roles";
import { todayInEngland } from "~/dates/calendar";
import { formatDate, formatDateTime } from "~/i18n/format";
import { notify } from "~/notifications/notifications.server";
import { inLeadersTeams, leadersOf } from "~/teams/leaders.server";
import { peopleWithRole } from "~/teams/teams.server";
import { fullName } from "~/young-people/names";
import { allocationCurrentOn } from "~/young-people/young-people.server";
import type { EscalationAction, RaiseForm } from "./escalation-schema";
import {
  activeStages,
  mayMove,
  mayRespond,
  mayResolve,
  mayView,
  nextStage,
  respondByFor,
  stateOf,
  type StageRule,
  type Viewer,
} from "./rules";
import { ensureEscalationStages, stageAt } from "./stages.server";

/*
 * Escalations (issue 18): an IRO's formal challenge about a child's plan, addressed to a named
 * person at a stage of the organisation's dispute resolution process. Every step is a row of
 * escalation_steps, audited, and the person it goes to is notified. Who may see one: the IRO who
 * raised it or the child's IRO today, IRO managers, everyone it was ever addressed to, and the
 * team manager, service manager and director above the child (read only). Anyone else: 404.
 */

export const escalationLink = (id: string) => `/escalations/${id}`;

type Person = { id: string; displayName: string };

/** Who may be named at a stage for this child (the IRO chooses among them). */
export function candidatesFor(
  organisationId: string,
  youngPersonId: string,
  stage: StageRule,
  today = todayInEngland(),
): Person[] {
  const db = getDb();
  if (stage.addressee === "social_worker")
    return db
      .select({ id: users.id, displayName: users.displayName })
      .from(allocations)
      .innerJoin(users, eq(users.id, allocations.userId))
      .where(
        and(
          eq(allocations.youngPersonId, youngPersonId),
          eq(allocations.organisationId, organisationId),
          inArray(allocations.relationship, ["social_worker", "personal_adviser"]),
          allocationCurrentOn(today),
          isNull(users.disabledAt),
        ),
      )
      .all();
  const leaders = leadersOf(organisationId, youngPersonId, today);
  const ids =
    stage.addressee === "team_manager"
      ? leaders.teamManagerIds
      : stage.addressee === "service_manager"
        ? leaders.serviceManagerIds
        : leaders.directorIds;
  // No team set for the child's social worker: anyone in that role here may be named.
  if (!ids.length) return peopleWithRole(organisationId, stage.addressee);
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt)))
    .orderBy(asc(users.displayName))
    .all();
}

/** Every stage still in use with its candidates (the raise form's grouped choice). */
export function stageChoices(organisationId: string, youngPersonId: string) {
  return activeStages(ensureEscalationStages(organisationId)).map((stage) => ({
    stage,
    people: candidatesFor(organisationId, youngPersonId, stage),
  }));
}

function closureDaysOf(organisationId: string): string[] {
  return (
    getDb()
      .select({ closureDays: organisations.closureDays })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get()?.closureDays ?? []
  );
}

type Errors = Record<string, string>;

/** The IRO raises an escalation on a child they hold (checked by the caller). */
export function raiseEscalation(
  request: Request,
  iro: SignedIn,
  youngPersonId: string,
  form: RaiseForm,
  now = new Date(),
): { ok: true; id: string } | { ok: false; errors: Errors } {
  const today = todayInEngland(now);
  const stages = activeStages(ensureEscalationStages(iro.organisationId));
  const stage = stages.find((s) => s.position === form.addressee.stagePosition);
  if (
    !stage ||
    !candidatesFor(iro.organisationId, youngPersonId, stage, today).some(
      (p) => p.id === form.addressee.userId,
    )
  )
    return { ok: false, errors: { addressee: "escalations:errors.addressee" } };
  const db = getDb();
  let midwayCheckId: string | null = null;
  if (form.midwayCheckId) {
    const check = db
      .select({ id: midwayChecks.id })
      .from(midwayChecks)
      .where(
        and(
          eq(midwayChecks.id, form.midwayCheckId),
          eq(midwayChecks.youngPersonId, youngPersonId),
          eq(midwayChecks.organisationId, iro.organisationId),
        ),
      )
      .get();
    midwayCheckId = check?.id ?? null;
  }
  const respondBy = respondByFor(today, stage, closureDaysOf(iro.organisationId));
  const id = db.transaction((tx) => {
    const row = tx
      .insert(escalations)
      .values({
        organisationId: iro.organisationId,
        youngPersonId,
        raisedBy: iro.id,
        theme: form.theme,
        whatIsWrong: form.whatIsWrong,
        askingFor: form.askingFor,
        stagePosition: stage.position,
        addressedTo: form.addressee.userId,
        respondBy,
        midwayCheckId,
      })
      .returning({ id: escalations.id })
      .get();
    tx.insert(escalationSteps)
      .values({
        organisationId: iro.organisationId,
        escalationId: row.id,
        kind: "raised",
        stagePosition: stage.position,
        byUserId: iro.id,
        addressedTo: form.addressee.userId,
        at: now.toISOString(),
      })
      .run();
    if (midwayCheckId)
      tx.update(midwayChecks)
        .set({ escalationId: row.id })
        .where(eq(midwayChecks.id, midwayCheckId))
        .run();
    notify(
      {
        organisationId: iro.organisationId,
        recipientUserId: form.addressee.userId,
        kind: "escalation",
        link: escalationLink(row.id),
        dueOn: respondBy,
        // The response date too: positions are renumbered when the stages are reordered, so
        // the position alone could name an earlier visit to another stage.
        dedupeKey: `escalation:${row.id}:${stage.position}:${respondBy}`,
      },
      tx,
    );
    recordAudit(
      request,
      {
        action: "escalation_raised",
        organisationId: iro.organisationId,
        actorUserId: iro.id,
        subjectType: "escalation",
        subjectId: row.id,
        youngPersonId,
      },
      tx,
    );
    return row.id;
  });
  return { ok: true, id };
}

/** The escalation and how this person stands to it; 404 when they may not see it. */
export function loadForViewer(user: SignedIn, escalationId: string | undefined, today: string) {
  if (!escalationId) throw notFound();
  const db = getDb();
  const escalation = db
    .select()
    .from(escalations)
    .where(
      and(eq(escalations.id, escalationId), eq(escalations.organisationId, user.organisationId)),
    )
    .get();
  if (!escalation) throw notFound();
  const isChildsIro =
    escalation.raisedBy === user.id ||
    (["iro", "manager"].includes(user.role) &&
      !!db
        .select({ id: allocations.id })
        .from(allocations)
        .where(
          and(
            eq(allocations.youngPersonId, escalation.youngPersonId),
            eq(allocations.userId, user.id),
            eq(allocations.relationship, "iro"),
            allocationCurrentOn(today),
          ),
        )
        .get());
  const wasAddressee =
    escalation.addressedTo === user.id ||
    !!db
      .select({ id: escalationSteps.id })
      .from(escalationSteps)
      .where(
        and(
          eq(escalationSteps.escalationId, escalation.id),
          eq(escalationSteps.addressedTo, user.id),
        ),
      )
      .get();
  const isLeaderAbove =
    isLeaderRole(user.role) &&
    !!db
      .select({ id: youngPeople.id })
      .from(youngPeople)
      .where(
        and(
          eq(youngPeople.id, escalation.youngPersonId),
          inLeadersTeams(user, youngPeople.id, today),
        ),
      )
      .get();
  const viewer: Viewer = {
    userId: user.id,
    isChildsIro,
    isIroManager: user.role === "manager",
    wasAddressee,
    isLeaderAbove,
  };
  if (!mayView(viewer)) throw notFound();
  return { escalation, viewer };
}

const stageLabel = (s: StageRule) => ({ position: s.position, key: s.key, name: s.name });
export type StageLabel = ReturnType<typeof stageLabel>;

/** Everything the escalation page shows, with what this person may do. */
export function escalationView(user: SignedIn, escalationId: string | undefined, lng: string) {
  const today = todayInEngland();
  const { escalation: e, viewer } = loadForViewer(user, escalationId, today);
  const db = getDb();
  const stages = ensureEscalationStages(user.organisationId);
  const steps = db
    .select()
    .from(escalationSteps)
    .where(eq(escalationSteps.escalationId, e.id))
    .orderBy(asc(escalationSteps.at), asc(sql`rowid`))
    .all();
  const ids = [
    ...new Set(
      [e.raisedBy, e.addressedTo, ...steps.flatMap((s) => [s.byUserId, s.addressedTo])].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const names = new Map(
    db
      .select({ id: users.id, displayName: users.displayName })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, u.displayName]),
  );
  const child = db
    .select({
      id: youngPeople.id,
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      caseReference: youngPeople.caseReference,
    })
    .from(youngPeople)
    .where(eq(youngPeople.id, e.youngPersonId))
    .get();
  if (!child) throw notFound();
  const next = nextStage(stages, e.stagePosition);
  const canMove = mayMove(e, viewer, stages);
  return {
    escalation: {
      id: e.id,
      theme: e.theme,
      whatIsWrong: e.whatIsWrong,
      askingFor: e.askingFor,
      stage: stageLabel(stageAt(stages, e.stagePosition)),
      addressedTo: names.get(e.addressedTo) ?? "",
      raisedBy: names.get(e.raisedBy) ?? "",
      raisedAt: formatDate(e.createdAt.slice(0, 10), lng),
      respondBy: formatDate(e.respondBy, lng),
      state: stateOf(e, today),
      outcome: e.outcome,
    },
    child: {
      id: child.id,
      name: fullName(child),
      caseReference: child.caseReference,
      // Where this person sees the child's page, if anywhere.
      link: viewer.isChildsIro
        ? `/iro/young-people/${child.id}`
        : viewer.isLeaderAbove
          ? `/oversight/young-people/${child.id}`
          : null,
    },
    steps: steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      stage: stageLabel(stages.find((st) => st.position === s.stagePosition) ?? stages[0]!),
      by: s.byUserId ? (names.get(s.byUserId) ?? "") : null,
      addressedTo: s.addressedTo ? (names.get(s.addressedTo) ?? "") : null,
      response: s.response,
      actBy: s.actBy ? formatDate(s.actBy, lng) : null,
      text: s.text,
      at: formatDateTime(s.at, lng),
    })),
    may: {
      respond: mayRespond(e, user.id),
      resolve: mayResolve(e, viewer),
      move: canMove,
    },
    next:
      canMove && next
        ? {
            stage: stageLabel(next),
            people: candidatesFor(user.organisationId, e.youngPersonId, next, today),
          }
        : null,
    home: viewer.isChildsIro ? `/iro/young-people/${child.id}` : null,
  };
}

type Outcome = { ok: true } | { ok: false; errors: Errors };

/** A step taken on the page: respond, resolve or move on, each checked against the rules. */
export function performEscalationAction(
  request: Request,
  user: SignedIn,
  escalationId: string | undefined,
  data: EscalationAction,
  now = new Date(),
): Outcome {
  const today = todayInEngland(now);
  const { escalation: e, viewer } = loadForViewer(user, escalationId, today);
  switch (data.intent) {
    case "respond": {
      if (!mayRespond(e, user.id)) throw notFound();
      if (data.response === "agreed" && data.actBy! < today)
        return { ok: false, errors: { actBy: "escalations:errors.actByPast" } };
      respond(request, user, e, data, now);
      return { ok: true };
    }
    case "resolve": {
      if (!mayResolve(e, viewer)) throw notFound();
      resolve(request, user, e, data, now);
      return { ok: true };
    }
    case "move": {
      const stages = ensureEscalationStages(user.organisationId);
      if (!mayMove(e, viewer, stages)) throw notFound();
      const next = nextStage(stages, e.stagePosition)!;
      if (
        data.addressee.stagePosition !== next.position ||
        !candidatesFor(user.organisationId, e.youngPersonId, next, today).some(
          (p) => p.id === data.addressee.userId,
        )
      )
        return { ok: false, errors: { addressee: "escalations:errors.addressee" } };
      move(request, user, e, next, data.addressee.userId, data.moveNote, now);
      return { ok: true };
    }
  }
}

function respond(
  request: Request,
  user: SignedIn,
  e: Escalation,
  data: Extract<EscalationAction, { intent: "respond" }>,
  now: Date,
) {
  getDb().transaction((tx) => {
    const updated = tx
      .update(escalations)
      .set({ respondedAt: now.toISOString(), updatedAt: now.toISOString() })
      .where(and(eq(escalations.id, e.id), isNull(escalations.respondedAt)))
      .returning({ id: escalations.id })
      .all();
    if (!updated.length) return;
    tx.insert(escalationSteps)
      .values({
        organisationId: e.organisationId,
        escalationId: e.id,
        kind: "responded",
        stagePosition: e.stagePosition,
        byUserId: user.id,
        response: data.response,
        actBy: data.response === "agreed" ? data.actBy! : null,
        text: data.reason,
        at: now.toISOString(),
      })
      .run();
    notify(
      {
        organisationId: e.organisationId,
        recipientUserId: e.raisedBy,
        kind: "escalation_response",
        link: escalationLink(e.id),
        dedupeKey: `escalation_response:${e.id}:${e.stagePosition}:${e.respondBy}`,
      },
      tx,
    );
    recordAudit(
      request,
      {
        action: "escalation_responded",
        organisationId: e.organisationId,
        actorUserId: user.id,
        subjectType: "escalation",
        subjectId: e.id,
        youngPersonId: e.youngPersonId,
      },
      tx,
    );
  });
}

function resolve(
  request: Request,
  user: SignedIn,
  e: Escalation,
  data: Extract<EscalationAction, { intent: "resolve" }>,
  now: Date,
) {
  getDb().transaction((tx) => {
    tx.update(escalations)
      .set({
        status: "resolved",
        outcome: data.outcome,
        resolvedAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .where(eq(escalations.id, e.id))
      .run();
    tx.insert(escalationSteps)
      .values({
        organisationId: e.organisationId,
        escalationId: e.id,
        kind: "resolved",
        stagePosition: e.stagePosition,
        byUserId: user.id,
        text: data.note,
        at: now.toISOString(),
      })
      .run();
    recordAudit(
      request,
      {
        action: "escalation_resolved",
        organisationId: e.organisationId,
        actorUserId: user.id,
        subjectType: "escalation",
        subjectId: e.id,
        youngPersonId: e.youngPersonId,
      },
      tx,
    );
  });
}

function move(
  request: Request,
  user: SignedIn,
  e: Escalation,
  next: StageRule,
  to: string,
  note: string | null,
  now: Date,
) {
  const respondBy = respondByFor(todayInEngland(now), next, closureDaysOf(e.organisationId));
  getDb().transaction((tx) => {
    tx.update(escalations)
      .set({
        stagePosition: next.position,
        addressedTo: to,
        respondBy,
        respondedAt: null,
        remindedAt: null,
        overdueAt: null,
        updatedAt: now.toISOString(),
      })
      .where(eq(escalations.id, e.id))
      .run();
    tx.insert(escalationSteps)
      .values({
        organisationId: e.organisationId,
        escalationId: e.id,
        kind: "moved",
        stagePosition: next.position,
        byUserId: user.id,
        addressedTo: to,
        text: note,
        at: now.toISOString(),
      })
      .run();
    notify(
      {
        organisationId: e.organisationId,
        recipientUserId: to,
        kind: "escalation",
        link: escalationLink(e.id),
        dueOn: respondBy,
        dedupeKey: `escalation:${e.id}:${next.position}:${respondBy}`,
      },
      tx,
    );
    recordAudit(
      request,
      {
        action: "escalation_moved",
        organisationId: e.organisationId,
        actorUserId: user.id,
        subjectType: "escalation",
        subjectId: e.id,
        youngPersonId: e.youngPersonId,
      },
      tx,
    );
  });
}

export type EscalationRow = {
  id: string;
  theme: string;
  childName: string;
  youngPersonId: string;
  stage: StageLabel;
  addressedTo: string;
  respondBy: string;
  state: ReturnType<typeof stateOf>;
};

function toRows(
  organisationId: string,
  rows: (Escalation & { givenName: string; familyName: string; addressee: string })[],
  lng: string,
  today: string,
): EscalationRow[] {
  if (!rows.length) return [];
  const stages = ensureEscalationStages(organisationId);
  return rows.map((r) => ({
    id: r.id,
    theme: r.theme,
    childName: fullName(r),
    youngPersonId: r.youngPersonId,
    stage: stageLabel(stages.find((s) => s.position === r.stagePosition) ?? stages[0]!),
    addressedTo: r.addressee,
    respondBy: formatDate(r.respondBy, lng),
    state: stateOf(r, today),
  }));
}

function selectRows(condition: ReturnType<typeof and>) {
  return getDb()
    .select({
      ...getTableColumns(),
      givenName: youngPeople.givenName,
      familyName: youngPeople.familyName,
      addressee: users.displayName,
    })
    .from(escalations)
    .innerJoin(youngPeople, eq(youngPeople.id, escalations.youngPersonId))
    .innerJoin(users, eq(users.id, escalations.addressedTo))
    .where(condition)
    .orderBy(
      sql`${escalations.status} = 'resolved'`,
      asc(escalations.respondBy),
      desc(escalations.createdAt),
    )
    .limit(200)
    .all();
}

const getTableColumns = () => ({
  id: escalations.id,
  organisationId: escalations.organisationId,
  youngPersonId: escalations.youngPersonId,
  raisedBy: escalations.raisedBy,
  theme: escalations.theme,
  whatIsWrong: escalations.whatIsWrong,
  askingFor: escalations.askingFor,
  stagePosition: escalations.stagePosition,
  addressedTo: escalations.addressedTo,
  respondBy: escalations.respondBy,
  respondedAt: escalations.respondedAt,
  remindedAt: escalations.remindedAt,
  overdueAt: escalations.overdueAt,
  status: escalations.status,
  outcome: escalations.outcome,
  resolvedAt: escalations.resolvedAt,
  midwayCheckId: escalations.midwayCheckId,
  reviewId: escalations.reviewId,
  createdAt: escalations.createdAt,
  updatedAt: escalations.updatedAt,
});

/** A child's open escalations (the IRO's pages; call only after an access check). */
export function openEscalationsOf(
  organisationId: string,
  youngPersonId: string,
  lng: string,
  today = todayInEngland(),
): EscalationRow[] {
  return toRows(
    organisationId,
    selectRows(
      and(
        eq(escalations.organisationId, organisationId),
        eq(escalations.youngPersonId, youngPersonId),
        eq(escalations.status, "open"),
      ),
    ),
    lng,
    today,
  );
}

/**
 * Escalations addressed to this person now, open first (their home page), and those resolved in
 * the last three months.
 */
export function escalationsAddressedTo(
  user: SignedIn,
  lng: string,
  today = todayInEngland(),
): EscalationRow[] {
  const since = new Date(Date.now() - 92 * 86_400_000).toISOString();
  return toRows(
    user.organisationId,
    selectRows(
      and(
        eq(escalations.organisationId, user.organisationId),
        eq(escalations.addressedTo, user.id),
        or(eq(escalations.status, "open"), sql`${escalations.resolvedAt} >= ${since}`),
      ),
    ),
    lng,
    today,
  );
}
