#!/usr/bin/env bash
# `npm test`: format, types, lint, unit + conformance, then end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== format" && npx prettier --check . --log-level warn
echo "== types" && npx tsc --noEmit -p tsconfig.json
echo "== lint" && npx eslint . --max-warnings 0
echo "== unit and conformance" && npx vitest run
if [ -d tests/e2e ]; then
  CHROMIUM_PATH="$(bash scripts/findChromium.sh)"
  export CHROMIUM_PATH
  echo "== end-to-end (Chromium: $CHROMIUM_PATH)" && npx vitest run --config tests/e2e/vitest.config.ts
fi
