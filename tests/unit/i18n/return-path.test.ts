import { describe, expect, it } from "vitest";
import { safeReturnPath } from "~/i18n/return-path";

describe("the page the language picker returns to", () => {
  it("is the same page, with its query kept and the old ?lng= dropped", () => {
    expect(safeReturnPath("/me/letters", "?lng=ar&tab=2")).toBe("/me/letters?tab=2");
    expect(safeReturnPath("/help", "")).toBe("/help");
  });

  it("is never another site's address", () => {
    expect(safeReturnPath("//evil.example/x")).toBe("/evil.example/x");
    expect(safeReturnPath("/\\\\evil.example/x")).toBe("/evil.example/x");
    expect(safeReturnPath("/a\\b")).toBe("/");
    expect(safeReturnPath("\\\\evil.example")).toBe("/evil.example");
    expect(safeReturnPath("")).toBe("/");
  });
});
