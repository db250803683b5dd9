import { describe, expect, it } from "vitest";
import {
  forSocialWorker,
  mergeTimeline,
  parseTimelineFilter,
  type TimelineEntry,
} from "~/timeline/timeline";

const entry = (
  id: string,
  kind: TimelineEntry["kind"],
  at: string,
  detail = {},
): TimelineEntry => ({
  id,
  kind,
  event: "e",
  at,
  detail,
});

describe("timeline merge and filter", () => {
  const contacts = [entry("c1", "contacts", "2025-09-03"), entry("c2", "contacts", "2025-08-01")];
  const reviews = [entry("r1", "reviews", "2025-09-03T09:30:00.000Z")];
  const letters = [entry("l1", "letters", "2025-09-10T12:00:00.000Z")];

  it("puts the newest first across kinds", () => {
    expect(mergeTimeline([contacts, reviews, letters]).map((e) => e.id)).toEqual([
      "l1",
      "r1",
      "c1",
      "c2",
    ]);
  });

  it("keeps only the chosen kind", () => {
    expect(mergeTimeline([contacts, reviews, letters], "contacts").map((e) => e.id)).toEqual([
      "c1",
      "c2",
    ]);
  });

  it("orders entries at the same moment the same way every time", () => {
    const same = [entry("b", "contacts", "2025-09-03"), entry("a", "midway", "2025-09-03")];
    expect(mergeTimeline([same]).map((e) => e.id)).toEqual(["a", "b"]);
    expect(mergeTimeline([[...same].reverse()]).map((e) => e.id)).toEqual(["a", "b"]);
  });

  it("shows at most the limit", () => {
    expect(mergeTimeline([contacts, reviews, letters], "all", 2)).toHaveLength(2);
  });

  it("reads the filter from the address, anything unknown showing everything", () => {
    expect(parseTimelineFilter("contacts")).toBe("contacts");
    expect(parseTimelineFilter("monitoring")).toBe("all");
    expect(parseTimelineFilter(null)).toBe("all");
  });
});

describe("what a social worker sees of the timeline", () => {
  const entries = [
    entry("c", "contacts", "2025-09-03", {
      contactKind: "visit",
      withWhom: "Sam and carer",
      note: "Invented private note",
    }),
    entry("m", "midway", "2025-09-04", { checkedWith: "carer", rag: "amber", note: "Drift" }),
    entry("a", "actions", "2025-09-05", { state: "done", note: "Booked" }),
  ];
  const seen = forSocialWorker(entries);

  it("never shows the IRO's contact note, but shows the contact", () => {
    const contact = seen.find((e) => e.id === "c")!;
    expect(contact.detail).not.toHaveProperty("note");
    expect(contact.detail.withWhom).toBe("Sam and carer");
  });

  it("never shows a midway check's rating or note", () => {
    const midway = seen.find((e) => e.id === "m")!;
    expect(midway.detail).not.toHaveProperty("rag");
    expect(midway.detail).not.toHaveProperty("note");
    expect(midway.detail.checkedWith).toBe("carer");
  });

  it("keeps the notes of actions they may see, and leaves the IRO's entries unchanged", () => {
    expect(seen.find((e) => e.id === "a")!.detail.note).toBe("Booked");
    expect(entries[0]!.detail).toHaveProperty("note");
  });
});
