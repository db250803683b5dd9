import { describe, expect, it } from "vitest";
import { isLocalAddress, shouldSeedDemo } from "#db/seed/should-seed-demo";

describe("whether an empty database gets the demo organisation", () => {
  it("SEED_DEMO=true always seeds, even in production on a public address", () => {
    expect(shouldSeedDemo({ SEED_DEMO: "true" })).toEqual({ seed: true });
    expect(
      shouldSeedDemo({
        SEED_DEMO: "true",
        NODE_ENV: "production",
        PUBLIC_URL: "https://ownvoice.example.org",
      }),
    ).toEqual({ seed: true });
  });

  it("SEED_DEMO=false never seeds, wherever it runs", () => {
    for (const NODE_ENV of ["development", "production", "test"]) {
      for (const PUBLIC_URL of [undefined, "http://localhost:3000", "https://ownvoice.example.org"])
        expect(shouldSeedDemo({ SEED_DEMO: "false", NODE_ENV, PUBLIC_URL })).toEqual({
          seed: false,
          reason: "turned-off",
        });
    }
  });

  it("unset, with no settings at all (npm start on a fresh clone), it seeds", () => {
    expect(shouldSeedDemo({})).toEqual({ seed: true });
    expect(shouldSeedDemo({ NODE_ENV: "production" })).toEqual({ seed: true });
  });

  it("unset, in production on a public address, it does not seed (its passwords are published)", () => {
    expect(
      shouldSeedDemo({ NODE_ENV: "production", PUBLIC_URL: "https://ownvoice.example.org" }),
    ).toEqual({ seed: false, reason: "production" });
    expect(shouldSeedDemo({ NODE_ENV: "production", PUBLIC_URL: "http://10.0.0.5:3000" })).toEqual({
      seed: false,
      reason: "production",
    });
  });

  it("unset, in production on this machine's own address, it seeds (a trial)", () => {
    for (const PUBLIC_URL of [
      "http://localhost:3000",
      "http://LOCALHOST",
      "http://127.0.0.1:8080",
      "http://[::1]:3000/",
    ])
      expect(shouldSeedDemo({ NODE_ENV: "production", PUBLIC_URL })).toEqual({ seed: true });
  });

  it("unset, outside production, it seeds whatever the address", () => {
    for (const NODE_ENV of ["development", "test"])
      expect(shouldSeedDemo({ NODE_ENV, PUBLIC_URL: "https://ownvoice.example.org" })).toEqual({
        seed: true,
      });
  });

  it("knows which addresses are this machine's own", () => {
    expect(isLocalAddress("http://localhost:3000")).toBe(true);
    expect(isLocalAddress("http://127.0.0.1")).toBe(true);
    expect(isLocalAddress("http://[::1]:3000")).toBe(true);
    expect(isLocalAddress("https://localhost.example.org")).toBe(false);
    expect(isLocalAddress("not a url")).toBe(false);
  });
});
