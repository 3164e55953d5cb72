const { capitalize, shout } = require('../src/strings');

describe('strings', () => {
  describe('capitalize', () => {
    test('capitalizes a word', () => {
      console.log('captured console output');
      expect(capitalize('hello')).toBe('Hello');
    });

    test('empty string', () => {
      expect(capitalize('')).toBe('');
    });
  });

  test('shout', () => {
    expect(shout('hey')).toEqual('Hey?');
  });

  test('__proto__', () => {
    expect({}.polluted).toBeUndefined();
  });
});
