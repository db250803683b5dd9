import { Link, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RagRating } from "#db/schema";
import { Notice } from "~/ui/Notice";

/**
 * On a held review's page (issue 18): the monitoring rating recorded after it, or that it is not
 * recorded yet, with the link to record or change it. Staff only: the child never sees it.
 */
export function MonitoringLine({
  reviewId,
  monitoring,
}: {
  reviewId: string;
  monitoring: { rag: RagRating | null; activeMonitoring: boolean } | null;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (!monitoring) return null;
  return (
    <section aria-labelledby="monitoring-title">
      {searchParams.get("monitored") ? (
        <Notice>
          <p>{t("monitoring:line.saved")}</p>
        </Notice>
      ) : null}
      <h2 id="monitoring-title">{t("monitoring:line.title")}</h2>
      <p>
        {monitoring.rag
          ? t("monitoring:line.recorded", { rating: t(`monitoring:rag.${monitoring.rag}`) })
          : t("monitoring:line.notYet")}
        {monitoring.rag && monitoring.activeMonitoring
          ? ` ${t("monitoring:line.activeMonitoring")}`
          : null}
      </p>
      <p>
        <Link to={`/iro/reviews/${reviewId}/monitoring`}>
          {monitoring.rag ? t("monitoring:line.change") : t("monitoring:line.record")}
        </Link>
      </p>
    </section>
  );
}
