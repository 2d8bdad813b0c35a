/* cmd-diff.c: `warta diff OLD NEW [-f SYNTAX] [-t SYNTAX]
 * [--format summary|ntriples|patch|sparql] [-o FILE]`: option parsing only.
 *
 * Reads OLD and NEW (warta_diff_files: N-Triples/N-Quads by warta's own
 * parser, other syntaxes through Raptor), compares them as datasets and
 * writes the change in the chosen format, or, when FILE ends in .svg .png
 * .pdf or .dot, draws it (warta_diff_draw).  OLD or NEW may be a corpus
 * directory (extracted with build.c) or a `warta build` output directory
 * (its graph.nq is reused).  Exit status like diff(1): 0
 * same, 1 different, 2 trouble.  Called by src/main.c. */
#include <stdio.h>
#include <string.h>

#include "warta-build.h"
#include "warta-commands.h"
#include "warta-diff.h"
#include "warta-draw.h"
#include "warta-error.h"
#include "warta-writer.h"

static gboolean
write_result (const WartaDiff *d, const char *format_name, const char *output, GError **error)
{
  WartaDiffFormat format = WARTA_DIFF_SUMMARY;
  g_autofree char *text = NULL;

  if (output != NULL && warta_draw_format_from_filename (output) != NULL && format_name == NULL)
    return warta_diff_draw (d, output, error);
  if (format_name != NULL && !warta_diff_format_from_name (format_name, &format))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                   "unknown format '%s' (summary, ntriples, patch or sparql)", format_name);
      return FALSE;
    }
  text = warta_diff_format (d, format, error);
  if (text == NULL)
    return FALSE;
  return warta_write_file_atomic (output, text, strlen (text), error);
}

static gboolean
check_inputs (char **files, GError **error)
{
  if (files == NULL || g_strv_length (files) != 2)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "give exactly two inputs: OLD NEW");
      return FALSE;
    }
  return TRUE;
}

/* A side of the diff given as a directory: a build output (DIR/graph.nq,
 * reused as it is) or a corpus, extracted now. */
static WartaGraph *
graph_of_directory (const char *dir, GError **error)
{
  g_autofree char *built = g_build_filename (dir, "graph.nq", NULL);
  g_autoptr (WartaGraph) g = NULL;
  if (g_file_test (built, G_FILE_TEST_IS_REGULAR))
    {
      g = warta_graph_new ();
      if (!warta_graph_parse_file (g, built, "nquads", NULL, error))
        return NULL;
      return g_steal_pointer (&g);
    }
  const char *paths[] = { dir, NULL };
  WartaBuildReport report;
  warta_build_report_init (&report);
  g = warta_build_graph (paths, NULL, &report, error);
  for (guint k = 0; report.errors && k < report.errors->len; k++)
    fprintf (stderr, "warta diff: %s\n", ((GError *) g_ptr_array_index (report.errors, k))->message);
  warta_build_report_clear (&report);
  if (!g)
    g_prefix_error (error, "extracting %s: ", dir);
  return g_steal_pointer (&g);
}

static WartaGraph *
graph_of_file (const char *path, const char *syntax, GError **error)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  if (!warta_graph_parse_file (g, path, syntax, NULL, error))
    return NULL;
  return g_steal_pointer (&g);
}

/* Two corpus versions (or a corpus and a graph): extract, then compare
 * graphs.  Stable IRIs make an edited article change only its own facts. */
static WartaGraph *
graph_of_input (const char *path, const char *syntax, GError **error)
{
  return g_file_test (path, G_FILE_TEST_IS_DIR) ? graph_of_directory (path, error)
                                                : graph_of_file (path, syntax, error);
}

static WartaDiff *
diff_with_corpora (char **files, const char *from, const char *to, GError **error)
{
  g_autoptr (WartaGraph) old_graph = graph_of_input (files[0], from, error);
  if (!old_graph)
    return NULL;
  g_autoptr (WartaGraph) new_graph = graph_of_input (files[1], to, error);
  if (!new_graph)
    return NULL;
  return warta_diff_graphs (old_graph, new_graph, error);
}

int
warta_cmd_diff (int argc, char **argv)
{
  g_autofree char *output = NULL, *format = NULL, *from = NULL, *to = NULL;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_STRING, &from,
      "Syntax of OLD (turtle, ntriples, nquads, trig, rdfxml; default: from the extension)",
      "SYNTAX" },
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "Syntax of NEW (default: from the extension)",
      "SYNTAX" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      "summary (default), ntriples (+/- lines), patch (RDF Patch) or sparql (SPARQL Update)",
      "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE atomically (default: stdout); FILE.svg/.png/.pdf/.dot draws the change",
      "FILE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "OLD NEW" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("OLD NEW — compare two RDF datasets or corpus versions");
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaDiff) d = NULL;

  g_option_context_set_summary (ctx,
      "Compares two RDF files as datasets: order, syntax and blank node labels do not\n"
      "matter (blank nodes are matched by RDFC-1.0 canonical labelling).  Exit status\n"
      "0 when they are the same, 1 when they differ, 2 on trouble.\n"
      "OLD and NEW may also be corpus directories (extracted first) or `warta build`\n"
      "output directories (their graph.nq is read).");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || !check_inputs (files, &error))
    {
      fprintf (stderr, "warta diff: %s\n", error->message);
      return 2;
    }
  if (g_file_test (files[0], G_FILE_TEST_IS_DIR) || g_file_test (files[1], G_FILE_TEST_IS_DIR))
    d = diff_with_corpora (files, from, to, &error);
  else
    d = warta_diff_files (files[0], from, files[1], to, &error);
  if (d == NULL || !write_result (d, format, output, &error))
    {
      fprintf (stderr, "warta diff: %s\n", error->message);
      return 2;
    }
  return warta_diff_is_empty (d) ? 0 : 1;
}
