import { randomUUID } from "node:crypto";
import type { Tx } from "../db.server";
import { insertHistory, type HistoryPerson } from "./history";
import { demoLeaders, demoTeamOf, insertDemoTeams, type DemoAdult } from "./demo-teams";
import { planReviews, seededRandom, workingDayOnOrBefore, type Present } from "./history-plan";
import {
  allocations,
  consultationRequests,
  notifications,
  organisations,
  reviews,
  users,
  youngPeople,
  type AllocationRelationship,
  type ServiceArea,
} from "../schema";

/*
 * The demo organisation: an invented local authority with invented people. Every name, date and
 * detail here is made up. The choices are deterministic (a fixed pseudo-random sequence);
 * dates are relative to the day it is seeded, so "due this week" stays true on a fresh start.
 */

export const demoOrganisationName = "Kestrelford Borough Council (demo)";
export const demoPassword = "ownvoice-demo";

export const demoAdults: DemoAdult[] = [
  { username: "iro.amelia", displayName: "Amelia Hart", role: "iro" },
  { username: "iro.daniel", displayName: "Daniel Osei", role: "iro" },
  { username: "sw.priya", displayName: "Priya Nair", role: "social_worker" },
  { username: "sw.tom", displayName: "Tom Fletcher", role: "social_worker" },
  { username: "sw.grace", displayName: "Grace Mensah", role: "social_worker" },
  { username: "carer.helen", displayName: "Helen Brooks", role: "carer" },
  { username: "carer.yusuf", displayName: "Yusuf Karimi", role: "carer" },
  { username: "carer.joanne", displayName: "Joanne Price", role: "carer" },
  { username: "carer.sam", displayName: "Sam Whitfield", role: "carer" },
  { username: "parent.lisa", displayName: "Lisa Turner", role: "parent" },
  { username: "parent.kwame", displayName: "Kwame Boateng", role: "parent" },
  { username: "manager.ruth", displayName: "Ruth Adeyemi", role: "manager" },
  { username: "translator.hanna", displayName: "Hanna Tesfay", role: "translator" },
  { username: "admin.chris", displayName: "Chris Lowe", role: "admin" },
  // Above the social workers (issue 18): teams, service manager, director (./demo-teams.ts).
  ...demoLeaders,
];

/** Young people who can sign in straight away in the demo. */
export const demoYoungPeopleWithSignIn = [
  { username: "selam", pictures: ["sun", "star", "cat", "boat"] as const },
  { username: "omar", pictures: ["moon", "tree", "fish", "ball"] as const },
  { username: "chaltu", pictures: ["bird", "flower", "house", "bicycle"] as const },
  { username: "jayden", password: demoPassword },
];

type PersonSpec = {
  username: string;
  givenName: string;
  familyName: string;
  age: number;
  language: "en" | "ar" | "ti" | "om";
  needsInterpreter?: boolean;
  unaccompanied?: boolean;
  serviceArea: ServiceArea;
};

const named: PersonSpec[] = [
  {
    username: "selam",
    givenName: "Selam",
    familyName: "Tekle",
    age: 15,
    language: "ti",
    needsInterpreter: true,
    unaccompanied: true,
    serviceArea: "children_in_care",
  },
  {
    username: "omar",
    givenName: "Omar",
    familyName: "Haddad",
    age: 14,
    language: "ar",
    needsInterpreter: true,
    unaccompanied: true,
    serviceArea: "children_in_care",
  },
  {
    username: "chaltu",
    givenName: "Chaltu",
    familyName: "Gemechu",
    age: 16,
    language: "om",
    needsInterpreter: true,
    unaccompanied: true,
    serviceArea: "children_in_care",
  },
  {
    username: "jayden",
    givenName: "Jayden",
    familyName: "Cole",
    age: 12,
    language: "en",
    serviceArea: "children_in_care",
  },
  {
    username: "yonas",
    givenName: "Yonas",
    familyName: "Berhane",
    age: 17,
    language: "ti",
    needsInterpreter: true,
    unaccompanied: true,
    serviceArea: "children_in_care",
  },
  {
    username: "layla",
    givenName: "Layla",
    familyName: "Saleh",
    age: 13,
    language: "ar",
    needsInterpreter: false,
    unaccompanied: true,
    serviceArea: "children_in_care",
  },
  {
    username: "abdi",
    givenName: "Abdi",
    familyName: "Tolera",
    age: 16,
    language: "om",
    needsInterpreter: false,
    unaccompanied: true,
    serviceArea: "children_in_care",
  },
  {
    username: "mika",
    givenName: "Mika",
    familyName: "Turner",
    age: 6,
    language: "en",
    serviceArea: "children_in_care",
  },
  {
    username: "ruby",
    givenName: "Ruby",
    familyName: "Turner",
    age: 9,
    language: "en",
    serviceArea: "children_in_care",
  },
  {
    username: "kofi",
    givenName: "Kofi",
    familyName: "Boateng",
    age: 11,
    language: "en",
    serviceArea: "children_in_care",
  },
];

