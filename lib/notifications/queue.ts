import { createTranslator } from "next-intl";
import type { Tx } from "@/db/client";
import { outbox } from "@/db/schema";
import { catalogueFor } from "@/lib/i18n/catalogues";
import { isLocale } from "@/lib/i18n/locales";

export type EmailTemplate =
  | "focalPointDesignated"
  | "focalPointReplaced"
  | "invitationOpened"
  | "invitationReminder"
  | "accountInvitation"
  | "passwordReset"
  | "passwordChanged"
  | "reportRequested"
  | "reportDueChanged"
  | "reportSubmitted"
  | "reportReturned"
  | "reportAccepted"
  | "recordCirculated"
  | "recordCirculatedToChair";

/**
 * Queues an e-mail in the recipient's language, in the caller's transaction: it is sent
 * only if the change commits, and sending never blocks or fails the action.
 */
export async function queueEmail(
  tx: Tx,
  {
    to,
    locale,
    template,
    values,
    related,
  }: {
    to: string;
    locale: string;
    template: EmailTemplate;
    values: Record<string, string>;
    related?: { entity: string; id: string };
  },
): Promise<void> {
  const catalogue = await catalogueFor(locale);
  const t = createTranslator({ ...catalogue, namespace: "email" });
  await tx.insert(outbox).values({
    recipient: to,
    subject: t(`${template}.subject`, values),
    body: t(`${template}.body`, values),
    relatedEntity: related?.entity ?? null,
    relatedId: related?.id ?? null,
  });
}

/** A deadline written into an e-mail: in the recipient's language, the venue's time zone named. */
export function formatForEmail(instant: Date, locale: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat(isLocale(locale) ? locale : "en", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(instant);
  return `${text} (${timeZone.replace("_", " ")})`;
}
