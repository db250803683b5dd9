import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { defaultStages } from "~/escalations/rules";
import { Button } from "~/ui/Button";
import type { TimelineView } from "../timeline.server";
import { timelineKinds, type TimelineFilter } from "../timeline";

/** The query parameter the filter form sends (`?timeline=contacts`). */
export const timelineParam = "timeline";

/**
 * The child's timeline, newest first, with a filter by kind: a GET form, so it works without
 * JavaScript and the address can be shared.
 */
export function Timeline({ entries, filter }: { entries: TimelineView[]; filter: TimelineFilter }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("midway:timeline.title")}</h2>
      <Form
        method="get"
        className="filters"
        aria-label={t("midway:timeline.filterLabel")}
        preventScrollReset
      >
        <div className="field">
          <label className="label" htmlFor="timeline-kind">
            {t("midway:timeline.show")}
          </label>
          <select id="timeline-kind" name={timelineParam} className="input" defaultValue={filter}>
            <option value="all">{t("midway:timeline.kind.all")}</option>
            {timelineKinds.map((k) => (
              <option key={k} value={k}>
                {t(`midway:timeline.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">{t("midway:timeline.apply")}</Button>
      </Form>
      {entries.length ? (
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.id}>
              <TimelineItem entry={e} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("midway:timeline.none")}</p>
      )}
    </section>
  );
}

function TimelineItem({ entry }: { entry: TimelineView }) {
  const { t } = useTranslation();
  const d = entry.detail;
  const str = (key: string) => (typeof d[key] === "string" ? (d[key] as string) : "");
  // A default stage is named by its key's place among the defaults (stages can be reordered).
  const number =
    defaultStages.find((s) => s.key === str("stageKey"))?.position ??
    (typeof d.stage === "number" ? d.stage : "");
  const stage =
    str("stageName") ||
    (number === 0 ? t("midway:timeline.informal") : t("midway:timeline.stage", { n: number }));
  const title = t(`midway:timeline.event.${entry.event}`, {
    number: d.number,
    stage,
    dueOn: d.dueOn,
  });
  const lines: string[] = [];
  switch (entry.kind) {
    case "requests":
      lines.push(t(`midway:timeline.requestFor.${str("who")}`, { date: str("dueOn") }));
      break;
    case "reviews":
      if (d.reviewKind) lines.push(t(`reviews:kind.${str("reviewKind")}`));
      break;
    case "actions":
      lines.push(str("decision"));
      if (d.state)
        lines.push(t("midway:timeline.state", { state: t(`midway:state.${str("state")}`) }));
      if (d.atMidway) lines.push(t("midway:timeline.atMidway"));
      if (d.note) lines.push(str("note"));
      break;
    case "midway":
      lines.push(
        str("checkedWith")
          .split(",")
          .filter(Boolean)
          .map((w) => t(`midway:checkedWith.${w}`))
          .join(", "),
      );
      if (d.rag) lines.push(t(`midway:rag.${str("rag")}`));
      if (d.note) lines.push(str("note"));
      break;
    case "contacts":
      lines.push(
        `${t(`midway:contacts.kind.${str("contactKind")}`)}, ${t("midway:contacts.list.with")} ${str("withWhom")}`,
        t(`midway:contacts.seenAlone.${str("seen")}`),
      );
      if (d.note) lines.push(str("note"));
      break;
    case "escalations":
      if (d.theme) lines.push(t(`midway:timeline.theme.${str("theme")}`));
      if (d.outcome) lines.push(t(`midway:timeline.outcome.${str("outcome")}`));
      if (d.response) lines.push(t(`midway:timeline.response.${str("response")}`));
      if (d.text) lines.push(str("text"));
      break;
    case "statements":
      if (d.urgent) lines.push(t("midway:timeline.urgent"));
      break;
  }
  return (
    <>
      <span className="hint">{entry.when}</span>{" "}
      <strong>{entry.link ? <Link to={entry.link}>{title}</Link> : title}</strong>
      {entry.by ? <> — {entry.by}</> : null}
      {lines.some(Boolean) ? (
        <ul className="timeline__detail">
          {lines.filter(Boolean).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
