import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { notFound, requireUser } from "~/auth/require-user.server";
import { formErrors, formValues, readForm } from "~/http/forms.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { getAllocatedReview } from "~/reviews/allocated-reviews.server";
import { preparationView } from "~/reviews/prep-view.server";
import { recordForm, reviewRecordFrom } from "~/reviews/record-form.server";
import { recordReview } from "~/reviews/reviews.server";
import { RecordReviewForm, type RecordActionResult } from "~/reviews/ui/RecordReviewForm";
import { ownerChoices } from "~/actions/owners.server";
import { reviewActionsFrom, saveReviewActions } from "~/actions/record.server";

export const handle: RouteHandle = { titleKey: "reviews:record.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const data = preparationView(user, params.reviewId, requestLanguage(request, user));
  if (data.review.status !== "planned") throw notFound();
  return json({ ...data, actionOwners: ownerChoices(data.youngPerson.id) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const item = getAllocatedReview(user, params.reviewId);
  // Sent twice (a double press without JavaScript): the first one recorded it.
  if (item.review.status !== "planned") return redirect(`/iro/reviews/${item.review.id}`);
  const form = await readForm(request, recordForm);
  if (!form.ok) return formErrors(form);
  const checked = reviewRecordFrom(item, form.data);
  const owners = ownerChoices(item.review.youngPersonId);
  const actions = reviewActionsFrom(form.formData, form.data.decisions, owners);
  if (!checked.ok || !actions.ok)
    return formErrors({
      errors: { ...(checked.ok ? {} : checked.errors), ...(actions.ok ? {} : actions.errors) },
      values: formValues(form.formData),
    });
  recordReview(request, user, params.reviewId, checked.record, (tx, review) =>
    saveReviewActions(tx, user, review, actions.actions),
  );
  // Recording ends with the short monitoring form (issue 18), a page of its own.
  return redirect(`/iro/reviews/${item.review.id}/monitoring?recorded=1`);
}

export default function RecordReview() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<RecordActionResult>();
  return (
    <>
      <BackLink to={`/iro/reviews/${data.review.id}`}>{t("reviews:record.back")}</BackLink>
      <h1>
        {t("reviews:record.title")}: {data.youngPerson.name}
      </h1>
      <RecordReviewForm data={data} result={result} owners={data.actionOwners} />
    </>
  );
}
