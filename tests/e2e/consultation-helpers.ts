import type { Page } from "@playwright/test";
import { childPictures } from "../fixtures/family";
import { expect, expectAccessible } from "./fixtures";
import { signInWithPictures, submitAndWait, t } from "./helpers";

export async function signInChild(page: Page, username: string, lng: string) {
  await signInWithPictures(page, username, childPictures, lng);
  await expect(page).toHaveURL(/\/me$/);
}

export async function next(page: Page, lng: string) {
  await submitAndWait(page, t(lng, "consultation:ui.next"));
  await expectAccessible(page);
}

export async function skip(page: Page, lng: string) {
  await submitAndWait(page, t(lng, "consultation:ui.skip"));
  await expectAccessible(page);
}

export async function pick(page: Page, lng: string, code: string) {
  await page
    .getByLabel(t(lng, `consultation:options.${code}`), { exact: true })
    .first()
    .check();
}

export async function expectQuestion(
  page: Page,
  lng: string,
  templateId: string,
  questionId: string,
  teen = false,
) {
  const key = `consultation:${templateId}.${questionId}.${teen ? "teen" : "text"}`;
  let text: string;
  try {
    text = t(lng, key);
  } catch {
    text = t(lng, `consultation:${templateId}.${questionId}.text`);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
}
