import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The catalogues are compiled at build time: the browser gets no ICU parser (intl-messageformat,
// 12 kB gzip on every page) and the server formats without parsing. messages/precompiled.test.ts
// proves every message reads the same either way.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: {
      path: "./messages",
      format: "json",
      locales: ["en", "fr", "es", "ru", "zh", "ar"],
      precompile: true,
    },
  },
});

// Which build is running (GET /api/health/version, the X-Concordia-Version header): the
// package version and the commit, when the build happens in a git checkout.
function version(): string {
  const { version: pkg } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  try {
    const commit = execSync("git rev-parse --short HEAD", { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    return `${pkg}+${commit}`;
  } catch {
    return process.env.CONCORDIA_COMMIT ? `${pkg}+${process.env.CONCORDIA_COMMIT}` : pkg;
  }
}

const nextConfig: NextConfig = {
  // A self-contained server (node .next/standalone/server.js): what the Docker image runs.
  output: "standalone",
  // Read from disk at run time (migrations at start), so traced into the standalone output.
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  env: { CONCORDIA_VERSION: version() },
  // PGlite ships WASM that must be loaded from node_modules at run time (../shared/STACK-NOTES.md, trap 3).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "nodemailer",
    "proper-lockfile",
    "pino",
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
