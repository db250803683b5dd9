import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { importKindsInOrder } from "~/import/columns";
import { requireUser } from "~/auth/require-user.server";
import { formErrors } from "~/http/forms.server";
import { formatDateTime } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import { createImportBatch, recentImportBatches } from "~/import/batches.server";
import { ColumnList } from "~/import/ui/ColumnList";
import { UploadForm } from "~/import/ui/UploadForm";
import { readUpload } from "~/import/upload.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "import:title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const lng = requestLanguage(request, user);
  return json({
    recent: recentImportBatches(user).map((b) => ({
      ...b,
      createdAt: formatDateTime(b.createdAt, lng),
      appliedAt: b.appliedAt ? formatDateTime(b.appliedAt, lng) : null,
    })),
  });
}

/** The file is kept as it is, then previewed on its own page: nothing is imported yet. */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const upload = await readUpload(request);
  if (!upload.ok) return formErrors(upload);
  const batchId = createImportBatch(request, user, upload.file);
  return redirect(`/admin/import/${batchId}`);
}

export default function Import() {
  const { t } = useTranslation();
  const { recent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/admin">{t("admin:home.title")}</BackLink>
      <h1>{t("import:title")}</h1>
      <p>{t("import:intro")}</p>
      <p>{t("import:safe")}</p>
      {importKindsInOrder.map((kind, i) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>
            {i + 1}. {t(`import:kinds.${kind}`)}
          </h2>
          <p>{t(`import:kindHints.${kind}`)}</p>
          <p>
            <a href={`/admin/import/template/${kind}.csv`} download>
              {t("import:template", { kind: t(`import:kinds.${kind}`) })}
            </a>
          </p>
          <ColumnList kind={kind} />
        </section>
      ))}
      <p className="hint">{t("import:formats")}</p>
      <h2>{t("import:upload.title")}</h2>
      <UploadForm result={result} />
      {recent.length ? (
        <>
          <h2>{t("import:recent.title")}</h2>
          <ul className="link-list">
            {recent.map((b) => (
              <li key={b.id}>
                <Link to={`/admin/import/${b.id}`}>{b.fileName}</Link>{" "}
                <span className="hint">
                  {t(`import:kinds.${b.kind}`)} ·{" "}
                  {b.appliedAt
                    ? t("import:recent.applied", { date: b.appliedAt })
                    : t("import:recent.notApplied", { date: b.createdAt })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
