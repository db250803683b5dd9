import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { aboutParts, partHref } from "~/about/parts";
import type { RouteHandle } from "~/root";
import { Icon } from "~/ui/Icon";

export const handle: RouteHandle = { titleKey: "about:title" };

/**
 * "What is my review?": the parts to read, each with its picture. Open to everyone (a child with a
 * letter on paper may not be signed in); it shows nothing of anyone's.
 */
export default function AboutMyReview() {
  const { t } = useTranslation();
  return (
    <>
      <div className="question-picture">
        <Icon name="reading" size="large" />
      </div>
      <h1>{t("about:title")}</h1>
      <p>{t("about:intro")}</p>
      <h2>{t("about:partsTitle")}</h2>
      <ul className="tiles">
        {aboutParts.map((part) => (
          <li key={part.id}>
            <Link className="tile" to={partHref(part.id)}>
              <Icon name={part.icon} size="large" />
              <span>{t(`about:parts.${part.id}.title`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
