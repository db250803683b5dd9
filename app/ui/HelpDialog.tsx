import { useTranslation } from "react-i18next";
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
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("common:help.title")}>
      <HelpContent />
    </Dialog>
  );
}
