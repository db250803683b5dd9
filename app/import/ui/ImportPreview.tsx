import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ImportKind } from "#db/schema";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { Notice } from "~/ui/Notice";
import type { PlanView } from "../preview.server";
import { ErrorTable, RowList } from "./PreviewLists";

/** What the import would do; the confirm button only when every row can be imported. */
export function ImportPreview({
  plan,
  refused,
}: {
  plan: PlanView;
  /** A confirmation was refused: the rows changed since the preview was drawn. */
  refused: boolean;
}) {
  const { t } = useTranslation();
  if (plan.fileErrors.length)
    return (
      <div className="error-summary" role="alert" aria-labelledby="file-errors-title">
        <h2 id="file-errors-title">{t("import:preview.fileErrorsTitle")}</h2>
        <ul>
          {plan.fileErrors.map((e, i) => (
            <li key={i}>{t(e.key, e.values)}</li>
          ))}
        </ul>
        <p>{t("import:preview.fixAndUpload")}</p>
      </div>
    );
  const nothingToDo = !plan.counts.create && !plan.counts.update;
  return (
    <>
      {refused ? <Notice tone="warning">{t("import:preview.refused")}</Notice> : null}
      <dl className="summary-list">
        {(["create", "update", "unchanged", "errorRows"] as const).map((key) => (
          <div key={key}>
            <dt>{t(`import:preview.counts.${key}`)}</dt>
            <dd>{plan.counts[key]}</dd>
          </div>
        ))}
        {plan.nextReviews ? (
          <div>
            <dt>{t("import:preview.counts.nextReviews")}</dt>
            <dd>{t("import:preview.nextReviews", plan.nextReviews)}</dd>
          </div>
        ) : null}
      </dl>
      {plan.errors.length ? (
        <section aria-labelledby="row-errors-title">
          <div className="error-summary" role="alert" aria-labelledby="row-errors-title">
            <h2 id="row-errors-title">{t("import:preview.errorsTitle")}</h2>
            <p>{t("import:preview.errorsExplained")}</p>
          </div>
          <ErrorTable errors={plan.errors} total={plan.errorCount} />
        </section>
      ) : null}
      <RowList
        title={t("import:preview.lists.create")}
        rows={plan.create}
        total={plan.counts.create}
      />
      <RowList
        title={t("import:preview.lists.update")}
        rows={plan.update}
        total={plan.counts.update}
        showChanges
      />
      <RowList
        title={t("import:preview.lists.unchanged")}
        rows={plan.unchanged}
        total={plan.counts.unchanged}
      />
      {plan.canApply && nothingToDo ? (
        <Notice tone="plain">{t("import:preview.nothingToDo")}</Notice>
      ) : null}
      {plan.canApply && !nothingToDo ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <p>{t("import:preview.confirmHint")}</p>
          <Button>{t("import:preview.confirm")}</Button>
        </Form>
      ) : null}
    </>
  );
}

/** After the import: what it did (the counts the batch kept). */
export function ImportApplied({
  kind,
  at,
  summary,
}: {
  kind: ImportKind;
  at: string;
  summary: Record<string, number>;
}) {
  const { t } = useTranslation();
  const shown = ["created", "updated", "unchanged", "nextReviewsCreated", "nextReviewsMoved"];
  return (
    <>
      <Notice>
        <h2>{t("import:applied.title")}</h2>
        <p>{t("import:applied.at", { date: at })}</p>
      </Notice>
      <dl className="summary-list">
        {shown
          .filter((key) => summary[key] !== undefined)
          .map((key) => (
            <div key={key}>
              <dt>{t(`import:applied.${key}`)}</dt>
              <dd>{summary[key]}</dd>
            </div>
          ))}
      </dl>
      <ul className="link-list">
        {kind === "young_people" ? (
          <li>
            <Link to="/admin/young-people">{t("import:applied.seeYoungPeople")}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/admin/import">{t("import:applied.another")}</Link>
        </li>
      </ul>
    </>
  );
}
