import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Tag } from "~/ui/Tag";

type Row = {
  id: string;
  relationship: string;
  displayName: string;
  startsOn: string;
  endsOn: string | null;
  status: "current" | "ended" | "future";
};

/** Everyone allocated to a young person, now and before: the history is never deleted. */
export function AllocationHistory({ youngPersonId, rows }: { youngPersonId: string; rows: Row[] }) {
  const { t } = useTranslation();
  if (!rows.length) return <p>{t("people:allocations.none")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("people:allocations.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("people:allocations.person")}</th>
            <th scope="col">{t("people:allocations.relationship")}</th>
            <th scope="col">{t("people:allocations.from")}</th>
            <th scope="col">{t("people:allocations.to")}</th>
            <th scope="col">{t("people:allocations.status")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("people:allocations.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.displayName}</th>
              <td>{t(`people:relationship.${a.relationship}`)}</td>
              <td>{a.startsOn}</td>
              <td>{a.endsOn ?? t("people:allocations.noEnd")}</td>
              <td>
                <Tag>{t(`people:allocations.statuses.${a.status}`)}</Tag>
              </td>
              <td>
                <Link to={`/admin/young-people/${youngPersonId}/allocations/${a.id}`}>
                  {t("people:allocations.change")}
                  <span className="visually-hidden">
                    {" "}
                    {a.displayName}, {t(`people:relationship.${a.relationship}`)}
                  </span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
