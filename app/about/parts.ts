/*
 * "What is my review?": short pages for children, one part each, read in this order. Each part is
 * a picture, a heading and a few sentences (about:parts.<id>.*), read aloud as one piece.
 * Pure, so the pages and their tests share it.
 */

export type AboutPartId = "review" | "iro" | "advocate" | "rights" | "complain";
export type AboutPart = { id: AboutPartId; icon: string; lines: readonly string[] };

export const aboutParts: readonly AboutPart[] = [
  { id: "review", icon: "people", lines: ["p1", "p2", "p3", "p4", "p5"] },
  { id: "iro", icon: "checklist", lines: ["p1", "p2", "p3", "p4", "p5"] },
  { id: "advocate", icon: "statements", lines: ["p1", "p2", "p3", "p4"] },
  { id: "rights", icon: "star", lines: ["r1", "r2", "r3", "r4", "r5"] },
  { id: "complain", icon: "worried", lines: ["p1", "p2", "p3", "p4"] },
];

/** The part with this id, or undefined (the page answers 404). */
export function findPart(id: string | undefined): AboutPart | undefined {
  return aboutParts.find((p) => p.id === id);
}

/** The parts either side of this one, for back and next. */
export function neighbours(id: AboutPartId): { previous?: AboutPart; next?: AboutPart } {
  const index = aboutParts.findIndex((p) => p.id === id);
  return { previous: aboutParts[index - 1], next: aboutParts[index + 1] };
}

export const aboutHome = "/about-my-review";

export function partHref(id: AboutPartId): string {
  return `${aboutHome}/${id}`;
}

/**
 * The national advocacy helpline for children in care and care leavers in England (Coram Voice's
 * "Always Heard", free), given when the council has not set its own advocacy service. Its name is
 * never translated.
 */
export const nationalAdvocacy = { name: "Coram Voice", phone: "0808 800 5792" } as const;
