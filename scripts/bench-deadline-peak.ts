// The deadline peak: 150 focal points reply to an invitation within a few minutes while the
// secretariat keeps reloading the replies overview. A benchmark, not a test: it prints p50,
// p95, p99 and the errors of each kind of request.
//
//   npm run build && npx tsx scripts/bench-deadline-peak.ts [--organizations 150] [--minutes 2]
//
// It needs the local PostgreSQL (E2E_DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres):
// it creates a database of its own, starts the production server on it, and drops both at the end.
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { memberships, organizations, users } from "../db/schema";
import { actAs, withDb } from "../e2e/support/act";
import { callServerAction } from "../e2e/support/server-actions";
import { createDatabase, dropDatabase, startServer } from "../e2e/support/servers";

const { values } = parseArgs({
  options: {
    organizations: { type: "string", default: "150" },
    minutes: { type: "string", default: "2" },
  },
});
const total = Number(values.organizations);
const windowMs = Number(values.minutes) * 60_000;
const database = `concordia_peak_${process.pid}`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summary(name: string, samples: { ms: number; ok: boolean }[]) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  const f = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `${name.padEnd(22)} n=${String(samples.length).padStart(4)}  errors=${errors}  p50=${f(percentile(times, 50))}  p95=${f(percentile(times, 95))}  p99=${f(percentile(times, 99))}  max=${f(times.at(-1) ?? 0)}`,
  );
}

/** Signs in through Auth.js's credentials endpoint; returns the cookie header. */
async function signIn(baseURL: string, email: string): Promise<string> {
  const csrfResponse = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password: "concordia-demo", callbackUrl: "/" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session;
}

await createDatabase(database);
const server = await startServer({ database });
try {
  const url = server.databaseUrl;
  console.log(`server ${server.url}; preparing ${total} organizations with focal points…`);
  const passwordHash = await withDb(url, async (db) => {
    const [row] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.email, "secretariat@example.org"));
    return row?.hash ?? null;
  });
  const existing = await withDb(url, (db) =>
    db.select({ id: organizations.id }).from(organizations),
  );
  await withDb(url, async (db) => {
    for (let i = existing.length; i < total; i++) {
      const [org] = await db
        .insert(organizations)
        .values({
          name: `Regional organization ${i + 1}`,
          shortName: `RO${i + 1}`,
          kind: "other_intergovernmental",
          headquarters: "Somewhere",
        })
        .returning({ id: organizations.id });
      const [user] = await db
        .insert(users)
        .values({
          name: `Focal point ${i + 1}`,
          email: `peak.focal${i + 1}@example.org`,
          passwordHash,
        })
        .returning({ id: users.id });
      if (org && user)
        await db
          .insert(memberships)
          .values({ userId: user.id, role: "focal_point", organizationId: org.id });
    }
  });
  const planned = (await actAs(url, "secretariat@example.org", "meeting.plan", {
    sequenceNumber: 7,
    title: "Seventh high-level meeting",
    theme: "",
    venue: "United Nations Headquarters, New York",
    timeZone: "America/New_York",
    startsOn: "2006-09-22",
    endsOn: "2006-09-22",
    scSessionId: "",
  })) as { id: string };
  const orgIds = await withDb(url, async (db) =>
    (await db.select({ id: organizations.id }).from(organizations)).map((o) => o.id),
  );
  await actAs(url, "secretariat@example.org", "invitation.open", {
    meetingId: planned.id,
    organizationIds: orgIds,
    replyDeadline: "2006-08-25T18:00",
  });
  const repliers = await withDb(url, (db) =>
    db.execute<{ email: string; invitation_id: string; version: number }>(
      `select u.email, i.id as invitation_id, i.version from invitations i
       join memberships m on m.organization_id = i.organization_id and m.role = 'focal_point'
       join users u on u.id = m.user_id
       where i.meeting_id = '${planned.id}' and u.password_hash is not null`,
    ),
  );
  const people = [...repliers].slice(0, total);
  console.log(`signing in ${people.length} focal points and the secretariat…`);
  const cookies = new Map<string, string>();
  for (const p of people) cookies.set(p.email, await signIn(server.url, p.email));
  const secretariat = await signIn(server.url, "secretariat@example.org");

  console.log(
    `peak: ${people.length} replies within ${values.minutes} min, overview reloaded every 2 s…`,
  );
  const replies: { ms: number; ok: boolean }[] = [];
  const overview: { ms: number; ok: boolean }[] = [];
  let peakOver = false;
  const reloads = (async () => {
    while (!peakOver) {
      const started = performance.now();
      const response = await fetch(`${server.url}/meetings/${planned.id}/invitations`, {
        headers: { Cookie: secretariat },
      }).catch(() => null);
      await response?.text();
      overview.push({ ms: performance.now() - started, ok: response?.status === 200 });
      await new Promise((r) => setTimeout(r, 2_000));
    }
  })();
  await Promise.all(
    people.map(async (p) => {
      await new Promise((r) => setTimeout(r, Math.random() * windowMs));
      const outcome = await callServerAction(server.url, {
        action: "replyToInvitationAction",
        path: `/invitations/${p.invitation_id}`,
        cookie: cookies.get(p.email) ?? "",
        args: [
          {
            invitationId: p.invitation_id,
            version: p.version,
            attending: true,
            representationLevel: "senior_official",
            headName: null,
            headTitle: null,
            delegation: [{ name: "Delegate", title: "Adviser", email: p.email }],
            remarks: null,
          },
        ],
      }).catch(() => ({ status: 0, result: undefined, ms: 0 }));
      replies.push({
        ms: outcome.ms,
        ok: outcome.status === 200 && (outcome.result as { ok?: boolean } | undefined)?.ok === true,
      });
    }),
  );
  peakOver = true;
  await reloads;
  summary("replies (action)", replies);
  summary("overview (page)", overview);
} finally {
  await server.stop();
  await dropDatabase(database);
}
