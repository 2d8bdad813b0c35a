#!/bin/sh
# virtuoso-corpus.sh: tests/virtuoso.sh on warta's own graph of corpus/ (TAP):
# the sample corpus is extracted, loaded into a private Virtuoso with
# `warta load` and with the bulk loader, and every competency query must
# answer there as it does embedded (`warta query`).
set -u
srcdir=${WARTA_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
builddir=${WARTA_BUILDDIR:-$srcdir}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/warta-vcorpus.XXXXXX") || exit 99
if ! "$builddir/src/warta" extract -q "$srcdir/corpus" -f nquads -o "$tmp/corpus.nq"; then
  echo "1..1"
  echo "not ok 1 - warta extract failed on corpus/"
  rm -rf "$tmp"
  exit 1
fi
WARTA_SPARQL_GRAPH=$tmp/corpus.nq sh "$srcdir/tests/virtuoso.sh"
status=$?
rm -rf "$tmp"
exit $status
