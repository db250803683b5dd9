import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * GOV.UK error summary: at the top of the page, takes focus, each error a link to its field.
 * Messages are translation keys. With JavaScript it also puts "Error:" before the page title
 * (the server already did so for the page it sent).
 */
export function ErrorSummary({ errors }: { errors: Record<string, string> | undefined }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  const hasErrors = entries.length > 0;

  useEffect(() => {
    if (!hasErrors) return;
    ref.current?.focus();
    const prefix = `${t("common:error.titlePrefix")} `;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [hasErrors, errors, t]);

  if (!hasErrors) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{t("common:error.summaryTitle")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>{t(message)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id of a field's input, so error links and labels agree. */
export function fieldId(name: string) {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}
