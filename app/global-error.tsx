"use client";

import "./globals.css";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

// The last resort, when even the root layout failed: it replaces the whole document, outside
// the language provider, so it says it in the two working languages of the Secretariat.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="main centered-page" id="main">
          <div className="card" role="alert">
            <h1>{en.errors.pageTitle}</h1>
            <p>{en.errors.unavailable}</p>
            <p lang="fr">{fr.errors.unavailable}</p>
            <button type="button" className="button" onClick={reset}>
              {en.errors.retry} / <span lang="fr">{fr.errors.retry}</span>
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
