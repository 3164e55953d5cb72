// The greeter over HTTP, as deployed by ../deploy/deploy.sh. It runs from an installed release
// (.spec-to-production/deploy/<environment>/releases/<sha>/server.mjs) next to the built greeter (./lib/greeter.js).
//
//   GET  /health                              → 200 {"status":"ok","version":"<release sha>"}
//   GET  /greet?name=Ada&locale=de&hour=20    → 200 {"greeting":"Guten Abend, Ada!","locale":"de"}
//        (name may repeat; exclaim=false ends with "."; invalid input → 400 {"error":"…"})
//   POST /__coverage/flush                    → 204 after v8.takeCoverage(); only with GREETER_COVERAGE_ENDPOINT=1
//                                               and NODE_V8_COVERAGE set (the deploy kit's integration coverage)
//
// Environment: PORT (0 = a free port; default 0), HOST (default 127.0.0.1), PORT_FALLBACK=1 (PORT busy → a free
// port), STATE_FILE (written once listening: {"pid","port","url","version"}), RELEASE (the version; default: the
// "release" field of ./release.json).
import { createServer } from 'node:http';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { takeCoverage } from 'node:v8';
import { greet, isLocale, SUPPORTED_LOCALES } from './lib/greeter.js';

const version = process.env.RELEASE || readReleaseField() || 'unknown';
const host = process.env.HOST || '127.0.0.1';
const requestedPort = parsePort(process.env.PORT ?? '0');
const coverageEndpoint = process.env.GREETER_COVERAGE_ENDPOINT === '1' && Boolean(process.env.NODE_V8_COVERAGE);

function readReleaseField() {
  try {
    return JSON.parse(readFileSync(new URL('./release.json', import.meta.url), 'utf8')).release;
  } catch {
    return undefined;
  }
}

function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer 0-65535, got ${JSON.stringify(text)}`);
    process.exit(2);
  }
  return port;
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store'
  });
  res.end(text);
}

/** The query of GET /greet → greet()'s arguments, or an error message. */
function greetArguments(query) {
  const names = query.getAll('name');
  if (names.length === 0) return { error: 'the name parameter is required (repeat it for several people)' };
  const options = {};
  const locale = query.get('locale');
  if (locale !== null) {
    if (!isLocale(locale)) return { error: `unsupported locale ${JSON.stringify(locale)}; supported: ${SUPPORTED_LOCALES.join(', ')}` };
    options.locale = locale;
  }
  const hour = query.get('hour');
  if (hour !== null) {
    if (!/^\d{1,2}$/.test(hour)) return { error: `hour must be an integer from 0 to 23, got ${JSON.stringify(hour)}` };
    options.hour = Number(hour);
  }
  const exclaim = query.get('exclaim');
  if (exclaim !== null) {
    if (exclaim !== 'true' && exclaim !== 'false') return { error: `exclaim must be true or false, got ${JSON.stringify(exclaim)}` };
    options.exclaim = exclaim === 'true';
  }
  return { who: names.length === 1 ? names[0] : names, options };
}

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://service.invalid');
  const route = `${req.method} ${url.pathname}`;
  if (route === 'GET /health' || route === 'HEAD /health') {
    return send(res, 200, { status: 'ok', version });
  }
  if (route === 'GET /greet') {
    const args = greetArguments(url.searchParams);
    if (args.error) return send(res, 400, { error: args.error });
    try {
      return send(res, 200, { greeting: greet(args.who, args.options), locale: args.options.locale ?? 'en' });
    } catch (err) {
      if (err instanceof RangeError || err?.name === 'InvalidNameError') return send(res, 400, { error: err.message });
      throw err;
    }
  }
  if (coverageEndpoint && route === 'POST /__coverage/flush') {
    takeCoverage();
    res.writeHead(204).end();
    return undefined;
  }
  if (['/health', '/greet'].includes(url.pathname) || (coverageEndpoint && url.pathname === '/__coverage/flush')) {
    return send(res, 405, { error: `${req.method} is not allowed on ${url.pathname}` });
  }
  return send(res, 404, { error: `no route ${url.pathname}` });
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (err) {
    console.error(`${new Date().toISOString()} ${req.method} ${req.url}: ${err?.stack ?? err}`);
    if (!res.headersSent) send(res, 500, { error: 'internal error' });
    else res.destroy();
  }
});
server.keepAliveTimeout = 5000;

function writeState(port) {
  const file = process.env.STATE_FILE;
  if (!file) return;
  const state = { pid: process.pid, port, url: `http://${host}:${port}`, version, started_at: new Date().toISOString() };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}

server.on('listening', () => {
  const { port } = server.address();
  console.log(`${new Date().toISOString()} greeter ${version} listening on http://${host}:${port} (pid ${process.pid})`);
  writeState(port);
});

server.on('error', (err) => {
  if (err.code === 'EADDRINUSE' && requestedPort !== 0 && process.env.PORT_FALLBACK === '1') {
    console.log(`${new Date().toISOString()} port ${requestedPort} is busy; taking a free port`);
    server.listen(0, host);
    return;
  }
  console.error(`${new Date().toISOString()} cannot listen on ${host}:${requestedPort}: ${err.message}`);
  process.exit(1);
});

function shutdown(signal) {
  console.log(`${new Date().toISOString()} ${signal}: closing`);
  server.close(() => process.exit(0));
  server.closeIdleConnections?.();
  // Keep-alive clients of a load test may hold connections: do not wait for them forever.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.listen(requestedPort, host);
