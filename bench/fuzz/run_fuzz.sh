#!/usr/bin/env bash
# Coverage-guided fuzzing of what a stranger's bytes reach (tests/fuzz): builds the libFuzzer
# targets with clang (ASan + UBSan) in their own build folder and runs each for a given time.
#   bench/fuzz/run_fuzz.sh TARGET|all SECONDS
#   targets: jsonreader pusherframe httpframer tablelink
# Needs clang-14 and libclang-rt-14-dev (Debian 12): `./setup.sh fuzz` installs them.
# Environment: FUZZ_BUILD_DIR (build-fuzz), FUZZ_RUNS (stop earlier after this many executions,
# default 10000000), FUZZ_JOBS (build parallelism, 2), FUZZ_NICE (19), FUZZ_NO_BUILD=1 (run the
# executables already built).
# Runs one fuzzer at a time under nice. New inputs go to $FUZZ_BUILD_DIR/corpus/<target> (the
# committed seeds in tests/fuzz/corpus are only read); a crash, leak or timeout input goes to
# $FUZZ_BUILD_DIR/artifacts/<target>/ and ends the script with status 1: copy it into
# tests/fuzz/corpus/<target>/ once fixed, so the replay test keeps it.
set -euo pipefail
cd "$(dirname "$0")/../.."
all_targets=(jsonreader pusherframe httpframer tablelink)
if [ $# -ne 2 ] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: bench/fuzz/run_fuzz.sh TARGET|all SECONDS   (targets: ${all_targets[*]})" >&2
  exit 2
fi
if [ "$1" = all ]; then targets=("${all_targets[@]}"); else targets=("$1"); fi
seconds="$2"
build="${FUZZ_BUILD_DIR:-build-fuzz}"
runs="${FUZZ_RUNS:-10000000}"
cxx="${FUZZ_CXX:-clang++-14}"
command -v "$cxx" >/dev/null || { echo "$cxx not found: run ./setup.sh fuzz" >&2; exit 2; }

launcher=()
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR="$PWD"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Every library is instrumented for coverage (fuzzer-no-link) and checked by ASan and UBSan; only
# the fuzz_* executables link libFuzzer's main. No build type: -O1 and no _FORTIFY_SOURCE, whose
# checks would hide overflows from ASan.
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
[ "${FUZZ_NO_BUILD:-0}" = 1 ] || cmake -S . -B "$build" -G Ninja -DTABLESIDE_FUZZ=ON -DCMAKE_BUILD_TYPE= \
  -DCMAKE_CXX_COMPILER="$cxx" "${launcher[@]}" \
  -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link $sanitizers" \
  -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" >/dev/null
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
[ "${FUZZ_NO_BUILD:-0}" = 1 ] || nice -n "${FUZZ_NICE:-19}" cmake --build "$build" --parallel "${FUZZ_JOBS:-2}" --target "${build_targets[@]}"

# The server's log lines (refused subscriptions…) would cost more than the code under test.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false;*.info=false}"
status=0
printf '%-12s %10s %12s %8s %8s %8s %8s %s\n' target seconds executions exec/s cov ft rss_mb crashes
for t in "${targets[@]}"; do
  work="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$build/fuzz-$t.log"
  start=$(date +%s)
  set +e
  # A leak, a crash, an UB report or a 10 s input all end the run with its input in artifacts/.
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  nice -n "${FUZZ_NICE:-19}" "$build/tests/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" \
    -dict="tests/fuzz/$t.dict" -max_total_time="$seconds" -runs="$runs" -timeout=10 \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  crashes=$(find "$artifacts" -type f | wc -l)
  printf '%-12s %10s %12s %8s %8s %8s %8s %s\n' "$t" "$elapsed" "${execs:-?}" "${speed:-?}" \
    "${cov:-?}" "${ft:-?}" "${rss:-?}" "$crashes"
  if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
    echo "fuzz_$t stopped with status $rc; see $log and $artifacts/" >&2
    grep -m5 -E 'ERROR|SUMMARY|runtime error' "$log" >&2 || true
    status=1
  fi
done
exit "$status"
