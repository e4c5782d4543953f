#!/usr/bin/env bash
# The contract checks of openapi/openapi.yaml (issue 12, docs/decisions.md lists the warnings kept):
# spectral (ruleset spectral:oas) and redocly (recommended) with no errors, then TypeScript types
# generated from the document (openapi-typescript) and a small typed client compiled against them.
# The tools are pinned in .ci/package.json and package-lock.json and installed with npm ci.
set -euo pipefail

cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
    else
        echo "the contract checks need Node.js 20.19+ and npm: run as root or install them first" >&2
        exit 1
    fi
fi
npm ci --no-audit --no-fund --loglevel=error
bin=node_modules/.bin
document=../openapi/openapi.yaml

echo "== spectral lint (spectral:oas)"
"$bin/spectral" lint "$document" --ruleset spectral.yaml --fail-severity=error

echo "== redocly lint (recommended)"
"$bin/redocly" lint "$document" --config redocly.yaml

echo "== typed client: openapi-typescript, then tsc"
"$bin/openapi-typescript" "$document" --output client/api.d.ts
"$bin/tsc" -p client/tsconfig.json
echo "contract checks passed"
