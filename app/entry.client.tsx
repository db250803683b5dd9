import { RemixBrowser } from "@remix-run/react";
import { createInstance } from "i18next";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { DocumentProvider, documentHasFormErrors } from "./ui/document-context";

/*
 * The page is already whole without JavaScript. Here we fetch this language's strings (one
 * cached JSON file, preloaded by the page's <head>) and then hydrate, so that the browser
 * renders exactly the words the server did.
 */
async function hydrate() {
  const html = document.documentElement;
  const lng = html.lang || "en";
  const resources = await fetch(html.dataset.locales ?? `/locales/${lng}.json`).then((r) =>
    r.json(),
  );
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    defaultNS: "common",
    ns: Object.keys(resources),
    resources: { [lng]: resources },
    interpolation: { escapeValue: false },
  });
  const state = window.__remixContext?.state;
  const hasFormErrors = documentHasFormErrors(state ?? {});
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <DocumentProvider value={{ nonce: "", hasFormErrors }}>
          <I18nextProvider i18n={i18n}>
            <RemixBrowser />
          </I18nextProvider>
        </DocumentProvider>
      </StrictMode>,
    );
  });
}

void hydrate();
