/* cmd-load.c: `warta load GRAPH… --endpoint URL`: option parsing only.
 *
 * Fills a WartaLoadOptions (credentials from the environment, never from
 * options), calls warta_load_files () and prints its report on stdout: one
 * line per graph with the triples sent and the HTTP status.  Exit status 0
 * when every graph was stored, 1 when any failed (the failed batch named on
 * stderr), 2 on bad usage.  Called by src/main.c. */
#include <stdio.h>

#include "warta-commands.h"
#include "warta-error.h"
#include "warta-load.h"

static const char load_description[] =
  "Each graph name of the input (each article graph of an N-Quads file)\n"
  "replaces the graph of that name in the store (HTTP PUT ENDPOINT?graph=IRI,\n"
  "N-Triples); triples without a graph name go to the default graph\n"
  "(ENDPOINT?default).  --graph IRI puts everything into that one graph.\n"
  "A graph larger than --batch-size triples is sent as a PUT and then POSTs.\n"
  "\n"
  "Credentials: WARTA_STORE_USER and WARTA_STORE_PASSWORD, or a netrc file\n"
  "($WARTA_STORE_NETRC, else ~/.netrc); HTTP Basic or Digest as the server\n"
  "asks.  TLS certificates are always verified.  Connection errors, timeouts,\n"
  "HTTP 5xx and 429 are retried with exponential backoff.\n"
  "\n"
  "Virtuoso: --endpoint http://HOST:8890/sparql-graph-crud-auth (Digest, a\n"
  "user with SPARQL_UPDATE).\n"
  "\n"
  "Report, one line per graph: loaded|FAILED, graph IRI (or \"default\"),\n"
  "triples, HTTP status [, reason].";

int
warta_cmd_load (int argc, char **argv)
{
  g_autofree char *endpoint = NULL, *graph = NULL, *content_type = NULL;
  g_auto (GStrv) files = NULL;
  int batch_size = WARTA_LOAD_DEFAULT_BATCH, retries = WARTA_LOAD_DEFAULT_RETRIES;
  int timeout = 300;
  const GOptionEntry entries[] = {
    { "endpoint", 'e', 0, G_OPTION_ARG_STRING, &endpoint,
      "Graph Store Protocol endpoint URL (required)", "URL" },
    { "graph", 'g', 0, G_OPTION_ARG_STRING, &graph,
      "Put every triple into the graph IRI (default: one graph per graph name)", "IRI" },
    { "batch-size", 'b', 0, G_OPTION_ARG_INT, &batch_size,
      "Triples per request (default " G_STRINGIFY (WARTA_LOAD_DEFAULT_BATCH) ")", "N" },
    { "retries", 'r', 0, G_OPTION_ARG_INT, &retries,
      "Retries of a request after a transient failure (default "
      G_STRINGIFY (WARTA_LOAD_DEFAULT_RETRIES) ")", "N" },
    { "timeout", 't', 0, G_OPTION_ARG_INT, &timeout, "Seconds per request (default 300)", "S" },
    { "content-type", 0, 0, G_OPTION_ARG_STRING, &content_type,
      "Media type of the request bodies (default application/n-triples; the bodies\n"
      "                            are N-Triples, which text/turtle also accepts)", "TYPE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx =
    g_option_context_new ("GRAPH… --endpoint URL — send graphs to a triple store");
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results =
    g_ptr_array_new_with_free_func ((GDestroyNotify) warta_load_result_free);
  g_autofree char *report = NULL;
  WartaLoadOptions opts;
  gboolean ok;

  g_option_context_set_summary (ctx,
      "Loads RDF graph files (N-Quads, TriG, Turtle, N-Triples) into a store over\n"
      "the SPARQL 1.1 Graph Store HTTP Protocol.");
  g_option_context_set_description (ctx, load_description);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "warta load: %s\n", error->message);
      return 2;
    }
  if (endpoint == NULL || files == NULL || files[0] == NULL || batch_size < 1
      || retries < 0 || timeout < 1)
    {
      fprintf (stderr, "warta load: %s (see warta load --help)\n",
               endpoint == NULL ? "no --endpoint given"
               : (files == NULL || files[0] == NULL) ? "no GRAPH file given"
               : "--batch-size and --timeout must be 1 or more, --retries 0 or more");
      return 2;
    }

  warta_load_options_init (&opts);
  opts.endpoint = endpoint;
  opts.graph = graph;
  opts.batch_size = (guint) batch_size;
  opts.retries = (guint) retries;
  opts.timeout_s = (guint) timeout;
  if (content_type != NULL)
    opts.content_type = content_type;

  ok = warta_load_files ((const char *const *) files, &opts, results, &error);
  report = warta_load_report_format (results);
  fputs (report, stdout);
  fflush (stdout);
  if (!ok)
    {
      fprintf (stderr, "warta load: %s\n", error->message);
      return 1;
    }
  return 0;
}
