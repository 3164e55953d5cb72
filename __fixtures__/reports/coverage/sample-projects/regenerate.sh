#!/usr/bin/env bash
# Regenerates every real-tool fixture under __fixtures__/reports/{junit,coverage} from the two sample projects here.
# The projects run from /tmp/pysample and /tmp/jssample, so the absolute paths inside the reports stay stable (the
# tests use those directories as the workspace). Needs: Debian's python3-pytest python3-coverage python3-pytest-cov
# (run with /usr/bin/python3) and npm (jest@30 and jest-junit@17 are installed into /tmp/jssample).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
junit="$here/../../junit"
cov="$here/.."
py=/usr/bin/python3

rm -rf /tmp/pysample /tmp/jssample
cp -r "$here/pyshop" /tmp/pysample
cp -r "$here/jsshop" /tmp/jssample

cd /tmp/pysample
{ $py -m pytest --version; $py -m coverage --version | head -1; } 2>&1 | tee "$cov/python-versions.txt"
# pytest exits 1 (tests fail on purpose): keep going.
$py -m pytest -o junit_family=legacy --junitxml="$junit/pytest-legacy.xml" > "$junit/pytest-legacy.console.txt" 2>&1 || true
$py -m pytest -o junit_logging=system-out --junitxml="$junit/pytest-xunit2.xml" > "$junit/pytest-xunit2.console.txt" 2>&1 || true
$py -m pytest --junit-prefix=py3.11 --junitxml="$junit/pytest-xunit2-prefix.xml" > "$junit/pytest-xunit2-prefix.console.txt" 2>&1 || true
$py -m coverage run --source=src -m pytest -q > /dev/null 2>&1 || true
$py -m coverage report > "$cov/coverage-py.console.txt"
$py -m coverage json -o "$cov/coverage-py.json"
$py -m coverage xml -o "$cov/coverage-py.xml"
$py -m coverage run --branch --source=src -m pytest -q > /dev/null 2>&1 || true
$py -m coverage report > "$cov/coverage-py-branch.console.txt"
$py -m coverage json -o "$cov/coverage-py-branch.json"
$py -m coverage xml -o "$cov/coverage-py-branch.xml"
rm -f .coverage
# Debian's pytest-cov 4.0.0 has no json report (the design's preset runs a current one through uvx); it has lcov.
$py -m pytest --cov=src --cov-branch --cov-report=term --cov-report=lcov:"$cov/pytest-cov-branch.lcov" > "$cov/pytest-cov-branch.console.txt" 2>&1 || true

cd /tmp/jssample
npm install --no-audit --no-fund --silent jest@30 jest-junit@17 > /dev/null
{ npx jest --version; node -p "'jest-junit ' + require('jest-junit/package.json').version + ', istanbul-lib-coverage ' + require('istanbul-lib-coverage/package.json').version + ', istanbul-reports ' + require('istanbul-reports/package.json').version"; } | tee "$cov/js-versions.txt"
npx jest > "$junit/jest.console.txt" 2>&1 || true
cp "$junit/jest.console.txt" "$cov/jest.console.txt"
cp out/jest-junit.xml "$junit/jest-junit.xml"
cp out/coverage/lcov.info "$cov/jest-lcov.info"
cp out/coverage/cobertura-coverage.xml "$cov/jest-cobertura.xml"
cp out/coverage/coverage-summary.json "$cov/jest-coverage-summary.json"
cp out/coverage/coverage-final.json "$cov/jest-coverage-final.json"
echo "fixtures regenerated"
