import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "#db/db.server";
import { auditEvents, letterReads } from "#db/schema";
import { letterForIro, openLetterForIro, saveLetter } from "~/letters/drafts.server";
import { issueLetter } from "~/letters/issue.server";
import { letterPdfFor } from "~/letters/pdf-download.server";
import {
  letterVersionForReader,
  openIroLetterVersion,
  readCarerLetter,
} from "~/letters/reading.server";
import { openLetterForTranslator } from "~/letters/translation.server";
import { registerCsvResponse, registerResponse } from "~/letters/register-route.server";
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

// Printing needs Chromium; what is under test here is who is recorded, not the PDF itself.
vi.mock("~/letters/pdf.server", () => ({
  letterHtml: () => "<html></html>",
  htmlToPdf: async () => Buffer.from("%PDF-1.7 test"),
}));

const today = todayInEngland();
let organisationId: string;
beforeAll(() => {
  organisationId = buildOrganisation();
});

const words = {
  about: "You came to your review and told us about your new school.",
  next: "Priya will ring your school.",
  "decided.0.text": "You stay with Helen.",
};

async function issuedLetter(language = "en") {
  const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
  const account = await buildUser(organisationId, { role: "young_person" });
  const carer = signedInAs(await buildUser(organisationId, { role: "carer" }));
  const translator = signedInAs(await buildUser(organisationId, { role: "translator" }));
  const manager = signedInAs(await buildUser(organisationId, { role: "manager" }));
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: account.id,
    preferredLanguage: language,
  });
  allocate(organisationId, youngPersonId, iro.user.id, "iro");
  allocate(organisationId, youngPersonId, carer.user.id, "carer");
  const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -10), {
    status: "held",
    heldOn: addDays(today, -12),
  });
  saveLetter(iro.request, iro.user, reviewId, words);
  if (language === "en")
    issueLetter(iro.request, iro.user, reviewId, { reason: "", shareWithCarer: false });
  const letterId = letterForIro(iro.user, reviewId).letter!.id;
  return { iro, carer, translator, manager, youngPersonId, reviewId, letterId };
}

/** The audit rows this person left, as action and subject. */
function auditedBy(userId: string) {
  return getDb().select().from(auditEvents).where(eq(auditEvents.actorUserId, userId)).all();
}
const actions = (userId: string) => auditedBy(userId).map((e) => e.action);

describe("opening a letter is audited", () => {
  it("the IRO opening the letter page and an issued version each leaves a row, words never", async () => {
    const { iro, youngPersonId, reviewId, letterId } = await issuedLetter();
    openLetterForIro(iro.request, iro.user, reviewId);
    openIroLetterVersion(iro.request, iro.user, reviewId, 1);
    const opened = auditedBy(iro.user.id).filter((e) => e.action === "letter_opened");
    expect(opened).toHaveLength(2);
    expect(opened[0]).toMatchObject({ subjectType: "letter", subjectId: letterId, youngPersonId });
    expect(JSON.stringify(auditedBy(iro.user.id))).not.toMatch(/Priya|Helen|school/);
  });

  it("the IRO opening the page of a letter not yet saved is recorded against the review", async () => {
    const iro = signedInAs(await buildUser(organisationId, { role: "iro" }));
    const youngPersonId = buildYoungPerson(organisationId);
    allocate(organisationId, youngPersonId, iro.user.id, "iro");
    const reviewId = buildReview(organisationId, youngPersonId, addDays(today, -3), {
      status: "held",
      heldOn: addDays(today, -4),
    });
    openLetterForIro(iro.request, iro.user, reviewId);
    expect(auditedBy(iro.user.id)).toEqual([
      expect.objectContaining({ action: "letter_opened", subjectType: "review", youngPersonId }),
    ]);
  });

  it("a translator opening a letter leaves a row", async () => {
    const { translator, letterId } = await issuedLetter("ti");
    openLetterForTranslator(translator.request, translator.user, letterId);
    expect(auditedBy(translator.user.id)).toEqual([
      expect.objectContaining({ action: "letter_opened", subjectId: letterId }),
    ]);
  });

  it("downloading the PDF leaves a row", async () => {
    const { iro, letterId } = await issuedLetter();
    await letterPdfFor(iro.request, iro.user, letterId, 1);
    expect(actions(iro.user.id)).toContain("letter_pdf_downloaded");
  });

  it("a manager's register and its CSV export each leave a row", async () => {
    const { manager } = await issuedLetter();
    registerResponse(manager.request, manager.user, "en");
    const csv = registerCsvResponse(manager.request, manager.user);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    expect(actions(manager.user.id)).toEqual([
      "letters_register_viewed",
      "letters_register_exported",
    ]);
  });

  it("an IRO's CSV export leaves a row", async () => {
    const { iro } = await issuedLetter();
    registerCsvResponse(iro.request, iro.user);
    expect(actions(iro.user.id)).toContain("letters_register_exported");
  });
});

describe("a carer turned away", () => {
  const readsBy = (userId: string) =>
    getDb().select().from(letterReads).where(eq(letterReads.userId, userId)).all();
  const letterReadRows = (userId: string) =>
    getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, userId), eq(auditEvents.action, "letter_read")))
      .all();

  it("gets 404 and is not recorded as having read the letter", async () => {
    const { carer, letterId } = await issuedLetter();
    expect(statusOf(() => readCarerLetter(carer.request, carer.user, letterId))).toBe(404);
    expect(statusOf(() => letterVersionForReader(carer.request, carer.user, letterId, 1))).toBe(
      404,
    );
    expect(letterReadRows(carer.user.id)).toEqual([]);
    expect(readsBy(carer.user.id)).toEqual([]);
  });

  it("asking for an earlier version than the one shared gets 404 and no read", async () => {
    const { iro, carer, reviewId, letterId } = await issuedLetter();
    saveLetter(iro.request, iro.user, reviewId, { ...words, next: "Priya will visit." });
    issueLetter(iro.request, iro.user, reviewId, {
      reason: "The child agreed to share it.",
      shareWithCarer: true,
    });
    expect(statusOf(() => letterVersionForReader(carer.request, carer.user, letterId, 1))).toBe(
      404,
    );
    expect(letterReadRows(carer.user.id)).toEqual([]);
    // The shared latest version is read, and recorded, once.
    expect(statusOf(() => letterVersionForReader(carer.request, carer.user, letterId, 2))).toBe(
      "ok",
    );
    expect(letterReadRows(carer.user.id)).toHaveLength(1);
    expect(readsBy(carer.user.id)).toHaveLength(1);
  });
});
