import "server-only";
import { cache } from "react";
import { type Db, getDb } from "@/db/client";
import type { Viewer } from "./auth/permissions";
import { requireUser } from "./auth/session";
import { type Clock, readClock } from "./clock";

/**
 * The clock, read once per request however many layouts, pages and sections ask (React's
 * cache lives as long as the request's render). Commands get theirs from lib/action.ts.
 */
export const requestClock = cache(async (): Promise<Clock> => readClock(await getDb()));

/**
 * A page's reader of one thing by id, run once per request with the request's database,
 * signed-in viewer and clock, however often it is asked (generateMetadata for the title, then
 * the page): without it, the record page read every comment twice. Options (e.g. how many
 * comments to read) are part of what is read once: the same id and options, one read.
 */
export function readOncePerRequest<T, O extends object = never>(
  read: (db: Db, viewer: Viewer, id: string, clock: Clock, options?: O) => Promise<T>,
) {
  // React's cache tells arguments apart by identity: the options go in as their JSON.
  const once = cache(async (id: string, options: string) =>
    read(
      await getDb(),
      await requireUser(),
      id,
      await requestClock(),
      options ? (JSON.parse(options) as O) : undefined,
    ),
  );
  return (id: string, options?: O) => once(id, options ? JSON.stringify(options) : "");
}
