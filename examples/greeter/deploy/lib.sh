# Shared by deploy.sh, rollback.sh, stop.sh and integration.sh (sourced, not run). The working directory is the
# repository root; everything lives under .spec-to-production/deploy/<environment>/:
#   releases/<sha>/        one installed release: server.mjs, lib/*.js (+ source maps), package.json, release.json
#   current -> releases/<sha>   the live release (switched atomically: a temporary link renamed over it)
#   previous -> releases/<sha>  the release the last deploy switched away from (what rollback.sh returns to)
#   service.json           {pid, port, url, version} written by the service once it listens
#   service.log            the service's stdout and stderr
#   environment_url        the URL of the running service
#   history.log            one line per deploy, rollback and stop
#   coverage/              V8 coverage of the running service (NODE_V8_COVERAGE), cleared at each start

set -euo pipefail

KIT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(pwd -P)"
GREETER_DIR="$REPO_ROOT/examples/greeter"
START_TIMEOUT_SECONDS="${DEPLOY_START_TIMEOUT:-20}"
STOP_TIMEOUT_SECONDS="${DEPLOY_STOP_TIMEOUT:-10}"

log() { printf '[deploy] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# A name that is safe as one path segment.
check_name() { # <what> <value>
  [[ "$2" =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$ ]] || die "$1 must be 1-100 of A-Z a-z 0-9 . _ - (not starting with . _ -), got '$2'"
}

# Sets ENV_DIR and the paths under it for environment $1, and takes the environment's lock (one change at a time).
use_environment() { # <environment>
  check_name environment "$1"
  ENVIRONMENT="$1"
  ENV_DIR="$REPO_ROOT/.spec-to-production/deploy/$ENVIRONMENT"
  RELEASES_DIR="$ENV_DIR/releases"
  STATE_FILE="$ENV_DIR/service.json"
  SERVICE_LOG="$ENV_DIR/service.log"
  COVERAGE_DIR="$ENV_DIR/coverage"
  mkdir -p "$RELEASES_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$ENV_DIR/.lock"
    flock -w 300 9 || die "another deploy of $ENVIRONMENT holds $ENV_DIR/.lock"
  fi
}

history() { printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >>"$ENV_DIR/history.log"; }

# The release a link (current, previous) points at, or nothing.
link_release() { # <link name>
  local target
  target="$(readlink "$ENV_DIR/$1" 2>/dev/null || true)"
  [[ -n "$target" && -d "$ENV_DIR/$target" ]] && basename "$target"
  return 0
}

# Points link $1 at releases/$2 atomically: a new link under a temporary name, renamed over the old one.
switch_link() { # <link name> <sha>
  local tmp="$ENV_DIR/.$1.$$"
  ln -sfn "releases/$2" "$tmp"
  mv -T "$tmp" "$ENV_DIR/$1"
}

# A field of service.json ("" when absent).
state_field() { # <field>
  [[ -f "$STATE_FILE" ]] || return 0
  node -e 'try { const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]]; if (v !== undefined) console.log(v) } catch {}' \
    "$STATE_FILE" "$1"
}

# The pid of this environment's service when it runs (checked against its command line, so a reused pid is never
# taken for it), else nothing.
service_pid() {
  local pid
  pid="$(state_field pid)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF "$ENV_DIR/current/server.mjs" || return 0
  fi
  echo "$pid"
}

stop_service() {
  local pid waited=0
  pid="$(service_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$STATE_FILE"
    return 0
  fi
  log "stopping the $ENVIRONMENT service (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && ((waited < STOP_TIMEOUT_SECONDS * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop within ${STOP_TIMEOUT_SECONDS}s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$STATE_FILE"
}

coverage_enabled() {
  case "${DEPLOY_COVERAGE:-auto}" in
    1 | true | yes) return 0 ;;
    0 | false | no) return 1 ;;
    *) [[ "$ENVIRONMENT" != production ]] ;;
  esac
}

# Starts the current release detached (its own session, so that killing the deploy command's process group on a
# timeout does not take the service with it), waits until it listens and answers /health with its version.
start_service() {
  local sha port pid waited=0
  sha="$(link_release current)"
  [[ -n "$sha" ]] || die "no current release to start in $ENV_DIR"
  port="${DEPLOY_PORT:-$(state_field port)}"
  stop_service
  rm -f "$STATE_FILE"
  local -a env_vars=(PORT="${port:-0}" PORT_FALLBACK=1 HOST=127.0.0.1 STATE_FILE="$STATE_FILE" RELEASE="$sha")
  if coverage_enabled; then
    rm -rf "$COVERAGE_DIR"
    mkdir -p "$COVERAGE_DIR"
    env_vars+=(NODE_V8_COVERAGE="$COVERAGE_DIR" GREETER_COVERAGE_ENDPOINT=1)
  else
    env_vars+=(NODE_V8_COVERAGE= GREETER_COVERAGE_ENDPOINT=0)
  fi
  log "starting $ENVIRONMENT release $sha"
  # 9>&-: the service must not inherit the environment's lock.
  setsid nohup env "${env_vars[@]}" node "$ENV_DIR/current/server.mjs" >>"$SERVICE_LOG" 2>&1 </dev/null 9>&- &
  pid=$!
  while [[ ! -f "$STATE_FILE" ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$SERVICE_LOG" >&2 || true
      die "the service exited before listening (log: $SERVICE_LOG)"
    fi
    if ((waited >= START_TIMEOUT_SECONDS * 10)); then
      kill -KILL "$pid" 2>/dev/null || true
      tail -n 20 "$SERVICE_LOG" >&2 || true
      die "the service did not listen within ${START_TIMEOUT_SECONDS}s (log: $SERVICE_LOG)"
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  SERVICE_URL="$(state_field url)"
  probe_health "$SERVICE_URL" "$sha" || die "the service at $SERVICE_URL does not answer /health with version $sha"
  printf '%s\n' "$SERVICE_URL" >"$ENV_DIR/environment_url"
  log "$ENVIRONMENT release $sha listening on $SERVICE_URL (pid $(state_field pid))"
}

# True when <url>/health answers 200 {"status":"ok","version":<sha>}.
probe_health() { # <url> <sha>
  node -e '
    const [url, sha] = process.argv.slice(1)
    fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}))
        if (res.status === 200 && body.status === "ok" && body.version === sha) process.exit(0)
        console.error(`[deploy] ${url}/health answered ${res.status} ${JSON.stringify(body)}`)
        process.exit(1)
      })
      .catch((err) => { console.error(`[deploy] ${url}/health: ${err.cause?.code ?? err.message}`); process.exit(1) })
  ' "$1" "$2"
}

# Appends key=value lines to the outputs file (GITHUB_OUTPUT format), when one is given.
write_outputs() { # <outputs file or ""> <key=value>...
  local file="$1"
  shift
  [[ -n "$file" ]] || return 0
  mkdir -p "$(dirname "$file")"
  printf '%s\n' "$@" >>"$file"
}
