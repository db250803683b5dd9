import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedSecret, parseTrustProxy } from "~/env.server";

describe("a fresh install with no SESSION_SECRET", () => {
  it("generates a strong secret beside the database, readable by its user only, says so once, and reuses it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "own-voice-secret-"));
    const database = path.join(dir, "data", "own-voice.sqlite");
    const said: string[] = [];
    const first = generatedSecret(database, (line) => said.push(line));
    const file = path.join(dir, "data", ".session-secret");
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(".session-secret");

    expect(generatedSecret(database, (line) => said.push(line))).toBe(first);
    expect(said).toHaveLength(1);
  });
});

describe("TRUST_PROXY", () => {
  it("takes a hop count or the proxies' addresses, as Express documents", () => {
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("loopback, 10.0.0.0/8, 192.0.2.4")).toEqual([
      "loopback",
      "10.0.0.0/8",
      "192.0.2.4",
    ]);
    expect(parseTrustProxy("fd00::/8")).toEqual(["fd00::/8"]);
  });

  it("refuses true, which would believe any address a client writes, and anything unclear", () => {
    expect(parseTrustProxy("true")).toBeUndefined();
    expect(parseTrustProxy("10.0.0.0/40")).toBeUndefined();
    expect(parseTrustProxy("proxy.example")).toBeUndefined();
  });
});
