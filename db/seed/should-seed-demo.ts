/*
 * Whether an empty database gets the invented demo organisation. The demo's passwords are
 * published in the README, so they must never guard a real deployment: a production server with a
 * public address seeds it only when told to in so many words. Everything else (a laptop, a trial
 * on localhost, the tests, `npm start` with no settings at all) gets the demo unless told not to.
 */
export type SeedDemoSettings = {
  SEED_DEMO?: "true" | "false";
  NODE_ENV?: string;
  PUBLIC_URL?: string;
};

export type SeedDemoDecision =
  { seed: true } | { seed: false; reason: "turned-off" | "production" };

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Is this address one only this machine can reach? */
export function isLocalAddress(url: string): boolean {
  try {
    return localHosts.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}

export function shouldSeedDemo(settings: SeedDemoSettings): SeedDemoDecision {
  if (settings.SEED_DEMO === "true") return { seed: true };
  if (settings.SEED_DEMO === "false") return { seed: false, reason: "turned-off" };
  const isPublicProduction =
    settings.NODE_ENV === "production" &&
    !!settings.PUBLIC_URL &&
    !isLocalAddress(settings.PUBLIC_URL);
  return isPublicProduction ? { seed: false, reason: "production" } : { seed: true };
}
