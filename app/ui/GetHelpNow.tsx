import { lazy, Suspense, useState, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { WithIcon } from "./Icon";

const loadHelpDialog = () => import("./HelpDialog");
const HelpDialog = lazy(loadHelpDialog);

/** A link to /help that, with JavaScript, opens the same help in a dialog without leaving the page. */
export function GetHelpNow() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openDialog = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    setOpen(true);
  };
  return (
    <>
      <a
        href="/help"
        className="button button--warning"
        onClick={openDialog}
        onPointerEnter={() => void loadHelpDialog()}
        onFocus={() => void loadHelpDialog()}
      >
        <WithIcon icon="help">{t("common:help.button")}</WithIcon>
      </a>
      {open ? (
        <Suspense fallback={null}>
          <HelpDialog open={open} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}
