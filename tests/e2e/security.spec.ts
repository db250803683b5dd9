import { expect, test } from "./fixtures";

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
