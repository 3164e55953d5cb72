// The base URL the load test and the monitor talk to: a URL as given, or an environment name whose URL the last
// deploy recorded in .spec-to-production/deploy/<environment>/environment_url (relative to the working directory).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function resolveTarget(arg) {
  if (!arg) throw new Error('a URL or an environment name is required');
  if (arg.includes('://')) {
    const url = new URL(arg);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`only http(s) URLs, got ${url.protocol}`);
    return url.href.replace(/\/$/, '');
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(arg)) throw new Error(`not a URL nor an environment name: ${arg}`);
  const file = join('.spec-to-production', 'deploy', arg, 'environment_url');
  let text;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`no URL recorded for environment ${arg} (${file}): deploy it first`);
  }
  return resolveTarget(text);
}
