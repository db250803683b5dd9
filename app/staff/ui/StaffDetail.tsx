import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "~/http/forms.server";
import { codeValidDays } from "~/auth/rules";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { ErrorMessage, Radios, TextField } from "~/ui/Field";
import { fieldId } from "~/ui/ErrorSummary";
import { Notice } from "~/ui/Notice";
import { adultRoles, hasWorkingHours } from "../staff-schema";
import { IssuedCode, type Issued } from "./IssuedCode";
import { StateTag } from "./StateTag";

/** What just happened, after a redirect: "staff:done.<key>". */
export const doneMessages = [
  "details",
  "hours",
  "role",
  "deactivated",
  "reactivated",
  "unlocked",
] as const;
export type Done = (typeof doneMessages)[number];

type Member = {
  id: string;
  displayName: string;
  username: string;
  email: string | null;
  role: string;
  state: "active" | "locked" | "deactivated";
  lastSignIn: string | null;
  isSelf: boolean;
  /** Formatted for the page's language; null: not set. */
  fullTimeEquivalent: string | null;
};

/** One account: what it is, then each thing an administrator can do to it, one form each. */
export function StaffDetail({
  member,
  caseload,
  canEmail,
  done,
  issued,
  result,
}: {
  member: Member;
  caseload: { relationship: string; total: number }[];
  canEmail: boolean;
  done?: Done;
  issued?: Issued;
  result?: FormErrors;
}) {
  const { t } = useTranslation();
  const errors = result?.errors;
  const intent = String(result?.values.intent ?? "");
  const value = (name: string, fallback: string, form = "details") =>
    intent === form ? String(result?.values[name] ?? "") : fallback;
  const withHours = hasWorkingHours(member.role);
  const isDeactivated = member.state === "deactivated";
  return (
    <>
      <ErrorSummary errors={errors} />
      {done ? <Notice>{t(`staff:done.${done}`, { name: member.displayName })}</Notice> : null}
      {issued ? <IssuedCode issued={issued} /> : null}
      <h1>{member.displayName}</h1>
      <dl className="summary-list">
        <dt>{t("staff:list.role")}</dt>
        <dd>{t(`home:roles.${member.role}`)}</dd>
        <dt>{t("staff:list.username")}</dt>
        <dd translate="no" dir="ltr">
          {member.username}
        </dd>
        <dt>{t("staff:fields.email")}</dt>
        <dd dir="ltr">{member.email ?? t("staff:detail.noEmail")}</dd>
        <dt>{t("staff:list.lastSignIn")}</dt>
        <dd>{member.lastSignIn ?? t("staff:never")}</dd>
        <dt>{t("staff:list.state")}</dt>
        <dd>
          <StateTag state={member.state} />
        </dd>
        {withHours ? (
          <div>
            <dt>{t("staff:fields.fte")}</dt>
            <dd>{member.fullTimeEquivalent ?? t("staff:detail.fteNotSet")}</dd>
          </div>
        ) : null}
        {caseload.map((c) => (
          <div key={c.relationship}>
            <dt>{t(`staff:detail.holds.${c.relationship}`)}</dt>
            <dd>{t("staff:detail.youngPeople", { count: c.total })}</dd>
          </div>
        ))}
      </dl>

      <h2>{t("staff:detail.signInTitle")}</h2>
      {errors?.code ? <ErrorMessage id={fieldId("code")}>{t(errors.code)}</ErrorMessage> : null}
      {isDeactivated ? (
        <p>{t("staff:detail.noCodeWhenDeactivated")}</p>
      ) : (
        <Form method="post" noValidate>
          <CsrfInput />
          <p className="hint">{t("staff:detail.codeHint", { days: codeValidDays })}</p>
          <div className="button-group">
            <Button name="intent" value="issue-code" variant="secondary">
              {t("staff:detail.issueCode")}
            </Button>
            {canEmail && member.email ? (
              <Button name="intent" value="email-link" variant="secondary">
                {t("staff:detail.emailLink")}
              </Button>
            ) : null}
          </div>
        </Form>
      )}
      {member.state === "locked" ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <p>{t("staff:detail.lockedHint")}</p>
          <Button name="intent" value="unlock" variant="secondary">
            {t("staff:detail.unlock")}
          </Button>
        </Form>
      ) : null}

      <h2>{t("staff:detail.detailsTitle")}</h2>
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          name="displayName"
          label={t("staff:fields.displayName")}
          autoComplete="off"
          defaultValue={value("displayName", member.displayName)}
          error={errors?.displayName}
        />
        <TextField
          name="email"
          type="email"
          label={t("staff:fields.email")}
          hint={t("staff:fields.emailHint")}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          defaultValue={value("email", member.email ?? "")}
          error={errors?.email}
        />
        <Button name="intent" value="details">
          {t("staff:detail.saveDetails")}
        </Button>
      </Form>

      {withHours ? (
        <>
          <h2>{t("staff:detail.hoursTitle")}</h2>
          <Form method="post" noValidate>
            <CsrfInput />
            <TextField
              name="fullTimeEquivalent"
              label={t("staff:fields.fte")}
              hint={t("staff:fields.fteHint")}
              inputMode="decimal"
              autoComplete="off"
              className="input--4"
              defaultValue={value("fullTimeEquivalent", member.fullTimeEquivalent ?? "", "hours")}
              error={errors?.fullTimeEquivalent}
            />
            <Button name="intent" value="hours">
              {t("staff:detail.saveHours")}
            </Button>
          </Form>
        </>
      ) : null}

      <h2>{t("staff:detail.roleTitle")}</h2>
      {member.isSelf ? (
        <p>{t("staff:detail.ownRole")}</p>
      ) : (
        <Form method="post" noValidate>
          <CsrfInput />
          <Radios
            name="role"
            legend={t("staff:fields.role")}
            hint={t("staff:fields.roleHint")}
            error={errors?.role}
            checked={intent === "role" ? String(result?.values.role ?? "") : member.role}
            options={adultRoles.map((r) => ({ value: r, label: t(`home:roles.${r}`) }))}
          />
          <Button name="intent" value="role">
            {t("staff:detail.changeRole")}
          </Button>
        </Form>
      )}

      <h2>{t("staff:detail.accessTitle")}</h2>
      {member.isSelf ? (
        <p>{t("staff:detail.ownAccess")}</p>
      ) : isDeactivated ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <p>{t("staff:detail.deactivatedHint")}</p>
          <Button name="intent" value="reactivate">
            {t("staff:detail.reactivate", { name: member.displayName })}
          </Button>
        </Form>
      ) : (
        <Form method="post" noValidate>
          <CsrfInput />
          <div className={errors?.deactivate ? "field field--error" : "field"}>
            <p className="hint" id={`${fieldId("deactivate")}-hint`}>
              {t("staff:detail.deactivateHint")}
            </p>
            {errors?.deactivate ? (
              <ErrorMessage id={`${fieldId("deactivate")}-error`}>
                {t(errors.deactivate)}
              </ErrorMessage>
            ) : null}
            <Button
              id={fieldId("deactivate")}
              name="intent"
              value="deactivate"
              variant="warning"
              aria-describedby={[
                `${fieldId("deactivate")}-hint`,
                errors?.deactivate ? `${fieldId("deactivate")}-error` : null,
              ]
                .filter(Boolean)
                .join(" ")}
            >
              {t("staff:detail.deactivate", { name: member.displayName })}
            </Button>
          </div>
        </Form>
      )}
    </>
  );
}
