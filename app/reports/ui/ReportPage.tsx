import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import type { ReportPageData } from "../report-route.server";
import { periodKinds } from "../period";
import { ReportSections } from "./ReportSections";

/**
 * The reports page (issue 16): the period chooser (a GET form, so it works without JavaScript
 * and the address can be bookmarked), a contents list, the PDF download and the ten figures.
 */
export function ReportPage({
  data,
  back,
  backLabel,
}: {
  data: ReportPageData;
  back: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  const title = data.audience === "caseload" ? t("reports:iroTitle") : t("reports:title");
  return (
    <>
      <BackLink to={back}>{backLabel}</BackLink>
      <ErrorSummary errors={data.errors ?? undefined} />
      <h1>{title}</h1>
      <p>{data.audience === "caseload" ? t("reports:iroIntro") : t("reports:intro")}</p>
      <PeriodChooser data={data} />
      <h2 className="report-heading">{data.heading}</h2>
      {data.errors ? <p>{t("reports:period.fixErrors")}</p> : null}
      {data.empty ? <p className="report-warning">{t("reports:empty")}</p> : null}
      <p>
        <a href={data.pdfHref} download>
          {t("reports:download.pdf")}
        </a>
      </p>
      <nav aria-labelledby="report-contents">
        <h2 id="report-contents">{t("reports:contents")}</h2>
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
        noneLabel={t("reports:none")}
        csvLabel={(table) => t("reports:download.csvNamed", { table })}
        smallNumbers={null}
      />
    </>
  );
}

function PeriodChooser({ data }: { data: ReportPageData }) {
  const { t } = useTranslation();
  const { values } = data;
  const errors = data.errors ?? {};
  const kindId = fieldId("period");
  const yearId = fieldId("year");
  const label: Record<(typeof periodKinds)[number], string> = {
    year: t("reports:period.year"),
    "year-to-date": t("reports:period.yearToDate"),
    month: t("reports:period.month"),
    dates: t("reports:period.dates"),
  };
  return (
    // Keyed by the values, so choosing another period refills the fields with JavaScript too.
    <Form method="get" noValidate key={JSON.stringify(values)} className="report-period">
      <fieldset className="fieldset">
        <legend className="legend">{t("reports:period.kind")}</legend>
        {periodKinds.map((kind, i) => {
          const id = i === 0 ? kindId : `${kindId}-${kind}`;
          return (
            <div className="choice" key={kind}>
              <input
                type="radio"
                id={id}
                name="period"
                value={kind}
                defaultChecked={values.period === kind}
              />
              <label htmlFor={id}>{label[kind]}</label>
            </div>
          );
        })}
      </fieldset>
      <div className="field">
        <label className="label" htmlFor={yearId}>
          {t("reports:period.yearLabel")}
        </label>
        <select id={yearId} name="year" defaultValue={values.year} className="input">
          {data.years.map((year) => (
            <option key={year.value} value={year.value}>
              {year.label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="month"
        type="month"
        label={t("reports:period.monthLabel")}
        hint={t("reports:period.monthHint")}
        defaultValue={values.month}
      />
      <TextField
        name="from"
        type="date"
        label={t("reports:period.from")}
        hint={t("reports:period.fromHint")}
        error={errors.from}
        defaultValue={values.from}
      />
      <TextField
        name="to"
        type="date"
        label={t("reports:period.to")}
        hint={t("reports:period.toHint")}
        defaultValue={values.to}
      />
      <Button variant="secondary">{t("reports:period.submit")}</Button>
    </Form>
  );
}
