// Bundles the action, the CLI and the JS API into dist/ (committed; check-dist compares a fresh build).
// ESM with code splitting: modules only some features need stay in their own chunks, loaded when that feature runs.
import { build } from 'esbuild'
import { rm, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

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
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [lazyOidcHttpClient],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning'
})
await writeFile('dist/package.json', '{ "type": "module" }\n')
await writeTokenTable()
const outputs = Object.entries(result.metafile.outputs)
  .map(([file, o]) => `${file} ${(o.bytes / 1024).toFixed(0)} KiB`)
  .join('\n')
console.log(outputs)

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
