import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { letterVersions } from "#db/schema";
import { letterDueOn, lettersDue } from "~/letters/due.server";
import { letterForIro, saveLetter } from "~/letters/drafts.server";
import { issueLetter } from "~/letters/issue.server";
import {
  carerLetters,
  letterVersionForReader,
  readCarerLetter,
  readOwnLetter,
} from "~/letters/reading.server";
import { renderLetter } from "~/letters/render.server";
import {
  letterForTranslator,
  lettersToTranslate,
  saveTranslation,
} from "~/letters/translation.server";
import { checkPlainWords, readingAge } from "~/letters/plain-words";
import { lettersRegister, registerCsv } from "~/letters/register.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { statusOf } from "../../fixtures/status";

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

async function heldReview(language = "ti") {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro", displayName: "Ines Iro" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const child = signedInAs(account);
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const translator = signedInAs(await buildUser(organisationId, { role: "translator" }));
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: account.id,
    givenName: "Selam",
    preferredLanguage: language,
  });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -10), {
    status: "held",
    heldOn: addDays(today, -12),
  });
  buildReview(organisationId, youngPersonId, addDays(today, 170));
  return { iro, child, carer, translator, youngPersonId, reviewId };
}

const words = {
  about: "You came to your review.",
  next: "Priya will ring your school.",
  "decided.0.text": "You stay with Helen.",
  "decided.0.who": "Priya",
  "decided.0.by": "2027-01-15",
};
const tigrinya = {
  about: "ናብ ርእይቶኻ መጺእካ።",
  next: "ፕሪያ ናብ ቤት ትምህርትኻ ክትድውል እያ።",
  "decided.0.text": "ምስ ሄለን ትቕመጥ።",
  "decided.0.who": "ፕሪያ",
};

