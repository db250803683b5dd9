import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { z } from "zod";
import { requireUser, type SignedIn } from "~/auth/require-user.server";
import { requestDueOn, whoToAsk } from "~/reviews/request-schema";
import { RequestViewsForm } from "~/reviews/ui/RequestViewsForm";
import { issueSignInCode } from "~/auth/sign-in-codes.server";
import { formErrors, readForm } from "~/http/forms.server";
import { formatDate, formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { todayInEngland } from "~/dates/calendar";
import { defaultRequestDueOn } from "~/reviews/preparation.server";
import { openRequestsForReview } from "~/reviews/consultation-requests.server";
import { getAllocatedReview, reviewDate } from "~/reviews/allocated-reviews.server";
import { organisationSettings } from "~/organisations/settings.server";
import { contributorsFor, requestViews } from "~/reviews/consultation-requests.server";
import { toRow } from "~/young-people/caseload.server";
import { getAllocatedYoungPerson, getYoungPersonAccount } from "~/young-people/young-people.server";
import { SignInCodePanel } from "~/young-people/ui/SignInCodePanel";
import { YoungPersonProfile } from "~/young-people/ui/YoungPersonProfile";
import { StartTogether } from "~/together/ui/StartTogether";
import { Notice } from "~/ui/Notice";
import { timelineSection } from "~/timeline/child-page.server";
import { Timeline } from "~/timeline/ui/Timeline";

export const handle: RouteHandle = { titleKey: "home:profile.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, today);
  const lng = requestLanguage(request, user);
  return json({
    row: toRow(person, lng, today),
    account: getYoungPersonAccount(person.id),
    viewsRequest: person.nextReviewId ? viewsRequestFor(user, person.nextReviewId, lng) : null,
    timeline: timelineSection(request, user, person.id, lng),
  });
}

/** The social worker may also ask the young person for their views before the next review. */
function viewsRequestFor(user: SignedIn, reviewId: string, lng: string) {
  const today = todayInEngland();
  const item = getAllocatedReview(user, reviewId, today);
  const open = openRequestsForReview(reviewId);
  const childRequest = open.find((r) => r.kind === "young_person");
  return {
    contributors: contributorsFor(item).map((c) => ({
      key: c.key,
      kind: c.kind,
      name: c.name,
      asked: open.some((r) => r.recipientUserId === c.userId),
    })),
    reviewOn: formatDate(reviewDate(item.review), lng),
    requestedDueOn: childRequest ? formatDate(childRequest.dueOn, lng) : null,
    defaultDueOn: defaultRequestDueOn(
      item.review,
      organisationSettings(user.organisationId),
      today,
    ),
    today,
  };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("issue-code") }),
  z.object({
    intent: z.literal("request-views"),
    dueOn: requestDueOn,
    who: whoToAsk,
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "social_worker" });
  const form = await readForm(request, actionSchema);
  if (!form.ok) {
    if (form.values.intent === "request-views") return formErrors(form);
    throw new Response("Bad request", { status: 400 });
  }
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId);
  if (form.data.intent === "request-views") {
    if (!person.nextReviewId) throw new Response("Not found", { status: 404 });
    const result = requestViews(request, user, person.nextReviewId, form.data.dueOn, form.data.who);
    if (!result.ok) return formErrors({ errors: { who: result.error }, values: form.data });
    return redirect(`${new URL(request.url).pathname}?requested=1`);
  }
  const account = getYoungPersonAccount(person.id);
  if (!account) throw new Response("Not found", { status: 404 });
  const issued = issueSignInCode(request, user, account.userId);
  return json({
    code: issued.code,
    username: account.username,
    expiresAt: formatDateTime(issued.expiresAt, requestLanguage(request, user)),
  });
}

export default function WorkerYoungPerson() {
  const { t } = useTranslation();
  const { row, account, viewsRequest, timeline } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const issued = result && "code" in result ? result : undefined;
  const requestErrors = result && "errors" in result ? result : undefined;
  const [searchParams] = useSearchParams();
  return (
    <>
      <BackLink to="/worker">{t("home:worker.back")}</BackLink>
      <h1>{row.name}</h1>
      <YoungPersonProfile row={row} />
      <StartTogether youngPersonId={row.id} name={row.givenName} />
      <SignInCodePanel
        givenName={row.givenName}
        account={account}
        issued={issued}
        mayCreateAccount={false}
      />
      {viewsRequest?.contributors.length ? (
        <RequestViewsForm
          intent="request-views"
          contributors={viewsRequest.contributors}
          title={t("forms:request.title")}
          defaultDueOn={viewsRequest.defaultDueOn}
          today={viewsRequest.today}
          errors={requestErrors?.errors}
          values={requestErrors?.values}
          submitLabel={t("forms:request.send")}
        >
          {searchParams.get("requested") ? (
            <Notice>{t("reviews:prep.done.requested")}</Notice>
          ) : null}
          <p>{t("reviews:request.before", { date: viewsRequest.reviewOn })}</p>
          {viewsRequest.requestedDueOn ? (
            <p>{t("reviews:request.already", { date: viewsRequest.requestedDueOn })}</p>
          ) : null}
        </RequestViewsForm>
      ) : null}
      <Timeline entries={timeline.entries} filter={timeline.filter} />
    </>
  );
}
