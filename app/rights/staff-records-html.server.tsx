import { formatDate, formatDateTime } from "~/i18n/format";
import { fixedT } from "~/i18n/i18n.server";
import type { LanguageCode } from "~/i18n/languages";
import { stageNameOf } from "./staff-records-json.server";
import type { StaffRecords } from "./staff-records.server";

/*
 * The subject access copy's last part: what staff keep about the young person between reviews,
 * clearly apart from what the young person sent and received, with a notice that the council
 * checks it for exemptions before the copy is released. Staff words stay as they wrote them.
 */

function None({ text }: { text: string }) {
  return <p>{text}</p>;
}

export function StaffRecordsSection({
  records,
  lng,
}: {
  records: StaffRecords;
  lng: LanguageCode;
}) {
  const t = fixedT(lng, "records");
  const ta = fixedT(lng, "actions");
  const tm = fixedT(lng, "midway");
  const to = fixedT(lng, "monitoring");
  const te = fixedT(lng, "escalations");
  const tc = fixedT(lng, "common");
  const day = (d: string | null) => (d ? formatDate(d, lng) : "—");
  const when = (iso: string) => formatDateTime(iso, lng);
  const yesNo = (v: boolean) => tc(v ? "yes" : "no");
  const none = t("between.none");
  const seen = (v: boolean | null) =>
    tm(`contacts.seenAlone.${v === null ? "not_seen" : v ? "yes" : "no"}`);
  const stage = (position: number) => stageNameOf(records, position, lng);
  return (
    <section className="staff">
      <h2>{t("subjectAccess.title")}</h2>
      <p className="notice">{t("subjectAccess.notice")}</p>

      <h3>{t("between.actions.title")}</h3>
      {records.actions.length ? null : <None text={none} />}
      {records.actions.map((a) => (
        <div key={`${a.reviewHeldOn}-${a.position}`} className="item">
          <h4>{a.decision}</h4>
          <p className="meta">{t("between.actions.review", { date: day(a.reviewHeldOn) })}</p>
          <dl>
            <dt>{t("between.who")}</dt>
            <dd>{a.owner ?? (a.ownerRole ? ta(`ownerRoles.${a.ownerRole}`) : ta("noOwner"))}</dd>
            <dt>{t("between.due")}</dt>
            <dd>{day(a.dueOn)}</dd>
            <dt>{t("between.state")}</dt>
            <dd>{ta(`states.${a.state}`)}</dd>
            {a.note ? (
              <>
                <dt>{t("between.note")}</dt>
                <dd>{a.note}</dd>
              </>
            ) : null}
          </dl>
          {a.history.length ? (
            <>
              <p className="meta">{t("between.actions.history")}</p>
              <ul>
                {a.history.map((h) => (
                  <li key={`${h.at}-${h.state}`}>
                    {t("between.actions.change", {
                      date: when(h.at),
                      state: ta(`states.${h.state}`),
                      by: h.by,
                    })}
                    {h.midwayCheckId ? ` (${t("between.actions.atMidway")})` : ""}
                    {h.note ? `: ${h.note}` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ))}

      <h3>{t("between.agreements.title")}</h3>
      {records.agreements.length ? null : <None text={none} />}
      {records.agreements.map((a) => (
        <div key={`${a.reviewHeldOn}-${a.dueOn}`} className="item">
          <p className="meta">{t("between.actions.review", { date: day(a.reviewHeldOn) })}</p>
          {a.response && a.respondedAt ? (
            <p>
              {ta(a.response === "agreed" ? "agreement.agreed" : "agreement.disagreed", {
                name: a.manager,
                date: day(a.respondedAt),
              })}
              {a.reason ? ` ${a.reason}` : ""}
            </p>
          ) : (
            <p>{t("between.agreements.waiting", { name: a.manager, date: day(a.dueOn) })}</p>
          )}
        </div>
      ))}

      <h3>{t("between.midway.title")}</h3>
      {records.midwayChecks.length ? null : <None text={none} />}
      {records.midwayChecks.map((m) => (
        <div key={m.checkedOn + m.dueOn} className="item">
          <dl>
            <dt>{t("between.date")}</dt>
            <dd>{day(m.checkedOn)}</dd>
            <dt>{t("between.midway.how")}</dt>
            <dd>{m.checkedWith.map((w) => tm(`checkedWith.${w}`)).join(", ")}</dd>
            <dt>{t("between.rag")}</dt>
            <dd>{to(`rag.${m.rag}`)}</dd>
            {m.note ? (
              <>
                <dt>{t("between.note")}</dt>
                <dd>{m.note}</dd>
              </>
            ) : null}
            <dt>{t("between.by")}</dt>
            <dd>{m.by}</dd>
          </dl>
        </div>
      ))}

      <h3>{t("between.contacts.title")}</h3>
      {records.contacts.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("between.date")}</th>
              <th scope="col">{t("between.contacts.kind")}</th>
              <th scope="col">{t("between.contacts.withWhom")}</th>
              <th scope="col">{t("between.contacts.seen")}</th>
              <th scope="col">{t("between.note")}</th>
              <th scope="col">{t("between.by")}</th>
            </tr>
          </thead>
          <tbody>
            {records.contacts.map((c, i) => (
              <tr key={i}>
                <td>{day(c.contactOn)}</td>
                <td>{tm(`contacts.kind.${c.kind}`)}</td>
                <td>{c.withWhom}</td>
                <td>{seen(c.seenAlone)}</td>
                <td>{c.note ?? ""}</td>
                <td>{c.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <None text={none} />
      )}

      <h3>{t("between.monitoring.title")}</h3>
      {records.monitoring.length ? null : <None text={none} />}
      {records.monitoring.map((m) => (
        <div key={`${m.reviewHeldOn}`} className="item">
          <p className="meta">{t("between.actions.review", { date: day(m.reviewHeldOn) })}</p>
          <dl>
            <dt>{to("form.planQuality")}</dt>
            <dd>{to(`planQuality.${m.planQuality}`)}</dd>
            <dt>{t("between.monitoring.currentAssessment")}</dt>
            <dd>{yesNo(m.currentAssessment)}</dd>
            <dt>{t("between.rag")}</dt>
            <dd>{to(`rag.${m.rag}`)}</dd>
            <dt>{t("between.monitoring.activeMonitoring")}</dt>
            <dd>{yesNo(m.activeMonitoring)}</dd>
            <dt>{to("form.concerns")}</dt>
            <dd>
              {m.concerns.length
                ? m.concerns.map((c) => to(`themes.${c}`)).join(", ")
                : to("page.noThemes")}
            </dd>
            {m.note ? (
              <>
                <dt>{t("between.note")}</dt>
                <dd>{m.note}</dd>
              </>
            ) : null}
            <dt>{t("between.by")}</dt>
            <dd>{m.by}</dd>
          </dl>
        </div>
      ))}

      <h3>{t("between.escalations.title")}</h3>
      {records.escalations.length ? null : <None text={none} />}
      {records.escalations.map((e) => (
        <div key={e.id} className="item">
          <h4>{te(`themes.${e.theme}`)}</h4>
          <p className="meta">
            {t("between.escalations.raised", { date: day(e.raisedAt), name: e.raisedBy })}
          </p>
          <dl>
            <dt>{t("between.escalations.whatIsWrong")}</dt>
            <dd>{e.whatIsWrong}</dd>
            <dt>{t("between.escalations.askingFor")}</dt>
            <dd>{e.askingFor}</dd>
            <dt>{t("between.escalations.stage")}</dt>
            <dd>{stage(e.stage)}</dd>
            <dt>{t("between.escalations.with")}</dt>
            <dd>{e.addressedTo}</dd>
            <dt>{t("between.escalations.status")}</dt>
            <dd>
              {te(
                e.status === "resolved"
                  ? "state.resolved"
                  : e.respondedAt
                    ? "state.answered"
                    : "state.waiting",
              )}
              {e.outcome ? `: ${te(`outcomes.${e.outcome}`)}` : ""}
            </dd>
          </dl>
          <p className="meta">{t("between.escalations.steps")}</p>
          <ul>
            {e.steps.map((s, i) => (
              <li key={i}>
                {when(s.at)}: {tm(`timeline.event.escalation_${s.kind}`, { stage: stage(s.stage) })}
                {s.by ? ` (${s.by})` : ""}
                {s.addressedTo ? ` → ${s.addressedTo}` : ""}
                {s.response === "agreed"
                  ? `. ${te("steps.agreed", { date: s.actBy ? day(s.actBy) : "—" })}`
                  : s.response === "disagree"
                    ? `. ${te("steps.disagreed")}`
                    : ""}
                {s.text ? `: ${s.text}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
