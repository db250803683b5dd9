import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/require-user.server";
import { formatDate, formatNumber, formatOptionalDate } from "~/i18n/format";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button, ButtonLink } from "~/ui/Button";
import { TextField } from "~/ui/Field";
import { fullName } from "~/young-people/names";
import { recordFilters, type RecordFilter } from "~/young-people/record-filters";
import { listYoungPeopleRecords } from "~/young-people/records.server";
import { SelectField } from "~/ui/SelectField";

export const handle: RouteHandle = { titleKey: "people:list.title" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "admin" });
  const lng = requestLanguage(request, user);
  const url = new URL(request.url);
  const filter = url.searchParams.get("filter");
  const list = listYoungPeopleRecords(user, {
    q: url.searchParams.get("q") ?? "",
    filter: recordFilters.includes(filter as RecordFilter) ? (filter as RecordFilter) : "current",
    page: Number(url.searchParams.get("page")) || 1,
  });
  return json({
    ...list,
    totalText: formatNumber(list.total, lng),
    rows: list.rows.map((r) => ({
      id: r.id,
      name: fullName(r),
      dateOfBirth: formatDate(r.dateOfBirth, lng),
      caseReference: r.caseReference,
      serviceArea: r.serviceArea,
      leftCareOn: formatOptionalDate(r.leftCareOn, lng),
      iroName: r.iroName,
    })),
  });
}

export default function AdminYoungPeople() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const pageLink = (page: number) =>
    `?${new URLSearchParams({ q: data.q, filter: data.filter, page: String(page) })}`;
  return (
    <>
      <BackLink to="/admin">{t("people:back.admin")}</BackLink>
      <h1>{t("people:list.title")}</h1>
      <div className="button-group">
        <ButtonLink to="/admin/young-people/new">{t("people:list.add")}</ButtonLink>
        <ButtonLink to="/admin/caseloads/move" variant="secondary">
          {t("people:move.title")}
        </ButtonLink>
      </div>
      <Form method="get" role="search" aria-label={t("people:list.searchLabel")}>
        <TextField
          name="q"
          type="search"
          label={t("people:list.search")}
          hint={t("people:list.searchHint")}
          defaultValue={data.q}
        />
        <SelectField
          name="filter"
          label={t("people:list.filter")}
          value={data.filter}
          options={recordFilters.map((f) => ({ value: f, label: t(`people:list.filters.${f}`) }))}
        />
        <Button variant="secondary">{t("people:list.find")}</Button>
      </Form>
      <p role="status">{t("people:list.count", { count: data.total, total: data.totalText })}</p>
      {data.rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("people:list.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("home:table.name")}</th>
                <th scope="col">{t("people:record.caseReference")}</th>
                <th scope="col">{t("people:record.dateOfBirth")}</th>
                <th scope="col">{t("people:record.serviceArea")}</th>
                <th scope="col">{t("people:list.iro")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/admin/young-people/${row.id}`}>{row.name}</Link>
                  </th>
                  <td translate="no">{row.caseReference}</td>
                  <td>{row.dateOfBirth}</td>
                  <td>
                    {t(`home:serviceArea.${row.serviceArea}`)}
                    {row.leftCareOn ? (
                      <>
                        <br />
                        {t("people:list.leftCareOn", { date: row.leftCareOn })}
                      </>
                    ) : null}
                  </td>
                  <td>{row.iroName ?? t("people:list.noIro")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data.pages > 1 ? (
        <nav aria-label={t("people:list.pages")}>
          <p>{t("people:list.page", { page: data.page, pages: data.pages })}</p>
          <ul className="link-list">
            {data.page > 1 ? (
              <li>
                <Link to={pageLink(data.page - 1)}>{t("people:list.previous")}</Link>
              </li>
            ) : null}
            {data.page < data.pages ? (
              <li>
                <Link to={pageLink(data.page + 1)}>{t("people:list.next")}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
