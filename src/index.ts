/** The action's entry point. */
import { run } from './action/main.js'

// Exit when the work is done: a request a stalled service never answered must not keep the job alive. The outputs,
// the summary and the log are written synchronously or awaited before run() returns; the exit code is the verdict's.
void run().finally(() => process.exit())
