/** Writing to the job log so that no text read from a report or a tool acts as a workflow command. */
import * as core from '@actions/core'
import { writeInert } from '../hosts/workflow-commands.js'

/** {@link writeInert} to the job log (core.info unless told otherwise). */
export function logInert(message: string, write: (line: string) => void = core.info): void {
  writeInert(message, write)
}
