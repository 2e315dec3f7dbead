"use client";

import "./globals.css";
import lastResort from "@/messages/last-resort.json";

// The last resort, when even the root layout failed: it replaces the whole document, outside
// the language provider, so it says it in the two working languages of the Secretariat. Its
// strings come from a file of their own (the same as in the catalogues, messages.test.ts
// checks): this component is in every page's bundle, and importing the English and French
// catalogues here sent 45 kB of messages to every first visit.
const { en, fr } = lastResort;
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="main centered-page" id="main">
          <div className="card" role="alert">
            <h1>{en.pageTitle}</h1>
            <p>{en.unavailable}</p>
            <p lang="fr">{fr.unavailable}</p>
            <button type="button" className="button" onClick={reset}>
              {en.retry} / <span lang="fr">{fr.retry}</span>
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
