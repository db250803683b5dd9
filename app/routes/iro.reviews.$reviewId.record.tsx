import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { z } from "zod";
import { notFound, requireUser } from "~/auth/require-user.server";
import { isoDate } from "~/dates/iso-date";
import { freeText, textLimits } from "~/http/text";
import { formErrors, formValues, readForm } from "~/http/forms.server";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { ageOn, todayInEngland } from "~/dates/calendar";
import {
  participationCodes,
  participationProblems,
  viewsConveyedMethods,
} from "~/reviews/participation";
import { getAllocatedReview } from "~/reviews/preparation.server";
import { preparationView } from "~/reviews/prep-view.server";
import { recordReview } from "~/reviews/reviews.server";
import { heldOnOf, seriesCompletionDays } from "~/reviews/series";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { ErrorMessage, Radios, TextArea, TextField } from "~/ui/Field";

export const handle: RouteHandle = { titleKey: "reviews:record.title" };

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const data = preparationView(user, params.reviewId, requestLanguage(request, user));
  if (data.review.status !== "planned") throw notFound();
  return json(data);
}

const decisionsMax = 20;

/**
 * A review may be held as a series of meetings: the first date is needed, two more may follow.
 * The review is held on the first; a last one more than 20 working days later is saved, and the
 * review page warns about it (a late meeting is a fact to record, not an error to correct).
 */
const meetingFields = ["meeting1", "meeting2", "meeting3"] as const;
const optionalDate = z.union([z.literal(""), isoDate("reviews:errors.meetingDate")]);
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]));

const schema = z
  .object({
    meeting1: isoDate("reviews:errors.meetingDate"),
    meeting2: optionalDate.default(""),
    meeting3: optionalDate.default(""),
    attendee: list.default([]),
    otherAttendees: freeText(textLimits.attendees).default(""),
    childAttended: z.enum(["yes", "no"], { error: "reviews:errors.childAttended" }),
    childChaired: z.literal("yes").optional(),
    participationCode: z.enum(participationCodes, { error: "reviews:errors.participationCode" }),
    viewsConveyed: z.enum(viewsConveyedMethods, { error: "reviews:errors.viewsConveyed" }),
    // Checked as a whole, so each message sits beside the one box the decisions are typed in.
    decisions: freeText(textLimits.decisions)
      .transform(lines)
      .pipe(
        z
          .array(z.string())
          .min(1, "reviews:errors.decisions")
          .max(decisionsMax, "reviews:errors.decisionsMany")
          .refine(
            (decisions) => decisions.every((d) => d.length <= textLimits.decision),
            "reviews:errors.decisionLong",
          ),
      ),
  })
  .superRefine((data, ctx) => {
    const today = todayInEngland();
    for (const key of meetingFields) {
      if (data[key] && data[key] > today)
        ctx.addIssue({ code: "custom", path: [key], message: "reviews:errors.meetingFuture" });
    }
  });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const item = getAllocatedReview(user, params.reviewId);
  // Sent twice (a double press without JavaScript): the first one recorded it.
  if (item.review.status !== "planned") return redirect(`/iro/reviews/${item.review.id}`);
  const form = await readForm(request, schema);
  if (!form.ok) return formErrors(form);
  const data = form.data;
  const meetings = meetingFields.map((key) => data[key]).filter(Boolean);
  const attended = data.childAttended === "yes";
  const problems = participationProblems({
    code: data.participationCode,
    attended,
    chaired: data.childChaired === "yes",
    viewsConveyed: data.viewsConveyed,
    ageOnDay: ageOn(item.dateOfBirth, heldOnOf(meetings)),
  });
  if (Object.keys(problems).length)
    return formErrors({ errors: problems, values: formValues(form.formData) });
  recordReview(request, user, params.reviewId, {
    meetings,
    attendees: [...new Set([...data.attendee, ...lines(data.otherAttendees)])].slice(0, 30),
    childAttended: attended,
    childChaired: data.childChaired === "yes",
    participationCode: data.participationCode,
    viewsConveyed: data.viewsConveyed,
    decisions: data.decisions,
  });
  return redirect(`/iro/reviews/${item.review.id}?recorded=1`);
}

type ActionResult = { errors?: Record<string, string>; values?: Record<string, string | string[]> };

