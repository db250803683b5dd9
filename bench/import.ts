// `npm run bench:import`: the CSV import at a large council's size. Invented data: 5,000 young
// people, 15,000 allocations (to 3,000 staff, carer accounts created first) and 20,000 past
// reviews, as CSV text. For each file: the preview (parse, check, compare) and the import (the
// same, then every write in one transaction), their time, rows per second and memory; then the
// same three files again, which must change nothing. Runs in this process on a throw-away database.
import { mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-import-"));
process.env.DATABASE_PATH = path.join(dir, "bench.sqlite");
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";

const { getDb, closeDb } = await import("#db/db.server");
const { organisations, users } = await import("#db/schema");
const { addDays, todayInEngland } = await import("~/dates/calendar");
const { addMonths } = await import("~/dates/working-days");
const batches = await import("~/import/batches.server");
const { importPreview } = await import("~/import/preview.server");
type ImportKind = "young_people" | "allocations" | "past_reviews";

const counts = { youngPeople: 5_000, iros: 100, socialWorkers: 400, carers: 2_500 };
const today = todayInEngland();

/* ---- Memory: sampled on a timer, and after each step (the work itself is synchronous). ---- */
const peak = { rss: 0, heap: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
};
const sampler = setInterval(sample, 5);
const mb = (bytes: number) => +(bytes / 1024 / 1024).toFixed(1);

/* ---- The organisation, its administrator and its staff ---- */
const organisationId = randomUUID();
const adminId = randomUUID();
const staff = { iro: [] as string[], social_worker: [] as string[], carer: [] as string[] };
getDb().transaction((tx) => {
  tx.insert(organisations).values({ id: organisationId, name: "Bench Borough" }).run();
  tx.insert(users)
    .values({
      id: adminId,
      organisationId,
      role: "admin",
      username: "bench.admin",
      displayName: "Ada Admin",
    })
    .run();
  const rows: (typeof users.$inferInsert)[] = [];
  const add = (role: "iro" | "social_worker" | "carer", n: number) => {
    for (let i = 0; i < n; i++) {
      const username = `${role.replace("_", "")}.${i}`;
      staff[role].push(i % 2 ? username : `${username}@bench.example.org`);
      rows.push({
        organisationId,
        role,
        username,
        email: `${username}@bench.example.org`,
        displayName: `Bench ${role} ${i}`,
      });
    }
  };
  add("iro", counts.iros);
  add("social_worker", counts.socialWorkers);
  add("carer", counts.carers);
  for (let i = 0; i < rows.length; i += 200)
    tx.insert(users)
      .values(rows.slice(i, i + 200))
      .run();
});
const admin = {
  ...getDb()
    .query.users.findFirst({ where: (u, { eq }) => eq(u.id, adminId) })
    .sync()!,
  sessionId: "bench",
  togetherYoungPersonId: null,
};
const request = new Request("http://localhost/admin/import", {
  headers: { "x-ov-client-address": "127.0.0.1", "x-ov-request-id": "bench" },
});

/* ---- The three files (invented people) ---- */
const givenNames = [
  "Selam",
  "Jordan",
  "Amani",
  "Bilal",
  "Chidi",
  "Dana",
  "Esi",
  "Femi",
  "Hana",
  "Ivo",
];
const familyNames = ["Example", "Sample", "Placeholder", "Testworth", "Madeup", "Fictional"];
const languages = ["en", "ar", "ti", "om", "so", "ps", "fa", "ku", "am", "fr"];
const line = (cells: (string | number)[]) =>
  cells
    .map((c) => (/[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c))
    .join(",");

function files() {
  const youngPeople = [
    "case_reference,given_name,family_name,date_of_birth,preferred_language,needs_interpreter,interpreter_language,communication_needs,legal_status,service_area,looked_after_on,unaccompanied",
  ];
  const allocations = ["case_reference,relationship,username_or_email,starts_on,ends_on"];
  const reviews = [
    "case_reference,kind,due_on,held_on,participation_code,attended,chaired,views_conveyed",
  ];
  let reviewRows = 0;
  for (let i = 0; i < counts.youngPeople; i++) {
    const reference = `BN-${String(100000 + i)}`;
    const age = 8 + (i % 10);
    const dateOfBirth = addDays(`${Number(today.slice(0, 4)) - age}-01-15`, i % 300);
    const lookedAfterOn = addDays(today, -(800 + (i % 400)));
    const language = languages[i % languages.length]!;
    youngPeople.push(
      line([
        reference,
        givenNames[i % givenNames.length]!,
        familyNames[i % familyNames.length]!,
        i % 7 === 0 ? dateOfBirth.split("-").reverse().join("/") : dateOfBirth,
        language,
        language === "en" ? "no" : "yes",
        "",
        i % 5 === 0 ? "Pictures, short sentences, a break halfway" : "",
        "care_order",
        "children_in_care",
        lookedAfterOn,
        i % 9 === 0 ? "yes" : "no",
      ]),
    );
    allocations.push(line([reference, "iro", staff.iro[i % counts.iros]!, lookedAfterOn, ""]));
    allocations.push(
      line([
        reference,
        "social_worker",
        staff.social_worker[i % counts.socialWorkers]!,
        lookedAfterOn,
        "",
      ]),
    );
    allocations.push(
      line([reference, "carer", staff.carer[i % counts.carers]!, lookedAfterOn, ""]),
    );
    // Four reviews each: within 20 working days, then 3 months, then every 6 months.
    let heldOn = addDays(lookedAfterOn, 20);
    for (let r = 0; r < 4 && reviewRows < 20_000; r++, reviewRows++) {
      const attended = (i + r) % 3 !== 0;
      reviews.push(
        line([
          reference,
          "looked_after",
          addDays(heldOn, 3),
          heldOn,
          attended ? "PN1" : "PN6",
          attended ? "yes" : "no",
          attended && r === 3 ? "yes" : "no",
          attended ? "spoke" : "own-voice-statement",
        ]),
      );
      heldOn = addMonths(heldOn, r === 0 ? 3 : 6);
    }
  }
  const text = (lines: string[]) => `\uFEFF${lines.join("\r\n")}\r\n`;
  return {
    young_people: text(youngPeople),
    allocations: text(allocations),
    past_reviews: text(reviews),
  } satisfies Record<ImportKind, string>;
}

/* ---- Preview and import, timed ---- */
type Row = Record<string, string | number>;
const results: Row[] = [];

function run(kind: ImportKind, content: string, pass: string) {
  const rows = content.split("\r\n").length - 2;
  sample();
  const batchId = batches.createImportBatch(request, admin, {
    kind,
    fileName: `${kind}.csv`,
    content,
  });
  let t0 = performance.now();
  const preview = importPreview(batches.getImportBatch(admin, batchId), "en");
  const previewMs = performance.now() - t0;
  sample();
  t0 = performance.now();
  const applied = batches.applyImport(request, admin, batchId);
  const applyMs = performance.now() - t0;
  sample();
  if (!applied.ok || !("summary" in applied))
    throw new Error(`${kind}: not imported: ${JSON.stringify(preview.plan?.errors.slice(0, 3))}`);
  const s = applied.summary;
  results.push({
    pass,
    file: kind,
    rows,
    "size KB": Math.round(Buffer.byteLength(content) / 1024),
    "preview ms": Math.round(previewMs),
    "import ms": Math.round(applyMs),
    "rows/s (import)": Math.round(rows / (applyMs / 1000)),
    created: s.created!,
    updated: s.updated!,
    unchanged: s.unchanged!,
    "next reviews": s.nextReviewsCreated ?? "",
    "rss MB": mb(process.memoryUsage().rss),
  });
  return s;
}

const t0 = performance.now();
const content = files();
const generateMs = Math.round(performance.now() - t0);
for (const kind of ["young_people", "allocations", "past_reviews"] as const)
  run(kind, content[kind], "first");
const again = (["young_people", "allocations", "past_reviews"] as const).map((kind) =>
  run(kind, content[kind], "again"),
);
clearInterval(sampler);
sample();

console.log(
  `Import bench: ${counts.youngPeople} young people, ${content.allocations.split("\r\n").length - 2} allocations, ${content.past_reviews.split("\r\n").length - 2} past reviews (CSV generated in ${generateMs} ms)`,
);
console.table(results);
console.log(
  `Peak memory: rss ${mb(peak.rss)} MB sampled (process maximum ${mb(process.resourceUsage().maxRSS * 1024)} MB), heap used ${mb(peak.heap)} MB`,
);
const changed = again.reduce((n, s) => n + (s.created ?? 0) + (s.updated ?? 0), 0);
console.log(
  `Re-import of the same files: ${changed} created or updated ${changed === 0 ? "(as it must be)" : "(WRONG: should be 0)"}`,
);
closeDb();
rmSync(dir, { recursive: true, force: true });
if (changed !== 0) process.exit(1);
