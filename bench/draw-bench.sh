#!/bin/sh
# draw-bench.sh: how fast `warta draw` renders large graphs, against the
# command-line sfdp on the same structure.  Run on demand (not in make check):
#
#     WARTA=src/warta bench/draw-bench.sh            # sizes 100 1000 3000 10000
#     SIZES="100 400" LAYOUT_SIZES="100 200 400 800" bench/draw-bench.sh
#
# For each size N it generates an actors graph of about N nodes and 1.2 N
# edges (bench/gen-graph.py, N-Triples), times `warta draw G.nt -o G.svg`
# (automatic layout, in-process Graphviz), writes the same structure as DOT
# (`warta draw G.nt -o G.dot`) and times `sfdp -Tsvg` on it.  With
# LAYOUT_SIZES set it also times `--layout dot` against `--layout sfdp` in
# process, which is how WARTA_DRAW_SFDP_NODES was chosen.
#
# Measured on the development machine (2 cores, Graphviz 2.43, Debian 12):
#   in-process, with edge labels:   nodes  dot      sfdp
#                                     100  0.14 s   0.23 s
#                                     200  0.24 s   0.44 s
#                                     400  0.86 s   0.36 s
#                                     800  4.9 s    0.65 s
#                                    1600  112 s    1.9 s (no labels: dot 74 s)
# so dot (better drawings) up to 400 nodes, sfdp beyond; dot cost grows
# ~ n^2.5-3 and is minutes past ~1,500 nodes.  Edge labels cost sfdp ~30%
# at 3,000 nodes (4.0 s vs 3.1 s) and are unreadable there: dropped above
# 600 edges (WARTA_DRAW_EDGE_LABEL_LIMIT).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
WARTA=${WARTA:-src/warta}
SIZES=${SIZES:-"100 1000 3000 10000"}
LAYOUT_SIZES=${LAYOUT_SIZES:-}
SFDP=${SFDP:-sfdp}

if [ ! -x "$WARTA" ]; then
  echo "draw-bench: no warta binary at '$WARTA' (set WARTA=path/to/warta)" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "draw-bench: python3 is needed" >&2; exit 1; }
command -v "$SFDP" >/dev/null || { echo "draw-bench: '$SFDP' not found (package graphviz)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

now () { date +%s.%N; }
elapsed () { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Nodes and edges drawn (legend excluded), counted in the SVG.
count_nodes () { grep -c '^<g id="node' "$1" | awk -v l="$(grep '^<title>legend:' "$1" | grep -vc '&gt;')" '{ print $1 - l }'; }
count_edges () { grep -A1 '^<g id="edge' "$1" | grep -c '^<title>' | awk -v l="$(grep -c '^<title>legend:.*&gt;' "$1")" '{ print $1 - l }'; }

printf '%8s %8s %10s %10s %8s  %s\n' nodes edges warta_s sfdp_s ratio "warta layout"
for n in $SIZES; do
  python3 "$here/gen-graph.py" "$n" "$tmp/g$n.nt"
  t0=$(now)
  "$WARTA" draw "$tmp/g$n.nt" -o "$tmp/g$n.svg"
  t1=$(now)
  "$WARTA" draw "$tmp/g$n.nt" -o "$tmp/g$n.dot"
  t2=$(now)
  "$SFDP" -Tsvg "$tmp/g$n.dot" -o "$tmp/s$n.svg"
  t3=$(now)
  w=$(elapsed "$t0" "$t1")
  s=$(elapsed "$t2" "$t3")
  layout=$(sed -n 's/.*layout=\([a-z]*\).*/\1/p' "$tmp/g$n.dot" | head -n 1)
  printf '%8s %8s %10s %10s %8s  %s\n' "$(count_nodes "$tmp/g$n.svg")" "$(count_edges "$tmp/g$n.svg")" \
    "$w" "$s" "$(awk -v a="$w" -v b="$s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')" "$layout"
done

if [ -n "$LAYOUT_SIZES" ]; then
  echo
  printf '%8s %12s %12s\n' nodes "dot_s" "sfdp_s"
  for n in $LAYOUT_SIZES; do
    python3 "$here/gen-graph.py" "$n" "$tmp/l$n.nt"
    t0=$(now)
    timeout 600 "$WARTA" draw "$tmp/l$n.nt" -o "$tmp/l$n.svg" --layout dot || echo "(dot timed out)" >&2
    t1=$(now)
    "$WARTA" draw "$tmp/l$n.nt" -o "$tmp/l$n.svg" --layout sfdp
    t2=$(now)
    printf '%8s %12s %12s\n' "$n" "$(elapsed "$t0" "$t1")" "$(elapsed "$t1" "$t2")"
  done
fi
