import type { AllocationRelationship } from "#db/schema";
import type { SharingChoice } from "./sharing-choices";

/**
 * Who may read a statement: the young person chooses when sending (DESIGN.md "Who may see what").
 * "Everyone at my review" lets the IRO share it in the meeting; in the app it reaches the IRO,
 * the social worker and an advocate. A carer never reads a child's statement. A worry marked
 * unsafe also reaches the social worker and the IRO, whatever was chosen, and the child is told.
 */
export { sharingChoices, type SharingChoice } from "./sharing-choices";

const relationshipsFor: Record<SharingChoice, AllocationRelationship[]> = {
  iro: ["iro"],
  "iro-and-social-worker": ["iro", "social_worker"],
  "everyone-at-review": ["iro", "social_worker", "advocate"],
};

/** Carers' and parents' forms always go to the IRO and the social worker: no choice to make. */
export const adultFormsShareWith: SharingChoice = "iro-and-social-worker";

/** Who an urgent worry reaches (and who is told at once), whatever was chosen. */
export const urgentReaderRelationships: readonly AllocationRelationship[] = [
  "iro",
  "social_worker",
];

/** Whether someone in this relationship to the young person reads what this choice shares. */
export function sharesWith(choice: SharingChoice, relationship: AllocationRelationship): boolean {
  return relationshipsFor[choice].includes(relationship);
}

export type Allocated = { userId: string; relationship: AllocationRelationship };

export function readersFor(
  choice: SharingChoice,
  current: Allocated[],
  isUrgent: boolean,
): string[] {
  const allowed = new Set<AllocationRelationship>(relationshipsFor[choice]);
  if (isUrgent) for (const relationship of urgentReaderRelationships) allowed.add(relationship);
  return [...new Set(current.filter((a) => allowed.has(a.relationship)).map((a) => a.userId))];
}
