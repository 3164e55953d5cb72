use strict; use warnings;
use Test::More tests => 7;
ok(1, 'passes');
is(1, 2, 'fails');
SKIP: { skip 'no network', 1; ok(0, 'skipped'); }
TODO: { local $TODO = 'not done'; ok(0, 'todo fails'); }
TODO: { local $TODO = 'not done'; ok(1, 'todo passes'); }
ok(1, 'a <name> & more');
is_deeply([1], [2], 'deep');
