import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb } from "#db/db.server";

// Each test file gets its own empty database, migrated on first use, with no demo data.
const dir = mkdtempSync(path.join(tmpdir(), "own-voice-unit-"));
process.env.DATABASE_PATH = path.join(dir, "test.sqlite");
process.env.SEED_DEMO = "false";
process.env.SESSION_SECRET = "unit-test-secret-unit-test-secret-0123456789";
process.env.NODE_ENV = "test";

afterAll(() => closeDb());
