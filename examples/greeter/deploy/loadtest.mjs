#!/usr/bin/env node
// Load-tests the deployed greeter with autocannon and writes autocannon's JSON result (what `autocannon --json`
// prints), the benchmark report the production SLA criteria read.
//   node examples/greeter/deploy/loadtest.mjs <url | environment> <out.json>
// LOADTEST_DURATION (seconds, default 3), LOADTEST_CONNECTIONS (default 10), LOADTEST_PATH (default
// /greet?name=Ada&locale=de).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import autocannon from 'autocannon';
import { resolveTarget } from './target.mjs';

const [target, out] = process.argv.slice(2);
if (!target || !out) {
  console.error('usage: loadtest.mjs <url | environment> <out.json>');
  process.exit(2);
}
let base;
try {
  base = resolveTarget(target);
} catch (err) {
  console.error(`loadtest: ${err.message}`);
  process.exit(2);
}
const duration = Number(process.env.LOADTEST_DURATION ?? 3);
const connections = Number(process.env.LOADTEST_CONNECTIONS ?? 10);
const url = base + (process.env.LOADTEST_PATH ?? '/greet?name=Ada&locale=de');

const result = await autocannon({ url, duration, connections, timeout: 5 });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const total = result.requests.total;
const failed = result.non2xx + result.errors;
console.error(
  `loadtest: ${url} for ${result.duration}s with ${connections} connections: ${total} responses, ` +
    `${result.requests.average} req/s, latency avg ${result.latency.average} ms p99 ${result.latency.p99} ms, ` +
    `${failed} failed → ${out}`
);
if (total === 0) process.exit(1);
