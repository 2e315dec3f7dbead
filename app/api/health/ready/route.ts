import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

// Readiness: the database answers SELECT 1 within two seconds, else 503.
export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const db = await getDb();
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[health] database not ready:", error instanceof Error ? error.message : error);
    return Response.json(
      { status: "unavailable" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
