import { checkReadiness } from "~/operations/readiness.server";

/** For load balancers and orchestrators: 200 when the database answers and is fully migrated. */
export function loader() {
  const readiness = checkReadiness();
  const body = readiness.ready
    ? { status: "ready" }
    : { status: "unavailable", problem: readiness.problem };
  return new Response(JSON.stringify(body), {
    status: readiness.ready ? 200 : 503,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