describe("letters", () => {
  it("are due 20 working days after the review, skipping weekends and bank holidays", () => {
    // Held Monday 21 December 2026: Christmas, Boxing Day (Monday 28th) and New Year's Day skipped.
    expect(letterDueOn("2026-12-21", 20, [])).toBe("2027-01-21");
    // Held Monday 1 March 2027: Good Friday (26th) and Easter Monday (29th) push it to the 31st.
    expect(letterDueOn("2027-03-01", 20, [])).toBe("2027-03-31");
    // The organisation's own closure days count too.
    expect(letterDueOn("2027-03-01", 20, ["2027-03-30"])).toBe("2027-04-01");
  });

  it("need the translation before they can go, and the English changing asks for it again", async () => {
    const { iro, translator, reviewId } = await heldReview("ti");
    saveLetter(iro.request, iro.user, reviewId, words);
    expect(
      issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false }),
    ).toEqual({
      ok: false,
      errors: { translation: "letters:errors.notTranslated" },
    });
    const letterId = letterForIro(iro.user, reviewId).letter!.id;
    const [queued] = lettersToTranslate(translator.user).filter((l) => l.id === letterId);
    expect(queued).toBeDefined();
    // Marking done with a part missing is refused, and the part is named.
    const partial = saveTranslation(
      translator.request,
      translator.user,
      queued!.id,
      { about: tigrinya.about },
      true,
    );
    expect(partial.ok).toBe(false);
    expect(
      saveTranslation(translator.request, translator.user, queued!.id, tigrinya, true),
    ).toEqual({ ok: true });
    expect(letterForIro(iro.user, reviewId).translatedAt).not.toBeNull();
    saveLetter(iro.request, iro.user, reviewId, {
      ...words,
      next: "Priya will visit your school.",
    });
    expect(letterForIro(iro.user, reviewId).translatedAt).toBeNull();
    saveTranslation(translator.request, translator.user, queued!.id, tigrinya, true);
    expect(
      issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false }),
    ).toEqual({
      ok: true,
      number: 1,
    });
  });

  it("issued versions never change; a correction is a new version with a reason", async () => {
    const { iro, child, reviewId } = await heldReview("en");
    saveLetter(iro.request, iro.user, reviewId, words);
    expect(
      issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false }),
    ).toMatchObject({ ok: true, number: 1 });
    saveLetter(iro.request, iro.user, reviewId, {
      ...words,
      next: "Priya will visit your school on Monday.",
    });
    // A correction without a reason is refused.
    expect(
      issueLetter(iro.request, iro.user, reviewId, { reason: " ", shareWithCarer: false }),
    ).toEqual({
      ok: false,
      errors: { reason: "letters:errors.reason" },
    });
    expect(
      issueLetter(iro.request, iro.user, reviewId, {
        reason: "The day was wrong.",
        shareWithCarer: false,
      }),
    ).toMatchObject({ ok: true, number: 2 });
    const versions = getDb()
      .select()
      .from(letterVersions)
      .all()
      .filter((v) => v.reason === "The day was wrong." || v.fields.next?.startsWith("Priya will"));
    const first = versions.find(
      (v) => v.number === 1 && v.fields.next === "Priya will ring your school.",
    );
    expect(first?.fields.next).toBe("Priya will ring your school.");

    // The child reads the latest, and the first is still there as it was.
    const latest = readOwnLetter(
      child.request,
      child.user,
      letterForIro(iro.user, reviewId).letter!.id,
    );
    expect(latest.version.number).toBe(2);
    expect(latest.version.reason).toBe("The day was wrong.");
    const older = readOwnLetter(child.request, child.user, latest.letter.id, 1);
    expect(older.version.fields.next).toBe("Priya will ring your school.");
    expect(letterForIro(iro.user, reviewId).versions.map((v) => [v.number, !!v.firstRead])).toEqual(
      [
        [1, true],
        [2, true],
      ],
    );
    expect(
      getDb()
        .select()
        .from(letterVersions)
        .where(eq(letterVersions.letterId, latest.letter.id))
        .all(),
    ).toHaveLength(2);
  });

  it("render headings, fixed sentences and dates in the child's language, the IRO's words translated", async () => {
    const rendered = renderLetter(
      {
        fields: words,
        translation: tigrinya,
        facts: {
          childName: "Selam",
          iroName: "Ines Iro",
          meetings: ["2026-11-02"],
          place: null,
          nextReviewDue: "2027-05-02",
        },
      },
      "ti",
    );
    expect(rendered.dir).toBe("ltr");
    expect(rendered.sections.find((s) => s.id === "next")?.text).toBe(tigrinya.next);
    const decided = rendered.sections.find((s) => s.id === "decided")!;
    expect(decided.decisions[0]!.text).toBe(tigrinya["decided.0.text"]);
    expect(decided.decisions[0]!.fixed).toContain("ፕሪያ");
    expect(decided.decisions[0]!.fixed).toContain("2027");
    const english = renderLetter(
      {
        fields: words,
        translation: tigrinya,
        facts: {
          childName: "Selam",
          iroName: "Ines Iro",
          meetings: ["2026-11-02"],
          place: "school",
          nextReviewDue: null,
        },
      },
      "en",
    );
    expect(english.sections[0]!.fixed).toEqual([
      "Your review meeting was on 2 November 2026.",
      "It was at school.",
    ]);
    expect(english.sections.find((s) => s.id === "next")?.text).toBe(words.next);
  });

  it("reach a carer only while the child lives with them and only if the child agreed", async () => {
    const { iro, carer, youngPersonId, reviewId } = await heldReview("en");
    saveLetter(iro.request, iro.user, reviewId, words);
    issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false });
    const letterId = letterForIro(iro.user, reviewId).letter!.id;
    expect(carerLetters(carer.user, [youngPersonId])).toEqual([]);
    expect(statusOf(() => readCarerLetter(carer.request, carer.user, letterId))).toBe(404);
    saveLetter(iro.request, iro.user, reviewId, words);
    issueLetter(iro.request, iro.user, reviewId, {
      reason: "Selam agreed to share it.",
      shareWithCarer: true,
    });
    expect(carerLetters(carer.user, [youngPersonId])).toHaveLength(1);
    expect(statusOf(() => readCarerLetter(carer.request, carer.user, letterId))).toBe("ok");
    // Another child's IRO, carer or young person: 404.
    const other = await heldReview("en");
    expect(statusOf(() => readCarerLetter(other.carer.request, other.carer.user, letterId))).toBe(
      404,
    );
    expect(statusOf(() => readOwnLetter(other.child.request, other.child.user, letterId))).toBe(
      404,
    );
    expect(statusOf(() => letterForIro(other.iro.user, reviewId))).toBe(404);
  });

  it("not yet issued are listed as due for the IRO", async () => {
    const { iro, reviewId } = await heldReview("en");
    expect(lettersDue(iro.user).map((l) => l.reviewId)).toEqual([reviewId]);
    saveLetter(iro.request, iro.user, reviewId, words);
    issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false });
    expect(lettersDue(iro.user)).toEqual([]);
  });
});

