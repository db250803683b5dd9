import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, readForm } from "~/http/forms.server";
import { formatDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import { monitoringForm } from "~/monitoring/form";
import {
  heldReviewForMonitoring,
  monitoringOf,
  saveMonitoring,
} from "~/monitoring/monitoring.server";
import { savedValues } from "~/monitoring/saved-values";
import { MonitoringForm, type MonitoringActionResult } from "~/monitoring/ui/MonitoringForm";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Notice } from "~/ui/Notice";
import { fullName } from "~/young-people/names";

export const handle: RouteHandle = { titleKey: "monitoring:form.title" };

/** The monitoring form that follows recording a review: the child's allocated IRO only. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const item = heldReviewForMonitoring(user, params.reviewId);
  const lng = requestLanguage(request, user);
  return json({
    reviewId: item.review.id,
    name: fullName(item),
    heldOn: item.review.heldOn ? formatDate(item.review.heldOn, lng) : null,
    saved: savedValues(monitoringOf(item.review.id)),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const item = heldReviewForMonitoring(user, params.reviewId);
  const form = await readForm(request, monitoringForm);
  if (!form.ok) return formErrors(form);
  saveMonitoring(request, user, item, form.data);
  return redirect(`/iro/reviews/${item.review.id}?monitored=1`);
}

export default function ReviewMonitoring() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<MonitoringActionResult>();
  const [searchParams] = useSearchParams();
  return (
    <>
      <BackLink to={`/iro/reviews/${data.reviewId}`}>{t("monitoring:form.back")}</BackLink>
      {searchParams.get("recorded") && !result ? (
        <Notice>
          <p>
            {t("reviews:prep.done.recorded")} {t("monitoring:form.nowMonitoring")}
          </p>
        </Notice>
      ) : null}
      <h1>
        {t("monitoring:form.title")}: {data.name}
      </h1>
      <p>
        {data.heldOn ? t("monitoring:form.intro", { date: data.heldOn }) : null}{" "}
        {t("monitoring:form.introPrivate")}
      </p>
      <MonitoringForm saved={data.saved} result={result} />
    </>
  );
}
