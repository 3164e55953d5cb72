#!/usr/bin/env bats
@test "passes" { true; }
@test "fails" { [ 1 -eq 2 ]; }
@test "skipped" { skip "not now"; }
@test "runs a failing command" {
  run false
  [ "$status" -eq 0 ]
}
@test "xml <special> & chars" { false; }
