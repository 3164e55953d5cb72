// Bundled dependencies that still call the Buffer constructor (`new Buffer(…)`, deprecated since Node 10: DEP0005)
// get a local `Buffer` that does what the constructor does through Buffer.alloc/Buffer.from. Node warns about the
// constructor only for code outside node_modules, and a bundle is outside: without this the aggregate sub-action's
// log would carry "(node:…) [DEP0005] DeprecationWarning: Buffer() is deprecated …" whenever it downloads a leg's
// artifact (@actions/artifact unzips with unzip-stream, binary and buffers), a warning its user can do nothing about.
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** Calls of the constructor, with or without `new` (not `x.Buffer(`, `isBuffer(` or `SlowBuffer(`). */
const CALLS = /(?<![\w$.])Buffer\s*\(/
/** A module that declares its own `Buffer` (`var Buffer = require('buffer').Buffer`, an import) is left as it is. */
const DECLARES = /(?:\b(?:var|let|const|function|class|import)\s+(?:\{[^}]*)?\bBuffer\b)|\bBuffer\s*(?:,[^=;]*)?\}?\s*=\s*require\(/

/** Equals the constructor: a number allocates that many zeroed bytes; anything else is Buffer.from(…). */
const PRELUDE =
  'var Buffer = (function (B) { function Buffer(a, b, c) { return typeof a === "number" ? B.alloc(a) : B.from(a, b, c) } ' +
  'Object.setPrototypeOf(Buffer, B); Buffer.prototype = B.prototype; return Buffer })(globalThis.Buffer);\n'

/** The esbuild plugin; scripts/bundle.mjs and the tests' bundle (__tests__/helpers/workspace.ts) both use it. */
export const legacyBufferConstructor = {
  name: 'legacy-buffer-constructor',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.[cm]?js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8')
      // Comments aside (`Buffer(Node.js)` in a doc comment is no call); a string cut short here only costs a prelude.
      const uncommented = code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
      if (!CALLS.test(uncommented) || DECLARES.test(uncommented)) return undefined
      return { contents: PRELUDE + code, loader: 'js', resolveDir: dirname(args.path) }
    })
  }
}
