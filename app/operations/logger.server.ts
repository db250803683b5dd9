import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "~/env.server";

/*
 * The server's own log: one JSON object a line on standard output, for journald, Docker or a log
 * collector to keep. What goes in is chosen field by field (a request id, a route pattern, a
 * status, a duration, an error's name and stack), never a whole request: no child's words, no
 * names, no session token or cookie, no sign-in code. As a second guard, any field that could
 * carry one is removed should someone log it by mistake.
 */
const neverLogged = [
  "req.headers.cookie",
  "req.headers.authorization",
  "headers.cookie",
  "headers.authorization",
  "cookie",
  "authorization",
  "password",
  "code",
  "token",
  "body",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "own-voice" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: neverLogged, remove: true },
    },
    destination,
  );
}

let shared: Logger | undefined;

/** The one logger of the running server, at LOG_LEVEL. */
export function logger(): Logger {
  shared ??= createLogger(env().LOG_LEVEL);
  return shared;
}
