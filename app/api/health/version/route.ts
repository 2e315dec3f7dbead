import { buildVersion } from "@/lib/health";

// Which build answers (also in every response's X-Concordia-Version header, proxy.ts).
export function GET() {
  return Response.json({ version: buildVersion }, { headers: { "Cache-Control": "no-store" } });
}
