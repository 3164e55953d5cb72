const missing = require('../src/does-not-exist');

test('never runs', () => {
  expect(missing).toBeDefined();
});
