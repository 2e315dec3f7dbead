#!/usr/bin/env bash
# The e2e suite's server: a production build on a fresh embedded database with the demo data.
set -euo pipefail
port=${1:-3210}
export NEXT_TELEMETRY_DISABLED=1
if [ "${E2E_SKIP_BUILD:-}" != 1 ] || [ ! -f .next/BUILD_ID ]; then
  npx next build
fi
dir=$(mktemp -d -t concordia-e2e-XXXXXX)
trap 'rm -rf "$dir"' EXIT
unset DATABASE_URL
export PGLITE_DIR="$dir/pglite"
export AUTH_SECRET=${AUTH_SECRET:-e2e-only-secret-not-for-production-0123456789}
export AUTH_TRUST_HOST=true
export SEED_DEMO=true
exec npx next start -p "$port" -H 127.0.0.1
