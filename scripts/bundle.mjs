// Bundles the action, the CLI and the JS API into dist/ (committed; check-dist compares a fresh build).
// ESM with code splitting: modules only some features need stay in their own chunks, loaded when that feature runs.
import { build } from 'esbuild'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { legacyBufferConstructor } from './legacy-buffer.mjs'

/** Keeps undici off the start-up path: see scripts/shims/lazy-http-client.mjs. */
const lazyOidcHttpClient = {
  name: 'lazy-oidc-http-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client$/ }, (args) =>
      /@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/.test(args.importer)
        ? { path: fileURLToPath(new URL('./shims/lazy-http-client.mjs', import.meta.url)) }
        : undefined
    )
  }
}

const BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

/** Keeps @actions/exec off the start-up path: see scripts/shims/lazy-exec.mjs. */
const lazyPlatformExec = {
  name: 'lazy-platform-exec',
  setup(b) {
    b.onResolve({ filter: /^@actions\/exec$/ }, (args) =>
      /@actions[\\/]core[\\/]lib[\\/]platform\.js$/.test(args.importer)
        ? { path: fileURLToPath(new URL('./shims/lazy-exec.mjs', import.meta.url)) }
        : undefined
    )
  }
}

/**
 * `yaml`'s ES module build instead of its CommonJS one (the same sources; `node` resolves to CommonJS, which esbuild
 * cannot tree-shake): only what parsing needs is bundled, 66 KiB less for every run to compile. Its one difference,
 * warnings through console.warn rather than process.emitWarning, never shows: every parse here collects warnings
 * on the document.
 */
const yamlModules = {
  name: 'yaml-esm',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/yaml/browser/index.js', import.meta.url)) }))
  }
}

await rm('dist', { recursive: true, force: true })
const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', api: 'src/api.ts', plan: 'src/plan-action.ts', aggregate: 'src/aggregate-action.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  // Some bundled CommonJS dependencies call require(); ESM output needs one made for it.
  banner: { js: BANNER },
  plugins: [lazyOidcHttpClient, lazyPlatformExec, yamlModules, legacyBufferConstructor],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning'
})
await writeFile('dist/package.json', '{ "type": "module" }\n')
await dropUnusedRequire(Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js')))
await writeTokenTable()
const outputs = Object.entries(result.metafile.outputs)
  .map(([file, o]) => `${file} ${(o.bytes / 1024).toFixed(0)} KiB`)
  .join('\n')
console.log(outputs)

/**
 * The banner's `createRequire` costs each chunk a module object and path work at start-up (about 0.4 ms a chunk,
 * 40 chunks on the action's path), yet only chunks that call `require` need it: esbuild's CommonJS wrappers go
 * through `__require` of its runtime chunk. The banner stays where `require` appears as a name at all (comments and
 * strings included, so a doubt keeps it).
 */
async function dropUnusedRequire(files) {
  const uses = /(?<![\w$.])require(?![\w$])/
  for (const file of files) {
    const code = await readFile(file, 'utf8')
    const at = code.indexOf(BANNER)
    if (at === -1) continue
    const rest = code.slice(0, at) + code.slice(at + BANNER.length)
    if (!uses.test(rest)) await writeFile(file, rest.replace(/^(#![^\n]*\n)?\n/, '$1'))
  }
}

/**
 * dist/cl100k_base.bpe: js-tiktoken's cl100k_base ranks laid out as the byte-pair table src/context/bpe.ts reads in
 * place, so the action's tokenizer loads in milliseconds (src/context/tokens.ts finds it beside the bundle).
 */
async function writeTokenTable() {
  const built = await build({ entryPoints: ['src/context/bpe.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' })
  const { tableFromRanks } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`)
  const { default: ranks } = await import('js-tiktoken/ranks/cl100k_base')
  const table = tableFromRanks(ranks)
  await writeFile('dist/cl100k_base.bpe', table)
  console.log(`dist/cl100k_base.bpe ${(table.length / 1024).toFixed(0)} KiB`)
}
