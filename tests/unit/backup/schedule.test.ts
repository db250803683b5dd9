import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScheduledBackup } from "~/backup/schedule.server";
import { buildOrganisation } from "../../fixtures/builders";

// Read once by env() on first use, which is after this line.
const backupDir = mkdtempSync(path.join(tmpdir(), "own-voice-scheduled-"));
process.env.BACKUP_DIR = backupDir;
process.env.BACKUP_KEEP = "2";
process.env.BACKUP_HOUR = "2";

describe("the daily backup", () => {
  it("makes one archive a day after the hour, and keeps only the newest BACKUP_KEEP", async () => {
    buildOrganisation();
    writeFileSync(path.join(backupDir, "own-voice-2031-01-01T02-00-00Z.tar.gz.partial"), "cut");

    expect(await runScheduledBackup(new Date("2031-01-14T02:05:00Z"))).not.toBeNull();
    // The same day again (a restart, the next check): nothing.
    expect(await runScheduledBackup(new Date("2031-01-14T09:00:00Z"))).toBeNull();
    expect(await runScheduledBackup(new Date("2031-01-15T02:05:00Z"))).not.toBeNull();
    expect(await runScheduledBackup(new Date("2031-01-16T01:55:00Z"))).toBeNull();
    expect(await runScheduledBackup(new Date("2031-01-16T02:05:00Z"))).not.toBeNull();

    expect(readdirSync(backupDir).sort()).toEqual([
      "own-voice-2031-01-15T02-05-00Z.tar.gz",
      "own-voice-2031-01-15T02-05-00Z.tar.gz.sha256",
      "own-voice-2031-01-16T02-05-00Z.tar.gz",
      "own-voice-2031-01-16T02-05-00Z.tar.gz.sha256",
    ]);
  });
});
