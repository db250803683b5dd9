import { sql } from "drizzle-orm";
import { getDb } from "#db/db.server";

/** For load balancers and uptime checks: the app answers and its database opens. No data in it. */
export function loader() {
  getDb().get(sql`select 1`);
  return new Response("ok", {
    headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
  });
}
