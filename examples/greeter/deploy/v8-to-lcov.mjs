#!/usr/bin/env node
// V8 coverage (the JSON files NODE_V8_COVERAGE makes a process write) → an lcov tracefile of line coverage.
//
//   node examples/greeter/deploy/v8-to-lcov.mjs <coverage-dir> <out.lcov> [--root <dir>] [--include <dir>]...
//
// --root      what SF: paths are relative to (default: the working directory, i.e. the repository root)
// --include   only scripts under these directories (default: --root); node_modules is always left out
//
// The rule: a line counts as covered when the innermost V8 range (function or block) that contains its first
// significant character has a count > 0. Significant: not whitespace, not a closing bracket or , ; and not inside a
// comment; lines without one (blank, comment, lone "}") are not counted. Scripts built with a source map (the
// greeter's lib/*.js) are reported against their original sources (examples/greeter/src/*.ts): an original line
// counts when it has a mapping, and its first significant character is looked up through the mapping at or before
// it. Scripts without a map are reported as themselves, or as the path a release.json beside them names
// ({"sources": {"server.mjs": "examples/greeter/service/server.mjs"}}). v8.takeCoverage() resets the counters, so
// a directory holds several dumps of one process: hit counts are summed over all of them.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function parseArgs(argv) {
  const positional = [];
  const include = [];
  let root = process.cwd();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') root = argv[++i];
    else if (argv[i] === '--include') include.push(argv[++i]);
    else positional.push(argv[i]);
  }
  if (positional.length !== 2 || !root || include.some((dir) => !dir)) {
    console.error('usage: v8-to-lcov.mjs <coverage-dir> <out.lcov> [--root <dir>] [--include <dir>]...');
    process.exit(2);
  }
  root = resolve(root);
  return { dir: positional[0], out: positional[1], root, include: (include.length ? include : [root]).map((d) => resolve(d)) };
}

