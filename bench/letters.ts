// `npm run bench:letters`: letters to children. (1) PDF rendering through the app: the median
// over 20 downloads of one issued letter in Tigrinya and English, and its size. (2) From "held" to
// "issued" for a letter in English: the clicks an IRO needs in a real browser (the draft is filled
// from the record). Run after `npm run build` (or pass --build); needs Chromium (CHROMIUM_PATH).
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { openDatabase } from "#db/db.server";
import {
  allocations,
  letters,
  letterVersions,
  organisations,
  reviews,
  users,
  youngPeople,
} from "#db/schema";
import { hashSecret } from "~/auth/password.server";
import { addDays, todayInEngland } from "~/dates/calendar";
import { signIn, startServer } from "./lib";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });

const samples = 20;
const password = "bench-password-123";
const today = todayInEngland();
const dir = mkdtempSync(path.join(tmpdir(), "own-voice-bench-letters-"));
const databasePath = path.join(dir, "bench.sqlite");

async function generate() {
  const { db, sqlite } = openDatabase(databasePath);
  const hash = await hashSecret(password);
  const organisationId = randomUUID();
  const iroId = randomUUID();
  const ids = { letterId: randomUUID(), englishReviewId: randomUUID() };
  db.transaction((tx) => {
    tx.insert(organisations).values({ id: organisationId, name: "Bench Borough" }).run();
    tx.insert(users)
      .values({
        id: iroId,
        organisationId,
        role: "iro",
        username: "iro.bench",
        displayName: "Ines Iro",
        passwordHash: hash,
      })
      .run();
    const child = (language: string, name: string) => {
      const youngPersonId = randomUUID();
      tx.insert(youngPeople)
        .values({
          id: youngPersonId,
          organisationId,
          givenName: name,
          familyName: "Bench",
          dateOfBirth: "2011-04-01",
          preferredLanguage: language,
          serviceArea: "children_in_care",
          lookedAfterOn: "2025-01-01",
        })
        .run();
      tx.insert(allocations)
        .values({
          organisationId,
          youngPersonId,
          userId: iroId,
          relationship: "iro",
          startsOn: "2025-01-01",
        })
        .run();
      return youngPersonId;
    };
    // A Tigrinya letter, issued, for the PDF.
    const selam = child("ti", "Selam");
    const reviewId = randomUUID();
    tx.insert(reviews)
      .values({
        id: reviewId,
        organisationId,
        youngPersonId: selam,
        kind: "looked_after",
        dueOn: addDays(today, -5),
        heldOn: addDays(today, -7),
        status: "held",
      })
      .run();
    const fields = {
      about: "You came to your review and told us what you think.",
      goingWell: "You are doing well at college and you have made friends.",
      next: "Sol will find you a football club near your home.",
      "decided.0.text": "You stay with Cara.",
      "decided.0.who": "Sol",
      "decided.0.by": addDays(today, 30),
      contact: "You can phone me at the office on weekdays.",
    };
    const translation = {
      about: "ናብ ገምጋምካ መጺእካ ሓሳብካ ነጊርካና።",
      goingWell: "ኣብ ኮሌጅ ጽቡቕ ትገብር ኣለኻ፡ ኣዕሩኽ ድማ ረኺብካ።",
      next: "ሶል ኣብ ጥቓ ገዛኻ ክለብ ኩዕሶ እግሪ ክረኽበልካ እዩ።",
      "decided.0.text": "ምስ ካራ ትቕመጥ።",
      "decided.0.who": "ሶል",
      contact: "ኣብ መዓልትታት ስራሕ ናብ ቤት ጽሕፈት ክትድውለለይ ትኽእል።",
    };
    tx.insert(letters)
      .values({
        id: ids.letterId,
        organisationId,
        reviewId,
        youngPersonId: selam,
        authorUserId: iroId,
        language: "ti",
        fields,
        translation,
        translatedAt: new Date().toISOString(),
        dueOn: addDays(today, 20),
      })
      .run();
    tx.insert(letterVersions)
      .values({
        organisationId,
        letterId: ids.letterId,
        number: 1,
        issuedAt: new Date().toISOString(),
        issuedBy: iroId,
        language: "ti",
        fields,
        translation,
        facts: {
          childName: "Selam",
          iroName: "Ines Iro",
          meetings: [addDays(today, -7)],
          place: "her school",
          nextReviewDue: addDays(today, 175),
        },
      })
      .run();
    // An English-speaking child's review, held with decisions recorded: the letter to write.
    const jade = child("en", "Jade");
    tx.insert(reviews)
      .values({
        id: ids.englishReviewId,
        organisationId,
        youngPersonId: jade,
        kind: "looked_after",
        dueOn: addDays(today, -3),
        heldOn: addDays(today, -4),
        status: "held",
        childAttended: true,
        participationCode: "PN1",
        viewsConveyed: "spoke",
        attendees: ["Sol (social worker)", "Cara (carer)"],
        decisions: ["Jade stays with Cara.", "Sol books the dentist."],
      })
      .run();
  });
  sqlite.close();
  return ids;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const ids = await generate();
const server = await startServer(4391, { databasePath });
try {
  const cookie = await signIn(server.base, "iro.bench", password);
  const url = `${server.base}/letters/${ids.letterId}/pdf/1`;
  const first = await fetch(url, { headers: { cookie } }); // starts the browser
  if (first.status !== 200) throw new Error(`PDF answered ${first.status}`);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    bytes = (await response.arrayBuffer()).byteLength;
    times.push(performance.now() - started);
  }

  // Held to issued, in a browser, counting clicks (signing in not counted).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.base}/sign-in?lng=en`);
  await page.getByLabel("Username").fill("iro.bench");
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/iro$/);
  await page.goto(`${server.base}/iro/reviews/${ids.englishReviewId}`);
  let clicks = 0;
  const click = async (locator: ReturnType<typeof page.getByRole>) => {
    clicks++;
    await locator.click();
    await page.waitForLoadState("load");
  };
  const started = performance.now();
  await click(page.getByRole("link", { name: /Write the letter to Jade/ }));
  await click(page.getByRole("button", { name: "Issue the letter" }));
  await page.getByRole("status").filter({ hasText: "The letter is issued." }).waitFor();
  const seconds = (performance.now() - started) / 1000;
  await browser.close();

  console.log(
    JSON.stringify(
      {
        pdf: {
          samples,
          medianMs: Number(median(times).toFixed(0)),
          p95Ms: Number(
            [...times].sort((a, b) => a - b)[Math.floor(samples * 0.95) - 1]!.toFixed(0),
          ),
          bytes,
          languages: ["ti", "en"],
        },
        heldToIssuedEnglish: { clicks, typedFields: 0, seconds: Number(seconds.toFixed(1)) },
      },
      null,
      2,
    ),
  );
} finally {
  server.stop();
  rmSync(dir, { recursive: true, force: true });
}
