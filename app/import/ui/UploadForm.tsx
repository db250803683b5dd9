import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { importKindsInOrder } from "~/import/columns";
import type { FormErrors } from "~/http/forms.server";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorSummary } from "~/ui/ErrorSummary";
import { Radios, TextField } from "~/ui/Field";

/** Which kind of file, and the file: posted as multipart, so it works without JavaScript. */
export function UploadForm({ result }: { result: FormErrors | undefined }) {
  const { t } = useTranslation();
  const kind = result?.values.kind;
  return (
    <Form method="post" encType="multipart/form-data" noValidate>
      <ErrorSummary errors={result?.errors} />
      <CsrfInput />
      <Radios
        name="kind"
        legend={t("import:upload.kind")}
        error={result?.errors.kind}
        checked={typeof kind === "string" ? kind : ""}
        options={importKindsInOrder.map((k) => ({ value: k, label: t(`import:kinds.${k}`) }))}
      />
      <TextField
        name="file"
        type="file"
        accept=".csv,text/csv,text/plain"
        label={t("import:upload.file")}
        hint={t("import:upload.fileHint")}
        error={result?.errors.file}
      />
      <Button>{t("import:upload.submit")}</Button>
    </Form>
  );
}
