import type { AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type pages from "@/messages/en.json";
import type forms from "@/messages/forms/en.json";
import { MoreMessages } from "./client-messages";

/**
 * A namespace of messages/<locale>.json, or of messages/forms (for a page that shows them
 * from the start); the common ones reach every page on their own.
 */
export type PageNamespace = keyof typeof pages | keyof typeof forms;

/**
 * Sends the browser the namespaces the page's client components use, on top of the common
 * messages every page has. Which ones a page needs is checked by app/page-messages.test.ts,
 * which follows each page's imports to the client components and their useTranslations.
 */
export async function PageMessages({
  namespaces,
  children,
}: {
  namespaces: readonly PageNamespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) picked[namespace] = messages[namespace] ?? {};
  return <MoreMessages messages={picked}>{children}</MoreMessages>;
}
