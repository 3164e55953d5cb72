/**
 * `spec-to-production config --print --component NAME [--spec FILE] [--config FILE]`: the effective configuration for
 * one component (defaults ← layout ← preset ← file ← components.<name> ← spec frontmatter), each value followed by
 * where it came from, and the preset's choices with their reasons.
 */
import { workspaceDirectory } from '../config/workspace-dir.js'
import { printInert } from '../hosts/workflow-commands.js'
import { parseArgs } from 'node:util'
import { Document, isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml'
import { loadConfig } from '../config/load.js'
import { originOf } from '../config/origins.js'
import type { ConfigLayer } from '../config/types.js'

/** The effective configuration as YAML, each value commented with the layer it came from. */
export function annotatedYaml(config: object, layers: readonly ConfigLayer[]): string {
  const doc = new Document(config)
  visit(doc, {
    Pair(_key, pair, path) {
      const keys: string[] = []
      for (const node of path) if (isPair(node) && isScalar(node.key)) keys.push(String(node.key.value))
      if (isScalar(pair.key)) keys.push(String(pair.key.value))
      const value = pair.value as Node | null
      // Comment leaves: scalars, lists and report mappings ({ path, format } is one value).
      const isReport = isMap(value) && value.items.some((i) => isScalar(i.key) && i.key.value === 'path')
      if (isScalar(value) || isSeq(value) || isReport) {
        const origin = originOf(layers, keys)
        if (value && !isScalar(value)) value.flow = true
        if (value) value.comment = ` ${origin}`
        return visit.SKIP
      }
      return undefined
    }
  })
  return doc.toString({ lineWidth: 0 })
}

export async function configCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      print: { type: 'boolean' },
      component: { type: 'string' },
      spec: { type: 'string' },
      config: { type: 'string' },
      workspace: { type: 'string' },
      format: { type: 'string', default: 'yaml' }
    },
    strict: true
  })
  if (!values.print) throw new Error('config needs --print (config --print --component NAME [--spec FILE] [--config FILE])')
  if (!values.component) throw new Error('config --print needs --component NAME: the effective configuration is per component')
  if (values.format !== 'yaml' && values.format !== 'json') throw new Error(`--format must be yaml or json, not '${values.format}'`)
  const workspace = workspaceDirectory(values.workspace)
  const loaded = await loadConfig({ workspace, component: values.component, configPath: values.config, specFile: values.spec })
  if (values.format === 'json') {
    // Machine-readable, piped to jq and the like: never framed (a frame line would make it invalid JSON).
    process.stdout.write(`${JSON.stringify({ file: loaded.file, preset_source: loaded.presetSource, choices: loaded.choices, config: loaded.config }, null, 2)}\n`)
    return 0
  }
  const lines = [
    `# effective configuration for component ${values.component}`,
    `# file: ${loaded.file ?? 'none (preset only)'}`,
    `# preset ${loaded.config.preset}: ${loaded.presetSource}`,
    ...loaded.choices.map((c) => `#   ${c.topic}: ${c.chose} — ${c.because}`),
    `# each value is followed by where it came from: ${loaded.layers.map((l) => l.name).join(' < ')}`
  ]
  printInert(process.stdout, `${lines.join('\n')}\n${annotatedYaml(loaded.config, loaded.layers)}`)
  return 0
}
