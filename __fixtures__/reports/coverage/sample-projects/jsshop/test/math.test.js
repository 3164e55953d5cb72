const { add, divide, clamp } = require('../src/math');

describe('math', () => {
  test('adds', () => {
    expect(add(1, 2)).toBe(3);
  });

  test('divides', () => {
    expect(divide(6, 3)).toBe(2);
  });

  test('divide by zero throws', () => {
    expect(() => divide(1, 0)).toThrow('division by zero');
  });

  test('clamps low', () => {
    expect(clamp(-5, 0, 10)).toBe(1);
  });

  test.skip('clamps high (skipped)', () => {
    expect(clamp(50, 0, 10)).toBe(10);
  });

  test.todo('clamps NaN');
});
