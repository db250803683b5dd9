// `npm run bench:question`: a question page under load, against a trivial route, and the taps a
// child needs from home to sent. Run after `npm run build` (or pass --build).
import { execSync } from "node:child_process";
import { findTemplate } from "~/consultation/templates";
import type { Question } from "~/consultation/template-schema";
import { load, pageWeight, signIn, startServer } from "./lib";

if (process.argv.includes("--build")) execSync("npm run build", { stdio: "ignore" });
const server = await startServer(4901);
try {
  const cookie = await signIn(server.base, "jayden", "ownvoice-demo");
  const first = await fetch(`${server.base}/me/start/getting-ready`, {
    headers: { cookie },
    redirect: "manual",
  });
  const questionPath = first.headers.get("location")!;
  const weight = await pageWeight(server.base, questionPath, cookie);
  const trivial = await pageWeight(server.base, "/healthz");

  // Warm up, then 20 concurrent clients.
  await load(`${server.base}${questionPath}`, cookie, 4, 100);
  await load(`${server.base}/healthz`, cookie, 4, 100);
  const question = await load(`${server.base}${questionPath}`, cookie, 20, 2000);
  const healthz = await load(`${server.base}/healthz`, cookie, 20, 2000);

  console.log("Question page weight:");
  console.table([
    { page: "question", ...weight },
    { page: "/healthz (trivial)", ...trivial },
  ]);
  console.log("Under 20 concurrent clients, 2000 requests in all for each route:");
  console.table([
    { route: "question page", ...question },
    { route: "/healthz (trivial)", ...healthz },
  ]);
  console.log(
    `Ratio question / trivial: p50 ${(question.p50 / healthz.p50).toFixed(1)}x, p95 ${(question.p95 / healthz.p95).toFixed(1)}x, throughput ${(healthz.perSecond / question.perSecond).toFixed(1)}x fewer requests per second`,
  );

  // Taps from home to sent for "Getting ready for my review".
  const template = findTemplate("getting-ready")!;
  const tapsToAnswer = (q: Question) => {
    switch (q.kind) {
      case "date":
        return 3 + 1; // day, month, year, Next (plus typing)
      case "voice-note":
        return 2 + 1; // Record, Stop, Next
      case "short-text":
      case "long-text":
        return 1 + 1; // the box, Next (plus typing)
      default:
        return 1 + 1; // one picture, Next
    }
  };
  const around =
    1 /* home tile */ + 1 /* Continue on check */ + 1 /* sharing choice */ + 1; /* Send */
  const skipped = around + template.questions.length;
  const answered = around + template.questions.reduce((sum, q) => sum + tapsToAnswer(q), 0);
  console.log(
    `Taps, home to sent, "${template.id}" (${template.questions.length} questions): every question skipped ${skipped}; every question answered (one picture each, typing not counted) ${answered}.`,
  );
} finally {
  server.stop();
}
