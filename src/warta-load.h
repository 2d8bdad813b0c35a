/* warta-load.h: sending graphs to a triple store (SPARQL 1.1 Graph Store
 * HTTP Protocol, libcurl).
 *
 * Each graph name of the input (an article graph of an N-Quads file) is
 * replaced in the store by an HTTP PUT to ENDPOINT?graph=IRI with the graph's
 * triples as N-Triples; triples without a graph name go to the default graph
 * (ENDPOINT?default), or to WartaLoadOptions.graph when that is set, which
 * also puts everything into that one graph.  A graph larger than
 * batch_size triples is sent as a PUT of the first batch followed by POSTs
 * (append) of the rest.
 *
 * Credentials come from the environment (WARTA_STORE_USER,
 * WARTA_STORE_PASSWORD) or from a netrc file ($WARTA_STORE_NETRC, else
 * ~/.netrc), never from the command line; HTTP Basic or Digest, whichever
 * the server asks for.  TLS certificates are always verified.
 * Transient failures (connection errors, timeouts, HTTP 5xx and 429) are
 * retried with exponential backoff.
 *
 * Ownership: results are owned by the caller (free with
 * warta_load_result_free); options only borrow their strings. */
#pragma once

#include <glib.h>
#include "warta-graph.h"

G_BEGIN_DECLS

#define WARTA_LOAD_DEFAULT_BATCH 50000
#define WARTA_LOAD_DEFAULT_RETRIES 3

typedef struct {
  const char *endpoint;      /* Graph Store Protocol URL (required) */
  const char *graph;         /* everything into this graph IRI; NULL: by graph name */
  guint batch_size;          /* triples per request (0: WARTA_LOAD_DEFAULT_BATCH) */
  guint retries;             /* extra attempts per request on transient failures */
  guint retry_delay_ms;      /* first backoff delay, doubled at each retry (default 500) */
  guint timeout_s;           /* per request (default 300) */
  const char *content_type;  /* default "application/n-triples" */
  const char *user;          /* NULL: no explicit credentials (netrc may apply) */
  const char *password;
  const char *netrc_file;    /* NULL: curl's default (~/.netrc) */
} WartaLoadOptions;

/* Defaults, with user/password from WARTA_STORE_USER / WARTA_STORE_PASSWORD
 * and netrc_file from WARTA_STORE_NETRC (the strings stay owned by the
 * environment). */
void warta_load_options_init (WartaLoadOptions *opts);

typedef struct {
  char *graph;        /* graph IRI, or NULL for the default graph */
  guint triples;      /* triples in the graph */
  guint sent;         /* triples acknowledged by the store */
  guint batches;      /* requests the graph needs */
  long http_status;   /* status of the last request (0: no HTTP answer) */
  char *error;        /* NULL when the whole graph was stored */
} WartaLoadResult;

void warta_load_result_free (WartaLoadResult *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaLoadResult, warta_load_result_free)

/* Sends every graph of @graph (in IRI order, the default graph first) and
 * appends one WartaLoadResult per graph to @results (element-type
 * WartaLoadResult, free func warta_load_result_free).  Goes on with the
 * next graph after a failed one; returns FALSE if any graph failed, with
 * @error naming the first failed batch (WARTA_ERROR_IO). */
gboolean warta_load_graph (const WartaGraph *graph, const WartaLoadOptions *opts,
                           GPtrArray *results, GError **error);

/* Reads @files (any syntax warta_graph_parse_file reads) into one graph and
 * loads it. */
gboolean warta_load_files (const char *const *files, const WartaLoadOptions *opts,
                           GPtrArray *results, GError **error);

/* The report: one line per graph,
 *   "loaded\t<IRI>\t<triples>\t<HTTP status>" or
 *   "FAILED\t<IRI>\t<triples>\t<HTTP status>\t<message>",
 * the IRI being "default" for the default graph, then a summary line. */
char *warta_load_report_format (GPtrArray *results);

G_END_DECLS
