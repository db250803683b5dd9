import { describe, expect, it } from "vitest";
import { issuedOn } from "~/letters/render";

describe("the date a letter was issued", () => {
  it("is the day in England, not in UTC: issued at 00:30 on a summer night is that day", () => {
    // 23:30 UTC on 14 July is 00:30 on 15 July in London (British Summer Time).
    expect(issuedOn("2026-07-14T23:30:00.000Z")).toBe("2026-07-15");
  });

  it("in winter England is on UTC", () => {
    expect(issuedOn("2026-12-14T23:30:00.000Z")).toBe("2026-12-14");
  });
});
