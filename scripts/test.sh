#!/usr/bin/env bash
# Installs everything on a fresh machine (Node 20 + npm) and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(pnpm --version 2>/dev/null || true)" != "12.4.2" ]; then npm i -g pnpm@12.4.2 >/dev/null; fi
bash scripts/ci-deps.sh
pnpm install --frozen-lockfile
pnpm build
pnpm exec vitest run
