// `npm run bench:my-things`: "My things" for a child with many things: 40 sent statements (each
// read twice, with a reply) and 10 issued letters (each read), in Tigrinya and English; each
// review with two tracked decisions, a midway check, a contact, monitoring and an escalation
// (issue 18), collected as for subject access (with the staff records). Times collecting the
// data, rendering both PDFs and zipping, in process: the first run (Chromium starting) and the
// median of the next 5. Needs Chromium (CHROMIUM_PATH).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-my-things-"));
process.env.DATABASE_PATH = path.join(dir, "bench.sqlite");
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";

const { addDays, todayInEngland } = await import("~/dates/calendar");
const { closePdfBrowser } = await import("~/letters/pdf.server");
const { collectMyThings } = await import("~/rights/collect.server");
const { buildMyThingsZip } = await import("~/rights/zip.server");
const builders = await import("../tests/fixtures/builders");
const things = await import("../tests/fixtures/my-things");
const between = await import("../tests/fixtures/between-reviews");

const statementCount = 40;
const letterCount = 10;
const organisationId = builders.buildOrganisation("Bench Council");
const child = await builders.buildUser(organisationId, {
  role: "young_person",
  preferredLanguage: "ti",
  displayName: "Selam",
});
const iro = await builders.buildUser(organisationId, { role: "iro", displayName: "Ines Reviewer" });
const worker = await builders.buildUser(organisationId, { role: "social_worker" });
const manager = await builders.buildUser(organisationId, { role: "team_manager" });
const youngPersonId = builders.buildYoungPerson(organisationId, {
  userId: child.id,
  givenName: "Selam",
  preferredLanguage: "ti",
});
for (let i = 0; i < statementCount; i++) {
  const id = things.buildSentStatement(organisationId, youngPersonId, child.id, {
    language: "ti",
    text: `ኣብ ቤት ትምህርቲ ጽቡቕ እየ። ሓወይ ክርእዮ እደሊ። (${i + 1})`.repeat(4),
  });
  things.readStatement(id, iro.id);
  things.readStatement(id, worker.id);
  things.reply(id, iro.id, "Thank you for telling me. I will talk to your social worker.");
}
const today = todayInEngland();
for (let i = 0; i < letterCount; i++) {
  const reviewId = builders.buildReview(organisationId, youngPersonId, addDays(today, -30 * i), {
    status: "held",
    heldOn: addDays(today, -30 * i - 2),
  });
  const { versionId } = things.buildIssuedLetter(organisationId, youngPersonId, reviewId, iro.id, {
    language: "ti",
    next: "You will see your brother every week.",
    nextTranslated: "ንሓውካ ኩሉ ሰሙን ክትርእዮ ኢኻ።",
    decided: between.betweenWords.decisions,
  });
  things.readLetter(versionId, child.id);
  between.buildBetweenReviews({
    organisationId,
    youngPersonId,
    reviewId,
    iroId: iro.id,
    ownerId: worker.id,
    managerId: manager.id,
    on: addDays(today, -30 * i),
  });
}

async function once() {
  const start = performance.now();
  const collected = collectMyThings(organisationId, youngPersonId, { staffRecords: true });
  const collectedAt = performance.now();
  const zip = await buildMyThingsZip(collected);
  return { total: performance.now() - start, collect: collectedAt - start, bytes: zip.length };
}

const first = await once();
const runs = [];
for (let i = 0; i < 5; i++) runs.push(await once());
runs.sort((a, b) => a.total - b.total);
const median = runs[2]!;
console.log(
  JSON.stringify(
    {
      statements: statementCount,
      letters: letterCount,
      firstMs: Math.round(first.total),
      medianMs: Math.round(median.total),
      collectMs: Math.round(median.collect * 10) / 10,
      zipKiB: Math.round(median.bytes / 1024),
    },
    null,
    2,
  ),
);
await closePdfBrowser();
rmSync(dir, { recursive: true, force: true });
