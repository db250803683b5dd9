import { createInstance, type i18n, type TFunction } from "i18next";
import { defaultLanguage, namespaces, type LanguageCode, type Namespace } from "./languages";
import { languageResources } from "./resources.server";

const instances = new Map<string, i18n>();

/** One initialised i18next instance per language, shared by requests (they never change language). */
export function i18nFor(lng: LanguageCode): i18n {
  let instance = instances.get(lng);
  if (!instance || process.env.NODE_ENV === "development") {
    instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: defaultLanguage,
      ns: [...namespaces],
      defaultNS: "common",
      resources: {
        [lng]: languageResources(lng).resources,
        ...(lng === defaultLanguage ? {} : { en: languageResources(defaultLanguage).resources }),
      },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    instances.set(lng, instance);
  }
  return instance;
}

export function fixedT(lng: LanguageCode, ns: Namespace = "common"): TFunction {
  return i18nFor(lng).getFixedT(lng, ns);
}
