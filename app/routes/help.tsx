import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { RouteHandle } from "~/root";
import { useTranslation } from "react-i18next";
import { optionalUser } from "~/auth/require-user.server";
import { organisationContacts } from "~/organisations/settings.server";
import { HelpContent } from "~/ui/HelpContent";

export const handle: RouteHandle = { titleKey: "common:help.title" };

/**
 * Open to everyone, signed in or not. Someone signed in also sees their own council's IRO and
 * advocacy services; nobody else sees anything of any council. The help dialog loads this too.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const user = optionalUser(request);
  return json({ contacts: user ? organisationContacts(user.organisationId) : null });
}

/** The same help as the dialog, for phones without JavaScript. */
export default function Help() {
  const { t } = useTranslation();
  const { contacts } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("common:help.title")}</h1>
      <HelpContent contacts={contacts} />
    </>
  );
}
