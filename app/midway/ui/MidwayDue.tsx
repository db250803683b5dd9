import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Tag } from "~/ui/Tag";
import type { MidwayDueView } from "../view.server";

/** "Midway check due 3 March", marked when overdue (or soon). */
export function MidwayDueTag({ due }: { due: MidwayDueView | undefined | null }) {
  const { t } = useTranslation();
  if (!due) return null;
  return (
    <Tag tone={due.overdue ? "overdue" : due.soon ? "soon" : undefined}>
      {t(due.overdue ? "midway:due.overdue" : "midway:due.due", { date: due.dueOn })}
    </Tag>
  );
}

/** The queue's section: midway checks overdue and due within 10 working days. */
export function MidwayQueue({
  items,
}: {
  items: (MidwayDueView & { youngPersonId: string; name: string })[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="midway-queue-title">
      <h2 id="midway-queue-title">{t("midway:queue.title")}</h2>
      {items.length ? (
        <ul>
          {items.map((m) => (
            <li key={m.youngPersonId}>
              <Link to={`/iro/young-people/${m.youngPersonId}/midway`}>
                {t("midway:queue.item", { name: m.name })}
              </Link>{" "}
              <MidwayDueTag due={m} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("midway:queue.none")}</p>
      )}
    </section>
  );
}

/** The child's page: the midway check due and the link to record it. */
export function MidwaySection({
  youngPersonId,
  panel,
}: {
  youngPersonId: string;
  panel: { due: MidwayDueView | null; mayRecord: boolean };
}) {
  const { t } = useTranslation();
  if (!panel.mayRecord) return null;
  return (
    <p>
      <MidwayDueTag due={panel.due} />{" "}
      <Link to={`/iro/young-people/${youngPersonId}/midway`}>{t("midway:due.record")}</Link>
    </p>
  );
}
