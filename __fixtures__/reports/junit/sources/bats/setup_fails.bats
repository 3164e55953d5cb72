setup_file() { false; }
@test "never runs" { true; }
