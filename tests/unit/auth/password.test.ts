import { describe, expect, it } from "vitest";
import { hashSecret, verifySecret } from "~/auth/password.server";

describe("passwords", () => {
  it("a hashed password verifies, a different one does not", async () => {
    const hash = await hashSecret("correct horse battery");
    expect(hash.startsWith("scrypt$")).toBe(true);
    expect(hash).not.toContain("correct horse");
    expect(await verifySecret("correct horse battery", hash)).toBe(true);
    expect(await verifySecret("correct horse batterY", hash)).toBe(false);
  });

  it("the same password hashes differently each time (salted)", async () => {
    expect(await hashSecret("same")).not.toBe(await hashSecret("same"));
  });

  it("an account without a password never verifies", async () => {
    expect(await verifySecret("anything", null)).toBe(false);
  });
});
