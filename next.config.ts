import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WASM that must be loaded from node_modules at run time (../shared/STACK-NOTES.md, trap 3).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "nodemailer",
    "proper-lockfile",
  ],
  poweredByHeader: false,
  turbopack: { root: import.meta.dirname },
  // Headers every response carries (the CSP with its per-request nonce is set in proxy.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
  experimental: {
    // Report attachments (lib/reports) are up to 10 MB each, sent through a server action.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default withNextIntl(nextConfig);
