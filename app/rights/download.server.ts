import { stringify } from "csv-stringify/sync";
import { strToU8 } from "fflate";
import { auditCsvHeader, auditCsvRows } from "~/audit/audit-csv.server";
import { recordAudit } from "~/audit/audit.server";
import { auditEventBatches, type AuditEventRow } from "~/audit/audit-trail.server";
import type { SignedIn } from "~/auth/require-user.server";
import { todayInEngland } from "~/dates/calendar";
import { getOwnYoungPerson } from "~/young-people/young-people.server";
import { collectMyThings } from "./collect.server";
import { buildMyThingsZip } from "./zip.server";

/*
 * The two doors to a young person's copy: the young person's own ("My things", on /me) and an
 * administrator's subject access request for any child of their organisation. Both are audited
 * once the zip is made: the child's words leave the service.
 */

function zipResponse(zip: Uint8Array, fileName: string) {
  return new Response(new Uint8Array(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The signed-in young person's own things, and nobody else's. */
export async function downloadMyThings(request: Request, user: SignedIn) {
  const person = getOwnYoungPerson(user);
  const zip = await buildMyThingsZip(collectMyThings(user.organisationId, person.id));
  recordAudit(request, {
    action: "my_things_downloaded",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "young_person",
    subjectId: person.id,
    youngPersonId: person.id,
  });
  return zipResponse(zip, `my-things-${todayInEngland()}.zip`);
}

/** Who opened this child's records: the audit trail's per-child filter, every event. */
function auditOfChild(user: SignedIn, youngPersonId: string): AuditEventRow[] {
  return [...auditEventBatches(user, { youngPersonId })].flat();
}

const csvOptions = { quoted: true, quoted_empty: true, record_delimiter: "windows" } as const;

/** An administrator's copy of a child's things for a subject access request, with the audit. */
export async function downloadSubjectAccess(
  request: Request,
  user: SignedIn,
  youngPersonId: string | undefined,
) {
  // Subject access covers all personal data about the child: also what staff keep about them
  // between reviews, for the council to check for exemptions before release.
  const things = collectMyThings(user.organisationId, youngPersonId ?? "", { staffRecords: true });
  const events = auditOfChild(user, things.youngPerson.id);
  const csv = `\uFEFF${stringify([auditCsvHeader, ...auditCsvRows(events)], csvOptions)}`;
  const json = events.map((e) => ({
    at: e.at,
    action: e.action,
    by: e.actorName,
    role: e.actorRole,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    subjectName: e.subjectName,
    fromAddress: e.clientAddress,
    requestId: e.requestId,
  }));
  const zip = await buildMyThingsZip(things, {
    "audit.csv": strToU8(csv),
    "audit.json": strToU8(JSON.stringify(json, null, 2)),
  });
  recordAudit(request, {
    action: "subject_access_downloaded",
    organisationId: user.organisationId,
    actorUserId: user.id,
    subjectType: "young_person",
    subjectId: things.youngPerson.id,
    youngPersonId: things.youngPerson.id,
  });
  const name = (things.youngPerson.caseReference ?? things.youngPerson.id).replace(
    /[^A-Za-z0-9-]+/g,
    "-",
  );
  return zipResponse(zip, `subject-access_${name}_${todayInEngland()}.zip`);
}
