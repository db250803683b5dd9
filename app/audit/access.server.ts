import { optionalUser } from "~/auth/require-user.server";
import { mayReadAudit } from "./links";

/**
 * May the person signed in on this request read the audit trail? Asked of their account, not of
 * the role a page lets them act in: a manager on an IRO page acts as an IRO there (roles.ts
 * `actsAs`) but may still follow a link to the audit.
 */
export function mayReadAuditNow(request: Request): boolean {
  const account = optionalUser(request);
  return !!account && mayReadAudit(account);
}
