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
 * the page): without it, the record page read every comment twice.
 */
export function readOncePerRequest<T>(
  read: (db: Db, viewer: Viewer, id: string, clock: Clock) => Promise<T>,
) {
  return cache(async (id: string) =>
    read(await getDb(), await requireUser(), id, await requestClock()),
  );
}
