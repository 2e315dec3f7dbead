"use server";

// Sign-in and sign-out need no prior session: the Credentials provider's authorize()
// (lib/auth/index.ts) checks the password and the throttle.

import { AuthError, CredentialsSignin } from "next-auth";
import { signInSchema } from "./authenticate";
import { signIn, signOut } from "./index";

export type SignInState = {
  error?: "invalid" | "locked" | "slowDown" | "busy" | "validation";
  email?: string;
};

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { error: "validation", email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
    return {};
  } catch (error) {
    // The successful sign-in redirects by throwing: only Auth.js errors are ours to handle.
    if (error instanceof CredentialsSignin) {
      if (error.code === "locked") return { error: "locked", email };
      if (error.code === "slowDown") return { error: "slowDown", email };
      if (error.code === "busy") return { error: "busy", email };
    }
    if (error instanceof AuthError) return { error: "invalid", email };
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
