#!/usr/bin/env bash
# Builds the content loader's libFuzzer target with clang, ASan and UBSan, seeds it with every
# JSON file of the test data and the built-in pack, and fuzzes for SECONDS (default 60).
# usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/fuzz
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" \
    -DLEGEASE_FUZZ=ON -DLEGEASE_BUILD_TESTS=OFF -DLEGEASE_BUILD_BENCHMARKS=OFF -DLEGEASE_WERROR=ON >/dev/null
cmake --build "$build" --target content_fuzzer -j2

corpus=$build/corpus
mkdir -p "$corpus"
find "$root/tests/data" "$root/content" -name '*.json' -size -64k -exec cp -t "$corpus" {} + 2>/dev/null || true
mkdir -p "$build/findings"
cd "$build/findings"
# -timeout: one input must never take seconds; -rss_limit_mb keeps a runaway allocation visible.
"$build/tests/fuzz/content_fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1
