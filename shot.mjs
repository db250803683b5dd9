import { chromium } from "@playwright/test";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
for (const [name, url] of process.argv
  .slice(2)
  .map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)])) {
  await page.goto("http://localhost:3100" + url);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
}
await browser.close();
