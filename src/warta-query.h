/* warta-query.h: SPARQL queries over warta graphs, embedded (Rasqal).
 *
 * `warta query` runs a SPARQL 1.1 query over one or more graph files (any
 * syntax Raptor reads: N-Quads, TriG, Turtle, N-Triples, RDF/XML) or over an
 * in-memory WartaGraph, without any server.  The dataset is built like this:
 *   - the default graph is the union of every triple of every input, each
 *     triple once (Rasqal 0.9.33 evaluates OPTIONAL wrongly over duplicate
 *     triples, and SPARQL's default graph is a set anyway);
 *   - each graph name of the input (an article graph of an N-Quads file)
 *     is also a named graph, for GRAPH ?g { ... }.
 * A store such as Virtuoso that is loaded with `warta load` answers the same
 * queries the same way: with no FROM clause its default graph is the union of
 * all graphs too.
 *
 * Rasqal 0.9.33 has limits (no property paths, no EXISTS/MINUS, VALUES and
 * GROUP_CONCAT separators unreliable, OPTIONAL sharing variables with a
 * preceding multi-row pattern wrong); the queries in ontology/queries are
 * written in the subset that both engines evaluate correctly, see
 * README "SPARQL".
 *
 * Results: SELECT gives a table, CSV, TSV (Rasqal's SPARQL 1.1 CSV/TSV
 * formatters) or SPARQL 1.1 JSON results; ASK gives true/false (or the JSON
 * boolean form); CONSTRUCT/DESCRIBE give N-Triples whatever the format. */
#pragma once

#include <glib.h>
#include "warta-graph.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_QUERY_FORMAT_TABLE,  /* aligned columns, for people */
  WARTA_QUERY_FORMAT_CSV,    /* SPARQL 1.1 Query Results CSV */
  WARTA_QUERY_FORMAT_TSV,    /* SPARQL 1.1 Query Results TSV */
  WARTA_QUERY_FORMAT_JSON,   /* SPARQL 1.1 Query Results JSON */
} WartaQueryFormat;

/* "table", "csv", "tsv", "json" -> format; FALSE if unknown. */
gboolean warta_query_format_from_name (const char *name, WartaQueryFormat *out);

/* The directories searched for a query named by its base name, in order:
 * $WARTA_QUERY_DIR, WARTA_SRC_QUERY_DIR (the source tree's
 * ontology/queries), WARTA_PKGDATA_ONTOLOGY_DIR "/queries" (installed).
 * Unset or empty entries are left out.  Returns a NULL-terminated array (free
 * with g_strfreev). */
char **warta_query_search_path (void);

/* Turns a command-line query argument into query text (newly allocated):
 *   - text that contains '{' or white space is the query itself;
 *   - else an existing file is read;
 *   - else @arg is a query name ("troop-claims", with or without ".rq")
 *     looked up in warta_query_search_path ().
 * Fails with WARTA_ERROR_NOT_FOUND naming the directories searched. */
char *warta_query_resolve (const char *arg, GError **error);

/* Runs @query_text over the graph files @graph_files (NULL-terminated, at
 * least one; "-" is not accepted) and appends the results to @out in
 * @format.  Errors: WARTA_ERROR_PARSE for an unreadable graph or a query
 * syntax error, WARTA_ERROR_FAILED when execution fails. */
gboolean warta_query_run (const char *const *graph_files, const char *query_text,
                          WartaQueryFormat format, GString *out, GError **error);

/* The same over an in-memory graph (e.g. what the extractor just built): its
 * quads make the dataset exactly as a file's would.  @graph is not
 * modified. */
gboolean warta_query_run_graph (const WartaGraph *graph, const char *query_text,
                                WartaQueryFormat format, GString *out, GError **error);

G_END_DECLS
