import type { Page } from "@playwright/test";
import { addDays, todayInEngland } from "~/dates/calendar";
import { allocate, buildOrganisation, buildUser, buildYoungPerson } from "../fixtures/builders";
import { expect, expectAccessible } from "./fixtures";
import { signInWithPictures, submitAndWait, t } from "./helpers";

export const childPictures = ["star", "fish", "tree", "ball"] as const;

/** An invented young person with an IRO and a social worker, each able to sign in. */
export async function buildFamily(options: { lng: string; age: number; givenName: string }) {
  const organisationId = buildOrganisation(`${options.givenName}'s Council`);
  const child = await buildUser(organisationId, {
    role: "young_person",
    pictures: [...childPictures],
    preferredLanguage: options.lng,
    displayName: options.givenName,
  });
  const iro = await buildUser(organisationId, {
    role: "iro",
    password: "iro-pass-123",
    displayName: "Ines Reviewer",
  });
  const worker = await buildUser(organisationId, {
    role: "social_worker",
    password: "sw-pass-1234",
    displayName: "Sol Worker",
  });
  const born = addDays(todayInEngland(), -(options.age * 365 + 100));
  const youngPersonId = buildYoungPerson(organisationId, {
    userId: child.id,
    givenName: options.givenName,
    dateOfBirth: born,
    preferredLanguage: options.lng,
  });
  allocate(organisationId, youngPersonId, iro.id, "iro");
  allocate(organisationId, youngPersonId, worker.id, "social_worker");
  return { organisationId, child, iro, worker, youngPersonId };
}

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
