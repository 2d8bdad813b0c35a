#!/bin/sh
# diff-bench.sh: times `warta diff --format ntriples` on two N-Triples files
# of N triples (default 1,000,000; no blank nodes) that differ in 1% of
# their triples (and come in different orders), next to
# `LC_ALL=C sort` + `comm -3` on the same files, with peak memory from
# GNU time (/usr/bin/time -v: Debian package "time").  Run on demand only:
#     bench/diff-bench.sh [WARTA_BINARY] [N]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
warta=${1:-$here/../src/warta}
n=${2:-1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/diff-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if [ ! -x /usr/bin/time ]; then
  echo "diff-bench: /usr/bin/time missing (apt-get install time)" >&2
  exit 2
fi

echo "generating 2 x $n triples in $work ..."
awk -v n="$n" -v changed=0 -f "$here/diff-gen.awk" > "$work/old.nt"
awk -v n="$n" -v changed=1 -f "$here/diff-gen.awk" > "$work/new.nt"
ls -l "$work/old.nt" "$work/new.nt" | awk '{ print "  " $5 " bytes  " $NF }'

# Prints "seconds peak-KiB" of a command run under GNU time.
measure () {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" || [ $? -eq 1 ]
  tail -n 1 "$work/time.txt"
}

# Run each twice, keep the second (warm page cache).
measure "$warta" diff --format ntriples -o "$work/warta.out" "$work/old.nt" "$work/new.nt" > /dev/null
set -- $(measure "$warta" diff --format ntriples -o "$work/warta.out" "$work/old.nt" "$work/new.nt")
w_sec=$1 w_kib=$2

export work
cat > "$work/sortcomm.sh" <<'EOS'
LC_ALL=C sort "$work/old.nt" > "$work/old.sorted"
LC_ALL=C sort "$work/new.nt" > "$work/new.sorted"
LC_ALL=C comm -3 "$work/old.sorted" "$work/new.sorted" > "$work/comm.out"
EOS
measure sh "$work/sortcomm.sh" > /dev/null
set -- $(measure sh "$work/sortcomm.sh")
s_sec=$1 s_kib=$2

w_lines=$(wc -l < "$work/warta.out")
s_lines=$(wc -l < "$work/comm.out")
echo "changed lines: warta $w_lines, sort+comm $s_lines"
[ "$w_lines" -eq "$s_lines" ] || echo "WARNING: the line counts differ"
printf '%-22s %8s s %10s KiB peak\n' "warta diff" "$w_sec" "$w_kib"
printf '%-22s %8s s %10s KiB peak (largest process)\n' "sort + sort + comm" "$s_sec" "$s_kib"
awk -v a="$w_sec" -v b="$s_sec" -v c="$w_kib" -v d="$s_kib" \
  'BEGIN { printf "ratio warta / sort+comm: time %.2f, memory %.2f\n", a / b, c / d }'
