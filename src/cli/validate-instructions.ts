/** `spec-to-production validate-instructions [GLOB…]`: the instructions_validation gate on its own. */
import { workspaceDirectory } from '../config/workspace-dir.js'
import { printInert } from '../hosts/workflow-commands.js'
import { parseArgs } from 'node:util'
import { DEFAULT_INSTRUCTION_GLOBS, formatInstructionsResult, validateInstructions } from '../instructions/validate.js'

/** Exit 0 when no file has an error (warnings allowed), 1 when one has, 2 for bad usage (thrown). */
export async function validateInstructionsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { workspace: { type: 'string' } },
    allowPositionals: true,
    strict: true
  })
  const workspace = workspaceDirectory(values.workspace)
  const result = await validateInstructions({ workspace, globs: positionals.length ? positionals : [...DEFAULT_INSTRUCTION_GLOBS] })
  printInert(process.stdout, `${formatInstructionsResult(result)}\n`)
  return result.error_count > 0 ? 1 : 0
}
