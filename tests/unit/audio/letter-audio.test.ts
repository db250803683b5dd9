import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { letterVersions } from "#db/schema";
import { letterAudio, partsOfSection, saveLetterRecording } from "~/audio/letter-audio.server";
import { hasProgram } from "~/audio/programs.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { letterForIro, saveLetter } from "~/letters/drafts.server";
import { issueLetter } from "~/letters/issue.server";
import { renderLetter } from "~/letters/render.server";
import { saveTranslation } from "~/letters/translation.server";
import {
  allocate,
  buildOrganisation,
  buildReview,
  buildUser,
  buildYoungPerson,
  signedInAs,
} from "../../fixtures/builders";
import { toneWav } from "../../fixtures/audio";

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

const words = {
  about: "You came to your review.",
  next: "Priya will ring your school.",
  "decided.0.text": "You stay with Helen.",
  "decided.0.who": "Priya",
  "decided.0.by": "2027-01-15",
};
const translated = {
  about: "ናብ ርእይቶኹም መጺእኩም።",
  next: "ፕሪያ ናብ ቤት ትምህርትኹም ክትድውል እያ።",
  "decided.0.text": "ምስ ሄለን ትቕመጡ።",
  "decided.0.who": "ፕሪያ",
};

async function letterWaitingForTranslation(language: string) {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const translator = signedInAs(await buildUser(organisationId, { role: "translator" }));
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: account.id,
    givenName: "Selam",
    preferredLanguage: language,
  });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -10), {
    status: "held",
    heldOn: addDays(today, -12),
  });
  saveLetter(iro.request, iro.user, reviewId, words);
  const letterId = letterForIro(iro.user, reviewId).letter!.id;
  saveTranslation(translator.request, translator.user, letterId, translated, false);
  const issue = (translation: Record<string, string> = translated) => {
    saveTranslation(translator.request, translator.user, letterId, translation, true);
    expect(
      issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false }).ok,
    ).toBe(true);
    const version = getDb()
      .select()
      .from(letterVersions)
      .where(eq(letterVersions.letterId, letterId))
      .get()!;
    return {
      version,
      audio: letterAudio({
        letterId,
        number: version.number,
        organisationId,
        translation: version.translation,
        letter: renderLetter(version, version.language),
        inTranslation: true,
      }),
    };
  };
  return { translator, letterId, issue };
}

describe("letters spoken", () => {
  it("a section plays the translator's recordings when every part of it is recorded", async () => {
    const { translator, letterId, issue } = await letterWaitingForTranslation("ti");
    for (const part of ["about", "decided.0.text", "decided.0.who"])
      expect(await saveLetterRecording(translator.user, letterId, part, toneWav(1))).toEqual({
        ok: true,
      });
    const { audio } = issue();
    expect(audio.about).toMatchObject({ kind: "recording" });
    expect(audio.about!.urls).toHaveLength(1);
    expect(audio.decided).toMatchObject({ kind: "recording" });
    expect(audio.decided!.urls).toHaveLength(2);
    // "next" was not recorded, and Tigrinya has no computer voice: the browser's, or none.
    expect(audio.next).toBeNull();
  });

  it("a part changed after it was recorded is not played", async () => {
    const { translator, letterId, issue } = await letterWaitingForTranslation("ti");
    await saveLetterRecording(translator.user, letterId, "about", toneWav(1));
    expect(issue({ ...translated, about: "ናብ ርእይቶኹም መጺእኩም፣ የቐንየልና።" }).audio.about).toBeNull();
  });

  it("a translator records only a saved part of a letter still waiting for them", async () => {
    const { translator, letterId, issue } = await letterWaitingForTranslation("ti");
    expect(await saveLetterRecording(translator.user, letterId, "nothing", toneWav(1))).toEqual({
      ok: false,
      error: "notText",
    });
    issue();
    await expect(
      saveLetterRecording(translator.user, letterId, "about", toneWav(1)),
    ).rejects.toMatchObject({ status: 404 });
  });

  it.runIf(hasProgram("espeak-ng"))(
    "in a language with a computer voice, an unrecorded section is read by it",
    async () => {
      const { issue } = await letterWaitingForTranslation("om");
      const { audio } = issue();
      expect(audio.about).toMatchObject({ kind: "computer" });
      expect(audio.about!.urls[0]).toMatch(/\/audio\/1\/section\/about$/);
    },
  );

  it("the decisions section is made of each decision's words", () => {
    expect(
      partsOfSection("decided", { "decided.1.text": "b", "decided.0.who": "a", about: "x" }),
    ).toEqual(["decided.0.who", "decided.1.text"]);
    expect(partsOfSection("about", { about: " " })).toEqual([]);
  });
});
