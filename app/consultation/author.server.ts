import { homeOf } from "~/auth/roles";
import { notFound, requireUser, type SignedIn } from "~/auth/require-user.server";
import type { FormAudience, Template } from "./template-schema";

/*
 * Who fills in forms: a young person; a carer or a parent (their own forms about a child); or a
 * social worker or IRO in together mode, sitting with the child. The same pages serve them all.
 */

/** The form audience this signed-in person answers as, or null if they fill in no forms now. */
export function audienceOf(user: SignedIn): FormAudience | null {
  if (user.togetherYoungPersonId) return "young_person";
  if (user.role === "young_person" || user.role === "carer" || user.role === "parent")
    return user.role;
  // A social worker's own forms (feedback after a review); an IRO fills in none.
  if (user.role === "social_worker") return "professional";
  return null;
}

/** Anyone who may fill in forms right now (an IRO only in together mode); others get 404. */
export function requireFormAuthor(request: Request): SignedIn & { audience: FormAudience } {
  const user = requireUser(request, { together: true });
  const audience = audienceOf(user);
  if (!audience) throw notFound();
  return { ...user, audience };
}

/** A template this person may use: the audience must match (a carer never sees a child's form). */
export function usableTemplate(user: SignedIn, template: Template | undefined): Template {
  if (!template || template.audience !== audienceOf(user)) throw notFound();
  return template;
}

/** Where "back to my page" goes. */
export const formsHome = (user: SignedIn) => homeOf(user);
