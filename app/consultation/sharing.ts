import type { AllocationRelationship } from "#db/schema";

/**
 * Who may read a statement: the young person chooses when sending (DESIGN.md "Who may see what").
 * "Everyone at my review" lets the IRO share it in the meeting; in the app it reaches the IRO,
 * the social worker and an advocate. A carer never reads a child's statement. A worry marked
 * unsafe also reaches the social worker and the IRO, whatever was chosen, and the child is told.
 */
export const sharingChoices = ["iro", "iro-and-social-worker", "everyone-at-review"] as const;
export type SharingChoice = (typeof sharingChoices)[number];

const relationshipsFor: Record<SharingChoice, AllocationRelationship[]> = {
  iro: ["iro"],
  "iro-and-social-worker": ["iro", "social_worker"],
  "everyone-at-review": ["iro", "social_worker", "advocate"],
};

export type Allocated = { userId: string; relationship: AllocationRelationship };

export function readersFor(
  choice: SharingChoice,
  current: Allocated[],
  isUrgent: boolean,
): string[] {
  const allowed = new Set<AllocationRelationship>(relationshipsFor[choice]);
  if (isUrgent) {
    allowed.add("iro");
    allowed.add("social_worker");
  }
  return [...new Set(current.filter((a) => allowed.has(a.relationship)).map((a) => a.userId))];
}
