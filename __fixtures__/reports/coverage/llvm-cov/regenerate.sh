#!/bin/sh
# Regenerates the llvm-cov reports of this folder: clang 14 and llvm-cov 14 (Debian bookworm clang-14, llvm-14) on
# project/, built and run in /tmp/llvmsample (the workspace the tests pass).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rm -rf /tmp/llvmsample && cp -r "$here/project" /tmp/llvmsample && cd /tmp/llvmsample
clang-14 -fprofile-instr-generate -fcoverage-mapping -O0 src/calc.c tests/main.c -o t
LLVM_PROFILE_FILE=t.profraw ./t
llvm-profdata-14 merge -o t.profdata t.profraw
llvm-cov-14 report ./t -instr-profile=t.profdata > "$here/llvm-cov.console.txt"
llvm-cov-14 export ./t -instr-profile=t.profdata -format=lcov > "$here/llvm-cov.lcov"
llvm-cov-14 export ./t -instr-profile=t.profdata -summary-only > "$here/llvm-cov-summary.json"
