import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationContacts } from "~/organisations/contacts";
import { Dialog } from "./Dialog";
import { HelpContent } from "./HelpContent";

/** Loaded only when someone asks for help, so pages that never need it do not carry the dialog code. */
export default function HelpDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  // The help page's own data (the council's IRO and advocacy services): the dialog shows what
  // /help shows. Childline and 999 are there at once; the council's numbers follow.
  const help = useFetcher<{ contacts: OrganisationContacts | null }>();
  const { load, data } = help;
  const asked = useRef(false);
  useEffect(() => {
    // Asked once: a failed load leaves the help that needs no server, never a loop of retries.
    if (!open || asked.current) return;
    asked.current = true;
    load("/help");
  }, [open, load]);
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("common:help.title")}>
      <HelpContent contacts={data?.contacts ?? null} />
    </Dialog>
  );
}