describe("the letters register", () => {
  it("lists an IRO's letters (a manager's: everyone's), filters by month, and downloads as CSV", async () => {
    const a = await heldReview("en");
    const b = await heldReview("ti");
    saveLetter(a.iro.request, a.iro.user, a.reviewId, { ...words, about: "=HYPERLINK(1)" });
    issueLetter(a.iro.request, a.iro.user, a.reviewId, { reason: "", shareWithCarer: false });
    saveLetter(b.iro.request, b.iro.user, b.reviewId, words);
    saveTranslation(
      b.translator.request,
      b.translator.user,
      letterForIro(b.iro.user, b.reviewId).letter!.id,
      tigrinya,
      true,
    );
    issueLetter(b.iro.request, b.iro.user, b.reviewId, { reason: "", shareWithCarer: false });
    readOwnLetter(b.child.request, b.child.user, letterForIro(b.iro.user, b.reviewId).letter!.id);

    const mine = lettersRegister(a.iro.user, {});
    expect(mine.map((r) => r.reviewId)).toEqual([a.reviewId]);
    expect(mine[0]).toMatchObject({ versions: 1, daysTaken: 12, late: false, childRead: false });
    const manager = signedInAs(await buildUser(organisationId, { role: "manager" }));
    const all = lettersRegister(manager.user, {});
    expect(all.map((r) => r.reviewId)).toEqual(expect.arrayContaining([a.reviewId, b.reviewId]));
    expect(all.find((r) => r.reviewId === b.reviewId)).toMatchObject({
      language: "ti",
      childRead: true,
    });
    expect(lettersRegister(manager.user, { iro: b.iro.user.id }).map((r) => r.reviewId)).toEqual([
      b.reviewId,
    ]);
    expect(lettersRegister(manager.user, { month: "1999-01" })).toEqual([]);
    const month = addDays(today, -12).slice(0, 7);
    expect(lettersRegister(manager.user, { month }).length).toBeGreaterThanOrEqual(2);

    const csv = registerCsv(lettersRegister(manager.user, { iro: b.iro.user.id }));
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toContain('"days taken"');
    expect(row).toContain('"Selam Example"');
    expect(row).toContain('"yes"');
    // A name or text starting with "=" cannot run as a spreadsheet formula.
    expect(registerCsv([{ ...all[0]!, givenName: "=cmd", familyName: "x" }])).toContain(
      `"'=cmd x"`,
    );
  });
});

describe("the plain-words checker", () => {
  it("flags jargon with a child-friendly word, and long sentences", () => {
    const advice = checkPlainWords(
      "Your placement is stable and contact with mum is weekly. We agreed that the care plan and the LAC review paperwork and the PEP will all be looked at again by everyone at the next meeting in the spring term.",
    );
    const terms = advice.issues
      .filter((i) => i.kind === "jargon")
      .map((i) => i.kind === "jargon" && i.term);
    expect(terms).toEqual(
      expect.arrayContaining(["placement", "contact", "care plan", "LAC", "PEP"]),
    );
    expect(advice.issues.find((i) => i.kind === "jargon" && i.term === "contact")).toMatchObject({
      suggestion: expect.stringContaining("family time"),
    });
    expect(advice.issues.some((i) => i.kind === "long" && i.words > 20)).toBe(true);
  });

  it("says nothing about short, plain sentences, and gives a lower reading age for them", () => {
    const plain =
      "You live with Helen. You like your school. You see your sister every week. That is good.";
    expect(checkPlainWords(plain).issues).toEqual([]);
    const hard =
      "Consideration of the appropriateness of the arrangements necessitates comprehensive multidisciplinary evaluation. Implementation requires authorisation.";
    expect(readingAge(plain)!).toBeLessThan(readingAge(hard)!);
    expect(readingAge("Too short.")).toBeNull();
  });
});

describe("translators", () => {
  it("see a letter only while it waits for their translation: never once done, never an issued version", async () => {
    const { iro, translator, reviewId } = await heldReview("ti");
    const english = await heldReview("en");
    saveLetter(english.iro.request, english.iro.user, english.reviewId, words);
    const englishId = letterForIro(english.iro.user, english.reviewId).letter!.id;
    saveLetter(iro.request, iro.user, reviewId, words);
    const letterId = letterForIro(iro.user, reviewId).letter!.id;
    const waiting = () => lettersToTranslate(translator.user).map((l) => l.id);
    const opens = () => statusOf(() => letterForTranslator(translator.user, letterId));

    // Waiting: listed with only what the translator needs, nothing about the child.
    expect(waiting()).toContain(letterId);
    expect(waiting()).not.toContain(englishId);
    expect(Object.keys(lettersToTranslate(translator.user)[0]!).sort()).toEqual([
      "dueOn",
      "id",
      "language",
    ]);
    expect(opens()).toBe("ok");
    expect(statusOf(() => letterForTranslator(translator.user, englishId))).toBe(404);

    // Done: no longer listed, no longer theirs to open or save.
    saveTranslation(translator.request, translator.user, letterId, tigrinya, true);
    expect(waiting()).not.toContain(letterId);
    expect(opens()).toBe(404);
    expect(
      statusOf(() => saveTranslation(translator.request, translator.user, letterId, {}, false)),
    ).toBe(404);

    // Issued: the translator cannot read the version either.
    issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false });
    expect(opens()).toBe(404);
    expect(
      statusOf(() => letterVersionForReader(translator.request, translator.user, letterId, 1)),
    ).toBe(404);

    // The IRO changes the English for a correction: it waits for the translator again.
    saveLetter(iro.request, iro.user, reviewId, { ...words, next: "Priya will visit." });
    expect(waiting()).toContain(letterId);
    expect(Object.keys(letterForTranslator(translator.user, letterId)).sort()).toEqual(["letter"]);
  });
});
