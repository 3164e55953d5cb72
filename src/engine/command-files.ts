/**
 * The files a gate's own command runs or reads, beyond the tools' configuration files that config-changes.ts knows by
 * name: `make test` runs the Makefile's recipe, `tox -e py` tox.ini's `[testenv]`, `nox` noxfile.py, `npm run
 * test:ci` package.json's script of that name, `./scripts/test.sh` that script, `pytest -c ci/pytest-ci.ini` that
 * file. A change that rewrites one of them to print a canned JUnit report, or to run fewer tests, changes what the
 * gate judges as surely as a runner's configuration does (a Makefile whose `test` recipe gained `-k "not test_div"`
 * had the gate say a clean "100% ≥ 100% (1 of 1 executed test)"), so a change to one is the same caveat, naming the
 * file and the command that runs it.
 *
 * Read from the configured command templates, one simple command at a time (as preflight splits them): the
 * program after environment assignments and the runners that only start it (`npx`, `uvx`, `uv run`, `poetry run`,
 * `python -m`), and every word that names a file by a path. A word under the component's own source or tests paths
 * (a test file given to the runner) is code, not configuration, and a word holding a template (`{reports}/x.xml`)
 * names what the run writes. Files a named script runs in turn are not followed.
 */
import { simpleCommands } from '../config/preflight.js'

/** Gates by the configuration key of the command that serves them. */
export type CommandOf = [gates: string[], key: string, command: string | undefined]

export interface CommandSources {
  /** Workspace-relative files the commands run or read as a whole, each with the gates and who runs it (`run by <key>`). */
  files: Map<string, { gates: Set<string>; keys: Set<string> }>
  /** Parts of shared files the commands run: [gates, file, part, the command's key]. */
  parts: Array<[gates: string[], file: RegExp, part: RegExp, key: string]>
}

/** Programs that only start the next word's program. */
const LAUNCHERS = new Set(['npx', 'uvx', 'pipx', 'bunx', 'exec', 'time', 'env', 'cross-env', 'nice', 'command', 'xvfb-run', 'dotenv'])
/** `<word> run`: a runner of the project's environment that starts the next word's program. */
const RUN_LAUNCHERS = new Set(['uv', 'poetry', 'pdm', 'pipenv', 'rye', 'pixi'])
/** Extensions of scripts and configuration files a command names (else a word names a file by a path, or a dotfile). */
const FILE_WORD = /\.(?:sh|bash|zsh|py|[cm]?[jt]s|rb|pl|ps1|json[c5]?|ya?ml|toml|ini|cfg|conf|mk|xml|properties)$/

/**
 * The dependency manifests and lock files an audit is given (`osv-scanner --lockfile package-lock.json`, `pip-audit -r
 * requirements.txt`): what the scan looks at, as a linter's sources are, not its configuration — a change of the
 * dependencies is none.
 */
const DEPENDENCIES = /(?:^|\/)(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|requirements[^/]*\.(?:txt|in)|requirements\/[^/]+\.(?:txt|in)|constraints[^/]*\.txt|Pipfile(?:\.lock)?|poetry\.lock|pdm\.lock|uv\.lock|pyproject\.toml|go\.(?:mod|sum)|Cargo\.(?:toml|lock)|Gemfile(?:\.lock)?|composer\.(?:json|lock)|pom\.xml|gradle\.lockfile|packages\.lock\.json)$/

