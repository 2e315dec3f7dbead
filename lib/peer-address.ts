import { Server } from "node:http";
import { PEER_HEADER } from "./auth/client-address";
import { recordServer } from "./lifecycle";

// Next.js passes a client's own X-Forwarded-For through untouched and gives route handlers no
// access to the socket, so the only address a client cannot choose (the peer of the TCP
// connection) is stamped here, on every request, before Next.js sees it. A header of that
// name sent by the client is overwritten. Installed once per process from instrumentation.ts.

const marker = Symbol.for("concordia.peerAddress");

export function installPeerAddressStamp(): void {
  const proto = Server.prototype as Server & { [marker]?: boolean };
  if (proto[marker]) return;
  proto[marker] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "listening") recordServer(this);
    if (event === "request") {
      recordServer(this);
      const request = args[0] as {
        headers: Record<string, unknown>;
        socket?: { remoteAddress?: string };
      };
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
