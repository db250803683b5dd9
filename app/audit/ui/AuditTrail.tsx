import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { ErrorSummary, fieldId } from "~/ui/ErrorSummary";
import { TextField } from "~/ui/Field";
import { actionLabelKey, actionsOfKind, auditKinds } from "../actions";
import type { AuditTrailData, AuditTrailEvent } from "../audit-trail-route.server";
import { auditHref } from "../links";

/** The audit trail: filters (a GET form), one page of events, newer/older links, the CSV. */
export function AuditTrailPage({
  data,
  back,
  backLabel,
}: {
  data: AuditTrailData;
  back: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={back}>{backLabel}</BackLink>
      <ErrorSummary errors={data.errors ?? undefined} />
      <h1>{t("audit:title")}</h1>
      <p>{t("audit:intro")}</p>
      {data.child ? (
        <p>
          {data.child.caseReference
            ? t("audit:filters.aboutChildWithReference", {
                name: data.child.name,
                reference: data.child.caseReference,
              })
            : t("audit:filters.aboutChild", { name: data.child.name })}{" "}
          <Link to={data.child.clearHref}>{t("audit:filters.everyChild")}</Link>
        </p>
      ) : null}
      <AuditFilters data={data} />
      {data.errors ? (
        <p>{t("audit:table.fixErrors")}</p>
      ) : (
        <>
          {data.csvHref ? (
            <p>
              <a href={data.csvHref} download>
                {t("audit:csv")}
              </a>
            </p>
          ) : null}
          <AuditTable events={data.events} />
          <Pages newerHref={data.newerHref} olderHref={data.olderHref} />
          <p className="hint">{t("audit:viewingRecorded")}</p>
        </>
      )}
    </>
  );
}

function AuditFilters({ data }: { data: AuditTrailData }) {
  const { t } = useTranslation();
  const { values } = data;
  const errors = data.errors ?? {};
  const kindId = fieldId("kind");
  return (
    // Keyed by the filters, so a link that changes them (clear, every child) refills the fields
    // with JavaScript too, as a fresh page does without it.
    <Form method="get" noValidate key={JSON.stringify(values)}>
      <fieldset className="fieldset">
        <legend className="legend">{t("audit:filters.title")}</legend>
        {data.child && values.youngPersonId ? (
          <input type="hidden" name="youngPersonId" value={values.youngPersonId} />
        ) : null}
        <TextField
          name="child"
          label={t("audit:filters.child")}
          hint={t("audit:filters.childHint")}
          error={errors.child}
          defaultValue={values.child ?? ""}
          autoComplete="off"
        />
        <TextField
          name="person"
          label={t("audit:filters.person")}
          hint={t("audit:filters.personHint")}
          error={errors.person}
          defaultValue={values.person ?? ""}
          autoComplete="off"
        />
        <div className="field">
          <label className="label" htmlFor={kindId}>
            {t("audit:filters.kind")}
          </label>
          <select id={kindId} name="kind" defaultValue={values.kind ?? ""} className="input">
            <option value="">{t("audit:filters.allKinds")}</option>
            {auditKinds.map((kind) => (
              <optgroup key={kind} label={t(`audit:kind.${kind}`)}>
                <option value={kind}>
                  {t("audit:filters.allOfKind", { kind: t(`audit:kind.${kind}`) })}
                </option>
                {actionsOfKind(kind).map((action) => (
                  <option key={action} value={action}>
                    {t(actionLabelKey(action))}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <TextField
          name="from"
          type="date"
          label={t("audit:filters.from")}
          hint={t("audit:filters.fromHint")}
          error={errors.from}
          defaultValue={values.from ?? ""}
        />
        <TextField
          name="to"
          type="date"
          label={t("audit:filters.to")}
          hint={t("audit:filters.toHint")}
          error={errors.to}
          defaultValue={values.to ?? ""}
        />
        <Button>{t("audit:filters.submit")}</Button>{" "}
        <Link to={auditHref({})}>{t("audit:filters.clear")}</Link>
      </fieldset>
    </Form>
  );
}

function AuditTable({ events }: { events: AuditTrailEvent[] }) {
  const { t } = useTranslation();
  if (!events.length) return <p>{t("audit:table.none")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("audit:table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit:table.when")}</th>
            <th scope="col">{t("audit:table.who")}</th>
            <th scope="col">{t("audit:table.what")}</th>
            <th scope="col">{t("audit:table.youngPerson")}</th>
            <th scope="col">{t("audit:table.from")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{e.when}</td>
              <td>
                {e.actorName ?? t("audit:table.system")}
                {e.actorRole ? (
                  <>
                    <br />
                    <span className="hint">{t(`home:roles.${e.actorRole}`)}</span>
                  </>
                ) : null}
              </td>
              <td>
                {t(actionLabelKey(e.action), { defaultValue: e.action })}
                {e.subjectName ? (
                  <>
                    <br />
                    <span className="hint">{t("audit:table.about", { name: e.subjectName })}</span>
                  </>
                ) : null}
              </td>
              <td>
                {e.youngPerson ? (
                  <>
                    {/* The child's own trail: a page every reader of the audit may open. */}
                    <Link to={auditHref({ youngPersonId: e.youngPerson.id })}>
                      {e.youngPerson.name}
                    </Link>
                    {e.youngPerson.caseReference ? (
                      <>
                        <br />
                        <span className="hint">
                          {t("audit:table.caseReference", {
                            reference: e.youngPerson.caseReference,
                          })}
                        </span>
                      </>
                    ) : null}
                  </>
                ) : null}
              </td>
              <td>
                <span dir="ltr" translate="no">
                  {e.clientAddress}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pages({ newerHref, olderHref }: { newerHref: string | null; olderHref: string | null }) {
  const { t } = useTranslation();
  if (!newerHref && !olderHref) return null;
  return (
    <nav aria-label={t("audit:pages.label")}>
      <ul>
        {newerHref ? (
          <li>
            <Link to={newerHref} rel="prev">
              {t("audit:pages.newer")}
            </Link>
          </li>
        ) : null}
        {olderHref ? (
          <li>
            <Link to={olderHref} rel="next">
              {t("audit:pages.older")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