const within = (file, dir) => file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** Start offset of each line (UTF-16 units, as V8 counts them). */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Column of each line's first significant character, or -1 (blank, comment only, closing brackets only). */
function significantColumns(text) {
  const columns = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    let col = -1;
    for (let i = 0; i < line.length; i++) {
      if (inBlock) {
        const end = line.indexOf('*/', i);
        if (end === -1) break;
        inBlock = false;
        i = end + 1;
        continue;
      }
      const c = line[i];
      if (' \t\r}]);,'.includes(c)) continue;
      if (c === '/' && line[i + 1] === '/') break;
      if (c === '/' && line[i + 1] === '*') {
        inBlock = true;
        i++;
        continue;
      }
      col = i;
      break;
    }
    // A block comment opened after code on this line still covers the next lines.
    if (col !== -1 && !inBlock) {
      const open = line.lastIndexOf('/*');
      if (open > col && line.indexOf('*/', open + 2) === -1 && !/["'`]/.test(line.slice(col, open))) inBlock = true;
    }
    columns.push(col);
  }
  return columns;
}

/** The innermost range containing the offset decides its count (ranges nest; the first is the whole script). */
function countAt(ranges, offset) {
  let best;
  for (const range of ranges) {
    if (range.startOffset <= offset && offset < range.endOffset) {
      if (!best || range.endOffset - range.startOffset <= best.endOffset - best.startOffset) best = range;
    }
  }
  return best ? best.count : 0;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes source map v3 mappings into [genLine, genCol, sourceIndex, origLine, origCol] tuples (0-based). */
function decodeMappings(mappings) {
  const out = [];
  let source = 0;
  let origLine = 0;
  let origCol = 0;
  const lines = mappings.split(';');
  for (let genLine = 0; genLine < lines.length; genLine++) {
    let genCol = 0;
    for (const segment of lines[genLine].split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = BASE64_VALUE.get(c);
        if (digit === undefined) throw new Error(`invalid base64 character ${JSON.stringify(c)} in mappings`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        origLine += fields[2];
        origCol += fields[3];
        out.push([genLine, genCol, source, origLine, origCol]);
      }
    }
  }
  return out;
}

/** The script's source map: node's own cache in the dump, else the file its sourceMappingURL names. */
function sourceMapFor(url, text, cache) {
  const cached = cache?.[url]?.data;
  if (cached?.mappings !== undefined) return { map: cached, mapUrl: url };
  const match = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
  if (!match || match[1].startsWith('data:')) return undefined;
  const mapUrl = new URL(match[1], url);
  try {
    return { map: JSON.parse(readFileSync(fileURLToPath(mapUrl), 'utf8')), mapUrl: mapUrl.href };
  } catch {
    return undefined;
  }
}

/** The source path a release.json beside (or above) the script names for it, within the include directory. */
function releaseSourceFor(file, includeDir, root) {
  for (let dir = dirname(file); within(dir, includeDir); dir = dirname(dir)) {
    const info = join(dir, 'release.json');
    if (existsSync(info)) {
      try {
        const named = JSON.parse(readFileSync(info, 'utf8')).sources?.[relative(dir, file).split(sep).join('/')];
        if (typeof named === 'string') return resolve(root, named);
      } catch {
        // not a usable release.json: report the script as itself
      }
      return undefined;
    }
    if (dir === dirname(dir)) break;
  }
  return undefined;
}

/** Adds one dump's counts for one script to `totals` (source path → line → hits). */
function addScript(script, cache, options, totals, warnings) {
  const file = fileURLToPath(script.url);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    warnings.add(`cannot read ${file}: left out`);
    return;
  }
  const ranges = script.functions.flatMap((fn) => fn.ranges);
  const starts = lineStarts(text);
  const add = (source, line, hits) => {
    let lines = totals.get(source);
    if (!lines) totals.set(source, (lines = new Map()));
    lines.set(line, (lines.get(line) ?? 0) + hits);
  };

  const found = sourceMapFor(script.url, text, cache);
  if (found) {
    const { map, mapUrl } = found;
    const sourceRoot = map.sourceRoot ? (map.sourceRoot.endsWith('/') ? map.sourceRoot : `${map.sourceRoot}/`) : '';
    const segments = decodeMappings(map.mappings);
    const bySourceLine = new Map();
    for (const seg of segments) {
      const key = `${seg[2]}:${seg[3]}`;
      let list = bySourceLine.get(key);
      if (!list) bySourceLine.set(key, (list = []));
      list.push(seg);
    }
    (map.sources ?? []).forEach((name, index) => {
      const sourcePath = fileURLToPath(new URL(sourceRoot + name, mapUrl));
      let original = map.sourcesContent?.[index];
      if (typeof original !== 'string') {
        try {
          original = readFileSync(sourcePath, 'utf8');
        } catch {
          warnings.add(`cannot read ${sourcePath} (a source of ${file}): left out`);
          return;
        }
      }
      significantColumns(original).forEach((col, line) => {
        if (col === -1) return;
        const list = bySourceLine.get(`${index}:${line}`);
        if (!list) return; // no generated code: types, erased declarations
        list.sort((a, b) => a[4] - b[4]);
        let seg = list[0];
        for (const candidate of list) if (candidate[4] <= col) seg = candidate;
        const offset = (starts[seg[0]] ?? text.length) + seg[1];
        add(sourcePath, line + 1, countAt(ranges, offset));
      });
    });
    return;
  }

  const includeDir = options.include.find((dir) => within(file, dir));
  const source = releaseSourceFor(file, includeDir, options.root) ?? file;
  significantColumns(text).forEach((col, line) => {
    if (col !== -1) add(source, line + 1, countAt(ranges, starts[line] + col));
  });
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  let names;
  try {
    names = readdirSync(options.dir).filter((name) => name.endsWith('.json')).sort();
  } catch (err) {
    console.error(`v8-to-lcov: cannot read the coverage directory ${options.dir}: ${err.message}`);
    process.exit(1);
  }
  if (names.length === 0) {
    console.error(`v8-to-lcov: no coverage files in ${options.dir} (was the service started with NODE_V8_COVERAGE?)`);
    process.exit(1);
  }
  const totals = new Map();
  const warnings = new Set();
  let scripts = 0;
  for (const name of names) {
    let dump;
    try {
      dump = JSON.parse(readFileSync(join(options.dir, name), 'utf8'));
    } catch (err) {
      warnings.add(`${name}: not readable JSON (${err.message}): left out`);
      continue;
    }
    for (const script of dump.result ?? []) {
      if (!script.url?.startsWith('file:')) continue;
      const file = fileURLToPath(script.url);
      if (file.split(sep).includes('node_modules') || !options.include.some((dir) => within(file, dir))) continue;
      scripts++;
      addScript(script, dump['source-map-cache'], options, totals, warnings);
    }
  }
  for (const warning of warnings) console.error(`v8-to-lcov: ${warning}`);
  if (totals.size === 0) {
    console.error(`v8-to-lcov: no script under ${options.include.join(', ')} in ${names.length} coverage file(s)`);
    process.exit(1);
  }

  const records = [];
  let found = 0;
  let hit = 0;
  for (const source of [...totals.keys()].sort()) {
    const lines = [...totals.get(source)].sort((a, b) => a[0] - b[0]);
    const name = within(source, options.root) ? relative(options.root, source).split(sep).join('/') : source;
    const covered = lines.filter(([, hits]) => hits > 0).length;
    found += lines.length;
    hit += covered;
    records.push(
      [`TN:`, `SF:${name}`, ...lines.map(([line, hits]) => `DA:${line},${hits}`), `LF:${lines.length}`, `LH:${covered}`, 'end_of_record'].join('\n')
    );
  }
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeFileSync(options.out, `${records.join('\n')}\n`);
  const percent = found ? ((hit / found) * 100).toFixed(2) : '0.00';
  console.error(`v8-to-lcov: ${scripts} script dump(s) → ${totals.size} file(s), ${hit}/${found} lines (${percent}%) → ${options.out}`);
}

// Importable for its helpers (tests); runs as a script.
if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) main();

export { countAt, decodeMappings, significantColumns };
