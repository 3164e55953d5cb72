// Integration tests of the deployed greeter service: HTTP calls to $ENVIRONMENT_URL (see jest.integration.config.mjs).
// EXPECTED_RELEASE, when set, is the version /health must report.
import { beforeAll, describe, expect, it } from '@jest/globals';

const base = process.env.ENVIRONMENT_URL;

async function get(path, init) {
  const res = await fetch(new URL(path, base), { ...init, signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, type: res.headers.get('content-type'), body };
}

beforeAll(() => {
  if (!base) throw new Error('ENVIRONMENT_URL is not set: these tests call a deployed service');
});

describe('GET /health', () => {
  it('answers ok with the deployed release', async () => {
    const { status, body, type } = await get('/health');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    expect(body.status).toBe('ok');
    expect(typeof body.version).toBe('string');
    if (process.env.EXPECTED_RELEASE) expect(body.version).toBe(process.env.EXPECTED_RELEASE);
  });
});

describe('GET /greet', () => {
  it.each([
    ['name=Ada', 'Hello, Ada!', 'en'],
    ['name=Ada&locale=de', 'Hallo, Ada!', 'de'],
    ['name=Linus&locale=de&hour=20', 'Guten Abend, Linus!', 'de'],
    ['name=Ada&locale=es&hour=9', '¡Buenos días, Ada!', 'es'],
    ['name=Ada&locale=en&hour=14', 'Good afternoon, Ada!', 'en'],
    ['name=Ada&name=Grace&locale=fr', 'Bonjour, Ada et Grace\u202f!', 'fr'],
    ['name=Ada&name=Grace&name=Linus', 'Hello, Ada, Grace and Linus!', 'en'],
    ['name=%20%20Ada%20%20Lovelace%20', 'Hello, Ada Lovelace!', 'en'],
    ['name=Ada&name=ada', 'Hello, Ada!', 'en'],
    ['name=Ada&exclaim=false', 'Hello, Ada.', 'en'],
    ['name=Ada&locale=es&exclaim=true', '¡Hola, Ada!', 'es']
  ])('%s → %s', async (query, greeting, locale) => {
    const { status, body } = await get(`/greet?${query}`);
    expect(status).toBe(200);
    expect(body).toEqual({ greeting, locale });
  });

  it.each([
    ['', /name parameter is required/],
    ['name=', /name is empty/],
    ['name=R2D2', /characters other than letters/],
    [`name=${'a'.repeat(65)}`, /longer than 64/],
    ['name=Ada&locale=xx', /unsupported locale "xx"/],
    ['name=Ada&hour=24', /hour must be an integer from 0 to 23/],
    ['name=Ada&hour=noon', /hour must be an integer/],
    ['name=Ada&exclaim=maybe', /exclaim must be true or false/]
  ])('refuses %s with 400', async (query, message) => {
    const { status, body } = await get(`/greet?${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});

describe('other requests', () => {
  it('answers 404 for an unknown path', async () => {
    const { status, body } = await get('/nope');
    expect(status).toBe(404);
    expect(body.error).toMatch(/no route/);
  });

  it('answers 405 for a wrong method', async () => {
    const { status } = await get('/greet?name=Ada', { method: 'DELETE' });
    expect(status).toBe(405);
  });
});
