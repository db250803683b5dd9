import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { picturePasswordLength } from "~/auth/pictures";
import { namespaces } from "~/i18n/languages";
import { expect, expectAccessible } from "./fixtures";

type Tree = { [key: string]: string | Tree };
const cache = new Map<string, Record<string, Tree>>();

/**
 * The words a person sees, from the same locale files the app uses, so tests find things by
 * their accessible name in any language: t("ar", "auth:signIn.submit").
 */
export function t(lng: string, key: string, values: Record<string, string | number> = {}): string {
  let resources = cache.get(lng);
  if (!resources) {
    resources = Object.fromEntries(
      namespaces.map((ns) => [
        ns,
        JSON.parse(readFileSync(path.resolve("locales", lng, `${ns}.json`), "utf8")) as Tree,
      ]),
    );
    cache.set(lng, resources);
  }
  const [ns, rest] = key.split(":") as [string, string];
  const found = rest
    .split(".")
    .reduce<string | Tree | undefined>(
      (node, part) => (node && typeof node === "object" ? node[part] : undefined),
      resources[ns],
    );
  if (typeof found !== "string") throw new Error(`No string ${lng}/${key}`);
  return found
    .replace(/\$t\(([\w-]+:[\w.-]+)\)/g, (_, nested: string) => t(lng, nested))
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ""));
}

export async function signIn(page: Page, username: string, password: string, lng = "en") {
  await page.goto(`/sign-in?lng=${lng}`);
  await expectAccessible(page);
  await page.getByLabel(t(lng, "auth:signIn.username")).fill(username);
  await page.getByLabel(t(lng, "auth:signIn.password"), { exact: true }).fill(password);
  await submitAndWait(page, t(lng, "auth:signIn.submit"));
}

/** Clicks a submit button and waits until the server has answered the post and the page has settled. */
export async function submitAndWait(page: Page, buttonName: string) {
  // Without JavaScript the post answers with a redirect, reported as the response to the
  // request it redirected to.
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" || r.request().redirectedFrom()?.method() === "POST",
  );
  await page.getByRole("button", { name: buttonName }).click();
  await answered;
  await page.waitForLoadState("load");
  // With JavaScript, Remix answers the post and then loads the next page's data itself: wait
  // until that navigation is over, or the next click could land on the page being left.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as { __remixRouter?: { state: { navigation: { state: string } } } }).__remixRouter
            ?.state.navigation.state ?? "idle",
      ),
    )
    .toBe("idle");
}

/** Chooses pictures in order: one radio group per place, found by its legend. */
export async function choosePictures(page: Page, pictures: readonly string[], lng = "en") {
  for (const [index, picture] of pictures.entries()) {
    const group = page.getByRole("group", {
      name: t(lng, "auth:pictures.position", { n: index + 1, count: picturePasswordLength }),
    });
    await group.getByLabel(t(lng, `auth:pictures.names.${picture}`), { exact: true }).check();
  }
}

export async function signInWithPictures(
  page: Page,
  username: string,
  pictures: readonly string[],
  lng = "en",
) {
  await page.goto(`/sign-in/pictures?lng=${lng}`);
  await expectAccessible(page);
  await page.getByLabel(t(lng, "auth:signIn.username")).fill(username);
  await choosePictures(page, pictures, lng);
  await submitAndWait(page, t(lng, "auth:signIn.submit"));
}

export async function signOut(page: Page, lng = "en") {
  await page.getByRole("button", { name: t(lng, "common:nav.signOut") }).click();
  await expect(page.getByText(t(lng, "auth:signOut.done"))).toBeVisible();
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
