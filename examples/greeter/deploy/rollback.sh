#!/usr/bin/env bash
# Rolls the environment back to the release the last deploy replaced. Run from the repository root:
#   examples/greeter/deploy/rollback.sh <environment> [outputs-file]
# Switches `current` back to `previous` atomically (and forgets `previous`, so a second rollback does not flip
# forward again), restarts the service and waits for /health with that version. When the last deploy never switched
# (it failed before), the live release stays: it is restarted only if it does not answer.
# Appends to the outputs file: environment_url=…, release=<sha now live>, rolled_back_from=<sha|"">.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# >= 1 && $# <= 2)) || die "usage: rollback.sh <environment> [outputs-file]"
use_environment "$1"
OUTPUTS="${2:-}"

CURRENT="$(link_release current)"
PREVIOUS="$(link_release previous)"
if [[ -n "$PREVIOUS" ]]; then
  switch_link current "$PREVIOUS"
  rm -f "$ENV_DIR/previous"
  history "rollback $CURRENT -> $PREVIOUS"
  log "rolled back: current -> releases/$PREVIOUS (was $CURRENT)"
  start_service
  write_outputs "$OUTPUTS" "environment_url=$SERVICE_URL" "release=$PREVIOUS" "rolled_back_from=$CURRENT"
elif [[ -n "$CURRENT" ]]; then
  log "no previous release: $CURRENT stays live"
  URL="$(state_field url)"
  if [[ -n "$(service_pid)" && -n "$URL" ]] && probe_health "$URL" "$CURRENT"; then
    SERVICE_URL="$URL"
  else
    start_service
  fi
  history "rollback: nothing to roll back to; $CURRENT live"
  write_outputs "$OUTPUTS" "environment_url=$SERVICE_URL" "release=$CURRENT" "rolled_back_from="
else
  die "nothing to roll back to: $ENV_DIR has no current release"
fi
