import { useTranslation } from "react-i18next";
import { TextField } from "~/ui/Field";

/**
 * A young person's case record for a period as one zip. A GET form straight to the download,
 * so it works without JavaScript; both dates may stay empty (everything).
 */
export function BundleForm({ youngPersonId, name }: { youngPersonId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="case-record-bundle">
      <h2 id="case-record-bundle">{t("records:bundle.title")}</h2>
      <p>{t("records:bundle.intro", { name })}</p>
      <form method="get" action={`/records/young-people/${youngPersonId}/bundle`} noValidate>
        <p className="hint" id="case-record-bundle-hint">
          {t("records:bundle.hint")}
        </p>
        <div className="date-range">
          <TextField name="from" type="date" label={t("records:bundle.from")} />
          <TextField name="to" type="date" label={t("records:bundle.to")} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("records:bundle.download")}
        </button>
      </form>
    </section>
  );
}
