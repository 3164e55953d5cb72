-module(broken_SUITE).
-export([all/0, init_per_suite/1, a/1]).
all() -> [a].
init_per_suite(_) -> erlang:error(setup_broke).
a(_) -> ok.
