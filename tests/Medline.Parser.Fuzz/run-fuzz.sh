#!/usr/bin/env bash
# Fuzzes Medline.Parser for MINUTES (default 10) with afl++ and SharpFuzz, seeded with the records of ../shared/corpus,
# and prints executions, executions per second and crashes (each replayed: which invariant broke, and the input).
# Needs afl++ (Debian: apt-get install -y afl++); without it, falls back to the in-process mutator (same invariants).
# Nothing is written into the repository: the build, seeds and findings go to $FUZZ_WORK (default: a new /tmp folder).
# MEDLINE_FUZZ_CHECKS (e.g. "NoRecovery, NothingSilent") runs only some optional checks, to fuzz past a known failure.
set -euo pipefail

minutes="${1:-10}"
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -lt 1 ]; then
  echo "usage: $0 MINUTES (a whole number of minutes, at least 1)" >&2
  exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${MEDLINE_SHARED_DIR:-$repo/../shared}"
if [ ! -d "$shared/corpus" ]; then
  echo "the corpus is missing at $shared/corpus: put ../shared beside the repository or set MEDLINE_SHARED_DIR" >&2
  exit 2
fi

work="${FUZZ_WORK:-$(mktemp -d /tmp/medline-fuzz.XXXXXX)}"
mkdir -p "$work"
bin="$work/bin"
echo "work folder: $work"

# A release build of the harness and the library, outside the repository; then the library is instrumented in place.
dotnet publish "$here/Medline.Parser.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet >"$work/build.log" 2>&1 ||
  { cat "$work/build.log" >&2; exit 1; }
harness=(dotnet "$bin/Medline.Parser.Fuzz.dll")

# Seeds: single records split out of the corpus (small files fuzz faster), spread over every export.
rm -rf "$work/in"
"${harness[@]}" seeds "$shared/corpus" "$work/in" 150

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "afl-fuzz not found (apt-get install -y afl++): fuzzing in process with the mutator instead" >&2
  set +e
  "${harness[@]}" mutate $((minutes * 60)) "$RANDOM" "$shared/corpus" "$work/failures"
  status=$?
  echo "failing inputs saved in $work/failures"
  exit "$status"
fi

# The instrumented library runs only under afl (its coverage map is afl's shared memory): crashes are replayed with a
# plain copy.
rm -rf "$work/plain" && cp -r "$bin" "$work/plain"
"${harness[@]}" instrument "$bin/Medline.Parser.dll"

# Tokens of the format, so afl's mutations make and break tag lines.
cat >"$work/medline.dict" <<'EOF'
"PMID- "
"AU  - "
"FAU - "
"TI  - "
"AB  - "
"DP  - "
"IS  - "
"PG  - "
"MH  - "
"STAT- "
"OWN - "
"PMC - "
"LID - "
"      "
"\x0d\x0a"
"\x0d"
"\x0a\x0a"
"\xef\xbb\xbf"
" [doi]"
" (Electronic)"
EOF

# -V: stop after the time; afl's checks that do not apply to a .NET target (the dotnet host is not instrumented,
# the core pattern belongs to the machine) are switched off; two shared cores: no CPU binding.
set +e
AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 \
  afl-fuzz -i "$work/in" -o "$work/out" -x "$work/medline.dict" -t 10000 -m none -V $((minutes * 60)) -- "${harness[@]}" \
  >"$work/afl.log" 2>&1
status=$?
set -e

stats="$work/out/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz did not start (exit $status); its log:" >&2
  tail -30 "$work/afl.log" >&2
  exit 1
fi

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(stat saved_crashes)
echo "executions: $(stat execs_done), exec/s: $(stat execs_per_sec), run time: $(stat run_time) s, paths: $(stat corpus_count), crashes: ${crashes:-0}, hangs: $(stat saved_hangs)"

# Each crash replayed outside afl: the invariant it breaks and the input, to become a named regression test.
shopt -s nullglob
found=("$work"/out/default/crashes/id:*)
if [ "${#found[@]}" -gt 0 ]; then
  dotnet "$work/plain/Medline.Parser.Fuzz.dll" repro "${found[@]}" || true
  exit 1
fi
