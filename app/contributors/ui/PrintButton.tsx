import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Print this letter": a button only once JavaScript has loaded (it calls window.print). Without
 * JavaScript the hint beside it says to use the browser's own Print.
 */
export function PrintButton() {
  const { t } = useTranslation();
  // True once hydrated in a browser (the server renders the no-JavaScript hint).
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return ready ? (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {t("forms:invite.print")}
    </button>
  ) : (
    <p className="hint">{t("forms:invite.printHint")}</p>
  );
}

const noSubscription = () => () => {};
