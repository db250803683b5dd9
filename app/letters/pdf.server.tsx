import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import type { Browser } from "playwright-core";
import { env } from "~/env.server";
import { observePdfRender } from "~/operations/metrics.server";
import type { RenderedLetter } from "./render";
import { LetterView } from "./ui/LetterView";

/*
 * An issued letter as a PDF for the case file, rendered on the server by headless Chromium (the
 * same browser the tests drive), so Arabic and Ethiopic text is shaped exactly as a browser shapes
 * it. Fonts and pictures are embedded in the page, so nothing is fetched while printing.
 */

const require = createRequire(import.meta.url);

function fontFace(family: string, file: string, weight = 400) {
  const data = readFileSync(require.resolve(`@fontsource/${file}`)).toString("base64");
  return `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/woff2;base64,${data}) format("woff2");}`;
}

let fonts: string | undefined;
export function embeddedFonts() {
  fonts ??= [
    fontFace(
      "Noto Sans Ethiopic",
      "noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2",
    ),
    fontFace("Noto Sans Arabic", "noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2"),
    fontFace(
      "Noto Sans Arabic",
      "noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2",
      700,
    ),
    fontFace("Noto Sans", "noto-sans-arabic/files/noto-sans-arabic-latin-400-normal.woff2"),
    fontFace("Noto Sans", "noto-sans-arabic/files/noto-sans-arabic-latin-700-normal.woff2", 700),
  ].join("");
  return fonts;
}

const icons = new Map<string, string>();
/** Pictures as data: URLs, so nothing is fetched while printing (the case record uses it too). */
export function inlineIcons(html: string) {
  return html
    .replace(/ loading="lazy"/g, "")
    .replace(/src="\/icons\/([a-z0-9-]+)\.svg"/g, (_, name: string) => {
      let data = icons.get(name);
      if (!data) {
        const file = path.resolve("public/icons", `${name}.svg`);
        data = `data:image/svg+xml;base64,${readFileSync(file).toString("base64")}`;
        icons.set(name, data);
      }
      return `src="${data}"`;
    });
}

const css = `
body{font-family:"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:12pt;line-height:1.5;color:#111;margin:0}
.letter{page-break-after:always}
.letter:last-child{page-break-after:auto}
.letter__section h2{font-size:14pt;display:flex;gap:8pt;align-items:center;margin:14pt 0 4pt}
.icon--large{width:28pt;height:28pt}
.letter__meta{color:#444;font-size:10pt}
ul{padding-inline-start:16pt}
`;

/** The HTML of the letter in each language given (the child's first), ready to print. */
export function letterHtml(versions: { letter: RenderedLetter; meta: string }[]) {
  const body = versions
    .map(({ letter, meta }, i) => {
      const view = renderToStaticMarkup(<LetterView letter={letter} idPrefix={`l${i}`} />);
      return view.replace(
        /^<article([^>]*)>/,
        `<article$1><p class="letter__meta">${escapeHtml(meta)}</p>`,
      );
    })
    .join("");
  return inlineIcons(
    `<!doctype html><html lang="${versions[0]?.letter.lang ?? "en"}"><head><meta charset="utf-8"><style>${embeddedFonts()}${css}</style></head><body>${body}</body></html>`,
  );
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

let browser: Promise<Browser> | undefined;

async function chromium(): Promise<Browser> {
  const { chromium: launcher } = await import("playwright-core");
  browser ??= launcher
    .launch({
      executablePath: env().CHROMIUM_PATH,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
      // Playwright would otherwise take over SIGTERM and SIGINT, and the server would no longer
      // stop when asked: server.js shuts down gracefully and closes this browser itself.
      handleSIGTERM: false,
      handleSIGINT: false,
      handleSIGHUP: false,
    })
    .catch((error: unknown) => {
      browser = undefined;
      throw error;
    });
  return browser;
}

/** At most this many letters are printed at once; the rest wait their turn. */
export const maxConcurrentRenders = 2;
/** A render that takes longer than this is abandoned (its page closed) and the download fails. */
export const renderTimeoutMs = 20_000;

let rendering = 0;
const waiting: (() => void)[] = [];

async function takeTurn(): Promise<() => void> {
  if (rendering >= maxConcurrentRenders) await new Promise<void>((r) => waiting.push(r));
  rendering++;
  return () => {
    rendering--;
    waiting.shift()?.();
  };
}

/** For tests: how many renders run now, and how many wait. */
export const pdfRenderQueue = () => ({ rendering, waiting: waiting.length });

export class PdfTimeoutError extends Error {}

/**
 * Renders HTML to an A4 PDF. One browser serves every request; each letter gets its own context.
 * Defence in depth, though the HTML is our own: JavaScript is off in the page, every request it
 * would make is refused (fonts and pictures are embedded as data: URLs, which need none), a render
 * has a time limit, and only a few run at once so many downloads cannot exhaust memory.
 */
export function htmlToPdf(html: string, timeoutMs = renderTimeoutMs): Promise<Buffer> {
  return observePdfRender(
    () => renderPdf(html, timeoutMs),
    (error) => error instanceof PdfTimeoutError,
  );
}

async function renderPdf(html: string, timeoutMs: number): Promise<Buffer> {
  const done = await takeTurn();
  try {
    const context = await (
      await chromium()
    ).newContext({
      javaScriptEnabled: false,
      offline: true,
      serviceWorkers: "block",
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      await context.route("**/*", (route) => route.abort());
      const page = await context.newPage();
      const render = (async () => {
        await page.setContent(html, { waitUntil: "load" });
        return page.pdf({
          format: "A4",
          printBackground: true,
          margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
        });
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PdfTimeoutError("PDF render timed out")), timeoutMs);
      });
      render.catch(() => undefined);
      return await Promise.race([render, timeout]);
    } finally {
      clearTimeout(timer);
      await context.close().catch(() => undefined);
    }
  } finally {
    done();
  }
}

/** For tests and shutdown. */
export async function closePdfBrowser() {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}
