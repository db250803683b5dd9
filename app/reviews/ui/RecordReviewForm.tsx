import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { Checkbox, ErrorMessage, Radios, TextArea, TextField } from "~/ui/Field";
import { lateReasons } from "../lateness";
import { participationCodes, viewsConveyedMethods } from "../participation";
import type { PreparationView } from "../prep-view.server";
import { meetingFields } from "../record-fields";
import { seriesCompletionDays } from "../series";
import { DecisionOwnerFields, type OwnerChoiceView } from "~/actions/ui/DecisionOwnerFields";

export type RecordActionResult = {
  errors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

/**
 * Recording a held review: its meetings, why it was late if it was, who came, whether the young
 * person attended or chaired, their participation code, how their views were conveyed, and the
 * decisions. Refilled with everything typed when the server sends it back.
 */
export function RecordReviewForm({
  data,
  result,
  owners,
}: {
  data: PreparationView;
  result: RecordActionResult | undefined;
  /** Who may own each decision (issue 18): the decisions' owners and due dates follow them. */
  owners?: OwnerChoiceView[];
}) {
  const { t } = useTranslation();
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

      {/* Asked of every review: the server knows from the first meeting whether it applies. */}
      <Radios
        name="lateReason"
        legend={t("reviews:record.lateReason")}
        hint={t("reviews:record.lateReasonHint", { date: data.review.dueOn })}
        error={errors.lateReason}
        checked={value("lateReason")}
        options={[
          ...lateReasons.map((reason) => ({
            value: reason,
            label: t(`reviews:lateReasons.${reason}`),
          })),
          { value: "none", label: t("reviews:record.lateReasonNone") },
        ]}
      />
      <TextField
        name="lateReasonOther"
        label={t("reviews:record.lateReasonOther")}
        error={errors.lateReasonOther}
        defaultValue={value("lateReasonOther")}
      />

      <fieldset className="fieldset">
        <legend className="legend">{t("reviews:record.attendees")}</legend>
        {data.record.people.map((p) => {
          const label = `${p.name} (${t(`reviews:relationship.${p.relationship}`)})`;
          const id = fieldId(`attendee-${p.name}`);
          return (
            <Checkbox
              key={p.name + p.relationship}
              id={id}
              name="attendee"
              value={label}
              label={label}
              checked={checkedList("attendee").includes(label)}
            />
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
        <Checkbox
          id={fieldId("childChaired")}
          name="childChaired"
          label={t("reviews:record.childChairedLabel", { name: data.youngPerson.name })}
          checked={value("childChaired") === "yes"}
          describedBy={errors.childChaired ? `${fieldId("childChaired")}-error` : undefined}
        />
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
      {owners ? (
        <DecisionOwnerFields
          choices={owners}
          decisions={value("decisions")}
          values={values}
          errors={errors}
          today={data.today}
        />
      ) : null}
      <Button>{t("reviews:record.save")}</Button>
    </Form>
  );
}
