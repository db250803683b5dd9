import { useTranslation } from "react-i18next";
import { Tag } from "~/ui/Tag";

/** Active, locked (too many wrong passwords) or deactivated: in words, never colour alone. */
export function StateTag({ state }: { state: "active" | "locked" | "deactivated" }) {
  const { t } = useTranslation();
  if (state === "active") return <>{t("staff:state.active")}</>;
  return <Tag tone="overdue">{t(`staff:state.${state}`)}</Tag>;
}
