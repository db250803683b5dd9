import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { logContact } from "~/contacts/contacts.server";
import { contactSchema } from "~/contacts/schema";
import { ContactForm, type ContactFormResult } from "~/contacts/ui/ContactForm";
import { todayInEngland } from "~/dates/calendar";
import { formErrors, readForm } from "~/http/forms.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { fullName } from "~/young-people/names";
import { getAllocatedYoungPerson } from "~/young-people/young-people.server";

export const handle: RouteHandle = { titleKey: "midway:contacts.page.title" };

/** The IROs allocated to the child log a contact; anyone else: 404. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, today);
  return json({ youngPersonId: person.id, name: fullName(person), today });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "iro" });
  const today = todayInEngland();
  const person = getAllocatedYoungPerson(request, user, params.youngPersonId, today);
  const form = await readForm(request, contactSchema(today));
  if (!form.ok) return formErrors(form);
  logContact(request, user, person.id, form.data);
  return redirect(`/iro/young-people/${person.id}?contact=1`);
}

export default function LogContact() {
  const { t } = useTranslation();
  const { youngPersonId, name, today } = useLoaderData<typeof loader>();
  const result = useActionData<ContactFormResult>();
  return (
    <>
      <BackLink to={`/iro/young-people/${youngPersonId}`}>
        {t("midway:page.back", { name })}
      </BackLink>
      <h1>{t("midway:contacts.page.heading", { name })}</h1>
      <ContactForm today={today} result={result} />
    </>
  );
}
