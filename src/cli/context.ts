/** `spec-to-production context list | show <id> | export <id> --format md|json`: the component sessions kept locally. */
import { workspaceDirectory } from '../config/workspace-dir.js'
import { parseArgs } from 'node:util'
import { defaultContextRoot, exportSession, listSessions, showSession } from '../context/index.js'
import { printInert } from '../hosts/workflow-commands.js'

export async function contextCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { workspace: { type: 'string' }, format: { type: 'string', default: 'md' } },
    allowPositionals: true,
    strict: true
  })
  const root = defaultContextRoot(workspaceDirectory(values.workspace))
  const [action, id] = positionals
  let text: string
  if (action === 'list') text = await listSessions(root)
  else if (action === 'show' && id) text = await showSession(root, id)
  else if (action === 'export' && id) {
    if (values.format !== 'md' && values.format !== 'json') throw new Error(`--format must be md or json, not '${values.format}'`)
    text = await exportSession(root, id, values.format)
  } else throw new Error('usage: context list | context show <session-id> | context export <session-id> [--format md|json]')
  printInert(process.stdout, text.endsWith('\n') ? text : `${text}\n`)
  return 0
}
