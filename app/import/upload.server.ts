import { z } from "zod";
import { importKinds, type ImportKind } from "#db/schema";
import { readForm, type FormErrors } from "~/http/forms.server";
import { decodeUpload } from "./csv";

/*
 * The upload form: which kind of file, and the file. server.js lets this one form (with the voice
 * note page) post up to 10 MB; a larger file gets the app's "too large" page before it reaches here.
 */

export const maxUploadBytes = 10 * 1024 * 1024;

const uploadSchema = z.object({
  kind: z.enum(importKinds, { message: "import:errors.kind" }),
});

type Upload =
  | { ok: true; file: { kind: ImportKind; fileName: string; content: string } }
  | ({ ok: false } & FormErrors);

/** A zip file: what an Excel workbook (.xlsx) is, saved as it is rather than as CSV. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readUpload(request: Request): Promise<Upload> {
  const form = await readForm(request, uploadSchema);
  const errors: Record<string, string> = form.ok ? {} : { ...form.errors };
  const values = form.ok ? { kind: form.data.kind } : form.values;
  const file = form.formData.get("file");
  let content = "";
  if (!(file instanceof File) || file.size === 0) errors.file = "import:errors.noFile";
  else if (file.size > maxUploadBytes) errors.file = "import:errors.fileTooLarge";
  else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    content = decodeUpload(bytes);
    // A workbook, a PDF, a picture: not text, whatever its name says.
    if (isZip(bytes) || content.includes("\u0000")) errors.file = "import:errors.notCsv";
  }
  if (!form.ok || Object.keys(errors).length) return { ok: false, errors, values };
  const fileName = (file as File).name.slice(0, 200) || "import.csv";
  return { ok: true, file: { kind: form.data.kind, fileName, content } };
}
