import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActions, auditKinds } from "~/audit/actions";
import type { LanguageCode } from "~/i18n/languages";
import { languageResources } from "~/i18n/resources.server";

/*
 * A manager reads every event in plain words, in their language: every action the code can record
 * (the AuditAction union in audit.server.ts, read from its source so a new action cannot slip by)
 * has a kind and a label in English, Arabic, Tigrinya and Oromo.
 */

function actionsInUnion(): string[] {
  const source = readFileSync(path.resolve("app/audit/audit.server.ts"), "utf8");
  const union = /export type AuditAction =([\s\S]*?);/.exec(source)?.[1] ?? "";
  return [...union.matchAll(/\|\s*"(\w+)"/g)].map((m) => m[1]!);
}

type Tree = { [key: string]: string | Tree };

describe("audit action labels", () => {
  it("every action the code can record has a kind", () => {
    const recorded = actionsInUnion();
    expect(recorded.length).toBeGreaterThan(50);
    expect([...auditActions].sort()).toEqual([...recorded].sort());
  });

  it("a kind's name is never also an action's (the filter takes either)", () => {
    for (const kind of auditKinds) expect(auditActions).not.toContain(kind);
  });

  for (const lng of ["en", "ar", "ti", "om"]) {
    it(`every action and kind has a label in ${lng}`, () => {
      const audit = languageResources(lng as LanguageCode).resources.audit as Tree;
      const labels = audit.action as Record<string, string>;
      const kinds = audit.kind as Record<string, string>;
      const missing = actionsInUnion().filter((a) => !labels?.[a]?.trim());
      expect(missing).toEqual([]);
      expect(auditKinds.filter((k) => !kinds?.[k]?.trim())).toEqual([]);
      // A label says what happened in words, not the code.
      for (const a of actionsInUnion()) expect(labels[a]).not.toBe(a);
    });
  }
});
