/* cmd-query.c: `warta query [GRAPH…] [--corpus DIR] QUERY`: option parsing only.
 *
 * The last argument is the query (a file, a query name such as
 * "troop-claims", or SPARQL text); the ones before it are graph files.  With
 * --corpus the articles are extracted first (warta_build_graph) and queried
 * together with any graph files; otherwise the files go straight to
 * warta_query_run ().  Results go to stdout.  Exit status 0 on success, 1 on
 * any error (message on stderr), 2 on bad usage.  Called by src/main.c. */
#include <stdio.h>
#include <string.h>

#include "warta-build.h"
#include "warta-commands.h"
#include "warta-error.h"
#include "warta-graph.h"
#include "warta-query.h"

static const char query_description[] =
  "QUERY is a file, SPARQL text (anything with '{' or a space), or the name of\n"
  "a query shipped with warta, looked up in $WARTA_QUERY_DIR, the source tree's\n"
  "ontology/queries and the installed ontology/queries:\n"
  "  troop-claims         who claims how many troops went where, in which article\n"
  "  denials              which claims or events are denied, by whom, when\n"
  "  non-confirmations    who could not confirm what\n"
  "  contradictions       differing troop figures for the same agent, with sources\n"
  "  treaties             parties, signatories, date, place, provisions\n"
  "  about-actor          everything said about an actor (default North Korea)\n"
  "  timeline             events and statements by date\n"
  "  supporting-articles  the articles each event or treaty was read from\n"
  "--list prints the names found.\n"
  "\n"
  "The default graph is the union of all inputs (each triple once); each\n"
  "graph name of an N-Quads or TriG input is also a named graph for GRAPH ?g.";

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Prints "NAME<TAB>PATH" for each named query, sorted, the first directory
 * of the search path winning. */
static void
list_queries (void)
{
  g_auto (GStrv) dirs = warta_query_search_path ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (char **d = dirs; *d != NULL; d++)
    {
      g_autoptr (GDir) dir = g_dir_open (*d, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".rq")
            && g_hash_table_add (seen, g_strndup (name, strlen (name) - 3)))
          g_ptr_array_add (lines, g_strdup_printf ("%.*s\t%s/%s", (int) (strlen (name) - 3),
                                                   name, *d, name));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    puts (lines->pdata[i]);
}

static gboolean
run_over_corpus (char **corpus, char **graph_files, const char *text,
                 WartaQueryFormat format, GString *out, GError **error)
{
  WartaBuildReport report;
  g_autoptr (WartaGraph) g = NULL;

  warta_build_report_init (&report);
  g = warta_build_graph ((const char *const *) corpus, NULL, &report, error);
  for (guint i = 0; report.errors != NULL && i < report.errors->len; i++)
    fprintf (stderr, "warta query: skipped: %s\n",
             ((GError *) report.errors->pdata[i])->message);
  warta_build_report_clear (&report);
  if (g == NULL)
    return FALSE;
  for (guint i = 0; graph_files[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("f%u_", i);
      if (!warta_graph_parse_file (g, graph_files[i], NULL, prefix, error))
        return FALSE;
    }
  return warta_query_run_graph (g, text, format, out, error);
}

static int
usage_error (const char *message)
{
  fprintf (stderr, "warta query: %s (see warta query --help)\n", message);
  return 2;
}

int
warta_cmd_query (int argc, char **argv)
{
  g_autofree char *format_name = NULL;
  g_auto (GStrv) args = NULL, corpus = NULL;
  gboolean list = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "table (default), csv, tsv or json (SPARQL 1.1 results formats)", "FORMAT" },
    { "corpus", 'c', 0, G_OPTION_ARG_FILENAME_ARRAY, &corpus,
      "Extract the articles in DIR (or file) and query them (repeatable)", "DIR" },
    { "list", 'l', 0, G_OPTION_ARG_NONE, &list, "List the named queries and exit", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx =
    g_option_context_new ("[GRAPH…] QUERY — run a SPARQL query over graphs or a corpus");
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *text = NULL;
  WartaQueryFormat format = WARTA_QUERY_FORMAT_TABLE;
  guint n_args;
  gboolean ok;

  g_option_context_set_summary (ctx,
      "Runs a SPARQL 1.1 query with the embedded Rasqal engine over RDF graph files\n"
      "(N-Quads, TriG, Turtle, N-Triples, RDF/XML) and/or a freshly extracted corpus.");
  g_option_context_set_description (ctx, query_description);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return usage_error (error->message);
  if (list)
    {
      list_queries ();
      return 0;
    }
  if (format_name != NULL && !warta_query_format_from_name (format_name, &format))
    return usage_error ("unknown --format (table, csv, tsv or json)");
  n_args = args != NULL ? g_strv_length (args) : 0;
  if (n_args == 0)
    return usage_error ("no QUERY given");
  if (n_args == 1 && corpus == NULL)
    return usage_error ("no GRAPH file and no --corpus given");

  text = warta_query_resolve (args[n_args - 1], &error);
  if (text != NULL)
    {
      g_free (g_steal_pointer (&args[n_args - 1]));
      if (corpus != NULL)
        ok = run_over_corpus (corpus, args, text, format, out, &error);
      else
        ok = warta_query_run ((const char *const *) args, text, format, out, &error);
    }
  else
    ok = FALSE;
  if (!ok)
    {
      fprintf (stderr, "warta query: %s\n", error->message);
      return 1;
    }
  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
