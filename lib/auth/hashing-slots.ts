// Password hashing is deliberately expensive (argon2id, ~19 MiB and tens of milliseconds per
// check). A flood of sign-ins must not starve page rendering: at most a few checks run at once
// in this process, a bounded queue waits, and beyond it the attempt is refused as busy.
// (Process-local on purpose: it protects this process's CPU, not a shared limit.)

const MAX_CONCURRENT = 2;
const MAX_WAITING = 50;

let running = 0;
const waiting: (() => void)[] = [];

export class HashingBusyError extends Error {}

export async function withHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) {
    if (waiting.length >= MAX_WAITING) throw new HashingBusyError("too many sign-ins at once");
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    // The slot passes straight to the next in line; otherwise it is freed.
    if (next) next();
    else running -= 1;
  }
}

export function hashingLoad(): { running: number; waiting: number } {
  return { running, waiting: waiting.length };
}
