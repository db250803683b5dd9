import { useTranslation } from "react-i18next";
import { ReadAloud } from "~/audio/ui/ReadAloud";
import type { OrganisationContacts } from "~/organisations/contacts";
import { ChildlineItem, IroServiceItem, PhoneNumber } from "~/ui/HelpContacts";
import { Icon } from "~/ui/Icon";
import { nationalAdvocacy, type AboutPart } from "../parts";

/**
 * One part of "What is my review?": its picture, heading, read aloud and sentences, then (for the
 * IRO, advocate and complaints parts) who to contact. `contacts` is the signed-in person's own
 * council's services, or null: then the national advocacy helpline and "ask your IRO" stand in.
 * Names of services and numbers are never translated.
 */
export function AboutPartView({
  part,
  lang,
  contacts,
}: {
  part: AboutPart;
  lang: string;
  contacts: OrganisationContacts | null;
}) {
  const { t } = useTranslation();
  const key = (line: string) => `about:parts.${part.id}.${line}`;
  const lines = part.lines.map((line) => t(key(line)));
  return (
    <>
      <div className="question-picture">
        <Icon name={part.icon} size="large" />
      </div>
      <h1>{t(key("title"))}</h1>
      <ReadAloud
        // The part's own sentences are recorded; a council's numbers only the browser can read.
        keys={[
          key("title"),
          ...(part.id === "rights" ? [key("intro")] : []),
          ...part.lines.map(key),
        ]}
        text={spokenText(t, part, contacts)}
        lang={lang}
      />
      {part.id === "rights" ? (
        <>
          <p>{t(key("intro"))}</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        lines.map((line) => <p key={line}>{line}</p>)
      )}
      {part.id === "iro" ? <IroService contacts={contacts} /> : null}
      {part.id === "advocate" ? <AskForAdvocate contacts={contacts} /> : null}
      {part.id === "complain" ? (
        <ul className="help-list">
          <ChildlineItem>{t("about:parts.complain.childline")}</ChildlineItem>
        </ul>
      ) : null}
    </>
  );
}

function IroService({ contacts }: { contacts: OrganisationContacts | null }) {
  if (!contacts?.iroServicePhone && !contacts?.iroServiceEmail) return null;
  return (
    <ul className="help-list">
      <IroServiceItem contacts={contacts} />
    </ul>
  );
}

function AskForAdvocate({ contacts }: { contacts: OrganisationContacts | null }) {
  const { t } = useTranslation();
  const own = contacts?.advocacyServiceName
    ? { name: contacts.advocacyServiceName, phone: contacts.advocacyServicePhone }
    : null;
  return (
    <section aria-labelledby="ask-for-advocate">
      <h2 id="ask-for-advocate">{t("about:parts.advocate.howTitle")}</h2>
      <ul className="help-list">
        <li>
          <Icon name="phone" size="large" />
          {own ? (
            <div>
              <strong>
                <bdi>{own.name}</bdi>
              </strong>
              {own.phone ? (
                <p>
                  <PhoneNumber phone={own.phone} />
                </p>
              ) : null}
              {own.phone ? <p>{t("about:parts.advocate.service")}</p> : null}
            </div>
          ) : (
            <div>
              <strong lang="en">{nationalAdvocacy.name}</strong>
              <p>
                <PhoneNumber phone={nationalAdvocacy.phone} />
              </p>
              <p>{t("about:parts.advocate.national")}</p>
            </div>
          )}
        </li>
        <li>
          <Icon name="people" size="large" />
          <p>{t("about:parts.advocate.ask")}</p>
        </li>
      </ul>
    </section>
  );
}

/** Everything the part says, in reading order, for read aloud (numbers included). */
function spokenText(
  t: ReturnType<typeof useTranslation>["t"],
  part: AboutPart,
  contacts: OrganisationContacts | null,
): string {
  const key = (line: string) => `about:parts.${part.id}.${line}`;
  const words: (string | null | undefined)[] = [
    t(key("title")),
    part.id === "rights" ? t(key("intro")) : null,
    ...part.lines.map((line) => t(key(line))),
  ];
  if (part.id === "iro" && (contacts?.iroServicePhone || contacts?.iroServiceEmail))
    words.push(t("settings:help.iroServiceTitle"), contacts.iroServicePhone);
  if (part.id === "advocate") {
    words.push(t("about:parts.advocate.howTitle"));
    if (contacts?.advocacyServiceName)
      words.push(
        contacts.advocacyServiceName,
        contacts.advocacyServicePhone,
        contacts.advocacyServicePhone ? t("about:parts.advocate.service") : null,
      );
    else
      words.push(nationalAdvocacy.name, nationalAdvocacy.phone, t("about:parts.advocate.national"));
    words.push(t("about:parts.advocate.ask"));
  }
  if (part.id === "complain")
    words.push("Childline", "0800 1111", t("about:parts.complain.childline"));
  return words.filter(Boolean).join(" ");
}
