#!/usr/bin/env bash
# Installs everything on a fresh machine (Node 20 + npm), builds, and lints an example specification.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(pnpm --version 2>/dev/null || true)" != "12.4.2" ]; then npm i -g pnpm@12.4.2 >/dev/null; fi
pnpm install --frozen-lockfile >/dev/null
pnpm build >/dev/null
node packages/cli/dist/bin.js "${@:-examples/nl-werkkledij-intercommunale.md}" || [ $? -eq 1 ]
