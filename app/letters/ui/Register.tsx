import { Form, Link } from "@remix-run/react";
import { BackLink } from "~/ui/BackLink";
import { useTranslation } from "react-i18next";
import { Button } from "~/ui/Button";
import { TextField } from "~/ui/Field";

export type RegisterRow = {
  letterId: string;
  reviewId: string;
  name: string;
  iroName: string;
  heldOn: string | null;
  firstIssuedOn: string;
  daysTaken: number | null;
  late: boolean;
  versions: number;
  language: string;
  childRead: boolean;
};

/** The letters register with its filters (a GET form) and the CSV download of the same rows. */
export function Register({
  rows,
  iros,
  filter,
  csvHref,
  linkToReview,
}: {
  rows: RegisterRow[];
  iros: { id: string; name: string }[] | null;
  filter: { iro?: string; month?: string };
  csvHref: string;
  linkToReview: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form method="get" className="filters">
        {iros ? (
          <div className="field">
            <label className="label" htmlFor="register-iro">
              {t("letters:register.iro")}
            </label>
            <select id="register-iro" name="iro" defaultValue={filter.iro ?? ""} className="input">
              <option value="">{t("letters:register.allIros")}</option>
              {iros.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <TextField
          name="month"
          type="month"
          label={t("letters:register.month")}
          hint={t("letters:register.monthHint")}
          defaultValue={filter.month ?? ""}
        />
        <Button variant="secondary">{t("letters:register.filter")}</Button>
      </Form>
      <p>
        <a href={csvHref} download>
          {t("letters:register.csv")}
        </a>
      </p>
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("letters:iro.register")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("letters:register.child")}</th>
                <th scope="col">{t("letters:register.iro")}</th>
                <th scope="col">{t("letters:register.held")}</th>
                <th scope="col">{t("letters:register.issued")}</th>
                <th scope="col">{t("letters:register.days")}</th>
                <th scope="col">{t("letters:register.versions")}</th>
                <th scope="col">{t("letters:register.language")}</th>
                <th scope="col">{t("letters:register.read")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.letterId}>
                  <th scope="row">
                    {linkToReview ? (
                      <Link to={`/iro/reviews/${r.reviewId}/letter`}>{r.name}</Link>
                    ) : (
                      r.name
                    )}
                  </th>
                  <td>{r.iroName}</td>
                  <td>{r.heldOn ?? "—"}</td>
                  <td>{r.firstIssuedOn}</td>
                  <td>
                    {r.daysTaken ?? "—"}
                    {r.late ? (
                      <>
                        {" "}
                        <span className="tag tag--overdue">{t("letters:register.late")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{r.versions}</td>
                  <td>{r.language}</td>
                  <td>{r.childRead ? t("letters:register.yes") : t("letters:register.no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("letters:register.none")}</p>
      )}
    </>
  );
}

export type RegisterData = {
  rows: RegisterRow[];
  iros: { id: string; name: string }[] | null;
  filter: { iro?: string; month?: string };
  csvHref: string;
};

/** The register page, for an IRO (their children, linked to each letter) or a manager. */
export function RegisterPage({
  data,
  back,
  backLabel,
  linkToReview,
}: {
  data: RegisterData;
  back: string;
  backLabel: string;
  linkToReview: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={back}>{backLabel}</BackLink>
      <h1>{t("letters:iro.register")}</h1>
      <Register
        rows={data.rows}
        iros={data.iros}
        filter={data.filter}
        csvHref={data.csvHref}
        linkToReview={linkToReview}
      />
    </>
  );
}
