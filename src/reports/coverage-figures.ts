/**
 * Coverage figures from exact counts: the gate's comparison, the two-decimal figure the report shows, and the
 * percentages coverage.py and Istanbul print, reproduced from the same counts.
 */

/** `covered / total ≥ threshold %`, decided on whole numbers (no rounded percentage ever decides a gate). */
export function meetsThreshold(covered: number, total: number, threshold: number): boolean {
  if (total <= 0) return threshold <= 100
  const { mantissa, scale } = decimal(threshold)
  // covered × 100 × 10^scale ≥ mantissa × total
  return BigInt(covered) * 100n * 10n ** BigInt(scale) >= mantissa * BigInt(total)
}

/** A threshold as mantissa × 10^-scale, from its shortest decimal form (70, 72.5, 1e-7). */
function decimal(value: number): { mantissa: bigint; scale: number } {
  let text = String(value)
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '')
  const negative = text.startsWith('-')
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.')
  const mantissa = BigInt(whole + fraction) * (negative ? -1n : 1n)
  return { mantissa, scale: fraction.length }
}

/**
 * The percent truncated to two decimals, as Istanbul (jest, vitest) prints it: 93.859… shows as 93.85. Truncating
 * keeps the shown figure on the same side of a two-decimal threshold as the exact value, which rounding does not
 * (69.996 would show as 70.00 and fail). Nothing to cover is 100.
 */
export function truncatedPercent(covered: number, total: number): number {
  if (total <= 0) return 100
  return Number((BigInt(covered) * 10000n) / BigInt(total)) / 100
}

/**
 * coverage.py's displayed percentage (`Numbers.display_covered` of coverage.py 5–7) for `numerator / denominator`:
 * the float `100.0 * numerator / denominator` rounded to `precision` decimals as Python's `round()` does (half to even
 * on the binary value), except that only a true 0 shows as 0 and only a true 100 as 100.
 */
export function coveragePyDisplay(numerator: number, denominator: number, precision = 0): string {
  const pc = denominator > 0 ? (100.0 * numerator) / denominator : 100.0
  const near0 = 1.0 / 10 ** precision
  const near100 = 100.0 - near0
  if (pc > 0 && pc < near0) return near0.toFixed(precision)
  if (pc > near100 && pc < 100) return near100.toFixed(precision)
  return roundHalfEven(pc, precision)
}

/** `"%.*f" % (precision, round(value, precision))` in Python: half to even on the exact binary value. */
function roundHalfEven(value: number, precision: number): string {
  // toFixed(100) writes the double's exact decimal expansion (percentages have far fewer than 100 fraction digits).
  const exact = value.toFixed(100)
  const point = exact.indexOf('.')
  const kept = exact.slice(0, point + 1 + precision).replace(/\.$/, '')
  const rest = exact.slice(point + 1 + precision)
  const up = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || isOdd(kept)))
  if (!up) return kept
  // Add one unit in the last kept place, carrying through the digits.
  const digits = kept.replace('.', '').split('').map(Number)
  let i = digits.length - 1
  while (i >= 0) {
    if (digits[i] < 9) {
      digits[i]++
      break
    }
    digits[i] = 0
    i--
  }
  if (i < 0) digits.unshift(1)
  const joined = digits.join('')
  return precision > 0 ? `${joined.slice(0, -precision)}.${joined.slice(-precision)}` : joined
}

function isOdd(text: string): boolean {
  return Number(text.at(-1)) % 2 === 1
}

/**
 * Line (or branch) data against the totals a record or summary states. The data are the lines listed with their hit
 * counts; `statedTotal` is what the summary says is executable (lcov `LF`, coverage.py `num_statements`).
 *
 * A stated total smaller than the listed lines means some listed lines are not executable (coverage.py lists every
 * executed line, statements or not, and counts only statements: its LCOV, its JSON). Lines listed with zero hits are
 * always executable, so the total is then `max(stated, zero-hit lines)` and the covered lines `total − zero-hit
 * lines`, which is coverage.py's own count. This can only lower the figure the data alone give, never raise it.
 * A stated total larger than the listed lines has nothing to back it: the data win.
 */
export function reconcileLines(listed: number, hit: number, statedTotal: number | undefined): { covered: number; total: number } {
  const zero = listed - hit
  if (statedTotal === undefined || statedTotal >= listed) return { covered: hit, total: listed }
  const total = Math.max(statedTotal, zero)
  return { covered: total - zero, total }
}

/** Which coverage a gate compares: line coverage, or coverage.py's one figure for statements and branches together. */
export type CoverageKind = 'lines' | 'statements+branches'

/** The figure a coverage gate judges, with its exact counts and what the producing tool prints. */
export interface GatedCoverage {
  kind: CoverageKind
  /** Covered and total units of `kind` (lines, or statements plus branches). */
  covered: number
  total: number
  /** `covered / total` as a percent truncated to two decimals. */
  percent: number
  /** Line coverage alone, truncated to two decimals. */
  line_percent: number
  /** Branch coverage alone, when the report measured branches. */
  branch_percent?: number
  /** The figure the producing tool prints for these counts (coverage.py's TOTAL, jest's `% Lines`), when known. */
  tool_reported?: string
}

/**
 * The figure to gate on, as the tool that wrote the report prints it for its own format: coverage.py (its JSON, and
 * its LCOV and Cobertura, recognized by content) prints one figure that counts branches too when they were measured;
 * Istanbul (jest, vitest) and lcov/Cobertura of other tools print line coverage apart from branch coverage.
 */
export function gatedCoverage(report: {
  producer?: string
  precision?: number
  lines_covered: number
  lines_total: number
  branches_covered?: number
  branches_total?: number
}): GatedCoverage {
  const lines = { covered: report.lines_covered, total: report.lines_total }
  const hasBranches = report.branches_total !== undefined
  const combined = report.producer === 'coverage.py' && hasBranches
  const gated = combined
    ? { covered: lines.covered + (report.branches_covered ?? 0), total: lines.total + (report.branches_total ?? 0) }
    : lines
  const result: GatedCoverage = {
    kind: combined ? 'statements+branches' : 'lines',
    covered: gated.covered,
    total: gated.total,
    percent: truncatedPercent(gated.covered, gated.total),
    line_percent: truncatedPercent(lines.covered, lines.total)
  }
  if (hasBranches) result.branch_percent = truncatedPercent(report.branches_covered ?? 0, report.branches_total ?? 0)
  if (report.producer === 'coverage.py') {
    // coverage.py: 100 when there is no statement, whatever the branches.
    result.tool_reported = lines.total > 0 ? coveragePyDisplay(gated.covered, gated.total, report.precision ?? 0) : coveragePyDisplay(0, 0)
  } else if (report.producer === 'istanbul') {
    result.tool_reported = String(result.line_percent)
  }
  return result
}
