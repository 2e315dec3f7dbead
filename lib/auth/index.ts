import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { authenticate, signInSchema } from "./authenticate";
import { resolveAuthSecret } from "./secret";

/** The account or the address is locked after repeated failures (lib/auth/throttle.ts). */
export class LockedSignIn extends CredentialsSignin {
  code = "locked";
}

// Lazy configuration: the secret is resolved when the first request arrives, not at build.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
          ip: request.headers.get("x-forwarded-for") ?? request.headers.get("x-real-ip"),
        });
        if (outcome.ok) return { id: outcome.userId };
        if (outcome.reason === "locked") throw new LockedSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      // Only the user id travels in the cookie: roles are read from the database per request.
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
