import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, formValues, readForm } from "~/http/forms.server";
import { saveLetter } from "~/letters/drafts.server";
import { letterEditorView } from "~/letters/editor.server";
import { issueLetter } from "~/letters/issue.server";
import { letterEditorSchema, letterFieldsOf } from "~/letters/letter-form.server";
import { LetterEditor } from "~/letters/ui/LetterEditor";
import type { RouteHandle } from "~/root";

export const handle: RouteHandle = { titleKey: "letters:iro.title" };

/** The IRO's letter about a held review: opening it is audited (it shows the child's words). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  return json(letterEditorView(request, user, params.reviewId));
}

/** Every post saves the draft; then autosave answers quietly, save reloads, issue issues. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const form = await readForm(request, letterEditorSchema);
  if (!form.ok) return formErrors({ errors: form.errors, values: form.values });
  const values = formValues(form.formData);
  saveLetter(request, user, params.reviewId, letterFieldsOf(form.data));
  const path = new URL(request.url).pathname;
  switch (form.data.intent) {
    case "autosave":
      return json({ autosaved: true });
    case "save":
      return redirect(`${path}?saved=1`);
    case "issue": {
      const issued = issueLetter(request, user, params.reviewId, {
        reason: form.data.reason ?? "",
        shareWithCarer: form.data.shareWithCarer === "yes",
      });
      if (!issued.ok) return formErrors({ errors: issued.errors, values });
      return redirect(`${path}?issued=${issued.number}`);
    }
  }
}

export default function LetterEditorRoute() {
  const data = useLoaderData<typeof loader>();
  return <LetterEditor data={data} />;
}
