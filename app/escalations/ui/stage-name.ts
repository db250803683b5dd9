import type { TFunction } from "i18next";

/** A stage's name: the council's own, or the default stage's words. */
export function stageName(
  t: TFunction,
  stage: { position: number; key: string | null; name: string | null },
): string {
  if (stage.name) return stage.name;
  if (stage.key) return t(`escalations:stages.names.${stage.key}`);
  return t("escalations:stages.numbered", { number: stage.position });
}
