import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { type Clock, readClock } from "./clock";

/**
 * The clock, read once per request however many layouts, pages and sections ask (React's
 * cache lives as long as the request's render). Commands get theirs from lib/action.ts.
 */
export const requestClock = cache(async (): Promise<Clock> => readClock(await getDb()));