const givenNames = [
  "Aisha",
  "Ben",
  "Chloe",
  "Dylan",
  "Ella",
  "Finn",
  "Grace",
  "Harvey",
  "Isla",
  "Jack",
  "Kayla",
  "Leo",
  "Maya",
  "Noah",
  "Olivia",
  "Reece",
  "Sofia",
  "Tyler",
  "Zara",
  "Aaron",
  "Bethany",
  "Callum",
  "Demi",
  "Ethan",
  "Freya",
  "Hamid",
  "Ismail",
  "Dawit",
  "Hiwet",
  "Ebise",
];
const familyNames = [
  "Ashby",
  "Bailey",
  "Carter",
  "Dixon",
  "Evans",
  "Foster",
  "Gill",
  "Hughes",
  "Ingram",
  "Jones",
  "Khan",
  "Lewis",
  "Marsh",
  "Norris",
  "Owen",
  "Patel",
  "Quinn",
  "Reid",
  "Shaw",
  "Tate",
];

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function shiftYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export type DemoCredentials = {
  /** Hashes are made outside the transaction (hashing is slow and asynchronous). */
  passwordHash: (username: string) => string | null;
  picturePasswordHash: (username: string) => string | null;
};

export function buildDemoPeople(): PersonSpec[] {
  const random = seededRandom(2026);
  const people = [...named];
  const areas: ServiceArea[] = [
    "children_in_care",
    "children_in_care",
    "children_in_care",
    "care_leaver",
    "child_in_need",
    "child_protection",
  ];
  for (let i = 0; people.length < 40; i++) {
    const givenName = givenNames[i % givenNames.length]!;
    const familyName = familyNames[Math.floor(random() * familyNames.length)]!;
    const serviceArea = i < 8 ? "care_leaver" : areas[Math.floor(random() * areas.length)]!;
    const age =
      serviceArea === "care_leaver" ? 18 + Math.floor(random() * 4) : 5 + Math.floor(random() * 12);
    const language = (
      ["Hamid", "Ismail"].includes(givenName)
        ? "ar"
        : ["Dawit", "Hiwet"].includes(givenName)
          ? "ti"
          : givenName === "Ebise"
            ? "om"
            : "en"
    ) as PersonSpec["language"];
    people.push({
      username: `${givenName}.${familyName}`.toLowerCase(),
      givenName,
      familyName,
      age,
      language,
      needsInterpreter: language !== "en" && random() < 0.5,
      unaccompanied: language !== "en",
      serviceArea,
    });
  }
  return people;
}

/** Where the demo's looked-after young people stand today, by IRO: the k-th of each caseload. */
const presentOf: Record<string, Record<number, Present>> = {
  "iro.amelia": { 3: "overdue", 5: "at-risk", 9: "at-risk" },
  "iro.daniel": { 4: "overdue", 2: "at-risk", 7: "at-risk" },
};

