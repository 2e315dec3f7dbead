"use client";

import { FormMessage } from "./form-messages";

/** Shows a validation key from the shared schema (or the server) in the user's language. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span id={id} className="error">
      <FormMessage messageKey={message} from={["validation"]} />
    </span>
  );
}
