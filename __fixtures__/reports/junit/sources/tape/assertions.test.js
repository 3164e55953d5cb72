'use strict';

// tape counts every assertion as a test, and names each by its message: the same default message repeats.
var test = require('tape');

test('parse flags', function (t) {
	t.deepEqual({ a: true }, { a: true });
	t.deepEqual({ b: 1 }, { b: 2 });
	t.deepEqual({ c: 'x' }, { c: 'x' });
	t.end();
});

test('parse numbers', function (t) {
	t.equal(1 + 1, 2);
	t.equal(2 * 2, 4);
	t.skip('later');
	t.end();
});
