import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { statements } from "#db/schema";
import { collectMyThings } from "~/rights/collect.server";
import { myThingsJson, myThingsJsonSchema } from "~/rights/data-json.server";
import { myThingsHtml } from "~/rights/pdf-html.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
} from "../../fixtures/builders";
import {
  buildIssuedLetter,
  buildSentStatement,
  readLetter,
  readStatement,
  reply,
  withdraw,
} from "../../fixtures/my-things";
import { statusOf } from "../../fixtures/status";
import { betweenWords, buildBetweenReviews } from "../../fixtures/between-reviews";

let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

async function child(lng = "en") {
  const user = await buildUser(organisationId, { role: "young_person", preferredLanguage: lng });
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: user.id,
    preferredLanguage: lng,
  });
  return { user, youngPersonId };
}

describe("My things", () => {
  it("holds the child's own statements with their words, replies and who read them", async () => {
    const sara = await child("ti");
    const iro = await buildUser(organisationId, { role: "iro", displayName: "Ines Reviewer" });
    allocate(organisationId, sara.youngPersonId, iro.id, "iro");
    const sent = buildSentStatement(organisationId, sara.youngPersonId, sara.user.id, {
      language: "ti",
      text: "ኣብ ቤት ትምህርቲ ጽቡቕ እየ",
    });
    readStatement(sent, iro.id);
    reply(sent, iro.id, "Well done, Sara!");

    const things = collectMyThings(organisationId, sara.youngPersonId);
    expect(things.statements).toHaveLength(1);
    const [statement] = things.statements;
    expect(statement!.answers.tellMore).toEqual({ text: "ኣብ ቤት ትምህርቲ ጽቡቕ እየ", language: "ti" });
    expect(statement!.reads).toEqual([
      expect.objectContaining({ by: "Ines Reviewer", role: "iro" }),
    ]);
    expect(statement!.replies).toEqual([
      expect.objectContaining({ from: "Ines Reviewer", text: "Well done, Sara!" }),
    ]);
  });

  it("another child's statement never appears, nor a carer's form about the child, nor a draft", async () => {
    const mine = await child();
    const other = await child();
    const carer = await buildUser(organisationId, { role: "carer" });
    buildSentStatement(organisationId, mine.youngPersonId, mine.user.id, { text: "Mine" });
    buildSentStatement(organisationId, other.youngPersonId, other.user.id, { text: "Not mine" });
    // Written by the carer about this child: the carer's, not the child's.
    buildSentStatement(organisationId, mine.youngPersonId, carer.id, { text: "Carer's words" });

    const json = JSON.stringify(myThingsJson(collectMyThings(organisationId, mine.youngPersonId)));
    expect(json).toContain("Mine");
    expect(json).not.toContain("Not mine");
    expect(json).not.toContain("Carer's words");
  });

  it("a child of another organisation is 404", async () => {
    const elsewhere = buildOrganisation("Another Council");
    const stranger = buildYoungPerson(elsewhere);
    expect(statusOf(() => collectMyThings(organisationId, stranger))).toBe(404);
  });

  it("a withdrawn statement says it was taken back, in the data and in the readable copy", async () => {
    const sam = await child();
    const sent = buildSentStatement(organisationId, sam.youngPersonId, sam.user.id);
    withdraw(sent, sam.user.id);
    const things = collectMyThings(organisationId, sam.youngPersonId);
    expect(myThingsJson(things).statements[0]!.takenBackAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(myThingsHtml(things, "en")).toContain("You took this back on");
  });

  it("an erased statement keeps only the fact: when and why, never its words", async () => {
    const sam = await child();
    const sent = buildSentStatement(organisationId, sam.youngPersonId, sam.user.id, {
      text: "Words that had to go",
    });
    getDb()
      .update(statements)
      .set({ erasedAt: new Date().toISOString(), erasedReason: "A court order" })
      .where(eq(statements.id, sent))
      .run();
    const things = collectMyThings(organisationId, sam.youngPersonId);
    const html = myThingsHtml(things, "en");
    expect(html).toContain("Why: A court order");
    expect(html).not.toContain("Words that had to go");
    expect(JSON.stringify(myThingsJson(things))).not.toContain("Words that had to go");
  });

  it("letters come with every issued version in both languages, and who read them", async () => {
    const sara = await child("ti");
    const iro = await buildUser(organisationId, { role: "iro", displayName: "Ines Reviewer" });
    const reviewId = buildReview(
      organisationId,
      sara.youngPersonId,
      addDays(todayInEngland(), -8),
      {
        status: "held",
        heldOn: addDays(todayInEngland(), -10),
      },
    );
    const { versionId } = buildIssuedLetter(organisationId, sara.youngPersonId, reviewId, iro.id, {
      language: "ti",
      next: "You will see your brother every week.",
      nextTranslated: "ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።",
    });
    readLetter(versionId, sara.user.id);
    const things = collectMyThings(organisationId, sara.youngPersonId);
    expect(things.letters).toHaveLength(1);
    expect(things.letters[0]!.reads).toEqual([expect.objectContaining({ version: 1 })]);
    expect(myThingsHtml(things, "ti")).toContain("ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።");
    expect(myThingsHtml(things, "en")).toContain("You will see your brother every week.");
  });

  it("the readable copy writes answers as words in the child's language", async () => {
    const sara = await child("ti");
    buildSentStatement(organisationId, sara.youngPersonId, sara.user.id, {
      language: "ti",
      text: "ኣብ ቤት ትምህርቲ ጽቡቕ እየ",
    });
    const things = collectMyThings(organisationId, sara.youngPersonId);
    const english = myThingsHtml(things, "en");
    // Picked pictures by their names, the child's own words as written, in their language.
    expect(english).toContain("School or college");
    expect(english).toMatch(/<dd lang="ti" dir="ltr">ኣብ ቤት ትምህርቲ ጽቡቕ እየ<\/dd>/);
    expect(english).toContain("Very happy");
    expect(english).not.toContain("feeling-great");
  });
});

describe("the JSON", () => {
  it("has the documented, stable shape", async () => {
    const sam = await child();
    buildSentStatement(organisationId, sam.youngPersonId, sam.user.id);
    const json = myThingsJson(collectMyThings(organisationId, sam.youngPersonId));
    expect(myThingsJsonSchema.strict().safeParse(json).success).toBe(true);
    expect(json).toMatchObject({ format: "own-voice/my-things", version: 1 });
    expect(json.statements[0]).toMatchObject({
      form: "good-news",
      formTitle: expect.any(String),
      takenBackAt: null,
      erased: null,
    });
    expect(json.statements[0]!.answers).toEqual([
      expect.objectContaining({ questionId: "about", answer: ["school", "friends"] }),
      expect.objectContaining({ questionId: "feeling", answer: "feeling-great" }),
      expect.objectContaining({
        questionId: "tellMore",
        words: "I joined the football team.",
        file: null,
      }),
    ]);
  });
});

describe("between reviews (issue 18)", () => {
  async function withBetweenReviews() {
    const sara = await child();
    const iro = await buildUser(organisationId, { role: "iro", displayName: "Ines Reviewer" });
    const worker = await buildUser(organisationId, {
      role: "social_worker",
      displayName: "Sol Worker",
    });
    const manager = await buildUser(organisationId, {
      role: "team_manager",
      displayName: "Tia Manager",
    });
    const heldOn = addDays(todayInEngland(), -40);
    const reviewId = buildReview(organisationId, sara.youngPersonId, heldOn, {
      status: "held",
      heldOn,
    });
    buildIssuedLetter(organisationId, sara.youngPersonId, reviewId, iro.id, {
      decided: betweenWords.decisions,
    });
    buildBetweenReviews({
      organisationId,
      youngPersonId: sara.youngPersonId,
      reviewId,
      iroId: iro.id,
      ownerId: worker.id,
      managerId: manager.id,
      on: addDays(todayInEngland(), -20),
    });
    return sara;
  }

  const staffOnly = [
    betweenWords.actionNote,
    betweenWords.disagreeReason,
    betweenWords.midwayNote,
    betweenWords.contactNote,
    betweenWords.monitoringNote,
    betweenWords.whatIsWrong,
    betweenWords.response,
    "Sol Worker",
    "Tia Manager",
  ];

  it("the child's own copy shows each decision and whether it was done, and nothing staff keep", async () => {
    const sara = await withBetweenReviews();
    const things = collectMyThings(organisationId, sara.youngPersonId);
    expect(things.staffRecords).toBeUndefined();
    const json = myThingsJson(things);
    expect(json.letters[0]!.decisions).toEqual([
      { decision: betweenWords.decisions[0], state: "done", words: "Done" },
      { decision: betweenWords.decisions[1], state: "not_started", words: "Not done yet" },
    ]);
    expect(json).not.toHaveProperty("staffRecords");
    const html = myThingsHtml(things, "en");
    expect(html).toMatch(
      /Selam joins a football club\.<\/strong> <span class="tag tag--state">Done/,
    );
    for (const text of [JSON.stringify(json), html]) {
      for (const word of staffOnly) expect(text).not.toContain(word);
      expect(text).not.toContain("Amber");
      expect(text).not.toContain("Records staff keep about you");
    }
  });

  it("the administrator's subject access copy adds every staff record, apart and with a notice", async () => {
    const sara = await withBetweenReviews();
    const things = collectMyThings(organisationId, sara.youngPersonId, { staffRecords: true });
    const json = myThingsJson(things);
    expect(myThingsJsonSchema.strict().safeParse(json).success).toBe(true);
    const staff = json.staffRecords!;
    expect(staff.notice).toContain("exemptions");
    expect(staff.actions).toEqual([
      expect.objectContaining({
        decision: betweenWords.decisions[0],
        owner: "Sol Worker",
        state: "done",
        history: [expect.objectContaining({ by: "Sol Worker", note: betweenWords.actionNote })],
      }),
      expect.objectContaining({ owner: null, ownerRole: "social_worker", history: [] }),
    ]);
    expect(staff.agreements).toEqual([
      expect.objectContaining({
        manager: "Tia Manager",
        response: "disagree",
        reason: betweenWords.disagreeReason,
      }),
    ]);
    expect(staff.midwayChecks[0]).toMatchObject({ rag: "amber", note: betweenWords.midwayNote });
    expect(staff.contacts[0]).toMatchObject({
      kind: "visit",
      seenAlone: true,
      note: betweenWords.contactNote,
      by: "Ines Reviewer",
    });
    expect(staff.monitoring[0]).toMatchObject({
      planQuality: "requires_improvement",
      activeMonitoring: true,
      concerns: ["family_time"],
    });
    expect(staff.escalations[0]).toMatchObject({
      theme: "family_time",
      whatIsWrong: betweenWords.whatIsWrong,
      stage: "Stage 1: team manager",
      addressedTo: "Tia Manager",
    });
    expect(staff.escalations[0]!.steps.map((s) => [s.kind, s.text])).toEqual([
      ["raised", null],
      ["responded", betweenWords.response],
    ]);
    const html = myThingsHtml(things, "en");
    expect(html).toContain("Records staff keep about you");
    expect(html).toContain("check these records for exemptions");
    for (const word of staffOnly) expect(html).toContain(word);
  });
});
