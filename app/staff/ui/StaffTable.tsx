import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { adultRoles, type AdultRole } from "../staff-schema";
import { StateTag } from "./StateTag";

export type StaffRow = {
  id: string;
  displayName: string;
  username: string;
  role: string;
  lastSignIn: string | null;
  state: "active" | "locked" | "deactivated";
};

/** The organisation's accounts, with a GET filter by role (works without JavaScript). */
export function StaffTable({ rows, role }: { rows: StaffRow[]; role: AdultRole | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Form method="get" className="filters">
        <div className="field">
          <label className="label" htmlFor="staff-role">
            {t("staff:list.role")}
          </label>
          <select id="staff-role" name="role" defaultValue={role ?? ""} className="input">
            <option value="">{t("staff:list.allRoles")}</option>
            {adultRoles.map((r) => (
              <option key={r} value={r}>
                {t(`home:roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">{t("staff:list.filter")}</Button>
      </Form>
      <p>{t("staff:list.count", { count: rows.length })}</p>
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("staff:list.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:list.name")}</th>
                <th scope="col">{t("staff:list.role")}</th>
                <th scope="col">{t("staff:list.username")}</th>
                <th scope="col">{t("staff:list.lastSignIn")}</th>
                <th scope="col">{t("staff:list.state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to={`/admin/staff/${row.id}`}>{row.displayName}</Link>
                  </th>
                  <td>{t(`home:roles.${row.role}`)}</td>
                  <td translate="no" dir="ltr">
                    {row.username}
                  </td>
                  <td>{row.lastSignIn ?? t("staff:never")}</td>
                  <td>
                    <StateTag state={row.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
