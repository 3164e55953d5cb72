import {
  LineSet,
  percentOf,
  streamXml,
  toWorkspacePath
} from "./chunk-LVE5LOEJ.js";
import "./chunk-HYULKLIY.js";
import "./chunk-6G4JLRTB.js";
import "./chunk-HANBNIMK.js";

// src/reports/coverage-jacoco.ts
import path from "node:path";
var FREE_LAYOUT = /\.(kt|kts|groovy|scala)$/;
var SourceIndex = class {
  constructor(files, sources = []) {
    this.sources = sources;
    for (const file of files) {
      const base = file.slice(file.lastIndexOf("/") + 1);
      let list = this.byName.get(base);
      if (!list) {
        list = [];
        this.byName.set(base, list);
      }
      list.push(file);
    }
  }
  sources;
  byName = /* @__PURE__ */ new Map();
  resolve(name, groups) {
    const base = name.slice(name.lastIndexOf("/") + 1);
    const named = this.byName.get(base) ?? [];
    let found = named.filter((f) => f === name || f.endsWith(`/${name}`));
    const inside = (file, dir) => dir === "" || dir === "." || file.startsWith(`${dir}/`);
    if (found.length === 0 && FREE_LAYOUT.test(base)) {
      found = this.sources.length > 0 ? named.filter((f) => this.sources.some((s) => inside(f, s))) : named;
    }
    if (found.length === 0) return void 0;
    if (found.length > 1 && this.sources.length > 0) {
      const kept = found.filter((f) => this.sources.some((s) => inside(f, s)));
      if (kept.length > 0) found = kept;
    }
    if (found.length > 1 && groups.length > 0) {
      const kept = found.filter((f) => groups.some((g) => `/${f}`.includes(`/${g}/`)));
      if (kept.length > 0) found = kept;
    }
    return found.length === 1 ? { file: found[0] } : { ambiguous: found };
  }
};
var EXAMPLES = 5;
function counterOf(tag) {
  const missed = tag.number("missed");
  const covered = tag.number("covered");
  if (missed === void 0 || covered === void 0 || !Number.isSafeInteger(missed) || !Number.isSafeInteger(covered) || missed < 0 || covered < 0) {
    return void 0;
  }
  return { missed, covered };
}
async function walkJacoco(input, file, onLine) {
  const sources = [];
  const totals = {};
  const contradictions = [];
  const noLineData = { sources: 0, instructions: { missed: 0, covered: 0 }, branches: { missed: 0, covered: 0 } };
  const countNoLines = (instructions) => {
    if (instructions && instructions.missed + instructions.covered > 0) {
      noLineData.sources++;
      noLineData.instructions.missed += instructions.missed;
      noLineData.instructions.covered += instructions.covered;
    }
  };
  const pendingClasses = [];
  const lineless = [];
  let sawSourcefilename = false;
  let packageHasSources = false;
  let packageLine;
  let packageStart = { sources: 0, classes: 0 };
  await streamXml(input, file, "jacoco", (xml) => {
    const stack = [];
    const groups = [];
    let pkg;
    let current;
    let klass;
    const number = (tag, name) => {
      const value = tag.number(name);
      if (value === void 0) return 0;
      if (!Number.isSafeInteger(value) || value < 0) throw xml.error(`<${tag.name}> ${name}="${tag.attr(name) ?? ""}" is not a count`);
      return value;
    };
    const finish = (name, counters, lines, branches, classOnly) => {
      const fromLines = lines?.counts() ?? { total: 0, covered: 0 };
      let branchTotal = 0;
      let branchCovered = 0;
      for (const [c, t] of branches?.values() ?? []) {
        branchCovered += c;
        branchTotal += t;
      }
      const lineCounter = counters.get("LINE");
      const branchCounter = counters.get("BRANCH");
      const perLine = lines !== void 0 && fromLines.total > 0;
      const source = {
        name,
        groups: [...groups],
        lines_covered: fromLines.covered,
        lines_total: fromLines.total,
        branches_covered: branchCovered,
        branches_total: branchTotal,
        per_line: perLine
      };
      if (classOnly) source.class_only = true;
      if (lineCounter) {
        const total = lineCounter.missed + lineCounter.covered;
        if (perLine && (total !== fromLines.total || lineCounter.covered !== fromLines.covered)) {
          contradictions.push(`${name}: LINE counter ${lineCounter.covered} of ${total}, <line> elements ${fromLines.covered} of ${fromLines.total}`);
        }
        source.lines_covered = lineCounter.covered;
        source.lines_total = total;
      }
      if (branchCounter) {
        const total = branchCounter.missed + branchCounter.covered;
        if (perLine && (total !== branchTotal || branchCounter.covered !== branchCovered)) {
          contradictions.push(`${name}: BRANCH counter ${branchCounter.covered} of ${total}, <line> elements ${branchCovered} of ${branchTotal}`);
        }
        source.branches_covered = branchCounter.covered;
        source.branches_total = total;
      }
      const instructions = counters.get("INSTRUCTION");
      if (classOnly) {
        pendingClasses.push({ source, instructions });
        return;
      }
      if (source.lines_total === 0) countNoLines(instructions);
      sources.push(source);
    };
    return {
      open(tag, depth) {
        const parent = stack[stack.length - 1];
        stack.push(tag.name);
        if (depth === 1) {
          if (tag.name !== "report") throw xml.error(`the root element is <${tag.name}>, not JaCoCo's <report>`);
          return;
        }
        switch (tag.name) {
          case "group":
            if (parent === "report" || parent === "group") groups.push(tag.attr("name") ?? "");
            break;
          case "package":
            if (parent !== "report" && parent !== "group") throw xml.error(`<package> inside <${parent}>`);
            pkg = tag.attr("name");
            if (pkg === void 0) throw xml.error("<package> without a name attribute");
            packageHasSources = false;
            packageLine = void 0;
            packageStart = { sources: sources.length, classes: pendingClasses.length };
            break;
          case "sourcefile": {
            if (parent !== "package" || pkg === void 0) throw xml.error(`<sourcefile> inside <${parent}>, not <package>`);
            const name = tag.attr("name");
            if (name === void 0 || name === "") throw xml.error("<sourcefile> without a name attribute");
            packageHasSources = true;
            current = { name: pkg === "" ? name : `${pkg}/${name}`, lines: new LineSet(), branches: /* @__PURE__ */ new Map(), sawLine: false, counters: /* @__PURE__ */ new Map() };
            break;
          }
          case "class":
            if (parent === "package" && tag.attr("sourcefilename") !== void 0) sawSourcefilename = true;
            else if (parent === "package") {
              const name = tag.attr("name");
              if (name === void 0 || name === "") throw xml.error("<class> without a name attribute");
              klass = { name, counters: /* @__PURE__ */ new Map() };
            }
            break;
          case "line": {
            if (parent !== "sourcefile" || !current) break;
            const nr = tag.number("nr");
            if (nr === void 0 || !Number.isSafeInteger(nr) || nr < 0) throw xml.error(`<line nr="${tag.attr("nr") ?? ""}">: nr is not a line number`);
            const mi = number(tag, "mi");
            const ci = number(tag, "ci");
            const mb = number(tag, "mb");
            const cb = number(tag, "cb");
            current.sawLine = true;
            onLine?.({ name: current.name, groups }, nr, mi, ci);
            if (mi + ci === 0) break;
            current.lines.add(nr, ci > 0);
            if (mb + cb > 0) {
              const seen = current.branches.get(nr);
              if (!seen || mb + cb > seen[1] || mb + cb === seen[1] && cb > seen[0]) current.branches.set(nr, [cb, mb + cb]);
            }
            break;
          }
          case "counter": {
            const type = tag.attr("type") ?? "";
            const counter = counterOf(tag);
            if (!counter) throw xml.error(`<counter type="${type}"> without whole missed and covered counts`);
            if (parent === "sourcefile" && current) current.counters.set(type, counter);
            else if (parent === "class" && klass) klass.counters.set(type, counter);
            else if (parent === "package" && type === "LINE") packageLine = counter;
            else if (parent === "report" && depth === 2) {
              if (type === "LINE") totals.line = counter;
              if (type === "BRANCH") totals.branch = counter;
              if (type === "INSTRUCTION") totals.instruction = counter;
            }
            break;
          }
        }
      },
      close(name) {
        stack.pop();
        if (name === "sourcefile" && current) {
          finish(current.name, current.counters, current.lines, current.branches, false);
          current = void 0;
        } else if (name === "class" && klass) {
          finish(klass.name, klass.counters, void 0, void 0, true);
          klass = void 0;
        } else if (name === "package") {
          if (packageLine) {
            const sum = (list) => list.reduce((n, x) => ({ covered: n.covered + x.lines_covered, total: n.total + x.lines_total }), { covered: 0, total: 0 });
            const files = sum(sources.slice(packageStart.sources));
            const classes = sum(pendingClasses.slice(packageStart.classes).map((c) => c.source));
            const total = packageLine.missed + packageLine.covered;
            const agrees = (c) => c.covered === packageLine.covered && c.total === total;
            if (!agrees(files) && !agrees({ covered: files.covered + classes.covered, total: files.total + classes.total })) {
              contradictions.push(`package ${pkg}: LINE counter ${packageLine.covered} of ${total}, its source files ${files.covered} of ${files.total}`);
            }
          }
          pkg = void 0;
          for (let i = pendingClasses.length - 1; i >= 0 && pendingClasses[i].packageHasSources === void 0; i--) pendingClasses[i].packageHasSources = packageHasSources;
        } else if (name === "group" && (stack[stack.length - 1] === "report" || stack[stack.length - 1] === "group")) groups.pop();
      }
    };
  });
  for (const { source, instructions, packageHasSources: besideSources } of pendingClasses) {
    if (!sawSourcefilename && besideSources) continue;
    if (source.lines_total > 0) {
      sources.push(source);
      continue;
    }
    countNoLines(instructions);
    lineless.push(source);
    noLineData.branches.missed += source.branches_total - source.branches_covered;
    noLineData.branches.covered += source.branches_covered;
  }
  return { sources, totals, contradictions, noLineData, lineless };
}
async function parseJacoco(input, opts) {
  const { sources, totals, contradictions, noLineData } = await walkJacoco(input, opts.file);
  const warnings = [];
  const files = [];
  const unresolved = [];
  const ambiguous = [];
  const classOnly = [];
  let sumLines = 0;
  let sumCovered = 0;
  let sumBranches = 0;
  let sumBranchesCovered = 0;
  let sawBranches = false;
  const byFile = /* @__PURE__ */ new Map();
  for (const source of sources) {
    let name;
    const wanted = source.class_only ? `${source.name.replace(/\$.*$/, "")}.java` : source.name;
    const normalized = path.posix.normalize(wanted);
    const climbs = normalized === ".." || normalized.startsWith("../") || normalized.startsWith("/");
    const found = climbs ? void 0 : opts.resolver?.resolve(normalized, source.groups);
    if (found && "file" in found) name = found.file;
    else {
      if (found && "ambiguous" in found) ambiguous.push(`${source.name} (${found.ambiguous.slice(0, 3).join(", ")}${found.ambiguous.length > 3 ? ", \u2026" : ""})`);
      else if (opts.resolver && !source.class_only) unresolved.push(source.name);
      name = toWorkspacePath(source.name, opts.workspace);
    }
    if (source.class_only) classOnly.push(source.name);
    if (source.branches_total > 0) sawBranches = true;
    const seen = byFile.get(name);
    if (seen) {
      seen.lines_covered += source.lines_covered;
      seen.lines_total += source.lines_total;
      seen.branches_covered += source.branches_covered;
      seen.branches_total += source.branches_total;
    } else {
      const entry = { file: name, lines_covered: source.lines_covered, lines_total: source.lines_total, branches_covered: source.branches_covered, branches_total: source.branches_total };
      byFile.set(name, entry);
      files.push(entry);
    }
    sumLines += source.lines_total;
    sumCovered += source.lines_covered;
    sumBranches += source.branches_total;
    sumBranchesCovered += source.branches_covered;
  }
  if (noLineData.branches.missed + noLineData.branches.covered > 0) {
    sawBranches = true;
    sumBranches += noLineData.branches.missed + noLineData.branches.covered;
    sumBranchesCovered += noLineData.branches.covered;
  }
  const report = { format: "jacoco", lines_covered: sumCovered, lines_total: sumLines, percent: percentOf(sumCovered, sumLines), files };
  if (sawBranches || totals.branch) {
    report.branches_covered = sumBranchesCovered;
    report.branches_total = sumBranches;
  } else {
    for (const f of files) {
      delete f.branches_covered;
      delete f.branches_total;
    }
  }
  if (contradictions.length > 0) {
    warnings.push(
      `${opts.file}: ${contradictions.length} element(s) whose counts contradict their JaCoCo counters (${contradictions.slice(0, EXAMPLES).join("; ")}${contradictions.length > EXAMPLES ? "; \u2026" : ""}); JaCoCo's counters are followed`
    );
  }
  const followed = (counter, kind, noun, covered, total) => {
    if (!counter || counter.covered === covered && counter.missed + counter.covered === total) return void 0;
    warnings.push(
      `${opts.file} <report>: its ${kind} counter says ${counter.covered} of ${counter.missed + counter.covered} ${noun} covered but its source files give ${covered} of ${total}; JaCoCo's counter is followed`
    );
    return counter;
  };
  const line = followed(totals.line, "LINE", "lines", sumCovered, sumLines);
  if (line) {
    report.lines_covered = line.covered;
    report.lines_total = line.missed + line.covered;
    report.percent = percentOf(report.lines_covered, report.lines_total);
  }
  const branch = followed(totals.branch, "BRANCH", "branches", sumBranchesCovered, sumBranches);
  if (branch) {
    report.branches_covered = branch.covered;
    report.branches_total = branch.missed + branch.covered;
  }
  const withoutLines = (what, { missed, covered }) => `${opts.file}: ${what} no line numbers (compiled without debug information: javac -g:none, or debug=false): JaCoCo's line figure counts none of their code (${covered} of ${missed + covered} of their instructions covered); compile with line numbers (javac's default -g:source,lines) to measure them`;
  if (noLineData.sources > 0) warnings.push(withoutLines(`${noLineData.sources} source file(s) or class(es) have`, noLineData.instructions));
  else if (report.lines_total === 0 && totals.instruction && totals.instruction.missed + totals.instruction.covered > 0) {
    warnings.push(withoutLines("the report counts instructions but no line: its classes have", totals.instruction));
  }
  if (classOnly.length > 0) {
    warnings.push(
      `${opts.file}: ${classOnly.length} class(es) without a source file name (compiled without -g:source: ${classOnly.slice(0, EXAMPLES).join(", ")}${classOnly.length > EXAMPLES ? ", \u2026" : ""}): their lines are counted from their LINE counters, with no per-line data, in their top-level class's .java file where the workspace has exactly one, else under the class's name`
    );
  }
  const noPerLine = sources.filter((s) => !s.per_line && !s.class_only && s.lines_total > 0).length;
  if (noPerLine > 0) {
    warnings.push(`${opts.file}: ${noPerLine} <sourcefile>(s) with LINE counters but no <line> elements: counted from their counters, with no per-line data`);
  }
  if (!opts.resolver && sources.some((s) => !s.class_only)) {
    warnings.push(
      `${opts.file}: JaCoCo names files relative to source roots it does not name (${sources.find((s) => !s.class_only)?.name}); with no list of the workspace's files (not a git work tree) they are taken relative to the workspace`
    );
  }
  if (unresolved.length > 0) {
    warnings.push(
      `${opts.file}: ${unresolved.length} source file(s) matched no file git tracks in the workspace (${unresolved.slice(0, EXAMPLES).join(", ")}${unresolved.length > EXAMPLES ? ", \u2026" : ""}): kept under JaCoCo's package path, which lies outside the component's source paths when those are set`
    );
  }
  if (ambiguous.length > 0) {
    warnings.push(
      `${opts.file}: ${ambiguous.length} source file(s) match several files in the workspace (${ambiguous.slice(0, EXAMPLES).join("; ")}${ambiguous.length > EXAMPLES ? "; \u2026" : ""}): kept under JaCoCo's package path; set paths.source to the component's source root to tell them apart`
    );
  }
  if (warnings.length > 0) report.warnings = warnings;
  return report;
}
export {
  SourceIndex,
  parseJacoco,
  walkJacoco
};
