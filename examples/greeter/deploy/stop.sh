#!/usr/bin/env bash
# Stops the environment's service (test clean-up, the end of the demo). Releases and links stay.
#   examples/greeter/deploy/stop.sh <environment>
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

(($# == 1)) || die "usage: stop.sh <environment>"
use_environment "$1"
if [[ -n "$(service_pid)" ]]; then
  stop_service
  history "stop"
else
  rm -f "$STATE_FILE"
  log "the $ENVIRONMENT service is not running"
fi
rm -f "$ENV_DIR/environment_url"
