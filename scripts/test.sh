#!/usr/bin/env bash
# Installs everything on a fresh machine (Node 20 + npm) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(pnpm --version 2>/dev/null || true)" != "12.4.2" ]; then npm i -g pnpm@12.4.2 >/dev/null; fi
bash scripts/ci-deps.sh
pnpm install --frozen-lockfile
pnpm build
mkdir -p test-output
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-output/vitest.json || status=$?
# One plain closing line that any CI reads: "N passed, N failed".
node -e 'const r=require("./test-output/vitest.json");console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)' || true
exit $status
