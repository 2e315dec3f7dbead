import type { Server } from "node:http";
import { log } from "./log";

// The process's life as a server: the HTTP servers it runs (recorded by the request hook in
// lib/peer-address.ts), whether it is shutting down, and the work that must finish before it
// exits (an outbox round). Kept on globalThis: Next.js loads modules more than once.

type Lifecycle = {
  servers: Set<Server>;
  draining: boolean;
  busy: Map<string, number>;
};

const holder = globalThis as unknown as { __concordiaLifecycle?: Lifecycle };
holder.__concordiaLifecycle ??= { servers: new Set(), draining: false, busy: new Map() };
const state: Lifecycle = holder.__concordiaLifecycle;

export function recordServer(server: Server): void {
  state.servers.add(server);
}

/** True once SIGTERM arrived: readiness says 503 and no new outbox round starts. */
export function isDraining(): boolean {
  return state.draining;
}

/** Marks work that shutdown waits for (e.g. "outbox"); returns the function that ends it. */
export function beginWork(name: string): () => void {
  state.busy.set(name, (state.busy.get(name) ?? 0) + 1);
  return () => state.busy.set(name, Math.max(0, (state.busy.get(name) ?? 1) - 1));
}

const busy = () => [...state.busy.values()].some((n) => n > 0);

/** Stops taking requests, lets those in flight and the outbox round finish, exits within 10 s. */
export async function shutdown(signal: string, close: () => Promise<void>): Promise<void> {
  if (state.draining) return;
  state.draining = true;
  const started = Date.now();
  log.info({ signal }, "shutting down: no new requests");
  const hardStop = setTimeout(() => {
    log.warn({ signal }, "shutdown took 10 s: exiting now");
    process.exit(1);
  }, 9_500);
  const serversClosed = Promise.all(
    [...state.servers].map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    ),
  );
  await serversClosed;
  while (busy() && Date.now() - started < 9_000) await new Promise((r) => setTimeout(r, 100));
  await close().catch((error: unknown) => log.error({ err: error }, "closing the database"));
  clearTimeout(hardStop);
  log.info({ signal, ms: Date.now() - started }, "stopped");
  process.exit(0);
}
