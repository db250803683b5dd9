import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { Notice } from "~/ui/Notice";
import { SelectField } from "~/ui/SelectField";

/** On a social worker's or team manager's page: the team they work in. */
export function TeamChoice({
  teams,
  current,
  error,
  saved,
}: {
  teams: { id: string; name: string }[];
  current: string;
  error?: string;
  saved: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title">{t("escalations:teams.staffTitle")}</h2>
      {saved ? <Notice>{t("escalations:teams.staffSaved")}</Notice> : null}
      {teams.length ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <SelectField
            name="teamId"
            label={t("escalations:teams.staffLabel")}
            error={error}
            value={current}
            blank={t("escalations:teams.fields.none")}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
          />
          <Button name="intent" value="team" variant="secondary">
            {t("escalations:teams.staffSave")}
          </Button>
        </Form>
      ) : (
        <p>{t("escalations:teams.staffNoTeams")}</p>
      )}
    </section>
  );
}
