import type { LoaderFunctionArgs } from "@remix-run/node";
import { metricsResponse } from "~/operations/metrics-endpoint.server";

/** Prometheus metrics behind METRICS_TOKEN; without it, no such page (see metrics-endpoint). */
export function loader({ request }: LoaderFunctionArgs) {
  return metricsResponse(request);
}