/** Inserts the demo organisation. Runs inside the caller's transaction. */
export function insertDemoOrganisation(
  db: Pick<Tx, "insert">,
  today: string,
  credentials: DemoCredentials,
) {
  const random = seededRandom(7);
  const organisationId = randomUUID();
  db.insert(organisations)
    .values({ id: organisationId, name: demoOrganisationName, isDemo: true })
    .run();

  const adultIds = new Map<string, string>();
  for (const adult of demoAdults) {
    const id = randomUUID();
    adultIds.set(adult.username, id);
    db.insert(users)
      .values({
        id,
        organisationId,
        role: adult.role,
        username: adult.username,
        displayName: adult.displayName,
        passwordHash: credentials.passwordHash(adult.username),
        preferredLanguage: "en",
        // Working hours, so the reports count children per full-time IRO: Daniel works four days.
        fullTimeEquivalent:
          adult.role === "iro" ? (adult.username === "iro.daniel" ? 0.8 : 1) : null,
        teamId: demoTeamOf(adult.username),
      })
      .run();
  }
  // An IRO who left the service last year: some children's cases moved from her (no sign-in).
  const formerIro = { userId: randomUUID(), name: "Morag Ellis" };
  db.insert(users)
    .values({
      id: formerIro.userId,
      organisationId,
      role: "iro",
      username: "iro.morag.left",
      displayName: formerIro.name,
      disabledAt: `${shiftDays(today, -200)}T17:00:00.000Z`,
    })
    .run();
  const adult = (username: string) => adultIds.get(username)!;
  const staff = (username: string) => ({
    userId: adult(username),
    name: demoAdults.find((a) => a.username === username)!.displayName,
  });
  const iroNames = ["iro.amelia", "iro.daniel"];
  const iros = iroNames.map(adult);
  const workers = ["sw.priya", "sw.tom", "sw.grace"];
  const carers = ["carer.helen", "carer.yusuf", "carer.joanne", "carer.sam"];
  const caseloadSize = new Map<string, number>();
  const history: HistoryPerson[] = [];

  const people = buildDemoPeople();
  people.forEach((person, index) => {
    const userId = randomUUID();
    db.insert(users)
      .values({
        id: userId,
        organisationId,
        role: "young_person",
        username: person.username,
        displayName: person.givenName,
        passwordHash: credentials.passwordHash(person.username),
        picturePasswordHash: credentials.picturePasswordHash(person.username),
        preferredLanguage: person.language,
      })
      .run();

    // Born on a day of the year that depends on the position, so ages are exact and varied.
    const dateOfBirth = shiftDays(shiftYears(today, -person.age), -(15 + ((index * 37) % 300)));
    const isLookedAfter =
      person.serviceArea === "children_in_care" || person.serviceArea === "care_leaver";
    const iroUsername = iroNames[index % iroNames.length]!;
    // Became looked after some time in the last three years (care leavers: before they turned 16),
    // moved a little so that the next review falls where `presentOf` says.
    const k = caseloadSize.get(iroUsername) ?? 0;
    if (isLookedAfter) caseloadSize.set(iroUsername, k + 1);
    const plan = isLookedAfter
      ? planReviews({
          seed: 1000 + index,
          dateOfBirth,
          roughlyLookedAfterOn:
            person.serviceArea === "care_leaver"
              ? shiftYears(dateOfBirth, 14 + Math.floor(random() * 2))
              : shiftDays(today, -(60 + Math.floor(random() * 1400))),
          today,
          present: presentOf[iroUsername]![k] ?? "ahead",
        })
      : null;
    const lookedAfterOn = plan?.lookedAfterOn ?? null;
    const youngPersonId = randomUUID();
    db.insert(youngPeople)
      .values({
        id: youngPersonId,
        organisationId,
        userId,
        givenName: person.givenName,
        familyName: person.familyName,
        dateOfBirth,
        preferredLanguage: person.language,
        needsInterpreter: person.needsInterpreter ?? false,
        communicationNeeds: person.age < 8 ? "Likes pictures and short sentences." : null,
        serviceArea: person.serviceArea,
        lookedAfterOn,
        legalStatus:
          !isLookedAfter || person.serviceArea === "care_leaver"
            ? null
            : person.unaccompanied
              ? "section_20"
              : "care_order",
        isUnaccompanied: person.unaccompanied ?? false,
        // An invented reference in the style of a case system's ID.
        caseReference: `KB${String(100231 + index * 7)}`,
      })
      .run();

    const allocate = (
      userIdToLink: string,
      relationship: AllocationRelationship,
      startsOn: string,
      endsOn: string | null = null,
    ) =>
      db
        .insert(allocations)
        .values({
          organisationId,
          youngPersonId,
          userId: userIdToLink,
          relationship,
          startsOn,
          endsOn,
        })
        .run();
    const since = lookedAfterOn ?? shiftDays(today, -200);

    const worker = workers[index % workers.length]!;
    allocate(adult(worker), "social_worker", since);
    let carer: (ReturnType<typeof staff> & { since: string }) | null = null;
    if (person.serviceArea === "children_in_care") {
      // The first 16 children in care live with one of the four carers; the rest in other placements.
      if (index < 16) {
        const moved = shiftDays(today, person.username === "jayden" ? -29 : -(600 + index * 60));
        carer = { ...staff(carers[index % carers.length]!), since: moved > since ? moved : since };
        allocate(carer.userId, "carer", carer.since);
      }
    }
    const parent =
      person.familyName === "Turner"
        ? staff("parent.lisa")
        : person.familyName === "Boateng"
          ? staff("parent.kwame")
          : null;
    if (parent) allocate(parent.userId, "parent", since);
    if (person.username === "jayden") {
      // Jayden lived with Joanne until last month: she no longer sees him.
      allocate(adult("carer.joanne"), "carer", shiftDays(today, -400), shiftDays(today, -30));
    }

    if (plan) {
      // The IRO allocation and three years of reviews, statements and letters (./history.ts);
      // a few unnamed children's cases came from the IRO who left.
      history.push({
        youngPersonId,
        userId,
        givenName: person.givenName,
        dateOfBirth,
        language: person.language,
        needsInterpreter: person.needsInterpreter ?? false,
        plan,
        iro: staff(iroUsername),
        formerIro: index >= named.length && index % 5 === 1 ? formerIro : null,
        socialWorker: staff(worker),
        carer,
        parent,
        // Their team's manager answers the latest review's decisions (for Omar they disagree).
        teamManager: staff(worker === "sw.grace" ? "tm.victor" : "tm.naomi"),
        disagreeChance: person.username === "omar" ? 1 : 0,
      });
      const { kind, dueOn } = plan.next;
      const daysToDue = daysBetweenDates(today, dueOn);
      // Planned a few days before it is due, except those not yet planned: the at-risk and overdue.
      const plannedOn =
        daysToDue > 10 && (daysToDue < 150 || random() < 0.5)
          ? workingDayOnOrBefore(shiftDays(dueOn, -Math.floor(random() * 8)))
          : null;
      const reviewId = randomUUID();
      db.insert(reviews)
        .values({
          id: reviewId,
          organisationId,
          youngPersonId,
          kind,
          dueOn,
          plannedOn: plannedOn && plannedOn > today ? plannedOn : null,
          status: "planned",
        })
        .run();
      const requestDueOn = daysToDue > 5 ? shiftDays(today, daysToDue - 5) : today;
      // Selam's IRO has already asked her what she thinks before her next review.
      if (person.username === "selam") {
        db.insert(consultationRequests)
          .values({
            organisationId,
            reviewId,
            youngPersonId,
            kind: "young_person",
            recipientUserId: userId,
            templateId: kind === "pathway_plan" ? "pathway-plan" : "getting-ready",
            requestedBy: iros[index % iros.length]!,
            dueOn: requestDueOn,
          })
          .run();
      }
      // Ruby's IRO has asked her carer and her mother for their forms before her review.
      if (person.username === "ruby") {
        for (const [kind, recipientUserId] of [
          ["carer", carer?.userId],
          ["parent", adult("parent.lisa")],
        ] as const) {
          if (!recipientUserId) continue;
          const requestId = randomUUID();
          // ... and each has it waiting on their page.
          db.insert(notifications)
            .values({
              organisationId,
              recipientUserId,
              kind: "request",
              channel: "app",
              link: kind === "carer" ? "/carer" : "/parent",
              dueOn: requestDueOn,
              dedupeKey: `request:${requestId}:${requestDueOn}`,
              state: "sent",
            })
            .run();
          db.insert(consultationRequests)
            .values({
              id: requestId,
              organisationId,
              reviewId,
              youngPersonId,
              kind,
              recipientUserId,
              templateId: kind === "carer" ? "carer-review" : "parent-views",
              requestedBy: iros[index % iros.length]!,
              dueOn: requestDueOn,
            })
            .run();
        }
      }
    }
  });
  const firstChild = history.find(
    (h) => h.socialWorker.name === "Priya Nair" && h.iro.name === "Amelia Hart",
  );
  if (firstChild)
    insertDemoTeams(db, {
      organisationId,
      today,
      adult,
      escalationFor: { youngPersonId: firstChild.youngPersonId, iroUserId: adult("iro.amelia") },
    });
  insertHistory(db, {
    organisationId,
    today,
    random,
    people: history,
    urgentWorriesPerYear: 8,
    translatorUserId: adult("translator.hanna"),
  });
  return organisationId;
}

function daysBetweenDates(from: string, to: string) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
