#!/usr/bin/env bash
# `npm test`: format, types, lint, unit + conformance, then end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
# One closing line per suite, "name: N passed, M failed", read from vitest's JSON report.
summary() {
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${process.argv[2]}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);' "$1" "$2"
}
echo "== format" && npx prettier --check . --log-level warn
echo "== types" && npx tsc --noEmit -p tsconfig.json
echo "== lint" && npx eslint . --max-warnings 0
echo "== unit and conformance"
status=0
npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json || status=$?
summary test-results/unit.json unit
[ "$status" = 0 ] || exit "$status"
CHROMIUM_PATH="$(bash scripts/findChromium.sh)"
export CHROMIUM_PATH
echo "== end-to-end (Chromium: $CHROMIUM_PATH)"
npx vitest run --config tests/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile=test-results/e2e.json || status=$?
summary test-results/e2e.json e2e
exit "$status"
