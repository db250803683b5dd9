import { json, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import arabicFont from "@fontsource/noto-sans-arabic/arabic-400.css?url";
import arabicFontBold from "@fontsource/noto-sans-arabic/arabic-700.css?url";
import ethiopicFont from "@fontsource/noto-sans-ethiopic/ethiopic-400.css?url";
import ethiopicFontBold from "@fontsource/noto-sans-ethiopic/ethiopic-700.css?url";
import { csrfTokenFor } from "./auth/csrf.server";
import { optionalUser } from "./auth/require-user.server";
import { homeOf, isStaffRole } from "./auth/roles";
import { languageCookie } from "./i18n/remember-language.server";
import { requestLanguage } from "./i18n/request-language.server";
import { getLanguage } from "./i18n/languages";
import { languageResources, localesUrl } from "./i18n/resources.server";
import { readAloudData } from "./audio/read-aloud.server";
import { useFreshStrings } from "./i18n/use-fresh-strings";
import { showsDemoBanner } from "./organisations/demo.server";
import { CsrfInput } from "./ui/CsrfInput";
import { useDocumentState } from "./ui/document-context";
import { ExitQuickly } from "./ui/ExitQuickly";
import { GetHelpNow } from "./ui/GetHelpNow";
import { WithIcon } from "./ui/Icon";
import { useRootData, type RootData } from "./root-data";
import { LanguagePicker } from "./ui/LanguagePicker";
import styles from "./ui/styles.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

const fontStylesheets = {
  system: [],
  "noto-sans-arabic": [arabicFont, arabicFontBold],
  "noto-sans-ethiopic": [ethiopicFont, ethiopicFontBold],
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = optionalUser(request);
  const lang = requestLanguage(request, user);
  const headers = new Headers();
  const remembered = languageCookie(url.searchParams.get("lng"));
  if (remembered) headers.append("Set-Cookie", remembered);
  const csrf = csrfTokenFor(request);
  if (csrf.setCookie) headers.append("Set-Cookie", csrf.setCookie);
  const language = getLanguage(lang);
  const audience = user && isStaffRole(user.role) ? "staff" : "everyone";
  return json<RootData>(
    {
      lang,
      dir: language.dir,
      font: language.font,
      localesUrl: localesUrl(lang, audience),
      csrfToken: csrf.token,
      user: user
        ? {
            displayName: user.displayName,
            role: user.role,
            home: homeOf(user),
            together: !!user.togetherYoungPersonId,
          }
        : null,
      isDemo: showsDemoBanner(user),
      inEnglish: languageResources(lang, audience).inEnglish.length > 0,
      // Read aloud for children's pages, together mode included (a worker's account, the child's pages).
      audio:
        audience === "everyone" || user?.togetherYoungPersonId
          ? readAloudData(lang, user?.organisationId ?? null)
          : null,
    },
    { headers },
  );
}

/** Each route names its page title as a translation key: `handle = { titleKey: "auth:signIn.title" }`. */
export type RouteHandle = { titleKey?: string };

function useTitle(fallbackKey: string) {
  const { t } = useTranslation();
  const matches = useMatches();
  const { hasFormErrors } = useDocumentState();
  const key =
    [...matches]
      .reverse()
      .map((m) => (m.handle as RouteHandle | undefined)?.titleKey)
      .find(Boolean) ?? fallbackKey;
  const title = `${t(key)} – ${t("common:appName")}`;
  return hasFormErrors ? `${t("common:error.titlePrefix")} ${title}` : title;
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRootData();
  const { t } = useTranslation();
  const { nonce } = useDocumentState();
  const error = useRouteError();
  const title = useTitle(error ? errorTitleKey(error) : "common:appName");
  const lang = data?.lang ?? "en";
  const user = data?.user ?? null;
  // In together mode the child is at the screen: the child's safety bar, the child's simple pages.
  const isAdult = !!user && user.role !== "young_person" && !user.together;
  useFreshStrings(data?.localesUrl);
  return (
    <html
      lang={lang}
      dir={data?.dir ?? "ltr"}
      data-font={data?.font ?? "system"}
      data-locales={data?.localesUrl}
    >
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <Meta />
        {fontStylesheets[data?.font ?? "system"].map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        <Links />
        {data ? (
          <link rel="preload" as="fetch" href={data.localesUrl} crossOrigin="anonymous" />
        ) : null}
      </head>
      <body className={user?.together ? "together" : undefined}>
        <a className="skip-link" href="#main-content">
          {t("common:skipLink")}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link className="site-header__name" to={user?.home ?? "/"}>
              {t("common:appName")}
            </Link>
            <LanguagePicker current={lang} />
            {user ? (
              <Form method="post" action="/sign-out" reloadDocument>
                <CsrfInput />
                <button type="submit" className="button button--link">
                  <WithIcon icon="sign-out">{t("common:nav.signOut")}</WithIcon>
                </button>
              </Form>
            ) : null}
          </div>
        </header>
        {isAdult ? null : (
          <div className="safety-bar">
            <div className="container safety-bar__inner">
              <GetHelpNow />
              <ExitQuickly />
            </div>
          </div>
        )}
        {data?.isDemo ? (
          // Below the safety bar, one slim line: on a child's page, help stays first.
          <p className="demo-banner" role="note">
            <span className="container">{t("common:demoBanner")}</span>
          </p>
        ) : null}
        {data?.inEnglish ? (
          <p className="demo-banner in-english-note" role="note">
            <span className="container">{t("common:inEnglish.notice")}</span>
          </p>
        ) : null}
        <main id="main-content" tabIndex={-1} className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{t("common:footer.about")}</p>
            <p>{t("common:footer.pictures")}</p>
          </div>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

const errorPages = {
  404: "notFound",
  403: "forbidden",
  413: "tooLarge",
} as const;

/** The error page's words: "common:errorPage.<page>Title" and "<page>Body". */
function errorPageOf(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return status in errorPages ? errorPages[status as keyof typeof errorPages] : "problem";
}

function errorTitleKey(error: unknown) {
  return `common:errorPage.${errorPageOf(error)}Title`;
}

/** Friendly pages in the user's language; nobody ever sees a stack trace. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const data = useRootData();
  const page = errorPageOf(error);
  return (
    <>
      <h1>{t(`common:errorPage.${page}Title`)}</h1>
      <p>{t(`common:errorPage.${page}Body`)}</p>
      <p>
        <a href={data?.user?.home ?? "/"}>{t("common:errorPage.home")}</a>
      </p>
    </>
  );
}
