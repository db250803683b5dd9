import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { studioAction, studioPage } from "~/audio/studio.server";
import { requireUser } from "~/auth/require-user.server";
import { VoiceNoteField } from "~/consultation/ui/VoiceNoteField";
import { requestLanguage } from "~/i18n/request-language.server";
import type { RouteHandle } from "~/root";
import { BackLink } from "~/ui/BackLink";
import { Button } from "~/ui/Button";
import { CsrfInput } from "~/ui/CsrfInput";
import { ErrorMessage } from "~/ui/Field";
import { Notice } from "~/ui/Notice";
import { Tag } from "~/ui/Tag";

export const handle: RouteHandle = { titleKey: "staff:studio.title" };

/** The recording studio: `?lng=ti&which=needed|all&page=N`. Translators only. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  return studioPage(request, requestLanguage(request, user));
}

/** Save a recording of one string, or remove one. */
export async function action({ request }: ActionFunctionArgs) {
  const user = requireUser(request, { role: "translator" });
  return studioAction(request, user);
}

export default function RecordingStudio() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const language = "language" in data ? data.language : null;
  const query = (page: number) =>
    `?${new URLSearchParams({
      language: data.chosen ?? "",
      which: data.which,
      ...(data.q ? { q: data.q } : {}),
      ...(page > 1 ? { page: String(page) } : {}),
    })}`;
  return (
    <>
      <BackLink to="/translate">{t("home:translate.title")}</BackLink>
      <h1>{t("staff:studio.title")}</h1>
      <p>{t("staff:studio.intro")}</p>
      {data.saved ? <Notice>{t("staff:studio.saved")}</Notice> : null}
      {data.removed ? <Notice>{t("staff:studio.removed")}</Notice> : null}
      <Form method="get" className="filters">
        <div className="field">
          <label className="label" htmlFor="studio-lng">
            {t("staff:studio.language")}
          </label>
          <select
            id="studio-lng"
            name="language"
            className="select"
            defaultValue={data.chosen ?? ""}
          >
            {data.chosen ? null : <option value="" />}
            {data.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend className="label">{t("staff:studio.which")}</legend>
          {(["needed", "all"] as const).map((which) => (
            <div className="choice" key={which}>
              <input
                type="radio"
                id={`studio-which-${which}`}
                name="which"
                value={which}
                defaultChecked={data.which === which}
              />
              <label htmlFor={`studio-which-${which}`}>{t(`staff:studio.${which}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label className="label" htmlFor="studio-q">
            {t("staff:studio.find")}
          </label>
          <input id="studio-q" name="q" type="search" className="input" defaultValue={data.q} />
        </div>
        <Button variant="secondary">{t("staff:studio.show")}</Button>
      </Form>
      {language && data.coverage ? (
        <>
          <p className="lead" data-testid="studio-coverage">
            {t("staff:studio.coverage", {
              language: language.englishName,
              recorded: data.coverage.recorded,
              total: data.coverage.total,
            })}
          </p>
          {data.coverage.allDone && data.which === "needed" ? (
            <p>{t("staff:studio.allDone", { language: language.englishName })}</p>
          ) : null}
          <ol className="studio-list" start={"firstNumber" in data ? data.firstNumber : 1}>
            {data.items.map((item, index) => {
              const id = `clip-${index}`;
              const error = failed && failed.key === item.key ? failed.error : null;
              return (
                <li key={item.key} className="panel studio-item" aria-labelledby={`${id}-text`}>
                  <p
                    id={`${id}-text`}
                    className="studio-item__text"
                    lang={language.code}
                    dir={language.dir}
                  >
                    {item.text}
                  </p>
                  <p className="hint">
                    {t("staff:studio.english")}: <span lang="en">{item.english}</span>
                  </p>
                  <p className="hint">
                    {t("staff:studio.where")}: <span lang="en">{item.where}</span>
                  </p>
                  <p>
                    {item.state === "missing" ? (
                      <Tag tone="soon">{t("staff:studio.notRecorded")}</Tag>
                    ) : item.state === "out-of-date" ? (
                      <Tag tone="overdue">{t("staff:studio.outOfDate")}</Tag>
                    ) : (
                      <Tag>
                        {t("staff:studio.current", {
                          name: item.recording?.by,
                          date: item.recording?.on,
                        })}
                      </Tag>
                    )}
                  </p>
                  {item.recording ? (
                    // eslint-disable-next-line jsx-a11y/media-has-caption -- the words are printed above
                    <audio
                      controls
                      preload="none"
                      src={`/translate/studio/clips/${item.recording.id}`}
                      aria-label={t("staff:studio.listen")}
                    />
                  ) : null}
                  <Form method="post" encType="multipart/form-data" noValidate>
                    <CsrfInput />
                    <input type="hidden" name="language" value={language.code} />
                    <input type="hidden" name="key" value={item.key} />
                    <input type="hidden" name="which" value={data.which} />
                    <input type="hidden" name="q" value={data.q} />
                    <input type="hidden" name="page" value={data.page} />
                    {error ? <ErrorMessage id={`${id}-error`}>{t(error)}</ErrorMessage> : null}
                    <VoiceNoteField
                      id={id}
                      name="clip"
                      hasNote={false}
                      describedBy={error ? `${id}-error` : `${id}-text`}
                    />
                    <div className="button-group">
                      <Button name="intent" value="save">
                        {t("staff:studio.save")}
                      </Button>
                      {item.recording ? (
                        <Button name="intent" value="remove" variant="secondary">
                          {t("staff:studio.remove")}
                        </Button>
                      ) : null}
                    </div>
                  </Form>
                </li>
              );
            })}
          </ol>
          {data.pages > 1 ? (
            <nav className="button-group" aria-label={t("staff:studio.title")}>
              {data.page > 1 ? (
                <Link to={query(data.page - 1)}>{t("staff:studio.previous")}</Link>
              ) : null}
              {data.page < data.pages ? (
                <Link to={query(data.page + 1)}>{t("staff:studio.next")}</Link>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
