import { randomUUID } from "node:crypto";
import type { Tx } from "../db.server";
import {
  escalationStages,
  escalationSteps,
  escalations,
  notifications,
  teams,
  type Role,
} from "../schema";
import { addWorkingDays } from "~/dates/working-days";
import { defaultStages } from "~/escalations/rules";

/*
 * The demo's teams and the people above the social workers (issue 18): two teams of social
 * workers, each with its team manager, under one service manager, and the director of children's
 * services; the default escalation stages, and one open escalation at stage 1 waiting for the
 * team manager. Invented, like everything in the demo.
 */

/** An adult of the demo organisation (every one signs in with the demo password). */
export type DemoAdult = { username: string; displayName: string; role: Role };

export const demoLeaders: DemoAdult[] = [
  { username: "tm.naomi", displayName: "Naomi Clarke", role: "team_manager" },
  { username: "tm.victor", displayName: "Victor Mensah-Reid", role: "team_manager" },
  { username: "sm.olu", displayName: "Olu Bakare", role: "service_manager" },
  { username: "director.margaret", displayName: "Margaret Doyle", role: "director" },
];

const teamIds = { east: randomUUID(), west: randomUUID() };

/** The team each demo social worker and team manager works in (users.team_id). */
export function demoTeamOf(username: string): string | null {
  if (["sw.priya", "sw.tom", "tm.naomi"].includes(username)) return teamIds.east;
  if (["sw.grace", "tm.victor"].includes(username)) return teamIds.west;
  return null;
}

export function insertDemoTeams(
  db: Pick<Tx, "insert">,
  options: {
    organisationId: string;
    today: string;
    adult: (username: string) => string;
    /** A child of Priya's (team East) whose IRO is Amelia. */
    escalationFor: { youngPersonId: string; iroUserId: string };
  },
) {
  const { organisationId, today, adult } = options;
  db.insert(teams)
    .values([
      {
        id: teamIds.east,
        organisationId,
        name: "Children in Care East",
        serviceAreaName: "Children in care and care leavers",
        teamManagerUserId: adult("tm.naomi"),
        serviceManagerUserId: adult("sm.olu"),
      },
      {
        id: teamIds.west,
        organisationId,
        name: "Children in Care West",
        serviceAreaName: "Children in care and care leavers",
        teamManagerUserId: adult("tm.victor"),
        serviceManagerUserId: adult("sm.olu"),
      },
    ])
    .run();
  db.insert(escalationStages)
    .values(defaultStages.map((s) => ({ ...s, organisationId })))
    .run();
  const escalationId = randomUUID();
  const respondBy = addWorkingDays(today, defaultStages[1]!.responseDays);
  db.insert(escalations)
    .values({
      id: escalationId,
      organisationId,
      youngPersonId: options.escalationFor.youngPersonId,
      raisedBy: options.escalationFor.iroUserId,
      theme: "education",
      whatIsWrong:
        "The personal education plan has not been reviewed for two terms and no school place is agreed for September.",
      askingFor: "A school place agreed and the education plan reviewed within four weeks.",
      stagePosition: 1,
      addressedTo: adult("tm.naomi"),
      respondBy,
    })
    .run();
  db.insert(escalationSteps)
    .values({
      organisationId,
      escalationId,
      kind: "raised",
      stagePosition: 1,
      byUserId: options.escalationFor.iroUserId,
      addressedTo: adult("tm.naomi"),
    })
    .run();
  db.insert(notifications)
    .values({
      organisationId,
      recipientUserId: adult("tm.naomi"),
      kind: "escalation",
      channel: "app",
      link: `/escalations/${escalationId}`,
      dueOn: respondBy,
      dedupeKey: `escalation:${escalationId}:1`,
      state: "sent",
    })
    .run();
}
