-module(calc_tests).
-include_lib("eunit/include/eunit.hrl").
passes_test() -> ?assertEqual(2, 1 + 1).
fails_test() -> ?assertEqual(1, 2).
crashes_test() -> erlang:error(boom).
generator_test_() -> [?_assert(true), ?_assertEqual(3, 4)].
setup_test_() -> {setup, fun() -> erlang:error(setup_broke) end, fun(_) -> ok end, [?_assert(true)]}.
