#!/usr/bin/env bash
# Regenerates the vitest fixtures: vitest 4.1.12 with @vitest/coverage-v8 4.1.12 (Node 20.20), run in /tmp/vtsample
# (the reports hold absolute paths; the tests use that directory as the workspace). Needs the npm registry.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf /tmp/vtsample && cp -r "$here/project" /tmp/vtsample && cd /tmp/vtsample
npm install --no-audit --no-fund vitest@4.1.12 @vitest/coverage-v8@4.1.12
NO_COLOR=1 npx vitest run --coverage > "$here/vitest.console.txt" 2>&1
cp coverage/coverage-summary.json coverage/lcov.info coverage/cobertura-coverage.xml "$here/"
