import { expect, expectAccessible, test } from "./fixtures";
import { signIn, t } from "./helpers";

test("every page carries the security headers, with a fresh script nonce and no inline scripts allowed", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("no-referrer");
  expect(first.headers()["strict-transport-security"]).toContain("max-age=");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  expect((await request.get("/icons/sun.svg")).headers()["x-content-type-options"]).toBe("nosniff");
});

test("a form post from another site is refused", async ({ request }) => {
  const response = await request.post("/sign-in?index", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    form: { username: "iro.amelia", password: "ownvoice-demo" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test("a same-site post without the form's CSRF token is refused", async ({ request }) => {
  const response = await request.post("/sign-in?index", {
    headers: { "sec-fetch-site": "same-origin" },
    form: { username: "iro.amelia", password: "ownvoice-demo", csrf: "guessed" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("ov_session=");
});

test("no page for a signed-in person may be kept in a browser's or proxy's cache; static files may", async ({
  page,
}) => {
  await signIn(page, "iro.amelia", "ownvoice-demo");
  const home = await page.request.get("/iro");
  expect(home.status()).toBe(200);
  expect(home.headers()["cache-control"]).toBe("no-store");
  const data = await page.request.get("/iro?_data=routes%2Firo._index");
  expect(data.headers()["cache-control"]).toBe("no-store");
  const asset =
    /src="(\/assets\/[^"]+\.js)"/.exec(await home.text())?.[1] ??
    /href="(\/assets\/[^"]+)"/.exec(await home.text())![1]!;
  expect((await page.request.get(asset)).headers()["cache-control"]).toContain("immutable");
});

test("a form post over 1 MB is refused with 413 before it is read, whatever Content-Length says", async ({
  baseURL,
}) => {
  const big = new URLSearchParams({ username: "x".repeat(1024 * 1024 + 10), password: "p" });
  const declared = await fetch(`${baseURL}/sign-in?index`, {
    method: "POST",
    headers: { "sec-fetch-site": "same-origin" },
    body: big,
  });
  expect(declared.status).toBe(413);

  // No Content-Length at all: the bytes are counted as they arrive.
  const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 40) return controller.close();
      sent++;
      controller.enqueue(chunk);
    },
  });
  const streamed = await fetch(`${baseURL}/sign-in?index`, {
    method: "POST",
    headers: {
      "sec-fetch-site": "same-origin",
      "content-type": "application/x-www-form-urlencoded",
    },
    body: stream,
    duplex: "half",
  } as RequestInit);
  expect(streamed.status).toBe(413);

  // A small form still reaches the app (which refuses it for its missing CSRF token).
  const small = await fetch(`${baseURL}/sign-in?index`, {
    method: "POST",
    headers: { "sec-fetch-site": "same-origin" },
    body: new URLSearchParams({ username: "x", password: "p" }),
  });
  expect(small.status).toBe(403);
});

test("only a voice-note question takes more than 1 MB, and not more than 10 MB", async ({
  baseURL,
}) => {
  const multipart = (bytes: number) => {
    const form = new FormData();
    form.set("voiceNote", new Blob([new Uint8Array(bytes)], { type: "audio/webm" }), "v.webm");
    return form;
  };
  const post = (url: string, bytes: number) =>
    fetch(`${baseURL}${url}`, {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin" },
      body: multipart(bytes),
    }).then((r) => r.status);
  const question = "/me/statements/00000000-0000-0000-0000-000000000000/questions/voice";
  // Within the limit it reaches the app, which has nobody signed in here to take it.
  expect(await post(question, 3 * 1024 * 1024)).not.toBe(413);
  expect(await post(question, 11 * 1024 * 1024)).toBe(413);
  expect(await post("/sign-in?index", 3 * 1024 * 1024)).toBe(413);
});

test.describe("a form too large to take, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows a page that says so in the visitor's language, with status 413", async ({ page }) => {
    await page.goto("/sign-in?lng=ar");
    await page.getByLabel(t("ar", "auth:signIn.username")).evaluate((input) => {
      input.removeAttribute("maxlength");
      (input as HTMLInputElement).value = "x".repeat(1024 * 1024 + 10);
    });
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: t("ar", "auth:signIn.submit") }).click();
    expect((await answered).status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("ar", "common:errorPage.tooLargeTitle"),
    );
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectAccessible(page);
  });
});
