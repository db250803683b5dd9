import { describe, expect, it } from "vitest";
import { archiveName, archiveTime, archivesToRemove, backupIsDue, latestSlot } from "~/backup/keep";

describe("archive names", () => {
  it("carry the UTC time they were made, to the second", () => {
    const at = new Date("2031-03-04T02:00:05.123Z");
    expect(archiveName(at)).toBe("own-voice-2031-03-04T02-00-05Z.tar.gz");
    expect(archiveTime(archiveName(at))?.toISOString()).toBe("2031-03-04T02:00:05.000Z");
  });

  it("other files in the folder are not taken for archives", () => {
    expect(archiveTime("own-voice-2031-03-04T02-00-05Z.tar.gz.sha256")).toBeNull();
    expect(archiveTime("own-voice-2031-03-04T02-00-05Z.tar.gz.partial")).toBeNull();
    expect(archiveTime("notes.txt")).toBeNull();
  });
});

describe("keeping the newest archives", () => {
  const names = [
    "own-voice-2031-03-02T02-00-00Z.tar.gz",
    "own-voice-2031-03-04T02-00-00Z.tar.gz",
    "own-voice-2031-03-01T02-00-00Z.tar.gz",
    "own-voice-2031-03-03T02-00-00Z.tar.gz",
    "own-voice-2031-03-03T02-00-00Z.tar.gz.sha256",
    "README.txt",
  ];

  it("removes the oldest beyond the number kept, and nothing else", () => {
    expect(archivesToRemove(names, 2)).toEqual([
      "own-voice-2031-03-02T02-00-00Z.tar.gz",
      "own-voice-2031-03-01T02-00-00Z.tar.gz",
    ]);
  });

  it("removes nothing while there are no more than the number kept", () => {
    expect(archivesToRemove(names, 4)).toEqual([]);
    expect(archivesToRemove(names, 14)).toEqual([]);
  });

  it("always keeps the newest, even when told to keep none", () => {
    expect(archivesToRemove(names, 0)).not.toContain("own-voice-2031-03-04T02-00-00Z.tar.gz");
  });
});

describe("when the daily backup is due", () => {
  it("is due after the hour when no archive was made since", () => {
    const now = new Date("2031-01-15T02:10:00Z"); // 02:10 in England (GMT)
    expect(backupIsDue(now, 2, ["own-voice-2031-01-14T02-00-04Z.tar.gz"])).toBe(true);
  });

  it("is not due again once today's archive exists (a restart makes no second one)", () => {
    const now = new Date("2031-01-15T09:00:00Z");
    expect(backupIsDue(now, 2, ["own-voice-2031-01-15T02-00-04Z.tar.gz"])).toBe(false);
  });

  it("before the hour, yesterday's archive is enough", () => {
    const now = new Date("2031-01-15T01:30:00Z");
    expect(backupIsDue(now, 2, ["own-voice-2031-01-14T02-03-00Z.tar.gz"])).toBe(false);
    // A server that was down at 02:00 yesterday makes it up as soon as it is back.
    expect(backupIsDue(now, 2, ["own-voice-2031-01-13T02-03-00Z.tar.gz"])).toBe(true);
  });

  it("an archive made by hand before the hour does not stand for that day's backup", () => {
    const now = new Date("2031-01-15T03:00:00Z");
    expect(backupIsDue(now, 2, ["own-voice-2031-01-15T01-59-00Z.tar.gz"])).toBe(true);
  });

  it("keeps to English time in summer (02:00 BST is 01:00 UTC)", () => {
    expect(latestSlot(new Date("2031-07-01T01:30:00Z"), 2).toISOString()).toBe(
      "2031-07-01T01:00:00.000Z",
    );
    expect(latestSlot(new Date("2031-07-01T00:30:00Z"), 2).toISOString()).toBe(
      "2031-06-30T01:00:00.000Z",
    );
  });

  it("is due at once in a folder with no archives", () => {
    expect(backupIsDue(new Date("2031-01-15T12:00:00Z"), 2, [])).toBe(true);
  });
});
