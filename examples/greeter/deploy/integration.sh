#!/usr/bin/env bash
# Runs the integration tests against the deployed service and collects that service's own coverage.
#   examples/greeter/deploy/integration.sh <environment> <reports-dir>
# The URL: $ENVIRONMENT_URL, else the one the last deploy of <environment> recorded. Writes
#   <reports-dir>/junit.xml   (jest-junit)
#   <reports-dir>/lcov.info   (the service's line coverage since it started: flush, then v8-to-lcov.mjs)
# Exit status: jest's (a coverage problem is reported on stderr and leaves lcov.info absent).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# == 2)) || die "usage: integration.sh <environment> <reports-dir>"
check_name environment "$1"
ENV_DIR="$REPO_ROOT/.spec-to-production/deploy/$1"
REPORTS="$2"
mkdir -p "$REPORTS"
REPORTS="$(cd "$REPORTS" && pwd -P)"
URL="${ENVIRONMENT_URL:-$(cat "$ENV_DIR/environment_url" 2>/dev/null || true)}"
[[ -n "$URL" ]] || die "no ENVIRONMENT_URL and no $ENV_DIR/environment_url: deploy first"

JEST="$REPO_ROOT/node_modules/.bin/jest"
[[ -x "$JEST" ]] || JEST="npx --no-install jest"
status=0
ENVIRONMENT_URL="$URL" EXPECTED_RELEASE="${EXPECTED_RELEASE:-}" \
  JEST_JUNIT_OUTPUT_DIR="$REPORTS" JEST_JUNIT_OUTPUT_NAME=junit.xml JEST_JUNIT_ADD_FILE_ATTRIBUTE=true \
  NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings" \
  $JEST --config "$KIT_DIR/jest.integration.config.mjs" --ci --reporters=default --reporters=jest-junit || status=$?

# Coverage: make the service write its counters now, then convert every dump since it started.
if node -e '
  fetch(new URL("/__coverage/flush", process.argv[1]), { method: "POST", signal: AbortSignal.timeout(5000) })
    .then((res) => process.exit(res.status === 204 ? 0 : 1), () => process.exit(1))
' "$URL"; then
  node "$KIT_DIR/v8-to-lcov.mjs" "$ENV_DIR/coverage" "$REPORTS/lcov.info" --root "$REPO_ROOT" \
    --include "$ENV_DIR/releases" || log "warning: no integration coverage (v8-to-lcov failed)"
else
  log "warning: no integration coverage: $URL has no coverage endpoint (deployed with DEPLOY_COVERAGE=0?)"
fi
exit "$status"
