use Test::More tests => 3;
ok(1, 'first');
die "died here\n";
