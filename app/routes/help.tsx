import type { RouteHandle } from "~/root";
import { useTranslation } from "react-i18next";
import { HelpContent } from "~/ui/HelpContent";

export const handle: RouteHandle = { titleKey: "common:help.title" };

/** The same help as the dialog, for phones without JavaScript. Open to everyone, signed in or not. */
export default function Help() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("common:help.title")}</h1>
      <HelpContent />
    </>
  );
}
