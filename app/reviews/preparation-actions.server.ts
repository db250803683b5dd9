import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import type { SignedIn } from "~/auth/require-user.server";
import { inviteParent } from "~/contributors/invitations.server";
import { isoDate } from "~/dates/iso-date";
import { formErrors } from "~/http/forms.server";
import { languageCodes } from "~/i18n/languages";
import { requestDueOn, whoToAsk } from "./request-schema";
import { requestViews } from "./consultation-requests.server";
import { circulateDecisions, planReview } from "./reviews.server";

/*
 * What the preparation page of a review accepts: four intents, each its own small form on the
 * page (plan the meeting, ask for views, mark the decisions circulated, invite a parent).
 */

export const preparationActions = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("plan"),
    plannedOn: isoDate("reviews:errors.plannedOn"),
    place: z.string().trim().max(200, "reviews:errors.placeLong"),
  }),
  z.object({
    intent: z.literal("request"),
    dueOn: requestDueOn,
    who: whoToAsk,
  }),
  // The team manager to agree the decisions, when the child's team has none (issue 18).
  z.object({ intent: z.literal("circulate"), agreementManager: z.string().optional() }),
  z.object({
    intent: z.literal("invite-parent"),
    name: z
      .string()
      .trim()
      .min(1, "forms:errors.parentName")
      .max(100, "forms:errors.parentNameLong"),
    language: z.enum(languageCodes, { error: "forms:errors.language" }),
    email: z
      .union([z.literal(""), z.email("forms:errors.email").max(200, "forms:errors.email")])
      .optional(),
    dueOn: requestDueOn,
  }),
]);

export type PreparationAction = z.infer<typeof preparationActions>;

/** Does what the form asked, and answers: back to the page with a word of what was done. */
export function performPreparationAction(
  request: Request,
  user: SignedIn,
  reviewId: string | undefined,
  data: PreparationAction,
) {
  const path = new URL(request.url).pathname;
  switch (data.intent) {
    case "plan": {
      const { afterDue } = planReview(request, user, reviewId, data);
      return redirect(`${path}?planned=${afterDue ? "after-due" : "1"}`);
    }
    case "request": {
      const result = requestViews(request, user, reviewId, data.dueOn, data.who);
      if (!result.ok) return formErrors({ errors: { who: result.error }, values: data });
      return redirect(`${path}?requested=1`);
    }
    case "circulate":
      circulateDecisions(request, user, reviewId, data.agreementManager);
      return redirect(`${path}?circulated=1`);
    case "invite-parent": {
      // Not a redirect: the code is shown once, in the letter, and never stored in clear.
      const letter = inviteParent(request, user, reviewId, data);
      return json({ letter });
    }
  }
}
