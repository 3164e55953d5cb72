#!/usr/bin/env node
// A tiny uptime monitor: polls <url>/health every 200 ms for N seconds and writes what it saw, in the shape the
// uptime criterion reads: { uptime_percent, window_days, checks, failures } (+ url, started_at, ended_at).
// It is honest about its window: window_days = seconds / 86400 (a few seconds, not 7 days).
//   node examples/greeter/deploy/monitor.mjs <url | environment> <out.json | -> [seconds=10]
// A check passes when /health answers 200 with {"status":"ok"} within 1 s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolveTarget } from './target.mjs';

const [target, out, secondsArg = '10'] = process.argv.slice(2);
const seconds = Number(secondsArg);
if (!target || !out || !(seconds > 0)) {
  console.error('usage: monitor.mjs <url | environment> <out.json | -> [seconds > 0]');
  process.exit(2);
}
let base;
try {
  base = resolveTarget(target);
} catch (err) {
  console.error(`monitor: ${err.message}`);
  process.exit(2);
}

const INTERVAL_MS = 200;
const startedAt = new Date();
const end = Date.now() + seconds * 1000;
let checks = 0;
let failures = 0;
while (Date.now() < end) {
  const tick = Date.now();
  checks++;
  try {
    const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1000) });
    const body = await res.json().catch(() => undefined);
    if (res.status !== 200 || body?.status !== 'ok') failures++;
  } catch {
    failures++;
  }
  await sleep(Math.max(0, INTERVAL_MS - (Date.now() - tick)));
}
const report = {
  uptime_percent: Math.round(((checks - failures) / checks) * 100 * 1000) / 1000,
  window_days: seconds / 86400,
  checks,
  failures,
  url: base,
  started_at: startedAt.toISOString(),
  ended_at: new Date().toISOString()
};
const text = `${JSON.stringify(report, null, 2)}\n`;
if (out === '-') {
  process.stdout.write(text);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
console.error(`monitor: ${base}/health ${checks} checks, ${failures} failed over ${seconds}s → ${out === '-' ? 'stdout' : out}`);
