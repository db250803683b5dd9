import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/auth/require-user.server";
import { letterPdfFor } from "~/letters/pdf-download.server";

/** An issued version as a PDF, for whoever may read it (the case file, or the child to keep). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: ["iro", "young_person", "carer"] });
  const number = Number(params.number);
  if (!Number.isInteger(number) || number < 1) throw notFound();
  const pdf = await letterPdfFor(request, user, params.letterId, number);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="own-voice-letter-${number}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
