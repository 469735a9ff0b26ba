#!/bin/sh
# Builds fuzz_icsadapter with clang and runs it (libFuzzer, one job). The seed corpus is
# tests/data/ics; new inputs go to a working corpus outside the tree, crashes to the artifacts
# directory. Usage: tests/fuzz/run-fuzz.sh [seconds]   (default 330)
#   DORFPLATZ_FUZZ_BUILD   build directory      (default /tmp/b-fuzz)
#   DORFPLATZ_FUZZ_CORPUS  working corpus       (default /tmp/fuzz-ics-corpus)
set -eu

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${DORFPLATZ_FUZZ_BUILD:-/tmp/b-fuzz}
corpus_dir=${DORFPLATZ_FUZZ_CORPUS:-/tmp/fuzz-ics-corpus}
seconds=${1:-330}

cmake -S "$source_dir" -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDORFPLATZ_FUZZ=ON -DBUILD_TESTING=ON
# Only the fuzz target: the rest of the project is built with gcc elsewhere.
cmake --build "$build_dir" -j1 --target fuzz_icsadapter

mkdir -p "$corpus_dir" "$build_dir/fuzz-artifacts"
exec "$build_dir/tests/fuzz/fuzz_icsadapter" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=30 \
    -print_final_stats=1 \
    -dict="$source_dir/tests/fuzz/ics.dict" \
    -artifact_prefix="$build_dir/fuzz-artifacts/" \
    "$corpus_dir" "$source_dir/tests/data/ics"
