import { getDb } from "@/db/client";
import { type Readiness, readiness } from "@/lib/health";
import { log } from "@/lib/log";

// Readiness: 200 when this instance can serve (lib/health.ts), else 503 with the reason; a
// load balancer stops sending traffic here while it is 503.
export const dynamic = "force-dynamic";

export async function GET() {
  let state: Readiness;
  try {
    state = await readiness(await getDb());
  } catch {
    state = { ready: false, reason: "database" };
  }
  if (state.ready)
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  log.warn({ reason: state.reason }, "not ready");
  return Response.json(
    { status: "unavailable", reason: state.reason },
    { status: 503, headers: { "Cache-Control": "no-store" } },
  );
}
