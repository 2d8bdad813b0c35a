#!/bin/sh
# virtuoso.sh: warta's graphs in a real SPARQL server (Virtuoso 7), TAP output.
#
# Starts a private Virtuoso (Debian's virtuoso-opensource: virtuoso-t) in a
# temporary directory on free loopback ports, then:
#   1. loads the graph with `warta load` over the Graph Store Protocol
#      (/sparql-graph-crud-auth, HTTP Digest, credentials from the
#      environment) and checks the triple count of every graph against the
#      file and against SELECT (COUNT(*) ...) FROM <graph>;
#   2. runs every competency query (ontology/queries/*.rq) over /sparql and
#      checks that the answers equal those of `warta query` (embedded
#      Rasqal) as sets of rows, terms compared by their lexical values;
#   3. clears the store, loads the same file with Virtuoso's bulk loader
#      (ld_dir + rdf_loader_run) and compares the answers again;
#   4. shuts the server down and removes everything.
# If Virtuoso cannot start the test says why and FAILS.
#
# Environment: WARTA (the warta binary, default $WARTA_BUILDDIR/src/warta),
# WARTA_SRCDIR, WARTA_SPARQL_GRAPH (an N-Quads graph, default
# tests/data/sparql-sample.nq), VIRTUOSO_T / ISQL (server and client
# binaries, default virtuoso-t and isql-vt).
set -u

