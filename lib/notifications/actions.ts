"use server";

import { runAction } from "@/lib/action-server";
import { requeueEmail } from "./requeue-email";

export async function requeueEmailAction(input: unknown, meta?: unknown) {
  return runAction(requeueEmail, input, meta);
}
