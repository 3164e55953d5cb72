/**
 * Name normalisation and list formatting used by the greeter.
 * Pure functions: no I/O, no global state.
 */

/** Longest name (after trimming) the greeter accepts. */
export const MAX_NAME_LENGTH = 64;

/** Letters from any script, combining marks, spaces, apostrophes, hyphens and periods. */
const NAME_PATTERN = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

/** Raised for input the greeter refuses to format. */
export class InvalidNameError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string
  ) {
    super(`invalid name ${JSON.stringify(input)}: ${reason}`);
    this.name = 'InvalidNameError';
  }
}

/**
 * Trims a name, collapses inner whitespace and checks it against the accepted shape.
 * Throws InvalidNameError when the name is empty, too long or holds characters a name does not.
 */
export function normalizeName(input: string): string {
  const name = input.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (name.length === 0) {
    throw new InvalidNameError(input, 'name is empty');
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new InvalidNameError(input, `name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  if (!NAME_PATTERN.test(name)) {
    throw new InvalidNameError(input, 'name contains characters other than letters, spaces, apostrophes, hyphens and periods');
  }
  return name;
}

/**
 * Joins names into one phrase with the locale's conjunction: "Ada", "Ada and Grace",
 * "Ada, Grace and Linus". Duplicates (after normalisation, case-insensitive) are kept once.
 */
export function joinNames(names: readonly string[], conjunction: string): string {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const name of names) {
    const key = name.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(name);
    }
  }
  if (unique.length <= 1) {
    return unique[0] ?? '';
  }
  const head = unique.slice(0, -1).join(', ');
  return `${head} ${conjunction} ${unique[unique.length - 1]}`;
}
