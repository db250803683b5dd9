import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { WithIcon } from "./Icon";

/** A neutral page to land on: nothing on it says where the child just was. */
export const exitUrl = "https://www.bbc.co.uk/weather";

/**
 * Leaves at once for a neutral site. With JavaScript the current page is replaced in the
 * history, so pressing Back does not return here; without it, it is an ordinary link.
 */
export function ExitQuickly() {
  const { t } = useTranslation();
  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.body.hidden = true;
    window.location.replace(exitUrl);
  };
  return (
    <a href={exitUrl} rel="noreferrer" className="button button--secondary" onClick={leave}>
      <WithIcon icon="exit">{t("common:exit.button")}</WithIcon>
    </a>
  );
}
