#!/usr/bin/env bash
# npm run demo [-- --target production]: the CLI on the example component (target staging unless given), then the
# example's services are stopped so the demo leaves nothing running. The exit status is the CLI's.
set -u
cd "$(dirname "$0")/.."
status=0
node dist/cli.js --spec examples/greeter/SPEC.md --component greeter --target staging \
  --config examples/greeter/spec-to-production.yml "$@" || status=$?
for env in staging production; do examples/greeter/deploy/stop.sh "$env" >/dev/null 2>&1 || true; done
exit "$status"
