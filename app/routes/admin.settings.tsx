import { hasProgram } from "~/audio/programs.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isCouncilSignInEnabled } from "~/auth/oidc.server";
import { requireUser } from "~/auth/require-user.server";
import { formErrors, readForm } from "~/http/forms.server";
import { alwaysOfferedForms, choosableForms } from "~/organisations/forms-offered";
import { settingsFormSchema } from "~/organisations/settings-schema";
import { editableSettings, saveSettings } from "~/organisations/settings.server";
import { SettingsForm, type SettingsActionResult } from "~/organisations/ui/SettingsForm";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Notice } from "~/ui/Notice";

export const handle: RouteHandle = { titleKey: "settings:title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  return json({
    settings: editableSettings(user),
    choosableForms,
    alwaysOfferedForms,
    singleSignOn: isCouncilSignInEnabled(),
    computerVoiceInstalled: hasProgram("espeak-ng"),
    saved: new URL(request.url).searchParams.get("saved") === "1",
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const form = await readForm(
    request,
    settingsFormSchema({ singleSignOn: isCouncilSignInEnabled() }),
  );
  if (!form.ok) return formErrors(form);
  saveSettings(request, user, form.data);
  return redirect("/admin/settings?saved=1");
}

export default function OrganisationSettings() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<SettingsActionResult>();
  return (
    <>
      <BackLink to="/admin">{t("settings:back")}</BackLink>
      <h1>{t("settings:title")}</h1>
      {data.saved && !result ? (
        <Notice>
          <p>{t("settings:saved")}</p>
        </Notice>
      ) : null}
      <p>
        <Link to="/admin/retention">{t("retention:page.link")}</Link>
      </p>
      <p>
        <Link to="/admin/teams">{t("escalations:teams.link")}</Link>
      </p>
      <p>
        <Link to="/admin/escalation-stages">{t("escalations:stages.link")}</Link>
      </p>
      <SettingsForm
        settings={data.settings}
        choosableForms={data.choosableForms}
        alwaysOfferedForms={data.alwaysOfferedForms}
        singleSignOn={data.singleSignOn}
        computerVoiceInstalled={data.computerVoiceInstalled}
        result={result}
      />
    </>
  );
}
