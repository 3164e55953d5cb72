#!/usr/bin/env bash
# Deploys the greeter for real on this machine. Run from the repository root:
#   examples/greeter/deploy/deploy.sh <environment> <sha> [outputs-file]
# Builds examples/greeter/src (esbuild: ES modules + source maps), installs the release into
# .spec-to-production/deploy/<environment>/releases/<sha>, switches `current` to it atomically (the release it
# replaces becomes `previous`), restarts the service detached and waits until /health answers with version <sha>.
# Appends to the outputs file: environment_url=http://127.0.0.1:<port>, release=<sha>, previous_release=<sha|"">.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# >= 2 && $# <= 3)) || die "usage: deploy.sh <environment> <sha> [outputs-file]"
check_name sha "$2"
use_environment "$1"
SHA="$2"
OUTPUTS="${3:-}"

# A new deploy forgets the older `previous`: if this one fails before switching, rollback keeps the live release.
rm -f "$ENV_DIR/previous"

# Build into a temporary directory beside the releases (same depth: the source maps' relative paths stay valid).
INCOMING="$RELEASES_DIR/.incoming-$SHA-$$"
trap 'rm -rf "$INCOMING"' EXIT
rm -rf "$INCOMING"
mkdir -p "$INCOMING/lib"
ESBUILD="$REPO_ROOT/node_modules/.bin/esbuild"
[[ -x "$ESBUILD" ]] || ESBUILD="npx --no-install esbuild"
log "building $GREETER_DIR/src for release $SHA"
$ESBUILD "$GREETER_DIR"/src/*.ts --outdir="$INCOMING/lib" --format=esm --platform=node --target=node20 \
  --sourcemap --log-level=warning || die "the build failed"
cp "$GREETER_DIR/service/server.mjs" "$INCOMING/server.mjs"
printf '{ "type": "module", "private": true }\n' >"$INCOMING/package.json"
node -e '
  const [file, release, environment] = process.argv.slice(1)
  const info = {
    release, environment, built_at: new Date().toISOString(),
    // Where the files that are not built from source maps come from (the integration coverage maps them back).
    sources: { "server.mjs": "examples/greeter/service/server.mjs" }
  }
  require("fs").writeFileSync(file, JSON.stringify(info, null, 2) + "\n")
' "$INCOMING/release.json" "$SHA" "$ENVIRONMENT"
[[ -f "$INCOMING/lib/greeter.js" ]] || die "the build produced no lib/greeter.js"

# Install: the new release replaces an older build of the same sha.
if [[ -e "$RELEASES_DIR/$SHA" ]]; then
  mv -T "$RELEASES_DIR/$SHA" "$RELEASES_DIR/.replaced-$SHA-$$"
fi
mv -T "$INCOMING" "$RELEASES_DIR/$SHA"
rm -rf "$RELEASES_DIR/.replaced-$SHA-$$"
log "installed $RELEASES_DIR/$SHA"

# Switch.
OLD="$(link_release current)"
if [[ -n "$OLD" && "$OLD" != "$SHA" ]]; then
  switch_link previous "$OLD"
fi
switch_link current "$SHA"
history "deploy $SHA (was ${OLD:-none})"
log "current -> releases/$SHA${OLD:+ (previous: $OLD)}"

start_service
PREVIOUS="$(link_release previous)"
write_outputs "$OUTPUTS" "environment_url=$SERVICE_URL" "release=$SHA" "previous_release=$PREVIOUS"
