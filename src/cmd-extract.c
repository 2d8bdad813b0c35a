/* cmd-extract.c: `warta extract` — options, then build.c and writer.c.
 *
 * Reads articles (files, directories, "-"), writes one graph to -o or
 * stdout.  Exit status: 0 when every article was read, 1 when some were
 * skipped (the graph of the others is still written), 2 on usage errors or
 * when nothing could be written. */
#include <stdio.h>

#include "warta-build.h"
#include "warta-commands.h"
#include "warta-writer.h"

int
warta_cmd_extract (int argc, char **argv)
{
  g_autofree char *output = NULL, *format = NULL, *ontology = NULL;
  gboolean quiet = FALSE;
  g_auto (GStrv) paths = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the graph to FILE (default: stdout)", "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "turtle, ntriples or nquads (default: from the -o extension, else turtle)", "FORMAT" },
    { "ontology", 0, 0, G_OPTION_ARG_FILENAME, &ontology,
      "Directory of ontology *.ttl files (default: $WARTA_ONTOLOGY_DIR or the installed ones)", "DIR" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not print warnings or the summary on stderr", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "PATH…" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("PATH… — extract articles into an RDF graph");
  g_option_context_set_summary (ctx,
      "Reads articles (files, directories read recursively in sorted order, or - for\n"
      "stdin) and writes the facts they state as one RDF graph. N-Quads puts each\n"
      "article's facts in a named graph of its own.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "warta extract: %s\n", error->message);
      return 2;
    }
  if (!paths || !paths[0])
    {
      fprintf (stderr, "warta extract: no input: give files, directories or -\n");
      return 2;
    }
  WartaRdfFormat fmt = WARTA_FORMAT_TURTLE;
  if (!format && output && !warta_rdf_format_from_filename (output, &fmt))
    fmt = WARTA_FORMAT_TURTLE;
  if (format && !warta_rdf_format_from_name (format, &fmt))
    {
      fprintf (stderr, "warta extract: unknown format '%s' (turtle, ntriples, nquads)\n", format);
      return 2;
    }

  WartaBuildReport report;
  warta_build_report_init (&report);
  g_autoptr (WartaGraph) g = warta_build_graph ((const char *const *) paths, ontology, &report, &error);
  if (!g)
    {
      fprintf (stderr, "warta extract: %s\n", error->message);
      warta_build_report_clear (&report);
      return 2;
    }
  for (guint k = 0; k < report.errors->len; k++)
    fprintf (stderr, "warta extract: %s\n", ((GError *) g_ptr_array_index (report.errors, k))->message);
  int status = report.errors->len ? 1 : 0;
  if (!warta_graph_write_file (g, fmt, output, &error))
    {
      fprintf (stderr, "warta extract: %s\n", error->message);
      status = 2;
    }
  if (!quiet && status != 2)
    {
      for (guint k = 0; k < report.warnings->len; k++)
        fprintf (stderr, "warta extract: warning: %s\n",
                 (const char *) g_ptr_array_index (report.warnings, k));
      g_autofree char *summary = warta_build_report_format (&report);
      fputs (summary, stderr);
    }
  warta_build_report_clear (&report);
  return status;
}
