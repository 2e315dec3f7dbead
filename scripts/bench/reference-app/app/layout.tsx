import type { ReactNode } from "react";

// The benchmark's reference: the smallest dynamic Next.js page, built with the same Next.js
// as the application (scripts/bench.ts compares each page's throughput to this one's).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
