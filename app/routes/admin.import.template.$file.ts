import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/require-user.server";
import { templateKindOf, templateResponse } from "~/import/templates.server";

/** /admin/import/template/young_people.csv (and allocations.csv, past_reviews.csv). */
export function loader({ request, params }: LoaderFunctionArgs) {
  requireUser(request, { role: "admin" });
  const kind = templateKindOf(params.file);
  if (!kind) throw notFound();
  return templateResponse(kind);
}
