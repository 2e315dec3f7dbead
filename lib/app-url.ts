// The application's public address (APP_URL): links in e-mails, the host part of calendar
// UIDs and of e-mail Message-IDs. Development default: http://localhost:<PORT or 3000>.

export function appUrl(): URL {
  const configured = process.env.APP_URL;
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url;
    } catch {
      // fall through to the default, with a warning at start (lib/startup.ts)
    }
  }
  return new URL(`http://localhost:${process.env.PORT ?? "3000"}`);
}

/** An absolute link to a path of the application. */
export function appLink(path: string): string {
  return new URL(path, appUrl()).toString();
}

/** The host name that identifies this installation in UIDs and Message-IDs. */
export function appHost(): string {
  return appUrl().hostname;
}
