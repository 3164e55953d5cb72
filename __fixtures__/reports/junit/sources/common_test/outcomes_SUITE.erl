-module(outcomes_SUITE).
-export([all/0, groups/0, passes/1, fails/1, crashes/1, skips/1, in_group_ok/1, in_group_bad/1]).
all() -> [passes, fails, crashes, skips, {group, grp}].
groups() -> [{grp, [], [in_group_ok, in_group_bad]}].
passes(_) -> ok.
fails(_) -> 1 = 2.
crashes(_) -> erlang:error(boom).
skips(_) -> {skip, "not today"}.
in_group_ok(_) -> ok.
in_group_bad(_) -> ct:fail("group failure").
