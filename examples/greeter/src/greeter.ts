/**
 * Greeter: builds a localized greeting for one or more people.
 *
 *   greet('Ada')                                        → "Hello, Ada!"
 *   greet(['Ada', 'Grace'], { locale: 'fr' })           → "Bonjour, Ada et Grace !"  (U+202F before "!")
 *   greet('Ada', { locale: 'es', hour: 9 })              → "¡Buenos días, Ada!"
 *   greet('Linus', { locale: 'de', hour: 20 })          → "Guten Abend, Linus!"
 */
import { InvalidNameError, joinNames, normalizeName } from './format.js';

export { InvalidNameError, MAX_NAME_LENGTH } from './format.js';

export const SUPPORTED_LOCALES = ['en', 'fr', 'es', 'de'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Part of the day a greeting is chosen for. */
export type DayPart = 'morning' | 'afternoon' | 'evening';

export interface GreetOptions {
  /** Language of the greeting; default 'en'. */
  locale?: Locale;
  /** Hour of the day 0–23; when given, the salutation follows the time of day. */
  hour?: number;
  /** Ends the greeting with "!" (default) or ".". */
  exclaim?: boolean;
}

interface LocaleTable {
  neutral: string;
  byDayPart: Record<DayPart, string>;
  conjunction: string;
  /** French puts a (narrow no-break) space before "!". */
  spaceBeforeExclamation: boolean;
  /** Spanish opens an exclamation with "¡". */
  invertedOpening: boolean;
}

const TABLES: Record<Locale, LocaleTable> = {
  en: {
    neutral: 'Hello',
    byDayPart: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' },
    conjunction: 'and',
    spaceBeforeExclamation: false,
    invertedOpening: false
  },
  fr: {
    neutral: 'Bonjour',
    byDayPart: { morning: 'Bonjour', afternoon: 'Bonjour', evening: 'Bonsoir' },
    conjunction: 'et',
    spaceBeforeExclamation: true,
    invertedOpening: false
  },
  es: {
    neutral: 'Hola',
    byDayPart: { morning: 'Buenos días', afternoon: 'Buenas tardes', evening: 'Buenas noches' },
    conjunction: 'y',
    spaceBeforeExclamation: false,
    invertedOpening: true
  },
  de: {
    neutral: 'Hallo',
    byDayPart: { morning: 'Guten Morgen', afternoon: 'Guten Tag', evening: 'Guten Abend' },
    conjunction: 'und',
    spaceBeforeExclamation: false,
    invertedOpening: false
  }
};

/** True when the value names a locale the greeter supports. */
export function isLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Maps an hour 0–23 to its part of the day: 5–11 morning, 12–17 afternoon, otherwise evening. */
export function dayPart(hour: number): DayPart {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`hour must be an integer from 0 to 23, got ${hour}`);
  }
  if (hour >= 5 && hour < 12) {
    return 'morning';
  }
  if (hour >= 12 && hour < 18) {
    return 'afternoon';
  }
  return 'evening';
}

/**
 * Greets one person or several. Names are trimmed and validated (see normalizeName);
 * an empty list, an unknown locale or an hour outside 0–23 is refused.
 */
export function greet(who: string | readonly string[], options: GreetOptions = {}): string {
  const locale = options.locale ?? 'en';
  if (!isLocale(locale)) {
    throw new RangeError(`unsupported locale ${JSON.stringify(locale)}; supported: ${SUPPORTED_LOCALES.join(', ')}`);
  }
  const list = typeof who === 'string' ? [who] : who;
  if (list.length === 0) {
    throw new InvalidNameError('', 'at least one name is required');
  }
  const table = TABLES[locale];
  const names = joinNames(list.map(normalizeName), table.conjunction);
  const salutation = options.hour === undefined ? table.neutral : table.byDayPart[dayPart(options.hour)];
  const exclaim = options.exclaim ?? true;
  const ending = exclaim ? (table.spaceBeforeExclamation ? '\u202f!' : '!') : '.';
  const opening = exclaim && table.invertedOpening ? '¡' : '';
  return `${opening}${salutation}, ${names}${ending}`;
}
