#!/bin/bash
# The scale table of issue 14: `marsad analyze` over synthetic corpora of
# 10^3, 10^4 and 10^5 articles, each beside the yardstick grep -F over the
# same files.
#
#   tests/bench/bench-table.sh BUILD_DIR [OUT_DIR] [N...]
#
# BUILD_DIR holds app/marsad and tests/bench/marsad-gencorpus. The corpora
# (seed 7) are generated once into OUT_DIR (default /tmp/marsad-bench) and
# reused; so are the gazetteer's spellings (OUT_DIR/aliases.txt, one per line).
# N defaults to "1000 10000 100000". Each command is timed once with
# /usr/bin/time -v: wall, CPU (user + system), peak RSS. For medians of short
# runs repeat the script or time the printed commands with hyperfine.
#
# Cache slots (for the store of issue 14): COLD_FLAGS are added to the cold
# run (e.g. COLD_FLAGS=--no-cache); when WARM_FLAGS is set (it may be " "),
# analyze runs once more with them untimed to fill the cache, then timed, and
# the table gets warm columns.
#
# grep runs with LC_ALL=C: fixed UTF-8 strings match byte for byte, and the
# yardstick is the fastest plain scan there is, not grep's locale handling.
# Its matches go to a file, never to /dev/null: GNU grep writing to /dev/null
# stops at the first match (as -q does), which would time nothing.
set -euo pipefail

if [[ $# -lt 1 || ! -x "$1/app/marsad" ]]; then
    echo "usage: $0 BUILD_DIR [OUT_DIR] [N...]   (BUILD_DIR/app/marsad must exist)" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
out=${2:-/tmp/marsad-bench}
shift $(($# >= 2 ? 2 : 1))
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 100000)
marsad=$build/app/marsad
gencorpus=$build/tests/bench/marsad-gencorpus
mkdir -p "$out"
aliases=$out/aliases.txt
COLD_FLAGS=${COLD_FLAGS:-}

# field NAME FILE: the value of a /usr/bin/time -v line.
field() { grep -F "$1" "$2" | head -1 | sed 's/.*: //'; }
# seconds H:MM:SS.ss | M:SS.ss → seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
# timed NAME CMD...: runs CMD under /usr/bin/time -v, stdout to $out/NAME.out.
timed() {
    local name=$1
    shift
    /usr/bin/time -v -o "$out/$name.time" "$@" >"$out/$name.out" 2>"$out/$name.err" || true
    wall=$(seconds "$(field 'Elapsed (wall clock)' "$out/$name.time")")
    cpu=$(awk -v u="$(field 'User time' "$out/$name.time")" \
        -v s="$(field 'System time' "$out/$name.time")" 'BEGIN { printf "%.2f", u + s }')
    rss_kb=$(field 'Maximum resident set size' "$out/$name.time")
    status=$(field 'Exit status' "$out/$name.time")
}

rows=()
declare -A cpu_of
for n in "${sizes[@]}"; do
    corpus=$out/corpus-$n
    if [[ ! -f $corpus.done ]]; then
        rm -rf "$corpus"
        echo "generating $n articles into $corpus" >&2
        "$gencorpus" "$corpus" "$n" --seed 7 --aliases "$aliases" >&2
        touch "$corpus.done"
    fi
    [[ -s $aliases ]] || "$gencorpus" "$out/empty" 0 --aliases "$aliases" >/dev/null
    bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')

    echo "analyze $n (cold)" >&2
    # shellcheck disable=SC2086 # the flags are words
    timed "analyze-$n" "$marsad" analyze "$corpus" $COLD_FLAGS
    [[ $status == 0 ]] || echo "  analyze exited $status (see $out/analyze-$n.err)" >&2
    a_wall=$wall a_cpu=$cpu a_rss=$rss_kb
    out_bytes=$(stat -c %s "$out/analyze-$n.out")
    cpu_of[$n]=$a_cpu

    warm="| — | —"
    if [[ -n ${WARM_FLAGS+set} ]]; then
        echo "analyze $n (warm)" >&2
        # shellcheck disable=SC2086
        "$marsad" analyze "$corpus" $WARM_FLAGS >/dev/null 2>&1 || true
        # shellcheck disable=SC2086
        timed "analyze-warm-$n" "$marsad" analyze "$corpus" $WARM_FLAGS
        warm=$(awk -v w="$wall" -v r="$rss_kb" 'BEGIN { printf "| %.2f | %.0f", w, r / 1024 }')
    fi

    echo "grep -F $n" >&2
    timed "grep-$n" env LC_ALL=C grep -F -o -r -f "$aliases" "$corpus"
    g_wall=$wall
    matches=$(wc -l <"$out/grep-$n.out")
    rm -f "$out/grep-$n.out"

    rows+=("$(awk -v n="$n" -v mb="$mb" -v b="$bytes" -v w="$a_wall" -v c="$a_cpu" -v r="$a_rss" \
        -v o="$out_bytes" -v g="$g_wall" -v warm="$warm" -v m="$matches" 'BEGIN {
        printf "| %d | %.1f | %.2f | %.2f | %.2f | %.0f | %.1f | %.2f %s | %.2f (%d matches) | %.0f× |",
            n, mb, w, c, b / 1e6 / w, r / 1024, r * 1024 / b, o / b, warm, g, m, w / (g > 0 ? g : 0.01)
    }')")
done

echo
echo "| articles | MB | wall s | CPU s | MB/s | peak RSS MiB | RSS/corpus | output bytes/input | warm wall s | warm RSS MiB | grep -F s | analyze/grep |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
# CPU ∝ N^k between consecutive sizes.
prev=
for n in "${sizes[@]}"; do
    if [[ -n $prev ]]; then
        awk -v a="$prev" -v b="$n" -v ca="${cpu_of[$prev]}" -v cb="${cpu_of[$n]}" 'BEGIN {
            if (ca > 0 && cb > 0)
                printf "CPU ∝ N^%.2f from %d to %d articles (%.1f× the CPU for %.0f× the articles)\n",
                    log(cb / ca) / log(b / a), a, b, cb / ca, b / a }'
    fi
    prev=$n
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); commands: $marsad analyze CORPUS $COLD_FLAGS; LC_ALL=C grep -F -o -r -f $aliases CORPUS"
