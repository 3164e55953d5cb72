import { describe, expect, it } from '@jest/globals';
import { dayPart, greet, InvalidNameError, isLocale, SUPPORTED_LOCALES } from '../src/greeter.js';

describe('greet', () => {
  it('greets one person in English by default', () => {
    expect(greet('Ada')).toBe('Hello, Ada!');
  });

  it('follows the time of day when an hour is given', () => {
    expect(greet('Ada', { hour: 8 })).toBe('Good morning, Ada!');
    expect(greet('Ada', { hour: 14 })).toBe('Good afternoon, Ada!');
    expect(greet('Ada', { hour: 22 })).toBe('Good evening, Ada!');
  });

  it('greets several people with the locale conjunction', () => {
    expect(greet(['Ada', 'Grace', 'Linus'])).toBe('Hello, Ada, Grace and Linus!');
    expect(greet(['Ada', 'Grace'], { locale: 'de', hour: 20 })).toBe('Guten Abend, Ada und Grace!');
  });

  it('uses French punctuation with a narrow no-break space', () => {
    expect(greet(['Ada', 'Grace'], { locale: 'fr' })).toBe('Bonjour, Ada et Grace\u202f!');
    expect(greet('Ada', { locale: 'fr', hour: 19 })).toBe('Bonsoir, Ada\u202f!');
  });

  it('opens a Spanish exclamation with an inverted mark', () => {
    expect(greet('Ada', { locale: 'es', hour: 9 })).toBe('¡Buenos días, Ada!');
    expect(greet('Ada', { locale: 'es', exclaim: false })).toBe('Hola, Ada.');
  });

  it('ends with a period when exclaim is false', () => {
    expect(greet('Ada', { exclaim: false })).toBe('Hello, Ada.');
  });

  it('trims names, collapses whitespace and keeps duplicates once', () => {
    expect(greet(['  Ada   Lovelace ', 'ada lovelace', 'Grace'])).toBe('Hello, Ada Lovelace and Grace!');
  });

  it('accepts names from other scripts and with apostrophes or hyphens', () => {
    expect(greet(["Seán O'Brien", 'Jean-Luc', 'Zoë', '李小龍'])).toBe(
      "Hello, Seán O'Brien, Jean-Luc, Zoë and 李小龍!"
    );
  });

  it('refuses an empty list of names', () => {
    expect(() => greet([])).toThrow(InvalidNameError);
  });

  it('refuses an unsupported locale', () => {
    expect(() => greet('Ada', { locale: 'xx' as never })).toThrow(/unsupported locale "xx"/);
  });
});

describe('dayPart', () => {
  it('maps the boundaries of each part of the day', () => {
    expect([4, 5, 11, 12, 17, 18, 0, 23].map(dayPart)).toEqual([
      'evening',
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
      'evening'
    ]);
  });

  it('refuses hours outside 0–23 and fractional hours', () => {
    for (const hour of [-1, 24, 7.5, Number.NaN]) {
      expect(() => dayPart(hour)).toThrow(RangeError);
    }
    expect(() => greet('Ada', { hour: 25 })).toThrow(RangeError);
  });
});

describe('isLocale', () => {
  it('recognises exactly the supported locales', () => {
    expect(SUPPORTED_LOCALES.every(isLocale)).toBe(true);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale('pt')).toBe(false);
  });
});
