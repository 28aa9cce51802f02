#!/usr/bin/env bash
# Peak RSS of `medline convert` on the inputs of issue 9 §4 that no real export has but a damaged one may: one line of
# N MB with no line break, one field whose continuation lines add up to N MB, one record of 100,000 authors.
# Builds the inputs (never committed) and the CLI (Release, JIT; with --native also the Native AOT build as the
# linux-x64 tool package holds it), converts each input to NDJSON with /usr/bin/time -v, and prints a table.
#
# Usage: tests/Medline.Parser.Benchmarks/memory-check.sh [--line-mb N] [--value-mb N] [--authors N] [--native]
#   defaults: --line-mb 1024 --value-mb 300 --authors 100000. Target: every peak < 100 MB.
# Outputs go to $WORK (default /tmp/medline-memory).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
LINE_MB=1024
VALUE_MB=300
AUTHORS=100000
NATIVE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --line-mb) LINE_MB="$2"; shift 2 ;;
    --value-mb) VALUE_MB="$2"; shift 2 ;;
    --authors) AUTHORS="$2"; shift 2 ;;
    --native) NATIVE=1; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
WORK=${WORK:-/tmp/medline-memory}
mkdir -p "$WORK"
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

# --- inputs -----------------------------------------------------------------------------------------------------
python3 - "$WORK" "$LINE_MB" "$VALUE_MB" "$AUTHORS" <<'PY'
import os, sys
work, line_mb, value_mb, authors = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
block = b"lorem ipsum dolor sit amet " * 40000
def write(name, parts):
    path = os.path.join(work, name)
    if not os.path.exists(path):
        with open(path + ".tmp", "wb") as f:
            for part in parts:
                f.write(part)
        os.rename(path + ".tmp", path)
def line(size):                 # one line, no line break at all
    n = 0
    while n < size:
        b = block[: size - n]; yield b; n += len(b)
def value(size):                # PMID, TI, then an AB whose continuation lines add up to size
    yield b"PMID- 1\nTI  - A title\nAB  - start\n"
    chunk = (b"      " + b"lorem ipsum dolor sit amet " * 2 + b"\n") * 10000
    n = 0
    while n < size:
        yield chunk; n += len(chunk)
    yield b"LA  - eng\n\n"
def many_authors(count):        # one record: FAU, AU and AD of each author
    yield b"PMID- 1\nTI  - A title\n"
    for i in range(count):
        yield b"FAU - Surname%d, Given Name\nAU  - Surname%d GN\nAD  - Department of Things, University of Places, City, Country.\n" % (i, i)
    yield b"LA  - eng\n\n"
write(f"line-{line_mb}mb.txt", line(line_mb * 1024 * 1024))
write(f"value-{value_mb}mb.txt", value(value_mb * 1024 * 1024))
write(f"authors-{authors}.txt", many_authors(authors))
PY

# --- builds -----------------------------------------------------------------------------------------------------
CLI_PROJ="$REPO/src/Medline.Parser.Cli/Medline.Parser.Cli.csproj"
dotnet build "$CLI_PROJ" -c Release -o "$WORK/cli-bin" -nologo -v q >/dev/null
declare -A EXES=([jit]="$WORK/cli-bin/medline")
if [[ $NATIVE -eq 1 ]]; then
  rm -rf "$WORK/cli-pack" "$WORK/cli-aot"
  dotnet pack "$CLI_PROJ" -c Release -r linux-x64 -o "$WORK/cli-pack" --artifacts-path "$WORK/cli-artifacts" -nologo -v q >/dev/null
  python3 -m zipfile -e "$(ls "$WORK"/cli-pack/Medline.Parser.Cli.linux-x64.*.nupkg)" "$WORK/cli-aot"
  EXES[native]=$(find "$WORK/cli-aot/tools" -type f -name medline | head -1)
  chmod +x "${EXES[native]}" "$(dirname "${EXES[native]}")/medline-x86-64-v3"
fi

# --- runs -------------------------------------------------------------------------------------------------------
printf '%-8s %-22s %12s %8s %6s  %s\n' build input "peak RSS MB" "wall s" exit summary
for build in "${!EXES[@]}"; do
  for input in "line-${LINE_MB}mb.txt" "value-${VALUE_MB}mb.txt" "authors-${AUTHORS}.txt"; do
    out="$WORK/out.ndjson"; rm -f "$out"
    set +e
    /usr/bin/time -v "${EXES[$build]}" convert "$WORK/$input" -o "$out" -q 2>"$WORK/time.txt"
    rc=$?
    set -e
    rss=$(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); printf "%.1f", $2/1024}' "$WORK/time.txt")
    wall=$(awk '/Elapsed \(wall/ {print $NF}' "$WORK/time.txt")
    summary=$(grep -m1 '^medline' "$WORK/time.txt" || true)
    printf '%-8s %-22s %12s %8s %6s  %s\n' "$build" "$input" "$rss" "$wall" "$rc" "$summary"
  done
done
rm -f "$WORK/out.ndjson"
