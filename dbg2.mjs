import { chromium } from "@playwright/test";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const ctx = await browser.newContext({
  viewport: { width: 390, height: 844 },
  javaScriptEnabled: process.env.JS !== "0",
});
const page = await ctx.newPage();
const B = "http://localhost:3100";
await page.goto(B + "/sign-in?lng=en");
await page.getByLabel("Username").fill("jayden");
await page.getByLabel("Password", { exact: true }).fill("ownvoice-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/me$/);
await page.screenshot({ path: "/tmp/me.png", fullPage: true });
await page.getByRole("link", { name: /Get ready for my review/ }).click();
await page.waitForURL(/questions/);
await page.screenshot({ path: "/tmp/q1.png", fullPage: true });
await page.getByLabel("Happy", { exact: true }).check();
await page.getByRole("button", { name: /Next/ }).click();
await page.waitForURL(/questions\/school/);
for (let i = 0; i < 3; i++) {
  await page.getByRole("button", { name: "Skip this question" }).click();
  await page.waitForTimeout(300);
}
console.log(page.url());
await page.getByLabel("Music").check();
await page.getByLabel("Art and making things").check();
await page.getByRole("button", { name: /Next/ }).click();
await page.waitForTimeout(300);
console.log(page.url());
await page.getByRole("button", { name: "Skip this question" }).click();
await page.waitForTimeout(300);
await page.getByLabel(/change/).fill("I want to see my brother more.");
await page.getByRole("button", { name: /Next/ }).click();
await page.waitForTimeout(300);
for (let i = 0; i < 2; i++) {
  await page.getByRole("button", { name: "Skip this question" }).click();
  await page.waitForTimeout(300);
}
console.log("date page", page.url());
await page.getByLabel("Day").fill("31");
await page.getByLabel("Month").fill("2");
await page.getByLabel("Year").fill("2027");
await page.getByRole("button", { name: /Next/ }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/date-error.png", fullPage: true });
console.log("after bad date", page.url(), await page.title());
await page.getByLabel("Day").fill("3");
await page.getByRole("button", { name: /Next/ }).click();
await page.waitForTimeout(300);
for (let i = 0; i < 2; i++) {
  await page.getByRole("button", { name: "Skip this question" }).click();
  await page.waitForTimeout(300);
}
console.log("rank page", page.url());
await page.screenshot({ path: "/tmp/rank.png", fullPage: true });
await page.getByRole("group", { name: "Number 1" }).getByLabel("Family", { exact: true }).check();
await page.getByRole("group", { name: "Number 2" }).getByLabel("Health", { exact: true }).check();
await page.getByRole("button", { name: /Next/ }).click();
await page.waitForTimeout(300);
for (let i = 0; i < 3; i++) {
  await page.getByRole("button", { name: "Skip this question" }).click();
  await page.waitForTimeout(300);
}
console.log("check", page.url());
await page.screenshot({ path: "/tmp/check.png", fullPage: true });
await page.getByRole("link", { name: "Continue" }).click();
await page.waitForTimeout(300);
await page.getByLabel("Only my IRO").check();
await page.getByRole("button", { name: "Send" }).click();
await page.waitForTimeout(500);
console.log("sent", page.url());
await page.screenshot({ path: "/tmp/sent.png", fullPage: true });
await browser.close();
