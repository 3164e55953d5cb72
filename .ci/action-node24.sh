#!/usr/bin/env bash
# Runs dist/index.js on a real Node 24 (npm package node@24) the way the runner does: INPUT_* variables,
# GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE; then checks the outputs, the summary and the report.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
node24="$root/.ci/node24/node_modules/node/bin/node"
if [ ! -x "$node24" ]; then
  npm install --no-save --no-audit --no-fund --prefix "$root/.ci/node24" node@24 >/dev/null
fi
"$node24" --version | grep -q '^v24\.' || { echo "not Node 24: $("$node24" --version)" >&2; exit 1; }

work=$(mktemp -d)
trap 'examples/greeter/deploy/stop.sh staging >/dev/null 2>&1; rm -rf "$work"' EXIT
out="$work/output"; summary="$work/summary.md"; : > "$out"; : > "$summary"
status=0
env -i PATH="$PATH" HOME="$HOME" \
  GITHUB_ACTIONS=true GITHUB_WORKSPACE="$root" GITHUB_OUTPUT="$out" GITHUB_STEP_SUMMARY="$summary" \
  GITHUB_SHA="$(git rev-parse HEAD 2>/dev/null || echo 0000000000000000000000000000000000000000)" \
  RUNNER_TEMP="$work" \
  INPUT_SPEC=examples/greeter/SPEC.md INPUT_COMPONENT=greeter INPUT_TARGET=staging \
  INPUT_CONFIG=examples/greeter/spec-to-production.yml INPUT_WORKING-DIRECTORY=. \
  INPUT_REPORT-PATH=.spec-to-production/ci/workflow_report_greeter.json \
  "$node24" dist/index.js || status=$?

echo "--- GITHUB_OUTPUT"; cat "$out"
echo "--- step summary ($(wc -c < "$summary") bytes)"; head -c 2000 "$summary"; echo
[ "$status" -eq 0 ] || { echo "the action failed on Node 24 (exit $status)" >&2; exit 1; }
grep -q '^success<<' "$out" || grep -q '^success=' "$out" || { echo "no success output" >&2; exit 1; }
awk '/^success<</{getline; print; exit}' "$out" | grep -qx true || { echo "success output is not true" >&2; exit 1; }
grep -q 'spec-to-production' "$summary" || { echo "no job summary written" >&2; exit 1; }
"$node24" -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (r.success !== true || r.stages_completed.join() !== "specification,testing,refactoring,staging_deployment") throw new Error("unexpected report: " + JSON.stringify(r.stages_completed));
  if (!(r.stage_results.testing.quality_gates.test_coverage.details.coverage >= 70)) throw new Error("coverage gate not measured");
  if (r.stage_results.staging_deployment.outputs.deployed !== true) throw new Error("staging was not deployed");
  console.log("Node 24 action run: report ok,", r.stages_completed.join(", "), "| skipped:", r.stages_skipped.join(", "));
' .spec-to-production/ci/workflow_report_greeter.json
