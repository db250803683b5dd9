import { json } from "@remix-run/node";
import { z } from "zod";
import { recordAudit, type AuditAction } from "~/audit/audit.server";
import type { SignedIn } from "~/auth/require-user.server";
import { formatDate } from "~/i18n/format";
import { getLanguage } from "~/i18n/languages";
import { lettersRegister, registerCsv, registerIros } from "./register.server";
import { fullName } from "~/young-people/names";

const filterSchema = z.object({
  iro: z.string().uuid().optional().catch(undefined),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional()
    .catch(undefined),
});

function filterOf(url: URL) {
  return filterSchema.parse({
    iro: url.searchParams.get("iro") || undefined,
    month: url.searchParams.get("month") || undefined,
  });
}

/** Who looked at or took away the register (it names children): ids only, no rows. */
function auditRegister(request: Request, user: SignedIn, action: AuditAction) {
  recordAudit(request, {
    action,
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "letters_register",
  });
}

/** The register as a CSV file (the `.csv` twin of the page, with the same filters). */
export function registerCsvResponse(request: Request, user: SignedIn) {
  const rows = lettersRegister(user, filterOf(new URL(request.url)));
  auditRegister(request, user, "letters_register_exported");
  return new Response(registerCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="letters-register.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}

/** The register page's data. */
export function registerResponse(request: Request, user: SignedIn, lng: string) {
  const url = new URL(request.url);
  const filter = filterOf(url);
  const rows = lettersRegister(user, filter);
  auditRegister(request, user, "letters_register_viewed");
  const query = url.searchParams.toString();
  return json({
    filter,
    csvHref: `${url.pathname}.csv${query ? `?${query}` : ""}`,
    iros: user.role === "iro" ? null : registerIros(user),
    rows: rows.map((r) => ({
      letterId: r.letterId,
      reviewId: r.reviewId,
      name: fullName(r),
      iroName: r.iroName,
      heldOn: r.heldOn ? formatDate(r.heldOn, lng) : null,
      firstIssuedOn: formatDate(r.firstIssuedAt, lng),
      daysTaken: r.daysTaken,
      late: r.late,
      versions: r.versions,
      language: getLanguage(r.language).englishName,
      childRead: r.childRead,
    })),
  });
}
