import { describe, expect, it } from '@jest/globals';
import { InvalidNameError, joinNames, MAX_NAME_LENGTH, normalizeName } from '../src/format.js';

describe('normalizeName', () => {
  it('trims and collapses inner whitespace', () => {
    expect(normalizeName('\t Grace \n Hopper  ')).toBe('Grace Hopper');
  });

  it('composes decomposed characters (NFC)', () => {
    expect(normalizeName('Zoe\u0308')).toBe('Zoë');
  });

  it('refuses empty, too long and non-name input with the reason', () => {
    expect(() => normalizeName('   ')).toThrow('name is empty');
    expect(() => normalizeName('a'.repeat(MAX_NAME_LENGTH + 1))).toThrow(/longer than 64/);
    expect(normalizeName('a'.repeat(MAX_NAME_LENGTH))).toHaveLength(MAX_NAME_LENGTH);
    for (const bad of ['<script>', 'R2-D2', '-Ada', 'Ada!']) {
      expect(() => normalizeName(bad)).toThrow(InvalidNameError);
    }
  });

  it('keeps the rejected input on the error', () => {
    try {
      normalizeName('Ada; DROP TABLE');
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidNameError);
      expect((error as InvalidNameError).input).toBe('Ada; DROP TABLE');
      expect((error as InvalidNameError).name).toBe('InvalidNameError');
    }
  });
});

describe('joinNames', () => {
  it('joins zero, one, two and three names', () => {
    expect(joinNames([], 'and')).toBe('');
    expect(joinNames(['Ada'], 'and')).toBe('Ada');
    expect(joinNames(['Ada', 'Grace'], 'y')).toBe('Ada y Grace');
    expect(joinNames(['Ada', 'Grace', 'Linus'], 'und')).toBe('Ada, Grace und Linus');
  });

  it('drops case-insensitive duplicates, keeping the first spelling', () => {
    expect(joinNames(['Ada', 'ADA', 'Grace', 'ada'], 'and')).toBe('Ada and Grace');
  });
});
