#!/bin/sh
# shacl.sh: validates warta graphs against ontology/shapes.ttl with a real
# SHACL engine (rdf-validate-shacl, via tests/shacl-node/validate.mjs), and
# checks that graphs broken on purpose are reported as non-conforming.
# TAP output.  Needs node; the validator is installed into tests/shacl-node
# with `npm ci` (pinned by package-lock.json) when missing.  Without node or
# the validator the test FAILS, saying so.
#
# Environment: WARTA_SRCDIR (source tree, default: this script's ..),
# WARTA_SHACL_GRAPH (graph to validate; default: warta's own graph of corpus/,
# extracted with $WARTA_BUILDDIR/src/warta, else tests/data/sparql-sample.nq).
set -u

srcdir=${WARTA_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
shapes=$srcdir/ontology/shapes.ttl
sample=$srcdir/tests/data/sparql-sample.nq
graph=${WARTA_SHACL_GRAPH:-$sample}
validator=$srcdir/tests/shacl-node/validate.mjs
tmp=$(mktemp -d "${TMPDIR:-/tmp}/warta-shacl.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

W='https://w3id.org/warta/ns#'
ID='https://w3id.org/warta/id/'
XSD='http://www.w3.org/2001/XMLSchema#'
SKOS='http://www.w3.org/2004/02/skos/core#'
PROV='http://www.w3.org/ns/prov#'
DCT='http://purl.org/dc/terms/'

# Each case: a name, how to break the sample (stdin -> stdout), and the
# property path the validation report must name.
drop () { grep -v -F "$1"; }
cases='claim-without-speaker
two-english-preflabels
troops-not-integer
treaty-with-one-party
statement-without-evidence
event-without-article
date-not-xsd
article-two-identifiers
deployment-without-agent'

break_graph () {
  case $1 in
    claim-without-speaker) drop "<${ID}claim/c1> <${W}speaker>" ;;
    two-english-preflabels)
      sed "s%^\(<${ID}actor/kremlin> <${SKOS}prefLabel>\) \"Kremlin\"@en \(.*\)\$%&\n\1 \"The Kremlin\"@en \2%" ;;
    troops-not-integer) sed "s%\"12000\"^^<${XSD}integer>%\"12.000\"%" ;;
    treaty-with-one-party) drop "<${ID}treaty/t1> <${W}party> <${ID}actor/russia>" ;;
    statement-without-evidence) drop "<${ID}denial/n1> <${W}evidence>" ;;
    event-without-article) drop "<${ID}deployment/d3> <${PROV}wasDerivedFrom>" ;;
    date-not-xsd) sed "s%\"2024-06-19\"^^<${XSD}date>%\"19 Juni 2024\"%" ;;
    article-two-identifiers)
      sed "s%^\(<${ID}article/a1_sample.txt> <${DCT}identifier>\) \"a1_sample.txt\" \(.*\)\$%&\n\1 \"a1_copy.txt\" \2%" ;;
    deployment-without-agent) drop "<${ID}deployment/d2> <${W}agent>" ;;
  esac
}

expected_path () {
  case $1 in
    claim-without-speaker) echo "<${W}speaker>" ;;
    two-english-preflabels) echo "<${SKOS}prefLabel>" ;;
    troops-not-integer) echo "<${W}troops>" ;;
    treaty-with-one-party) echo "<${W}party>" ;;
    statement-without-evidence) echo "<${W}evidence>" ;;
    event-without-article) echo "<${PROV}wasDerivedFrom>" ;;
    date-not-xsd) echo "<${W}signedOn>" ;;
    article-two-identifiers) echo "<${DCT}identifier>" ;;
    deployment-without-agent) echo "<${W}agent>" ;;
  esac
}

n_cases=$(printf '%s\n' "$cases" | wc -l)
echo "1..$((n_cases + 2))"

bail () {
  echo "not ok 1 - $1"
  i=2
  while [ $i -le $((n_cases + 2)) ]; do
    echo "not ok $i - not run: $1"
    i=$((i + 1))
  done
  exit 1
}

command -v node >/dev/null 2>&1 || bail "node not found (apt-get install nodejs npm)"
if [ ! -d "$srcdir/tests/shacl-node/node_modules/rdf-validate-shacl" ] && command -v npm >/dev/null 2>&1; then
  # the validator's exact versions are pinned by package-lock.json
  npm ci --prefix "$srcdir/tests/shacl-node" --no-audit --no-fund >&2 2>&1
fi
[ -d "$srcdir/tests/shacl-node/node_modules/rdf-validate-shacl" ] \
  || bail "SHACL validator not installed: run npm ci --prefix $srcdir/tests/shacl-node"

# By default, validate what warta writes for the sample corpus.
warta=${WARTA_BUILDDIR:-$srcdir}/src/warta
if [ -z "${WARTA_SHACL_GRAPH:-}" ] && [ -x "$warta" ]; then
  graph=$tmp/corpus.nq
  "$warta" extract -q "$srcdir/corpus" -f nquads -o "$graph" || bail "warta extract failed on corpus/"
fi

out=$(node "$validator" "$shapes" "$graph" 2>&1)
if [ "$out" = conforms ]; then
  echo "ok 1 - $(basename "$graph") conforms to shapes.ttl"
else
  echo "not ok 1 - $(basename "$graph") does not conform to shapes.ttl"
  printf '%s\n' "$out" | sed 's/^/# /'
fi

# the sample itself must conform, or the broken variants prove nothing
out=$(node "$validator" "$shapes" "$sample" 2>&1)
[ "$out" = conforms ] && echo "ok 2 - the sample graph conforms" \
  || { echo "not ok 2 - the sample graph does not conform"; printf '%s\n' "$out" | sed 's/^/# /'; }

i=3
for name in $cases; do
  broken=$tmp/$name.nq
  path=$(expected_path "$name")
  break_graph "$name" < "$sample" > "$broken"
  if cmp -s "$broken" "$sample"; then
    echo "not ok $i - $name: breaking the sample changed nothing"
  else
    out=$(node "$validator" "$shapes" "$broken" 2>&1)
    status=$?
    if [ $status -eq 1 ] && printf '%s\n' "$out" | grep -qF "$path"; then
      echo "ok $i - $name is reported"
    else
      echo "not ok $i - $name: expected a violation on $path (exit $status)"
      printf '%s\n' "$out" | sed 's/^/# /'
    fi
  fi
  i=$((i + 1))
done
