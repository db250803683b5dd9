import { describe, expect, it } from "vitest";
import { bundleContents, manifestCsv, type DocumentRef } from "~/records/bundle-contents";

const person = { id: "yp1", caseReference: "CR 77" };
const documents: DocumentRef[] = [
  { kind: "letter", id: "l1", version: 2, date: "2025-05-20", title: "Letter, version 2" },
  { kind: "statement", id: "s2", date: "2025-05-01", title: "My say" },
  { kind: "review", id: "r1", date: "2025-05-10", title: "Second review" },
  { kind: "statement", id: "s1", date: "2025-05-01", title: "Get ready for my review" },
  { kind: "letter", id: "l1", version: 1, date: "2025-05-14", title: "Letter, version 1" },
  { kind: "statement", id: "s0", date: "2024-11-03", title: "I am worried" },
];

describe("a case record bundle's contents", () => {
  it("lists every document oldest first under its case-record name, same-day twins numbered", () => {
    expect(
      bundleContents(person, documents, { from: null, to: null }).map((e) => e.fileName),
    ).toEqual([
      "CR-77_statement_2024-11-03.pdf",
      "CR-77_statement_2025-05-01.pdf",
      "CR-77_statement_2025-05-01-2.pdf",
      "CR-77_review_2025-05-10.pdf",
      "CR-77_letter_2025-05-14.pdf",
      "CR-77_letter_2025-05-20.pdf",
    ]);
  });

  it("holds only the period asked for, both ends included", () => {
    const entries = bundleContents(person, documents, { from: "2025-05-01", to: "2025-05-14" });
    expect(entries.map((e) => `${e.kind}:${e.id}`)).toEqual([
      "statement:s1",
      "statement:s2",
      "review:r1",
      "letter:l1",
    ]);
    expect(entries.at(-1)?.version).toBe(1);
  });

  it("is empty for a period with nothing in it", () => {
    expect(bundleContents(person, documents, { from: "2026-01-01", to: null })).toEqual([]);
  });

  it("gets a manifest naming each file with its kind, date, version, title and checksum", () => {
    const entries = bundleContents(person, documents, { from: "2025-05-10", to: null });
    const csv = manifestCsv(entries.map((e, i) => ({ ...e, sha256: `hash${i}` })));
    expect(csv.split("\r\n")).toEqual([
      "file,kind,date,version,title,sha256",
      "CR-77_review_2025-05-10.pdf,review,2025-05-10,,Second review,hash0",
      'CR-77_letter_2025-05-14.pdf,letter,2025-05-14,1,"Letter, version 1",hash1',
      'CR-77_letter_2025-05-20.pdf,letter,2025-05-20,2,"Letter, version 2",hash2',
      "",
    ]);
  });
});

describe("between reviews in the bundle (issue 18)", () => {
  const between: DocumentRef[] = [
    { kind: "midway", id: "m1", date: "2025-08-10", title: "Midway check" },
    { kind: "escalation", id: "e1", date: "2025-08-10", title: "Escalation: Family time" },
    { kind: "contacts", id: "c2", date: "2025-09-02", title: "Contact log" },
    { kind: "contacts", id: "c1", date: "2025-07-01", title: "Contact log" },
    { kind: "contacts", id: "c3", date: "2025-12-24", title: "Contact log" },
    { kind: "escalation", id: "e2", date: "2025-08-10", title: "Escalation: Education" },
  ];

  it("gives each midway check and escalation a file, and one contact log dated its last contact", () => {
    const entries = bundleContents(person, between, { from: null, to: null });
    expect(entries.map((e) => e.fileName)).toEqual([
      "CR-77_midway_2025-08-10.pdf",
      "CR-77_escalation_2025-08-10.pdf",
      "CR-77_escalation_2025-08-10-2.pdf",
      "CR-77_contacts_2025-12-24.pdf",
    ]);
    expect(entries.at(-1)!.ids!.sort()).toEqual(["c1", "c2", "c3"]);
  });

  it("keeps in the contact log only the contacts of the period, dated the last of them", () => {
    const entries = bundleContents(person, between, { from: "2025-07-02", to: "2025-09-30" });
    expect(entries.map((e) => `${e.kind}:${e.date}`)).toEqual([
      "midway:2025-08-10",
      "escalation:2025-08-10",
      "escalation:2025-08-10",
      "contacts:2025-09-02",
    ]);
    expect(entries.at(-1)!.ids).toEqual(["c2"]);
  });

  it("has no contact log when the period has no contact, and a manifest line for each new kind", () => {
    const entries = bundleContents(person, between, { from: "2025-08-01", to: "2025-08-31" });
    expect(entries.some((e) => e.kind === "contacts")).toBe(false);
    const all = bundleContents(person, between, { from: "2025-12-01", to: null });
    expect(manifestCsv(all.map((e) => ({ ...e, sha256: "h" }))).split("\r\n")[1]).toBe(
      "CR-77_contacts_2025-12-24.pdf,contacts,2025-12-24,,Contact log,h",
    );
  });
});
