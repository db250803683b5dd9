/**
 * The choices a young person makes when sending a statement, as stored. Apart from the rules in
 * sharing.ts so that db/schema.ts can name them without importing the rules (nor they the schema).
 */
export const sharingChoices = ["iro", "iro-and-social-worker", "everyone-at-review"] as const;
export type SharingChoice = (typeof sharingChoices)[number];
