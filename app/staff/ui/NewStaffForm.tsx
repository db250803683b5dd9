import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "~/http/forms.server";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextField } from "~/ui/Field";
import { adultRoles } from "../staff-schema";

/** Name, username, email, role; and, when email is set up, whether to email a sign-in link. */
export function NewStaffForm({
  result,
  canEmail,
}: {
  result: FormErrors | undefined;
  canEmail: boolean;
}) {
  const { t } = useTranslation();
  const errors = result?.errors;
  const value = (name: string) => String(result?.values[name] ?? "");
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate>
        <CsrfInput />
        <TextField
          name="displayName"
          label={t("staff:fields.displayName")}
          hint={t("staff:fields.displayNameHint")}
          autoComplete="off"
          defaultValue={value("displayName")}
          error={errors?.displayName}
        />
        <TextField
          name="username"
          label={t("staff:fields.username")}
          hint={t("staff:fields.usernameHint")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          dir="ltr"
          defaultValue={value("username")}
          error={errors?.username}
        />
        <TextField
          name="email"
          type="email"
          label={t("staff:fields.email")}
          hint={t("staff:fields.emailHint")}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          defaultValue={value("email")}
          error={errors?.email}
        />
        <Radios
          name="role"
          legend={t("staff:fields.role")}
          hint={t("staff:fields.roleHint")}
          error={errors?.role}
          checked={value("role")}
          options={adultRoles.map((r) => ({ value: r, label: t(`home:roles.${r}`) }))}
        />
        {canEmail ? (
          <Radios
            name="delivery"
            legend={t("staff:fields.delivery")}
            error={errors?.delivery}
            checked={value("delivery") || "code"}
            options={[
              { value: "code", label: t("staff:fields.deliveryCode") },
              { value: "email", label: t("staff:fields.deliveryEmail") },
            ]}
          />
        ) : null}
        <Button>{t("staff:new.submit")}</Button>
      </Form>
    </>
  );
}
