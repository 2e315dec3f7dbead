"use client";

import { createContext, useContext } from "react";

// The pending state of an ActionForm, in a module of its own: the submit button reads it on
// pages whose forms are plain server-action forms (sign-in, sign-out), which need none of
// the form store.

export type FormStatus = { pending: boolean };

export const FormStatusContext = createContext<FormStatus | null>(null);

/** The pending state of the enclosing ActionForm, or null outside one. */
export function useActionFormStatus(): FormStatus | null {
  return useContext(FormStatusContext);
}
