// @actions/core imports @actions/exec (and with it @actions/io, child_process, assert and timers) only for
// core.platform.getDetails(), which asks the OS for its name by running a command. The bundle gives core's platform
// module this function instead: the one it calls, loading the real module on first use, so start-up does not load
// them for a call this action never makes. (@actions/cache, which runs tar, still gets the real module.)
export async function getExecOutput(...args) {
  return (await import('@actions/exec')).getExecOutput(...args)
}
