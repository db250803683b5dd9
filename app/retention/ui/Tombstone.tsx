import { useTranslation } from "react-i18next";
import type { TombstoneView } from "../tombstone.server";

/** "Erased on 3 May 2025 by Sam Admin because: ..." in place of the words that were erased. */
export function Tombstone({ tombstone }: { tombstone: TombstoneView }) {
  const { t } = useTranslation();
  const text =
    tombstone.reason === null
      ? t("retention:tombstone.byRetention", { date: tombstone.date })
      : t("retention:tombstone.byPerson", {
          date: tombstone.date,
          name: tombstone.name ?? t("retention:tombstone.someone"),
          reason: tombstone.reason,
        });
  return (
    <div className="panel tombstone">
      <p>
        <strong>{t("retention:tombstone.title")}</strong>
      </p>
      <p>{text}</p>
    </div>
  );
}