/** The program a simple command runs and its arguments, past assignments and launchers; null for none. */
function programOf(words: readonly string[]): { program: string; args: string[] } | null {
  let i = 0
  while (i < words.length) {
    const w = words[i]
    if (/^[A-Za-z_]\w*=/.test(w)) i++
    else if (LAUNCHERS.has(w)) {
      i++
      // `pipx run X`, `npx --yes X`, `env -i X`: the launcher's own options and verb.
      while (i < words.length && (words[i].startsWith('-') || words[i] === 'run')) i++
    } else if (RUN_LAUNCHERS.has(w) && words[i + 1] === 'run') {
      i += 2
      while (i < words.length && words[i].startsWith('-')) i++
    } else if (/^python[\d.]*$/.test(w) && words[i + 1] === '-m' && i + 2 < words.length) {
      return { program: words[i + 2], args: words.slice(i + 3) }
    } else break
  }
  if (i >= words.length) return null
  return { program: words[i].replace(/^.*\//, ''), args: words.slice(i + 1) }
}

/** The first argument that is not an option (`npm run --silent test:ci` → `test:ci`). */
const firstOperand = (args: readonly string[]) => args.find((a) => !a.startsWith('-'))

/** package.json's script `name` (`"scripts"."test:ci"`), and, for npm, the `pre`/`post` scripts it runs around it. */
function scriptParts(name: string, npm: boolean): RegExp {
  const quoted = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const names = npm ? `"(?:pre|post)?${quoted.slice(1, -1)}"` : quoted
  return new RegExp(`^"scripts"\\.${names}$`)
}

/**
 * The files and parts of files the commands run, for the gates each serves. `own` are the component's source and
 * tests paths (workspace-relative): files under them given to a command are the code it checks.
 */
export function commandSources(commands: readonly CommandOf[], own: readonly string[]): CommandSources {
  const files: CommandSources['files'] = new Map()
  const parts: CommandSources['parts'] = []
  const addFile = (file: string, gates: readonly string[], key: string) => {
    const at = files.get(file) ?? { gates: new Set<string>(), keys: new Set<string>() }
    for (const g of gates) at.gates.add(g)
    at.keys.add(`run by ${key}`)
    files.set(file, at)
  }
  const ownPath = (file: string) => own.some((d) => d !== '.' && d !== '' && (file === d || file.startsWith(`${d}/`)))
  const PACKAGE_JSON = /^package\.json$/
  for (const [gates, key, command] of commands) {
    if (!command) continue
    for (const words of simpleCommands(command)) {
      for (const raw of words) {
        // A word naming a file: `./scripts/test.sh`, `-c ci/pytest.ini`'s value, `--config=jest.ci.json`'s value.
        const word = raw.replace(/^--?[\w-]+=/, '').replace(/^\.\//, '')
        if (word === '' || word.startsWith('-') || /[{}$*?]/.test(word) || word.startsWith('/') || word.includes('..')) continue
        if (!(FILE_WORD.test(word) || word.includes('/') || /^\.[\w.-]+$/.test(word)) || ownPath(word) || DEPENDENCIES.test(word)) continue
        addFile(word, gates, key)
      }
      const run = programOf(words)
      if (!run) continue
      const { program, args } = run
      const operand = firstOperand(args)
      if (program === 'make' || program === 'gmake') {
        const dir = args.find((_, i) => args[i - 1] === '-C') ?? /^--directory=(.+)$/.exec(args.find((a) => a.startsWith('--directory=')) ?? '')?.[1]
        const prefix = dir && !dir.startsWith('/') && !dir.includes('{') ? `${dir.replace(/^\.\//, '').replace(/\/+$/, '')}/` : ''
        for (const name of ['GNUmakefile', 'makefile', 'Makefile']) addFile(`${prefix}${name}`, gates, key)
      } else if (program === 'tox') {
        parts.push([gates, /^tox\.ini$/, /^\[(?:tox|testenv(?::[^\]]*)?)\]$/, key])
        parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.tox(?:\.|\])/, key])
        parts.push([gates, /^setup\.cfg$/, /^\[(?:tox:tox|testenv(?::[^\]]*)?)\]$/, key])
        addFile('tox.toml', gates, key)
      } else if (program === 'nox') addFile('noxfile.py', gates, key)
      else if (program === 'just') for (const name of ['justfile', 'Justfile', '.justfile']) addFile(name, gates, key)
      else if (program === 'task') for (const name of ['Taskfile.yml', 'Taskfile.yaml', 'taskfile.yml', 'taskfile.yaml']) addFile(name, gates, key)
      else if (program === 'invoke' || program === 'inv') addFile('tasks.py', gates, key)
      else if (program === 'rake') addFile('Rakefile', gates, key)
      else if (program === 'hatch' && operand === 'run') {
        addFile('hatch.toml', gates, key)
        parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.hatch(?:\.|\])/, key])
      } else if (program === 'poe') parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.poe(?:\.|\])/, key])
      else if (program === 'pdm' && operand !== undefined) parts.push([gates, /^pyproject\.toml$/, /^\[\[?tool\.pdm\.scripts(?:\.|\])/, key])
      else if (program === 'npm' || program === 'pnpm' || program === 'yarn' || program === 'bun') {
        // `npm test`, `npm t`, `npm run[-script] X`, `pnpm [run] X`, `yarn [run] X`, `bun run X`.
        const verbs = args.filter((a) => !a.startsWith('-'))
        const name =
          verbs[0] === 'test' || verbs[0] === 't' || verbs[0] === 'tst'
            ? 'test'
            : verbs[0] === 'run' || verbs[0] === 'run-script'
              ? verbs[1]
              : program !== 'npm' && program !== 'bun' && verbs[0] !== undefined && !['exec', 'dlx', 'install', 'add', 'x'].includes(verbs[0])
                ? verbs[0]
                : undefined
        if (name) parts.push([gates, PACKAGE_JSON, scriptParts(name, program === 'npm'), key])
      }
    }
  }
  return { files, parts }
}
