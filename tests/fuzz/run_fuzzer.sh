#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time from its seed corpus; exits 77 (skipped) without the fuzz build.
# Usage: run_fuzzer.sh FUZZER SECONDS ARTIFACT_DIR WORK_CORPUS SEED_DIR...
set -uo pipefail

fuzzer=$1 seconds=$2 artifacts=$3 corpus=$4
shift 4

if [[ ! -x $fuzzer ]]; then
  echo "$fuzzer was not built (it needs clang 16 or later with libFuzzer: Debian's clang-16 and libclang-rt-16-dev); skipped"
  exit 77
fi
mkdir -p "$artifacts" "$corpus"
seeds=()
for dir in "$@"; do
  [[ -d $dir ]] && seeds+=("$dir")
done

stamp=$(mktemp)
trap 'rm -f "$stamp"' EXIT
# New inputs go to the work corpus in the build tree, so that later runs start from them.
"$fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -error_exitcode=1 -timeout_exitcode=1 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}"
status=$?
if ((status != 0)); then
  echo "The fuzzer found an input that crashes, hangs or breaks an invariant of $(basename "$fuzzer") (exit status $status)."
  echo "Reproducers (run $fuzzer FILE to see the report again; once fixed, add the file to tests/fuzz/regressions/):"
  find "$artifacts" -type f -newer "$stamp" -printf '  %p\n'
  exit 1
fi
