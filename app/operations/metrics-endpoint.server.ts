import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import { env } from "~/env.server";
import { logger } from "./logger.server";
import { metricsText } from "./metrics.server";

/*
 * Metrics are for the operator, never the public: they show how busy each page is and when the
 * last backup ran. Two ways to serve them, either or both:
 *  - METRICS_PORT: a listener of its own, on METRICS_HOST (127.0.0.1 unless set), for a
 *    Prometheus on the same machine or private network; the public proxy never reaches it.
 *  - METRICS_TOKEN: /metrics on the app's own port, for "Authorization: Bearer <token>" only.
 * With neither, there is no metrics endpoint at all: /metrics is an unknown address (404).
 */

/** Whether an Authorization header carries the token (compared in constant time). */
export function bearerTokenMatches(authorization: string | null, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return false;
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}

/** /metrics on the app's port: 404 without METRICS_TOKEN, 401 without the right token. */
export async function metricsResponse(
  request: Request,
  { token }: { token?: string } = { token: env().METRICS_TOKEN },
) {
  if (!token) return new Response("Not found", { status: 404 });
  if (!bearerTokenMatches(request.headers.get("authorization"), token)) {
    return new Response("Unauthorized", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  }
  const { text, contentType } = await metricsText();
  return new Response(text, {
    headers: { "Content-Type": contentType, "Cache-Control": "no-store" },
  });
}

let server: Server | undefined;

/** The listener on METRICS_PORT, if set: started with the server (a port in use stops it). */
export async function startMetricsServer() {
  const { METRICS_PORT: port, METRICS_HOST: host } = env();
  if (!port || server) return;
  const listener = createServer((req, res) => {
    if (req.method !== "GET" || new URL(req.url ?? "/", "http://x").pathname !== "/metrics") {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    metricsText().then(
      ({ text, contentType }) => res.writeHead(200, { "Content-Type": contentType }).end(text),
      (error: unknown) => {
        logger().error({ err: error }, "metrics could not be collected");
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    listener.once("error", (error) =>
      reject(new Error(`Own Voice cannot start: METRICS_PORT ${port}: ${error.message}`)),
    );
    listener.listen(port, host, resolve);
  });
  server = listener;
  logger().info({ host, port }, `metrics for Prometheus on http://${host}:${port}/metrics`);
}

export async function stopMetricsServer() {
  const open = server;
  server = undefined;
  if (open) await new Promise((resolve) => open.close(resolve));
}
