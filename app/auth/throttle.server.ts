/**
 * Per-client-address throttle for sign-in attempts, kept in memory: it slows a guessing script
 * that rotates usernames (the per-account lockout cannot see that), and costs nothing to people.
 * A window of 15 minutes, at most 20 failures from one address.
 */
const windowMs = 15 * 60 * 1000;
export const maxFailuresPerAddress = 20;

const failures = new Map<string, number[]>();

function recent(address: string, now: number): number[] {
  const kept = (failures.get(address) ?? []).filter((t) => now - t < windowMs);
  if (kept.length) failures.set(address, kept);
  else failures.delete(address);
  return kept;
}

export function isAddressThrottled(address: string, now = Date.now()): boolean {
  return recent(address, now).length >= maxFailuresPerAddress;
}

export function recordAddressFailure(address: string, now = Date.now()) {
  failures.set(address, [...recent(address, now), now]);
}

export function resetAddressThrottle() {
  failures.clear();
}
