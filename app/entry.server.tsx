import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { closeDb, getDb } from "#db/db.server";
import { startBackupSchedule, stopBackupSchedule } from "~/backup/schedule.server";
import { closePdfBrowser } from "~/letters/pdf.server";
import { runScheduledJobs, startScheduler, stopScheduler } from "~/notifications/scheduler.server";
import { seedIfEmpty } from "#db/seed/seed-if-empty.server";
import { env } from "./env.server";
import { logger } from "./operations/logger.server";
import { startMetricsServer, stopMetricsServer } from "./operations/metrics-endpoint.server";
import { i18nFor } from "./i18n/i18n.server";
import { defaultLanguage, isLanguageCode } from "./i18n/languages";
import { DocumentProvider, documentHasFormErrors } from "./ui/document-context";

const abortDelay = 5_000;

/** Called once by server.js before it takes requests; returns what server.js needs to know. */
export async function prepareServer() {
  const settings = env();
  getDb();
  await seedIfEmpty((message) => logger().info(message));
  await startMetricsServer();
  startScheduler();
  startBackupSchedule();
  return { trustProxy: settings.TRUST_PROXY };
}

/**
 * Called by server.js on SIGTERM or SIGINT once requests in flight have finished: the scheduler
 * stops, the PDF browser closes, and the database closes cleanly (its WAL checkpointed).
 */
export async function shutdownServer() {
  stopScheduler();
  await stopMetricsServer();
  await stopBackupSchedule();
  await closePdfBrowser().catch(() => undefined);
  closeDb();
}

/** For `npm run jobs` (scripts/jobs.mjs): one run of the scheduled jobs, then exit. */
export async function runJobsOnce() {
  env();
  getDb();
  return runScheduledJobs();
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.nonce === "string" ? loadContext.nonce : "";
  const state = remixContext.staticHandlerContext;
  const rootData = state.loaderData.root as { lang?: string } | undefined;
  const lng = isLanguageCode(rootData?.lang) ? rootData.lang : defaultLanguage;
  const hasFormErrors = documentHasFormErrors(state);
  // Crawlers and no-JavaScript clients get the whole page at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent")) ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <DocumentProvider value={{ nonce, hasFormErrors }}>
        <I18nextProvider i18n={i18nFor(lng)}>
          <RemixServer
            context={remixContext}
            url={request.url}
            abortDelay={abortDelay}
            nonce={nonce}
          />
        </I18nextProvider>
      </DocumentProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError(request, error);
        },
      },
    );
    setTimeout(abort, abortDelay);
  });
}

/** Errors are logged with the request id only: never a child's words, names or answers. */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  logError(request, error);
}

function logError(request: Request, error: unknown) {
  const reqId = request.headers.get("x-ov-request-id") ?? "";
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message, stack: error.stack }
      : { type: "non-Error thrown" };
  logger().error({ reqId, err }, "request failed");
}

// For server.js: its log, and the request log and metrics it puts in front of every request.
export { logger } from "./operations/logger.server";
export { observeRequests } from "./operations/requests.server";
