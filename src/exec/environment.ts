/** The environment the repository's commands run with. */

/** What the runner gives a JavaScript action but not a `run:` step: the Actions runtime's credentials and addresses. */
const ACTION_ONLY = new Set(['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL'])

/**
 * The environment a command inherits: this process's, less what the runner hands the action alone — its inputs
 * (`INPUT_*`, the github-token among them) and the runtime token with which any code could write this job's cache
 * entries and artifacts (cache poisoning). The repository's commands see what a `run:` step of the job would.
 */
export function inheritedEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('INPUT_') || ACTION_ONLY.has(key)) continue
    out[key] = value
  }
  return out
}
