#!/usr/bin/env bash
# tests/cli.sh: src/warta as a user meets it, checked end to end (TAP).
#
# - `warta build corpus -o DIR` writes graph.ttl, graph.nq, graph.svg and a summary;
# - running twice, or on the files in another order, writes byte-identical files;
# - an invalid UTF-8 file is named with its byte offset, skipped, the rest is
#   still extracted, and the exit status is 1;
# - a BOM and CRLF are accepted; boilerplate lines yield no facts;
# - a fact nobody is named for is a warning on stderr (not with --quiet);
# - N-Quads puts each article in a named graph of its own;
# - a failed write leaves the old output intact;
# - the shared scorer (../shared/eval/score.py, when python3-rdflib and the
#   shared directory are there) finds no contract problem and no trap.
set -u
top=${WARTA_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
build=${WARTA_BUILDDIR:-$top}
warta="$build/src/warta"
export WARTA_ONTOLOGY_DIR=${WARTA_ONTOLOGY_DIR:-$top/ontology}
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
check () { local what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }

# 1. the main job
"$warta" build "$top/corpus" -o "$tmp/out" > "$tmp/summary" 2> "$tmp/err"
rc=$?
check "build exits 0 on the sample corpus" test "$rc" -eq 0
check "build writes graph.ttl, graph.nq, graph.svg" \
  test -s "$tmp/out/graph.ttl" -a -s "$tmp/out/graph.nq" -a -s "$tmp/out/graph.svg"
check "the summary counts five articles" grep -q "articles read: *5" "$tmp/summary"
check "the summary counts denials" grep -Eq "Denial +[1-9]" "$tmp/summary"
if command -v xmllint > /dev/null; then
  check "graph.svg is well-formed XML" xmllint --noout "$tmp/out/graph.svg"
fi

# 2. determinism: twice, and in another order
"$warta" build "$top/corpus" -o "$tmp/out2" > /dev/null 2>&1
check "a second run writes a byte-identical graph.ttl" cmp -s "$tmp/out/graph.ttl" "$tmp/out2/graph.ttl"
check "a second run writes a byte-identical graph.nq" cmp -s "$tmp/out/graph.nq" "$tmp/out2/graph.nq"
mkdir -p "$tmp/shuffled/b" "$tmp/shuffled/a"
files=("$top"/corpus/*.txt)
cp "${files[0]}" "${files[1]}" "$tmp/shuffled/b/"
cp "${files[@]:2}" "$tmp/shuffled/a/"
cp "$top/corpus/MANIFEST.tsv" "$tmp/shuffled/"
"$warta" extract -q "$tmp/shuffled" -o "$tmp/shuffled.ttl"
"$warta" extract -q "$top/corpus" -o "$tmp/direct.ttl"
check "directory layout does not change the graph" cmp -s "$tmp/direct.ttl" "$tmp/shuffled.ttl"
"$warta" extract -q "${files[4]}" "${files[2]}" "${files[0]}" "${files[3]}" "${files[1]}" -o "$tmp/order1.ttl"
"$warta" extract -q "${files[@]}" -o "$tmp/order2.ttl"
check "the order of the inputs does not change the graph" cmp -s "$tmp/order1.ttl" "$tmp/order2.ttl"

# 2b. stable IRIs: editing one article changes only the facts it carries
mkdir -p "$tmp/v2"
cp "$top"/corpus/*.txt "$top/corpus/MANIFEST.tsv" "$tmp/v2/"
sed -i 's/3\.000 tentara, termasuk/4.000 tentara, termasuk/' "$tmp/v2/004_2f167f2b09e4421a.txt"
"$warta" extract -q "$tmp/v2" -o "$tmp/v2.nq"
grep -v 'article/004-' "$tmp/out/graph.nq" | grep -v 'graph/actors' > "$tmp/others1"
grep -v 'article/004-' "$tmp/v2.nq" | grep -v 'graph/actors' > "$tmp/others2"
check "editing one article leaves every other article's graph unchanged" cmp -s "$tmp/others1" "$tmp/others2"
"$warta" diff "$top/corpus" "$tmp/v2" > "$tmp/corpus.diff"
rc=$?
check "warta diff of two corpus versions exits 1" test "$rc" -eq 1
check "the diff tells the new figure" grep -q "4,000 troops" "$tmp/corpus.diff"
check "every changed fact comes from the edited article" \
  bash -c "! grep -E '^  (new |.* removed \\()' '$tmp/corpus.diff' | grep -v -q '004_2f167f2b09e4421a.txt'"

# 3. an invalid UTF-8 file among good ones
mkdir -p "$tmp/bad"
cp "${files[0]}" "$tmp/bad/"
printf 'Korea Utara mengirim \xff\xfe pasukan.\n' > "$tmp/bad/broken.txt"
"$warta" extract "$tmp/bad" -o "$tmp/bad.ttl" 2> "$tmp/bad.err" > /dev/null
rc=$?
check "an invalid file makes the exit status 1" test "$rc" -eq 1
check "the error names the file and the byte offset" grep -Eq "broken.txt.*(offset|byte) 21" "$tmp/bad.err"
check "the other articles are still extracted" grep -q "000_849ee8f691e751fa.txt" "$tmp/bad.ttl"

# 4. BOM and CRLF, boilerplate
printf '\xef\xbb\xbfBadan Intelijen Nasional mengatakan Korea Utara mengirim 1.500 tentara ke Rusia.\r\nBaca Juga: Korea Utara mengirim 9.000 tentara ke Rusia\r\nAdvertisement\r\n' > "$tmp/bom.txt"
"$warta" extract -q "$tmp/bom.txt" -f ntriples -o "$tmp/bom.nt"
check "a BOM+CRLF article is read" grep -q '"1500"^^<http://www.w3.org/2001/XMLSchema#integer>' "$tmp/bom.nt"
check "a 'Baca Juga' line yields no fact" bash -c "! grep -q 9000 '$tmp/bom.nt'"

# 5. stdin and per-article graphs
echo "Rusia membantah mengirim pasukan ke Ukraina." | "$warta" extract -q - -f nquads > "$tmp/stdin.nq"
check "stdin is read as an article" grep -q "Denial" "$tmp/stdin.nq"
echo "Dilaporkan bahwa 500 tentara Rusia dikirim ke Suriah." \
  | "$warta" extract - > /dev/null 2> "$tmp/warn.err"
check "an unattributed report is a warning on stderr" \
  grep -q '^warta extract: warning: .*names no source' "$tmp/warn.err"
echo "Dilaporkan bahwa 500 tentara Rusia dikirim ke Suriah." \
  | "$warta" extract -q - > /dev/null 2> "$tmp/quiet.err"
check "--quiet prints no warning" test ! -s "$tmp/quiet.err"
check "N-Quads names one graph per article" \
  test "$(awk '{print $(NF-1)}' "$tmp/out/graph.nq" | grep -c 'id/article/')" -gt 0
check "every article has its own named graph" \
  test "$(awk '{print $(NF-1)}' "$tmp/out/graph.nq" | grep 'id/article/' | sort -u | wc -l)" -eq 5

# 6. atomic writes: a failure leaves the old file
mkdir -p "$tmp/ro"
echo "old" > "$tmp/ro/graph.ttl"
chmod a-w "$tmp/ro"
if [ "$(id -u)" -ne 0 ]; then
  "$warta" extract -q "$top/corpus" -o "$tmp/ro/graph.ttl" 2> /dev/null
  check "a failed write exits non-zero and keeps the old file" grep -qx old "$tmp/ro/graph.ttl"
else
  # root ignores directory permissions; write into a path whose parent is a file instead
  "$warta" extract -q "$top/corpus" -o "$tmp/ro/graph.ttl/x.ttl" 2> /dev/null
  rc=$?
  check "a failed write exits non-zero and keeps the old file" test "$rc" -ne 0 -a "$(cat "$tmp/ro/graph.ttl")" = old
fi
chmod u+w "$tmp/ro"

# 7. usage errors and --help
"$warta" extract > /dev/null 2>&1
check "extract without input is a usage error (2)" test $? -eq 2
"$warta" frobnicate > /dev/null 2>&1
check "an unknown command is a usage error (2)" test $? -eq 2
check "--help lists the commands" bash -c "'$warta' --help | grep -q 'build' "
check "extract --help names the formats" bash -c "'$warta' extract --help | grep -q 'nquads'"

# 8. the README's test command is the one CI runs
line=$(grep -m1 '^sh .ci/deps' "$top/.ci/run")
check "README's second command line is the one .ci/run runs" \
  test "$(grep -c -F -x -- "$line" "$top/README.md")" -eq 1

# 9. the shared scorer, when it is there
shared=${WARTA_SHARED:-$top/../shared}
if [ -f "$shared/eval/score.py" ] && /usr/bin/python3 -c 'import rdflib' 2> /dev/null; then
  /usr/bin/python3 "$shared/eval/score.py" "$tmp/out/graph.ttl" > "$tmp/score" 2>&1
  check "score.py: no contract problems" grep -q "^contract problems: 0" "$tmp/score"
  check "score.py: no trap hit" bash -c "! grep -q '^traps hit: [1-9]' '$tmp/score'"
  /usr/bin/python3 "$shared/eval/score.py" "$tmp/out/graph.nq" > "$tmp/score-nq" 2>&1
  check "score.py reads the N-Quads the same as the Turtle" \
    test "$(tail -n 1 "$tmp/score")" = "$(tail -n 1 "$tmp/score-nq")"
  echo "# $(tail -n 1 "$tmp/score")"
else
  n=$((n + 1)); echo "ok $n # SKIP ../shared/eval/score.py or python3-rdflib absent"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
