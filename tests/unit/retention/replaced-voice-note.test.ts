import { eq } from "drizzle-orm";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { getDb } from "#db/db.server";
import { statements, voiceNotes } from "#db/schema";
import { saveAnswer } from "~/consultation/drafts.server";
import { dataDirectory } from "~/env.server";
import { buildOrganisation, buildUser, buildYoungPerson } from "../../fixtures/builders";

function recording(organisationId: string, statementId: string) {
  const id = getDb()
    .insert(voiceNotes)
    .values({
      organisationId,
      statementId,
      questionId: "tellIro",
      mimeType: "audio/wav",
      bytes: 4,
      language: "en",
    })
    .returning({ id: voiceNotes.id })
    .get().id;
  mkdirSync(path.join(dataDirectory(), "voice-notes"), { recursive: true });
  writeFileSync(path.join(dataDirectory(), "voice-notes", id), "RIFF");
  return id;
}

it("recording again deletes the replaced recording at once, row and file", async () => {
  const organisationId = buildOrganisation();
  const child = await buildUser(organisationId, { role: "young_person" });
  const youngPersonId = buildYoungPerson(organisationId, { userId: child.id });
  const load = (id: string) =>
    getDb().select().from(statements).where(eq(statements.id, id)).get()!;
  const draftId = getDb()
    .insert(statements)
    .values({
      organisationId,
      youngPersonId,
      authorUserId: child.id,
      templateId: "my-say",
      templateVersion: 1,
      language: "en",
    })
    .returning({ id: statements.id })
    .get().id;
  const first = recording(organisationId, draftId);
  saveAnswer(load(draftId), "tellIro", { voiceNoteId: first, language: "en" }, null);
  const second = recording(organisationId, draftId);
  saveAnswer(load(draftId), "tellIro", { voiceNoteId: second, language: "en" }, null);

  const left = getDb()
    .select({ id: voiceNotes.id })
    .from(voiceNotes)
    .all()
    .map((v) => v.id);
  expect(left).toEqual([second]);
  expect(existsSync(path.join(dataDirectory(), "voice-notes", first))).toBe(false);
  expect(existsSync(path.join(dataDirectory(), "voice-notes", second))).toBe(true);

  // Skipping the question takes the recording out of the answer: it goes too.
  saveAnswer(load(draftId), "tellIro", undefined, null);
  expect(getDb().select().from(voiceNotes).all()).toHaveLength(0);
});
