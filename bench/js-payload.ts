// `npm run bench`: how much JavaScript (gzip) the sign-in page and a young person's pages ship.
// Builds the app, starts it on a throw-away database, signs in as a demo young person, and adds up
// every script each page loads before anyone touches it. The Get help dialog, loaded only when
// pressed, is reported on its own line.
import { execSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pageWeight, signIn, startServer } from "./lib";

if (!process.argv.includes("--no-build")) execSync("npm run build", { stdio: "ignore" });
const server = await startServer(4900);
try {
  const cookie = await signIn(server.base, "jayden", "ownvoice-demo");
  const first = await fetch(`${server.base}/me/start/getting-ready`, {
    headers: { cookie },
    redirect: "manual",
  });
  const questionPath = first.headers.get("location")!;
  const rows = [
    { label: "sign-in page", ...(await pageWeight(server.base, "/sign-in")) },
    { label: "young person's home", ...(await pageWeight(server.base, "/me", cookie)) },
    { label: "question page", ...(await pageWeight(server.base, questionPath, cookie)) },
  ];
  console.table(
    rows.map(({ label, status, jsGzipKB, htmlGzipKB }) => ({
      label,
      status,
      jsGzipKB,
      htmlGzipKB,
    })),
  );
  const assets = "build/client/assets";
  const onDemand = readdirSync(assets)
    .filter((f) => f.startsWith("HelpDialog"))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(assets, f))).length, 0);
  console.log(
    `Loaded only when "Get help now" is pressed: ${(onDemand / 1024).toFixed(1)} KB gzip`,
  );
  const budget = 120;
  const over = rows.filter((r) => r.jsGzipKB > budget);
  console.log(
    over.length
      ? `OVER the ${budget} KB budget: ${over.map((r) => r.label).join(", ")}`
      : `Every page is within the ${budget} KB gzip budget.`,
  );
} finally {
  server.stop();
}
