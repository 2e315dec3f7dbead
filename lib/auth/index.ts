import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate, signInSchema } from "./authenticate";
import { clientAddress } from "./client-address";
import { resolveAuthSecret } from "./secret";
import { readSessionGrant } from "./session-grant";
import { SESSION_IDLE_SECONDS, sessionTooOld } from "./session-lifetime";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
    authTime?: number;
    /** Only in an update made by the server (lib/auth/session-grant.ts), never in a session. */
    grant?: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's session version when this session was issued (lib/auth/viewer.ts). */
    sv?: number;
    /** When the user signed in (seconds): sessions end 7 days after it, whatever the activity. */
    authTime?: number;
  }
}

/** The account or the address is locked after repeated failures (lib/auth/throttle.ts). */
export class LockedSignIn extends CredentialsSignin {
  code = "locked";
}
/** Too many failures for the account from everywhere: wait a few seconds. */
export class SlowDownSignIn extends CredentialsSignin {
  code = "slowDown";
}
/** Too many sign-ins at once for this server. */
export class BusySignIn extends CredentialsSignin {
  code = "busy";
}

/** Auth.js's host check: trusted unless AUTH_TRUST_HOST=false (then AUTH_URL must be set). */
function trustHost(): boolean {
  return process.env.AUTH_TRUST_HOST !== "false";
}

// Lazy configuration: the secret is resolved when the first request arrives, not at build.
export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: trustHost(),
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse({
          email: credentials?.email,
          password: credentials?.password,
        });
        if (!parsed.success) return null;
        const outcome = await authenticate(await getDb(), {
          ...parsed.data,
          ip: clientAddress(request.headers),
        });
        if (outcome.ok) return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
        if (outcome.reason === "locked") throw new LockedSignIn();
        if (outcome.reason === "slowDown") throw new SlowDownSignIn();
        if (outcome.reason === "busy") throw new BusySignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 1;
        token.authTime = now;
      } else if (trigger === "update" && token.sub) {
        // Only a grant made by the server moves a session to a new version (session-grant.ts).
        const version = readSessionGrant((session as { grant?: unknown } | null)?.grant, token.sub);
        if (version) token.sv = version;
      }
      if (sessionTooOld(token.authTime, now)) return null;
      // Only the user id and versions travel in the cookie: roles are read per request.
      return {
        sub: token.sub,
        sv: token.sv,
        authTime: token.authTime,
        iat: token.iat,
        exp: token.exp,
        jti: token.jti,
      };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.sessionVersion = token.sv;
      session.authTime = token.authTime;
      return session;
    },
  },
}));
