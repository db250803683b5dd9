import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { verifyCsrf } from "~/auth/csrf.server";
import { requireUser } from "~/auth/require-user.server";
import { requestLanguage } from "~/i18n/request-language.server";
import { applyImport, getImportBatch } from "~/import/batches.server";
import { importPreview } from "~/import/preview.server";
import { ImportApplied, ImportPreview } from "~/import/ui/ImportPreview";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";

export const handle: RouteHandle = { titleKey: "import:preview.title" };

/** What importing this file would do (or, once imported, what it did). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const batch = getImportBatch(user, params.batchId);
  return json(importPreview(batch, requestLanguage(request, user)));
}

/** Confirmed: everything in the file in one transaction, or nothing if any row has an error. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  verifyCsrf(request, await request.formData());
  const result = applyImport(request, user, params.batchId);
  if (!result.ok) return json({ refused: true }, { status: 400 });
  return redirect(`/admin/import/${params.batchId}`);
}

export default function ImportBatch() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <BackLink to="/admin/import">{t("import:title")}</BackLink>
      <h1>{t(data.applied ? "import:applied.heading" : "import:preview.title")}</h1>
      <dl className="summary-list">
        <div>
          <dt>{t("import:preview.file")}</dt>
          <dd>{data.batch.fileName}</dd>
        </div>
        <div>
          <dt>{t("import:preview.kind")}</dt>
          <dd>{t(`import:kinds.${data.batch.kind}`)}</dd>
        </div>
        <div>
          <dt>{t("import:preview.uploaded")}</dt>
          <dd>{data.batch.uploadedAt}</dd>
        </div>
      </dl>
      {data.applied ? (
        <ImportApplied kind={data.batch.kind} {...data.applied} />
      ) : data.plan ? (
        <ImportPreview plan={data.plan} refused={!!result?.refused} />
      ) : null}
    </>
  );
}
