import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { notFound } from "~/auth/require-user.server";
import { requireFormAuthor, usableTemplate } from "~/consultation/author.server";
import { saveAnswer, startStatement } from "~/consultation/drafts.server";
import { ownLetterReview } from "~/letters/reading.server";
import { findTemplate } from "~/consultation/templates";
import { formOffered } from "~/organisations/settings.server";
import { requestLanguage } from "~/i18n/request-language.server";
import { findOwnRequest } from "~/reviews/consultation-requests.server";
import { getOwnYoungPerson, isCurrentlyAllocated } from "~/young-people/young-people.server";

/**
 * A home tile's link: back to the open draft for this form (at the question where its author
 * stopped), or a new draft. A plain link, so it works without JavaScript; it never makes two drafts.
 * A young person writes about themself; together mode about the child at the screen; a carer or a
 * parent about a child allocated to them now (`?youngPerson=`, or the request's child).
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireFormAuthor(request);
  const template = usableTemplate(user, findTemplate(params.templateId ?? ""));
  const url = new URL(request.url);
  // From "Your IRO asks what you think": the answer is linked to that request and its review.
  const requestId = url.searchParams.get("request");
  const found = requestId ? findOwnRequest(user, requestId, template.id) : undefined;
  // A form the council does not offer young people can still answer a request that asks for it.
  if (!found && !formOffered(user.organisationId, template.id)) throw notFound();
  const youngPersonId = user.togetherYoungPersonId
    ? user.togetherYoungPersonId
    : user.role === "young_person"
      ? getOwnYoungPerson(user).id
      : (found?.youngPersonId ?? url.searchParams.get("youngPerson"));
  if (!youngPersonId || (found && found.youngPersonId !== youngPersonId)) throw notFound();
  if (
    (user.role === "carer" || user.role === "parent") &&
    !isCurrentlyAllocated(user, youngPersonId)
  )
    throw notFound();
  // From a letter: the reply is linked to the letter's review ("I don't agree" answers at once).
  const letterId = url.searchParams.get("letter");
  const aboutLetter =
    letterId && template.id === "letter-reply" && user.role === "young_person"
      ? ownLetterReview(user, letterId)
      : undefined;
  const statement = startStatement(
    user,
    template,
    requestLanguage(request, user),
    youngPersonId,
    found ? { requestId: found.requestId, reviewId: found.reviewId } : aboutLetter,
  );
  const agree = url.searchParams.get("agree");
  if (aboutLetter && agree === "disagree-something" && statement.currentQuestion === "agree") {
    saveAnswer(statement, "agree", agree, "what");
    return redirect(`/me/statements/${statement.id}/questions/what`);
  }
  return redirect(
    statement.currentQuestion
      ? `/me/statements/${statement.id}/questions/${statement.currentQuestion}`
      : `/me/statements/${statement.id}/check`,
  );
}

/**
 * Never shown (the loader always redirects or answers 404), but makes this a page route, so a
 * 404 here is the app's own friendly page in the person's language, not a bare "Not found".
 */
export default function StartForm() {
  return null;
}
