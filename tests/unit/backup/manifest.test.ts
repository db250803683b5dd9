import { describe, expect, it } from "vitest";
import {
  archiveProblems,
  isSafeEntryPath,
  migrationProblem,
  type FoundFile,
  type Manifest,
} from "~/backup/manifest";

const hash = (c: string) => c.repeat(64);

const manifest: Manifest = {
  format: "own-voice-backup",
  formatVersion: 1,
  createdAt: "2031-03-04T02:00:00.000Z",
  appVersion: "0.1.0",
  database: {
    path: "own-voice.sqlite",
    size: 4096,
    sha256: hash("a"),
    migration: { count: 2, tag: "0001_consultation", when: 200 },
  },
  files: [
    { path: "voice-notes/n1", size: 10, sha256: hash("b") },
    { path: "audio/recordings/r1", size: 20, sha256: hash("c") },
  ],
};

const allFound = () =>
  new Map<string, FoundFile>([
    ["own-voice.sqlite", { size: 4096, sha256: hash("a") }],
    ["voice-notes/n1", { size: 10, sha256: hash("b") }],
    ["audio/recordings/r1", { size: 20, sha256: hash("c") }],
  ]);

describe("checking an archive against its manifest", () => {
  it("finds nothing wrong when every file is there, byte for byte", () => {
    expect(archiveProblems(manifest, allFound())).toEqual([]);
  });

  it("names a file that is missing, altered, cut short or not listed", () => {
    const found = allFound();
    found.delete("voice-notes/n1");
    found.set("audio/recordings/r1", { size: 20, sha256: hash("d") });
    found.set("own-voice.sqlite", { size: 1024, sha256: hash("a") });
    found.set("audio/letters/x", { size: 1, sha256: hash("e") });
    expect(archiveProblems(manifest, found)).toEqual([
      "own-voice.sqlite holds 1024 bytes; the manifest says 4096",
      "voice-notes/n1 is listed in the manifest but missing from the archive",
      "audio/recordings/r1 does not match its checksum in the manifest",
      "audio/letters/x is in the archive but not in the manifest",
    ]);
  });
});

describe("paths an archive may hold", () => {
  it("accepts plain relative paths", () => {
    expect(isSafeEntryPath("voice-notes/2f0c")).toBe(true);
    expect(isSafeEntryPath(".session-secret")).toBe(true);
  });

  it("refuses anything that could reach outside the folder being restored into", () => {
    for (const bad of [
      "../etc/passwd",
      "/etc/passwd",
      "a/../../b",
      "a//b",
      "./a",
      "a\\b",
      "C:x",
      "",
    ])
      expect(isSafeEntryPath(bad), bad).toBe(false);
  });
});

describe("the database's migration level", () => {
  const journal = [
    { idx: 0, tag: "0000_init", when: 100 },
    { idx: 1, tag: "0001_consultation", when: 200 },
  ];

  it("a backup at this code's level, or an older one, may be restored", () => {
    expect(migrationProblem(manifest.database.migration, journal, "0.1.0")).toBeNull();
    expect(
      migrationProblem({ count: 1, tag: "0000_init", when: 100 }, journal, "0.0.9"),
    ).toBeNull();
  });

  it("a backup from a newer version is refused, naming the version to use", () => {
    const problem = migrationProblem({ count: 3, tag: "0002_future", when: 300 }, journal, "0.2.0");
    expect(problem).toContain("0002_future");
    expect(problem).toContain("0001_consultation");
    expect(problem).toContain("Own Voice 0.2.0 or later");
  });
});
