import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, readForm } from "~/http/forms.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { preparationView } from "~/reviews/prep-view.server";
import { performPreparationAction, preparationActions } from "~/reviews/preparation-actions.server";
import { AlertsForChild } from "~/reviews/ui/ChildAlerts";
import { ContributionList, ReadinessLine, ReviewRecordSummary } from "~/reviews/ui/Preparation";
import { CirculateForm, InviteSection, PlanForm, RequestForm } from "~/reviews/ui/PreparationForms";
import { ReviewDetails } from "~/reviews/ui/ReviewDetails";
import { StatementList } from "~/reviews/ui/StatementList";
import { CaseRecordLink } from "~/records/ui/CaseRecordLink";
import { monitoringLine } from "~/monitoring/monitoring.server";
import { MonitoringLine } from "~/monitoring/ui/MonitoringLine";
import { ButtonLink } from "~/ui/Button";
import { Notice } from "~/ui/Notice";
import { reviewActionsView } from "~/actions/sections.server";
import { ActionProgress } from "~/actions/ui/ActionViews";
import { AgreementManagerChoice, ReviewAgreement } from "~/actions/ui/Agreements";
import { openEscalationsOf } from "~/escalations/escalations.server";
import { OpenEscalations } from "~/escalations/ui/EscalationList";

export const handle: RouteHandle = { titleKey: "reviews:prep.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const lng = requestLanguage(request, user);
  const view = preparationView(user, params.reviewId, lng);
  const review = { ...view.review, youngPersonId: view.youngPerson.id };
  return json({
    ...view,
    actions: reviewActionsView(user, review, lng),
    monitoring: monitoringLine(view.review),
    escalations: openEscalationsOf(user.organisationId, view.youngPerson.id, lng),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const form = await readForm(request, preparationActions);
  if (!form.ok) return formErrors(form);
  return performPreparationAction(request, user, params.reviewId, form.data);
}

export default function ReviewPreparation() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const { youngPerson, review } = data;
  const [searchParams] = useSearchParams();
  const done = ["planned", "requested", "circulated", "recorded"].find((k) => searchParams.get(k));
  return (
    <>
      <BackLink to="/iro/queue">{t("reviews:queue.back")}</BackLink>
      <h1>
        {t(`reviews:kind.${review.kind}`)}: {youngPerson.name}
      </h1>
      {done ? <Notice>{t(`reviews:prep.done.${done}`)}</Notice> : null}
      {data.nextReview && review.status === "held" ? (
        <p>
          {t("reviews:record.nextDue", { date: data.nextReview.dueOn })}{" "}
          <Link to={`/iro/reviews/${data.nextReview.id}`}>{t("reviews:record.nextLink")}</Link>
        </p>
      ) : null}
      {searchParams.get("planned") === "after-due" || review.afterDue ? (
        <Notice tone="warning">{t("reviews:prep.afterDueWarning", { due: review.dueOn })}</Notice>
      ) : null}
      <ReviewDetails youngPerson={youngPerson} review={review} />
      <ReadinessLine readiness={data.readiness} />

      {data.alerts.length ? <AlertsForChild alerts={data.alerts} /> : null}
      <ActionProgress progress={data.actions.progress} />
      {data.escalations.length ? <OpenEscalations rows={data.escalations} /> : null}

      <h2>{t("reviews:prep.contributions")}</h2>
      <ContributionList contributions={data.contributions} />
      {review.status === "planned" ? (
        <>
          <RequestForm data={data} />
          <InviteSection data={data} />
        </>
      ) : null}

      <h2>{t("reviews:prep.statements")}</h2>
      <StatementList statements={data.statements} />

      {review.status === "planned" ? (
        <>
          <PlanForm data={data} />
          <h2>{t("reviews:record.title")}</h2>
          <p>{t("reviews:prep.recordIntro")}</p>
          <ButtonLink to={`/iro/reviews/${review.id}/record`}>
            {t("reviews:prep.recordLink")}
          </ButtonLink>
        </>
      ) : (
        <>
          <ReviewRecordSummary review={review} />
          <MonitoringLine reviewId={review.id} monitoring={data.monitoring} />
          {review.status === "held" ? (
            <CaseRecordLink href={`/records/reviews/${review.id}/pdf`} />
          ) : null}
          <section aria-labelledby="letter-title">
            <h2 id="letter-title">{t("letters:iro.status")}</h2>
            <p>
              <Link className="button" to={`/iro/reviews/${review.id}/letter`}>
                {t("letters:iro.open", { name: youngPerson.name })}
              </Link>
            </p>
          </section>
        </>
      )}
      {review.status === "held" && !review.decisionsCirculatedOn ? (
        <CirculateForm>
          <AgreementManagerChoice data={data.actions.agreement} />
        </CirculateForm>
      ) : null}
      <ReviewAgreement data={data.actions.agreement} circulated={!!review.decisionsCirculatedOn} />
    </>
  );
}
