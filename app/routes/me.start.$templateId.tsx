import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/require-user.server";
import { startStatement } from "~/consultation/statements.server";
import { findTemplate } from "~/consultation/templates";
import { requestLanguage } from "~/i18n/request-language.server";
import { findOwnRequest } from "~/reviews/reviews.server";

/**
 * A home tile's link: back to the open draft for this form (at the question where the young person
 * stopped), or a new draft. A plain link, so it works without JavaScript; it never makes two drafts.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "young_person" });
  const template = findTemplate(params.templateId ?? "");
  if (!template) throw notFound();
  // From "Your IRO asks what you think": the answer is linked to that request and its review.
  const requestId = new URL(request.url).searchParams.get("request");
  const forRequest = requestId ? findOwnRequest(user, requestId, template.id) : undefined;
  const statement = startStatement(user, template, requestLanguage(request, user), forRequest);
  return redirect(
    statement.currentQuestion
      ? `/me/statements/${statement.id}/questions/${statement.currentQuestion}`
      : `/me/statements/${statement.id}/check`,
  );
}
