import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { z } from "zod";
import { requireUser } from "~/auth/require-user.server";
import { isoDate } from "~/dates/iso-date";
import { requestDueOn, whoToAsk } from "~/reviews/request-schema";
import { RequestViewsForm } from "~/reviews/ui/RequestViewsForm";
import { formErrors, readForm } from "~/http/forms.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { preparationView, type PreparationView } from "~/reviews/prep-view.server";
import { circulateDecisions, planReview, requestViews } from "~/reviews/reviews.server";
import { inviteParent, type InvitationLetter } from "~/contributors/invitations.server";
import { InviteParentForm, ParentLetter } from "~/contributors/ui/Invitation";
import { languageCodes } from "~/i18n/languages";
import {
  ContributionList,
  HelpedBy,
  ReadinessLine,
  ReviewRecordSummary,
} from "~/reviews/ui/Preparation";
import { Button, ButtonLink } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";

export const handle: RouteHandle = { titleKey: "reviews:prep.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  return json(preparationView(user, params.reviewId, requestLanguage(request, user)));
}

const schema = z.discriminatedUnion("intent", [
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
  z.object({ intent: z.literal("circulate") }),
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

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  const path = new URL(request.url).pathname;
  switch (form.data.intent) {
    case "plan": {
      const { afterDue } = planReview(request, user, params.reviewId, form.data);
      return redirect(`${path}?planned=${afterDue ? "after-due" : "1"}`);
    }
    case "request": {
      const result = requestViews(request, user, params.reviewId, form.data.dueOn, form.data.who);
      if (!result.ok) return formErrors({ errors: { who: result.error }, values: form.data });
      return redirect(`${path}?requested=1`);
    }
    case "circulate":
      circulateDecisions(request, user, params.reviewId);
      return redirect(`${path}?circulated=1`);
    case "invite-parent": {
      // Not a redirect: the code is shown once, in the letter, and never stored in clear.
      const letter = inviteParent(request, user, params.reviewId, form.data);
      return json({ letter });
    }
  }
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
      {done ? (
        <div className="panel panel--success" role="status">
          {t(`reviews:prep.done.${done}`)}
        </div>
      ) : null}
      {data.nextReview && review.status === "held" ? (
        <p>
          {t("reviews:record.nextDue", { date: data.nextReview.dueOn })}{" "}
          <Link to={`/iro/reviews/${data.nextReview.id}`}>{t("reviews:record.nextLink")}</Link>
        </p>
      ) : null}
      {searchParams.get("planned") === "after-due" || review.afterDue ? (
        <div className="panel panel--warning" role="status">
          {t("reviews:prep.afterDueWarning", { due: review.dueOn })}
        </div>
      ) : null}
      <dl className="summary-list">
        <div>
          <dt>{t("reviews:prep.youngPerson")}</dt>
          <dd>
            <Link to={`/iro/young-people/${youngPerson.id}`}>{youngPerson.name}</Link> (
            {t("reviews:prep.age", { count: youngPerson.age })}),{" "}
            <span lang={youngPerson.language.code}>{youngPerson.language.ownName}</span>
            {youngPerson.language.code !== "en" ? ` (${youngPerson.language.englishName})` : null}
            {youngPerson.needsInterpreter ? (
              <>
                {" "}
                <span className="tag">{t("home:table.needsInterpreter")}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("reviews:prep.due")}</dt>
          <dd>
            {review.dueOn}
            {review.status === "planned" && review.daysLeft < 0 ? (
              <>
                {" "}
                <span className="tag tag--overdue">
                  {t("home:review.overdue", { count: -review.daysLeft })}
                </span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("reviews:prep.planned")}</dt>
          <dd>{review.plannedOn ?? t("reviews:caseload.notPlanned")}</dd>
        </div>
        {review.place ? (
          <div>
            <dt>{t("reviews:prep.place")}</dt>
            <dd>{review.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("reviews:prep.status")}</dt>
          <dd>{t(`reviews:status.${review.status}`)}</dd>
        </div>
      </dl>
      <ReadinessLine readiness={data.readiness} />

      {data.alerts.length ? <AlertsForChild alerts={data.alerts} /> : null}

      <h2>{t("reviews:prep.contributions")}</h2>
      <ContributionList contributions={data.contributions} />
      {review.status === "planned" ? (
        <>
          <RequestForm data={data} />
          <InviteSection data={data} />
        </>
      ) : null}

      <h2>{t("reviews:prep.statements")}</h2>
      {data.statements.length ? (
        <ul className="statement-list">
          {data.statements.map((s) => (
            <li key={s.id}>
              <Link to={`/iro/statements/${s.id}`}>
                {t(`consultation:templates.${s.templateId}.title`)}
                {s.from ? ` (${s.from})` : ""}
              </Link>{" "}
              — {t("reviews:prep.sentOn", { date: s.submittedAt })}{" "}
              <span className={s.isRead ? "tag" : "tag tag--soon"}>
                {s.isRead ? t("consultation:inbox.read") : t("consultation:inbox.new")}
              </span>
              {s.isUrgent ? (
                <>
                  {" "}
                  <span className="tag tag--overdue">{t("consultation:reader.urgent")}</span>
                </>
              ) : null}
              {s.helpedBy ? (
                <>
                  {" "}
                  <HelpedBy helpedBy={s.helpedBy} />
                </>
              ) : null}
              {s.parentInterpreter ? (
                <>
                  {" "}
                  <span className="tag">
                    {t("forms:reader.parentInterpreter", {
                      language: s.parentInterpreter.language || "—",
                    })}
                  </span>
                </>
              ) : null}
              {s.interpreterLanguages.length ? (
                <>
                  {" "}
                  <span className="tag">
                    {t("reviews:interpreter.needs", {
                      language: s.interpreterLanguages
                        .map((l) => t(`consultation:languages.${l}`))
                        .join(", "),
                    })}
                  </span>
                  {s.interpreterRequested ? (
                    <> {t("reviews:interpreter.pending", { count: s.interpreterRequested })}</>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("reviews:prep.noStatements")}</p>
      )}

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
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="circulate" />
          <Button variant="secondary">{t("reviews:record.markCirculated")}</Button>
        </Form>
      ) : null}
    </>
  );
}

type ActionResult = {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  letter?: InvitationLetter;
};

/** Invite a parent who has no account: the form, or straight after, the letter to print. */
function InviteSection({ data }: { data: PreparationView }) {
  const result = useActionData<ActionResult>();
  if (result?.letter) return <ParentLetter letter={result.letter} />;
  const mine = result?.values?.intent === "invite-parent" ? result : undefined;
  return (
    <InviteParentForm
      errors={mine?.errors}
      values={mine?.values}
      defaultDueOn={data.defaultRequestDueOn}
      today={data.today}
    />
  );
}

function PlanForm({ data }: { data: PreparationView }) {
  const { t } = useTranslation();
  const result = useActionData<ActionResult>();
  const mine = result?.values?.intent === "plan" ? result : undefined;
  return (
    <Form method="post" noValidate aria-labelledby="plan-title">
      <h2 id="plan-title">{t("reviews:plan.title")}</h2>
      <ErrorSummary errors={mine?.errors} />
      <CsrfInput />
      <input type="hidden" name="intent" value="plan" />
      <TextField
        name="plannedOn"
        type="date"
        label={t("reviews:plan.plannedOn")}
        hint={t("reviews:plan.plannedOnHint", { due: data.review.dueOn })}
        error={mine?.errors?.plannedOn}
        defaultValue={mine?.values?.plannedOn ?? data.review.plannedOnIso}
      />
      <TextField
        name="place"
        label={t("reviews:plan.place")}
        hint={t("reviews:plan.placeHint")}
        error={mine?.errors?.place}
        defaultValue={mine?.values?.place ?? data.review.place}
        autoComplete="off"
      />
      <Button variant="secondary">{t("reviews:plan.save")}</Button>
    </Form>
  );
}

function RequestForm({ data }: { data: PreparationView }) {
  const { t } = useTranslation();
  const result = useActionData<ActionResult>();
  const mine = result?.values?.intent === "request" ? result : undefined;
  const view = data.contributions.find((c) => c.kind === "young_person");
  if (!data.contributors.length)
    return data.youngPerson.hasAccount ? null : (
      <p>{t("reviews:request.noAccount", { name: data.youngPerson.name })}</p>
    );
  return (
    <>
      {data.youngPerson.hasAccount ? null : (
        <p>{t("reviews:request.noAccount", { name: data.youngPerson.name })}</p>
      )}
      <RequestViewsForm
        intent="request"
        headingLevel={3}
        title={t("forms:request.title")}
        defaultDueOn={view?.dueOnIso ?? data.defaultRequestDueOn}
        today={data.today}
        errors={mine?.errors}
        values={mine?.values}
        submitLabel={t("forms:request.send")}
        contributors={data.contributors}
      >
        <p>{t("forms:request.intro")}</p>
      </RequestViewsForm>
    </>
  );
}

function AlertsForChild({ alerts }: { alerts: PreparationView["alerts"] }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--urgent" aria-labelledby="child-alerts-title">
      <h2 id="child-alerts-title">{t("reviews:prep.alerts")}</h2>
      <ul>
        {alerts.map((a) => (
          <li key={a.id}>
            {t("consultation:alerts.raised", { date: a.raisedAt })}{" "}
            {a.acknowledgedAt ? (
              t("reviews:prep.acknowledged", { name: a.acknowledgedBy, date: a.acknowledgedAt })
            ) : (
              <strong>{t("reviews:prep.notAcknowledged")}</strong>
            )}{" "}
            <Link to={`/iro/statements/${a.statementId}`}>{t("consultation:alerts.open")}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
