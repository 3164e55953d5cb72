
// src/reports/coverage-figures.ts
function meetsThreshold(covered, total, threshold) {
  if (total <= 0) return threshold <= 100;
  const { mantissa, scale } = decimal(threshold);
  return BigInt(covered) * 100n * 10n ** BigInt(scale) >= mantissa * BigInt(total);
}
function decimal(value) {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, "");
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".");
  const mantissa = BigInt(whole + fraction) * (negative ? -1n : 1n);
  return { mantissa, scale: fraction.length };
}
function truncatedPercent(covered, total) {
  if (total <= 0) return 100;
  return Number(BigInt(covered) * 10000n / BigInt(total)) / 100;
}
function coveragePyDisplay(numerator, denominator, precision = 0) {
  const pc = denominator > 0 ? 100 * numerator / denominator : 100;
  const near0 = 1 / 10 ** precision;
  const near100 = 100 - near0;
  if (pc > 0 && pc < near0) return near0.toFixed(precision);
  if (pc > near100 && pc < 100) return near100.toFixed(precision);
  return roundHalfEven(pc, precision);
}
function roundHalfEven(value, precision) {
  const exact = value.toFixed(100);
  const point = exact.indexOf(".");
  const kept = exact.slice(0, point + 1 + precision).replace(/\.$/, "");
  const rest = exact.slice(point + 1 + precision);
  const up = rest[0] > "5" || rest[0] === "5" && (/[1-9]/.test(rest.slice(1)) || isOdd(kept));
  if (!up) return kept;
  const digits = kept.replace(".", "").split("").map(Number);
  let i = digits.length - 1;
  while (i >= 0) {
    if (digits[i] < 9) {
      digits[i]++;
      break;
    }
    digits[i] = 0;
    i--;
  }
  if (i < 0) digits.unshift(1);
  const joined = digits.join("");
  return precision > 0 ? `${joined.slice(0, -precision)}.${joined.slice(-precision)}` : joined;
}
function isOdd(text) {
  return Number(text.at(-1)) % 2 === 1;
}
function reconcileLines(listed, hit, statedTotal) {
  const zero = listed - hit;
  if (statedTotal === void 0 || statedTotal >= listed) return { covered: hit, total: listed };
  const total = Math.max(statedTotal, zero);
  return { covered: total - zero, total };
}
function gatedCoverage(report) {
  const lines = { covered: report.lines_covered, total: report.lines_total };
  const hasBranches = report.branches_total !== void 0;
  const combined = report.producer === "coverage.py" && hasBranches;
  const gated = combined ? { covered: lines.covered + (report.branches_covered ?? 0), total: lines.total + (report.branches_total ?? 0) } : lines;
  const result = {
    kind: combined ? "statements+branches" : "lines",
    covered: gated.covered,
    total: gated.total,
    percent: truncatedPercent(gated.covered, gated.total),
    line_percent: truncatedPercent(lines.covered, lines.total)
  };
  if (hasBranches) result.branch_percent = truncatedPercent(report.branches_covered ?? 0, report.branches_total ?? 0);
  if (report.producer === "coverage.py") {
    result.tool_reported = lines.total > 0 ? coveragePyDisplay(gated.covered, gated.total, report.precision ?? 0) : coveragePyDisplay(0, 0);
  } else if (report.producer === "istanbul") {
    result.tool_reported = String(result.line_percent);
  }
  return result;
}

export {
  meetsThreshold,
  truncatedPercent,
  reconcileLines,
  gatedCoverage
};
