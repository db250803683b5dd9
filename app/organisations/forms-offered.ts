/*
 * Which forms a council offers its young people on their own page. Only the forms a young person
 * starts themself are chosen here: a carer's or parent's form, the reply to a letter and the
 * feedback after a review are started from something (a placement, a letter, a request), so this
 * setting never hides them. Pure: the settings form, the young person's page and the start link
 * all decide it here.
 */

/** The young person's own forms, in the order their page shows them. */
export const childForms = [
  "getting-ready",
  "pathway-plan",
  "living-skills",
  "worried",
  "good-news",
  "change",
  "my-say",
] as const;
export type ChildForm = (typeof childForms)[number];

/**
 * "I'm worried about something" is how a child raises an urgent alert ("I don't feel safe"):
 * a council cannot take that way to be heard away, so it is always offered.
 */
export const alwaysOfferedForms: readonly ChildForm[] = ["worried"];

/** The forms an administrator may turn on or off. */
export const choosableForms = childForms.filter((id) => !alwaysOfferedForms.includes(id));

export function isChildForm(templateId: string): templateId is ChildForm {
  return (childForms as readonly string[]).includes(templateId);
}

/**
 * Is this form offered to the council's young people? `formsOffered` is the stored list (null: every
 * form). Forms that are not a young person's own (see above) are never turned off here.
 */
export function isFormOffered(formsOffered: readonly string[] | null, templateId: string): boolean {
  if (!isChildForm(templateId) || alwaysOfferedForms.includes(templateId)) return true;
  return formsOffered === null || formsOffered.includes(templateId);
}

/**
 * What is stored for the forms an administrator ticked: null when every choosable form is ticked
 * (so a form added to Own Voice later is offered too), else the ticked forms and the ones always on.
 */
export function formsOfferedFrom(ticked: readonly string[]): string[] | null {
  const chosen = choosableForms.filter((id) => ticked.includes(id));
  if (chosen.length === choosableForms.length) return null;
  return childForms.filter((id) => chosen.includes(id) || alwaysOfferedForms.includes(id));
}
