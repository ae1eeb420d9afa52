#!/usr/bin/env bash
# Builds the content loader's libFuzzer target with clang, ASan and UBSan, seeds it with every
# JSON file of the test data and the built-in pack and with the built-in articles, and fuzzes for
# SECONDS (default 60). Every input is also laid out as an article when it is a valid one, in the
# article view on Qt's offscreen platform, and must take at most 3 s.
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
# The built-in articles as Markdown of their own: each input is also laid out as an article.
python3 - "$corpus" "$root"/content/benefits/*.json <<'EOF_PY'
import json, os, sys
for i, path in enumerate(sys.argv[2:]):
    with open(os.path.join(sys.argv[1], "article-%d.md" % i), "w", encoding="utf-8") as out:
        out.write(json.load(open(path, encoding="utf-8"))["body"])
EOF_PY
mkdir -p "$build/findings"
cd "$build/findings"
# Fontconfig keeps some of what it allocates for fonts it meets for the first time (an input in a
# new script) without a pointer LeakSanitizer can see; leaks in our own code are still found.
printf 'leak:libfontconfig.so\n' > "$build/lsan.supp"
export LSAN_OPTIONS="suppressions=$build/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# -timeout: one input must never take seconds; -rss_limit_mb keeps a runaway allocation visible.
"$build/tests/fuzz/content_fuzzer" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1