export default function RecordReview() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<ActionResult>();
  const errors = result?.errors ?? {};
  const values = result?.values ?? {};
  const value = (key: string) => {
    const v = values[key];
    return Array.isArray(v) ? v.join("\n") : (v ?? "");
  };
  const checkedList = (key: string) => {
    const v = values[key];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const suggested = data.record.suggestedAbsent;
  return (
    <>
      <BackLink to={`/iro/reviews/${data.review.id}`}>{t("reviews:record.back")}</BackLink>
      <h1>
        {t("reviews:record.title")}: {data.youngPerson.name}
      </h1>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors} />
        <CsrfInput />
        <fieldset className="fieldset">
          <legend className="legend">{t("reviews:record.meetings")}</legend>
          <p className="hint">{t("reviews:record.meetingsHint", { days: seriesCompletionDays })}</p>
          {meetingFields.map((name, i) => (
            <TextField
              key={name}
              name={name}
              type="date"
              label={t(i === 0 ? "reviews:record.meeting" : "reviews:record.meetingOptional", {
                n: i + 1,
              })}
              error={errors[name]}
              defaultValue={value(name) || (i === 0 ? data.today : "")}
              max={data.today}
            />
          ))}
        </fieldset>

        <fieldset className="fieldset">
          <legend className="legend">{t("reviews:record.attendees")}</legend>
          {data.record.people.map((p) => {
            const label = `${p.name} (${t(`reviews:relationship.${p.relationship}`)})`;
            const id = fieldId(`attendee-${p.name}`);
            return (
              <div className="choice" key={p.name + p.relationship}>
                <input
                  type="checkbox"
                  id={id}
                  name="attendee"
                  value={label}
                  defaultChecked={checkedList("attendee").includes(label)}
                />
                <label htmlFor={id}>{label}</label>
              </div>
            );
          })}
          <TextArea
            name="otherAttendees"
            label={t("reviews:record.otherAttendees")}
            hint={t("reviews:record.onePerLine")}
            error={errors.otherAttendees}
            defaultValue={value("otherAttendees")}
            rows={3}
          />
        </fieldset>

        <Radios
          name="childAttended"
          legend={t("reviews:record.childAttended", { name: data.youngPerson.name })}
          error={errors.childAttended}
          checked={value("childAttended")}
          options={[
            { value: "yes", label: t("reviews:record.yes") },
            { value: "no", label: t("reviews:record.no") },
          ]}
        />
        <div className={errors.childChaired ? "field field--error" : "field"}>
          {errors.childChaired ? (
            <ErrorMessage id={`${fieldId("childChaired")}-error`}>
              {t(errors.childChaired)}
            </ErrorMessage>
          ) : null}
          <div className="choice">
            <input
              type="checkbox"
              id={fieldId("childChaired")}
              name="childChaired"
              value="yes"
              defaultChecked={value("childChaired") === "yes"}
              aria-describedby={
                errors.childChaired ? `${fieldId("childChaired")}-error` : undefined
              }
            />
            <label htmlFor={fieldId("childChaired")}>
              {t("reviews:record.childChairedLabel", { name: data.youngPerson.name })}
            </label>
          </div>
        </div>

        <Radios
          name="participationCode"
          legend={t("reviews:record.participationCode")}
          hint={
            suggested
              ? t("reviews:record.suggested", {
                  code: suggested,
                  meaning: t(`reviews:pn.${suggested}`),
                })
              : t("reviews:record.participationHint")
          }
          error={errors.participationCode}
          checked={value("participationCode")}
          options={participationCodes.map((code) => ({
            value: code,
            label: `${code}: ${t(`reviews:pn.${code}`)}`,
          }))}
        />
        <Radios
          name="viewsConveyed"
          legend={t("reviews:record.viewsConveyed")}
          error={errors.viewsConveyed}
          checked={value("viewsConveyed")}
          options={viewsConveyedMethods.map((m) => ({ value: m, label: t(`reviews:views.${m}`) }))}
        />
        <TextArea
          name="decisions"
          label={t("reviews:record.decisions")}
          hint={t("reviews:record.decisionsHint")}
          error={errors.decisions}
          defaultValue={value("decisions")}
          rows={6}
        />
        <Button>{t("reviews:record.save")}</Button>
      </Form>
    </>
  );
}
