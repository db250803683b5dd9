import { describe, expect, it } from "vitest";
import { caseRecordFileName, safeFilePart } from "~/records/file-name";

describe("case-record file names", () => {
  it("are <case reference>_<kind>_<date>.pdf", () => {
    expect(
      caseRecordFileName({ id: "x", caseReference: "CR123456" }, "statement", "2025-06-01"),
    ).toBe("CR123456_statement_2025-06-01.pdf");
    expect(caseRecordFileName({ id: "x", caseReference: "CR1" }, "letter", "2025-07-09")).toBe(
      "CR1_letter_2025-07-09.pdf",
    );
    // Between reviews (issue 18).
    expect(caseRecordFileName({ id: "x", caseReference: "CR1" }, "midway", "2025-08-10")).toBe(
      "CR1_midway_2025-08-10.pdf",
    );
    expect(caseRecordFileName({ id: "x", caseReference: "CR1" }, "escalation", "2025-08-11")).toBe(
      "CR1_escalation_2025-08-11.pdf",
    );
    expect(caseRecordFileName({ id: "x", caseReference: "CR1" }, "contacts", "2025-08-12")).toBe(
      "CR1_contacts_2025-08-12.pdf",
    );
  });

  it("turn spaces, slashes and quotes in a typed reference into single hyphens", () => {
    expect(
      caseRecordFileName({ id: "x", caseReference: ' CR 12/34 "a"\\..' }, "review", "2025-01-02"),
    ).toBe("CR-12-34-a_review_2025-01-02.pdf");
  });

  it("fall back to the record's id when a child has no case reference", () => {
    expect(
      caseRecordFileName(
        { id: "Yp_7f3a9c2e41b8d0aa", caseReference: null },
        "review",
        "2025-01-02",
      ),
    ).toBe("own-voice-yp-7f3a9c2e4_review_2025-01-02.pdf");
  });

  it("fall back too when nothing of the reference survives cleaning", () => {
    expect(
      caseRecordFileName({ id: "abc123", caseReference: "／／" }, "letter", "2025-01-02"),
    ).toBe("own-voice-abc123_letter_2025-01-02.pdf");
  });

  it("refuse a date that is not YYYY-MM-DD rather than name a file wrongly", () => {
    expect(() =>
      caseRecordFileName({ id: "a", caseReference: "R" }, "letter", "1/2/2025"),
    ).toThrow();
  });

  it("keep letters with accents as their plain letters", () => {
    expect(safeFilePart("Zoë-Renée")).toBe("Zoe-Renee");
  });
});
