import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReportSections } from "~/reports/ui/ReportSections";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import type { MonitoringPageData } from "../page.server";

/**
 * The monthly monitoring page for managers (issue 18): a month chooser (a GET form, so it works
 * without JavaScript and can be bookmarked), the downloads, then each figure with its definition
 * in plain words, like the annual report page.
 */
export function MonitoringPage({ data, back }: { data: MonitoringPageData; back: string }) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={back}>{t("monitoring:page.back")}</BackLink>
      <ErrorSummary errors={data.errors ?? undefined} />
      <h1>{t("monitoring:page.title")}</h1>
      <p>{t("monitoring:page.intro")}</p>
      <Form method="get" noValidate key={data.month} className="report-period">
        <TextField
          name="month"
          type="month"
          label={t("monitoring:page.monthLabel")}
          hint={t("monitoring:page.monthHint")}
          error={data.errors?.month}
          defaultValue={data.month}
        />
        <Button variant="secondary">{t("monitoring:page.show")}</Button>
      </Form>
      <h2 className="report-heading">{data.heading}</h2>
      <ul className="link-list">
        <li>
          <a href={data.csvHref} download>
            {t("monitoring:page.csv")}
          </a>
        </li>
        <li>
          <a href={data.pdfHref} download>
            {t("monitoring:page.pdf")}
          </a>
        </li>
      </ul>
      <nav aria-labelledby="monitoring-contents">
        <h2 id="monitoring-contents">{t("monitoring:page.contents")}</h2>
        <ol className="report-contents">
          {data.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <ReportSections
        sections={data.sections}
        noneLabel={t("monitoring:page.none")}
        csvLabel={null}
        smallNumbers={null}
      />
    </>
  );
}
