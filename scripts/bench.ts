// Measures pages of a running server (default http://127.0.0.1:3000; BENCH_URL to change):
// the signed-in dashboard against a page that renders without session or database
// (/login signed out) and the liveness probe, 10 connections for 10 s each, one after
// another in the same run. Start the server first (npm run build && npm start).
//   npm run bench -- [seconds] [connections]
import autocannon from "autocannon";

const base = process.env.BENCH_URL ?? "http://127.0.0.1:3000";
const duration = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 10);
const email = process.env.BENCH_EMAIL ?? "secretariat@example.org";
const password = process.env.BENCH_PASSWORD ?? "concordia-demo";

/** Signs in through Auth.js's own endpoints and returns the session cookie. */
async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session.split(";")[0] ?? "";
}

async function measure(label: string, path: string, cookie?: string) {
  const check = await fetch(`${base}${path}`, {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  if (check.status !== 200) throw new Error(`${path} answered ${check.status}`);
  const result = await autocannon({
    url: `${base}${path}`,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
  });
  const row = {
    page: label,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.non2xx,
  };
  console.log(JSON.stringify(row));
  return row;
}

const cookie = await signIn();
const rows = [
  await measure("liveness probe (no session, no database)", "/api/health/live"),
  await measure("sign-in page, signed out (no session, no database)", "/login"),
  await measure("organizations, signed in", "/organizations", cookie),
  await measure("dashboard, signed in", "/", cookie),
];
console.table(rows);
