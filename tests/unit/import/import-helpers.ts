import type { ImportKind } from "#db/schema";
import type { SignedIn } from "~/auth/require-user.server";
import { applyImport, createImportBatch, getImportBatch } from "~/import/batches.server";
import { importPreview } from "~/import/preview.server";

/** Uploads a file as an administrator would, and returns its preview and a way to confirm it. */
export function upload(
  admin: { request: Request; user: SignedIn },
  kind: ImportKind,
  content: string,
) {
  const batchId = createImportBatch(admin.request, admin.user, {
    kind,
    fileName: `${kind}.csv`,
    content,
  });
  const preview = () => importPreview(getImportBatch(admin.user, batchId), "en");
  return {
    batchId,
    plan: preview().plan!,
    preview,
    confirm: () => applyImport(admin.request, admin.user, batchId),
  };
}

/** The messages of a preview's errors, as "row column key". */
export function errorList(plan: {
  errors: { row: number; column?: string; message: { key: string } }[];
}) {
  return plan.errors.map((e) => `${e.row} ${e.column ?? "-"} ${e.message.key}`);
}

export const csv = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
