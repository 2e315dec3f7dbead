import pino from "pino";

// Structured JSON logs (one line per event, for the log collector; `LOG_LEVEL` sets how much).
// Never passwords, tokens or e-mail bodies: the fields below are redacted wherever they
// appear, and callers log ids and names, not content.

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "concordia" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: [
      "password",
      "*.password",
      "currentPassword",
      "*.currentPassword",
      "token",
      "*.token",
      "body",
      "*.body",
      "cookie",
      "*.cookie",
      "authorization",
      "*.authorization",
    ],
    censor: "[redacted]",
  },
});