srcdir=${WARTA_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
builddir=${WARTA_BUILDDIR:-$srcdir}
warta=${WARTA:-$builddir/src/warta}
graph=${WARTA_SPARQL_GRAPH:-$srcdir/tests/data/sparql-sample.nq}
queries=$srcdir/ontology/queries
virtuoso_t=${VIRTUOSO_T:-virtuoso-t}
isql=${ISQL:-isql-vt}

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
diag () { sed 's/^/# /'; }
finish () { echo "1..$n"; [ "$failed" -eq 0 ]; exit $?; }

now () { date +%s.%N; }
elapsed () { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

script_start=$(now)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/warta-virtuoso.XXXXXX") || { not_ok "mktemp"; finish; }
server_pid=

cleanup () {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null
    i=0
    while kill -0 "$server_pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
    kill -9 "$server_pid" 2>/dev/null
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# ------------------------------------------------------------- preflight

command -v "$virtuoso_t" >/dev/null 2>&1 \
  || { not_ok "Virtuoso not found: $virtuoso_t (apt-get install virtuoso-opensource)"; finish; }
command -v "$isql" >/dev/null 2>&1 \
  || { not_ok "isql not found: $isql (apt-get install virtuoso-opensource)"; finish; }
[ -x "$warta" ] || { not_ok "warta binary not found: $warta (set WARTA or WARTA_BUILDDIR)"; finish; }
[ -r "$graph" ] || { not_ok "graph not found: $graph"; finish; }
command -v curl >/dev/null 2>&1 || { not_ok "curl not found (apt-get install curl)"; finish; }

# Two free loopback ports: bind to port 0 and let the kernel choose.
free_port () {
  "${PYTHON3:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
sql_port=$(free_port) && http_port=$(free_port) \
  || { not_ok "cannot find free ports (python3 needed)"; finish; }
[ "$sql_port" != "$http_port" ] || http_port=$(free_port)

# ------------------------------------------------------------- the server

mkdir -p "$tmp/db" "$tmp/bulk"
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
cat > "$tmp/db/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $tmp/db/virtuoso.db
ErrorLogFile = $tmp/db/virtuoso.log
LockFile = $tmp/db/virtuoso.lck
TransactionFile = $tmp/db/virtuoso.trx
xa_persistent_file = $tmp/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $tmp/db/virtuoso-temp.db
TransactionFile = $tmp/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 4
CheckpointInterval = 0
O_DIRECT = 0
CaseMode = 2
DirsAllowed = ., $tmp/bulk, /usr/share/virtuoso-opensource-7/vad
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 4
ServerThreads = 4
EnabledDavVSP = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
EOF

start=$(now)
(cd "$tmp/db" && exec "$virtuoso_t" +configfile virtuoso.ini +foreground) > "$tmp/server.out" 2>&1 &
server_pid=$!

sql () { "$isql" "127.0.0.1:$sql_port" dba "$1" exec="$2" 2>&1; }
ready=no
i=0
while [ $i -lt 240 ]; do   # up to 120 s
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  if sql dba "status();" >/dev/null 2>&1; then ready=yes; break; fi
  sleep 0.5
  i=$((i + 1))
done
if [ "$ready" != yes ]; then
  not_ok "Virtuoso did not start (ports $sql_port/$http_port)"
  { tail -n 15 "$tmp/server.out"; tail -n 15 "$tmp/db/virtuoso.log" 2>/dev/null; } | diag
  finish
fi
startup=$(elapsed "$start")
if ! sql dba "USER_SET_PASSWORD ('dba', '$password');" >/dev/null; then
  not_ok "cannot set the DBA password"
  finish
fi
ok "Virtuoso started in ${startup}s on 127.0.0.1:$sql_port (HTTP $http_port)"

sparql_url="http://127.0.0.1:$http_port/sparql"
crud_url="http://127.0.0.1:$http_port/sparql-graph-crud-auth"

# ------------------------------------------------------------- helpers

# TSV results (Rasqal's N-Triples terms or Virtuoso's quoted values) to
# one line of lexical values per row: IRIs without <>, literals without
# quotes, language tag or datatype; the header as bare variable names.
normalise () {
  awk -F '\t' -v OFS='\t' '
    function lexical (f) {
      if (f ~ /^<.*>$/) return substr (f, 2, length (f) - 2)
      if (f ~ /^\?/) return substr (f, 2)
      if (f ~ /^".*"(@[A-Za-z0-9-]+|\^\^<[^>]*>)?$/) {
        sub (/(@[A-Za-z0-9-]+|\^\^<[^>]*>)$/, "", f)
        f = substr (f, 2, length (f) - 2)
        gsub (/\\"/, "\"", f)
      }
      return f
    }
    { for (i = 1; i <= NF; i++) $i = lexical($i); print }'
}

# Rows after the header, sorted and unique (DISTINCT in every query).
rows () { tail -n +2 | normalise | LC_ALL=C sort -u; }
header () { head -n 1 | normalise; }

virtuoso_select () {
  curl -sS --fail-with-body -H 'Accept: text/tab-separated-values' \
       --data-urlencode "query@$1" "$sparql_url"
}

compare_queries () {
  label=$1
  for q in "$queries"/*.rq; do
    name=$(basename "$q" .rq)
    if ! "$warta" query "$graph" "$q" --format tsv > "$tmp/$name.warta.tsv" 2> "$tmp/err"; then
      not_ok "$label: $name: warta query failed"; diag < "$tmp/err"; continue
    fi
    if ! virtuoso_select "$q" > "$tmp/$name.virtuoso.tsv" 2> "$tmp/err"; then
      not_ok "$label: $name: Virtuoso query failed"; { cat "$tmp/err"; head -c 600 "$tmp/$name.virtuoso.tsv"; } | diag
      continue
    fi
    header < "$tmp/$name.warta.tsv" > "$tmp/h.w"
    header < "$tmp/$name.virtuoso.tsv" > "$tmp/h.v"
    rows < "$tmp/$name.warta.tsv" > "$tmp/r.w"
    rows < "$tmp/$name.virtuoso.tsv" > "$tmp/r.v"
    if cmp -s "$tmp/h.w" "$tmp/h.v" && cmp -s "$tmp/r.w" "$tmp/r.v"; then
      ok "$label: $name: same $(wc -l < "$tmp/r.w") rows in warta query and Virtuoso"
    else
      not_ok "$label: $name: answers differ (< warta query, > Virtuoso)"
      { diff "$tmp/h.w" "$tmp/h.v"; diff "$tmp/r.w" "$tmp/r.v"; } | diag
    fi
  done
}

count_in_store () {
  printf 'SELECT (COUNT(*) AS ?n) FROM <%s> WHERE { ?s ?p ?o }\n' "$1" > "$tmp/count.rq"
  virtuoso_select "$tmp/count.rq" | tail -n +2 | tr -d '"\r'
}

# Distinct triples per graph name in the N-Quads file: "IRI<TAB>count".
counts_in_file () {
  "$warta" query "$graph" --format tsv \
    'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g' \
    | tail -n +2 | sed 's/^<\([^>]*\)>/\1/'
}

graph_iris () {
  counts_in_file | cut -f 1
}

clear_graphs () {
  for g in $(graph_iris); do
    sql "$password" "SPARQL CLEAR GRAPH <$g>;" >/dev/null || return 1
    [ "$(count_in_store "$g")" = 0 ] || return 1
  done
}

# ------------------------------------------------------------- warta load

load_start=$(now)
if WARTA_STORE_USER=dba WARTA_STORE_PASSWORD=$password \
     "$warta" load "$graph" --endpoint "$crud_url" > "$tmp/load.out" 2> "$tmp/load.err"; then
  ok "warta load: $(grep -c '^loaded' "$tmp/load.out") graphs in $(elapsed "$load_start")s"
else
  not_ok "warta load failed"
  diag < "$tmp/load.err"
fi
diag < "$tmp/load.out"

counts_in_file > "$tmp/file-counts"
while IFS="$(printf '\t')" read -r g expected; do
  reported=$(awk -F '\t' -v g="$g" '$1 == "loaded" && $2 == g { print $3 }' "$tmp/load.out")
  stored=$(count_in_store "$g")
  if [ "$reported" = "$expected" ] && [ "$stored" = "$expected" ]; then
    ok "warta load: $g: $expected triples (file = report = store)"
  else
    not_ok "warta load: $g: file $expected, reported '${reported}', stored '${stored}'"
  fi
done < "$tmp/file-counts"

compare_queries "after warta load"

# ------------------------------------------------------------- bulk loader

if clear_graphs; then
  ok "cleared the graphs (each now counts 0 triples)"
else
  not_ok "cannot clear the graphs"
fi
cp "$graph" "$tmp/bulk/graph.nq"
bulk_start=$(now)
sql "$password" "ld_dir ('$tmp/bulk', '*.nq', 'urn:warta:bulk-default'); rdf_loader_run (); checkpoint;" \
  > "$tmp/bulk.out"
errors=$(sql "$password" "SELECT COUNT (*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" \
         | awk '/^[0-9]+ *$/ { print $1; exit }')
loaded=$(sql "$password" "SELECT COUNT (*) FROM DB.DBA.LOAD_LIST WHERE ll_state = 2;" \
         | awk '/^[0-9]+ *$/ { print $1; exit }')
if [ "$errors" = 0 ] && [ "$loaded" = 1 ]; then
  ok "bulk loader: loaded $(basename "$graph") in $(elapsed "$bulk_start")s"
else
  not_ok "bulk loader: $loaded file(s) loaded, $errors error(s)"
  { cat "$tmp/bulk.out"; sql "$password" "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST;"; } | diag
fi
while IFS="$(printf '\t')" read -r g expected; do
  stored=$(count_in_store "$g")
  if [ "$stored" = "$expected" ]; then
    ok "bulk loader: $g: $expected triples"
  else
    not_ok "bulk loader: $g: file $expected, stored '${stored}'"
  fi
done < "$tmp/file-counts"

compare_queries "after bulk load"

# ------------------------------------------------------------- shutdown

sql "$password" "shutdown;" >/dev/null 2>&1
i=0
while kill -0 "$server_pid" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.2; i=$((i + 1)); done
if kill -0 "$server_pid" 2>/dev/null; then
  not_ok "Virtuoso did not shut down"
else
  server_pid=
  ok "Virtuoso shut down; whole run $(elapsed "$script_start")s"
fi
finish
