#!/bin/sh
# ontology-labels.sh: the actor registry in ontology/*.ttl stays linkable.
# Runs tests/ontology-labels.py (python3 + rdflib): one prefLabel@en per
# actor, language tags on every label, no label naming two actors (except a
# state and its capital), and every locatedIn/affiliation target an actor.
# This is what keeps an analyst's added file (README) from silently
# shadowing an existing name.  TAP output.
#
# Environment: WARTA_SRCDIR (source tree, default: this script's ..),
# WARTA_ONTOLOGY_DIR (default: $WARTA_SRCDIR/ontology).
set -u
srcdir=${WARTA_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
onto=${WARTA_ONTOLOGY_DIR:-$srcdir/ontology}
# Debian's python3 has python3-rdflib (.ci/test-packages); a pyenv one may not
py=${WARTA_PYTHON:-/usr/bin/python3}
echo "1..2"
out=$("$py" "$srcdir/tests/ontology-labels.py" "$onto" 2>&1)
status=$?
printf '%s\n' "$out" | sed 's/^/# /'
if [ $status -eq 0 ]; then echo "ok 1 - registry labels in $onto are consistent"
else echo "not ok 1 - registry labels in $onto are consistent"; fi
# the check must be able to fail: a file that gives Russia's name to another
# actor is refused
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$onto"/*.ttl "$tmp"/
cat > "$tmp/zz-clash.ttl" <<'TTL'
@prefix warta: <https://w3id.org/warta/ns#> .
@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/warta/id/actor/not-russia> a warta:State ;
    skos:prefLabel "Russia"@en .
TTL
if "$py" "$srcdir/tests/ontology-labels.py" "$tmp" 2>&1 | grep -q '^ERROR label clash "russia"'; then
  echo "ok 2 - a second actor named Russia is refused"
else echo "not ok 2 - a second actor named Russia is refused"; fi
