import { z } from "zod";

// The address sign-in throttling counts by. A client can write any X-Forwarded-For it likes,
// so the entries it wrote are never trusted: the server stamps each request with the address
// of the peer that opened the connection (x-concordia-peer, set in lib/peer-address.ts), and
// with TRUSTED_PROXY_HOPS = n (default 0: no proxy trusted) the address is the one the n-th
// trusted proxy saw, i.e. the n-th X-Forwarded-For entry counted from the right.

export const PEER_HEADER = "x-concordia-peer";

const address = z.union([z.ipv4(), z.ipv6()]);

export function normalizeAddress(value: string | undefined | null): string | null {
  if (!value) return null;
  let v = value.trim();
  // IPv4 peers on a dual-stack socket read as ::ffff:a.b.c.d.
  if (v.startsWith("::ffff:") && address.safeParse(v.slice(7)).success) v = v.slice(7);
  return address.safeParse(v).success ? v : null;
}

export function trustedProxyHops(env: string | undefined = process.env.TRUSTED_PROXY_HOPS): number {
  const n = Number(env ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

export function clientAddress(
  headers: { get(name: string): string | null },
  hops: number = trustedProxyHops(),
): string | null {
  const peer = normalizeAddress(headers.get(PEER_HEADER));
  if (hops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // The last `hops` entries were written by our proxies; the one each appended is the address
  // of whoever connected to it. Fewer entries than hops: the request skipped a proxy.
  const entry = forwarded[forwarded.length - hops];
  return normalizeAddress(entry) ?? peer;
}
