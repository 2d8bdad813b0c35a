/* cmd-build.c: `warta build CORPUS -o OUTDIR` — the main job's options.
 *
 * Extracts the corpus once and writes OUTDIR/graph.ttl, OUTDIR/graph.nq and
 * OUTDIR/graph.svg (each file atomically), then prints a one-screen summary
 * on stdout.  Exit status as for `warta extract`. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "warta-build.h"
#include "warta-commands.h"
#include "warta-draw.h"
#include "warta-writer.h"

static gboolean
write_outputs (WartaGraph *g, const char *outdir, GError **error)
{
  if (g_mkdir_with_parents (outdir, 0755) != 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "cannot create %s: %s",
                   outdir, g_strerror (e));
      return FALSE;
    }
  g_autofree char *ttl = g_build_filename (outdir, "graph.ttl", NULL);
  g_autofree char *nq = g_build_filename (outdir, "graph.nq", NULL);
  g_autofree char *svg = g_build_filename (outdir, "graph.svg", NULL);
  if (!warta_graph_write_file (g, WARTA_FORMAT_TURTLE, ttl, error)
      || !warta_graph_write_file (g, WARTA_FORMAT_NQUADS, nq, error))
    return FALSE;
  WartaDrawOptions opts;
  warta_draw_options_init (&opts);
  gboolean ok = warta_draw_file (g, &opts, svg, error);
  warta_draw_options_clear (&opts);
  if (!ok)
    g_prefix_error (error, "drawing %s: ", svg);
  return ok;
}

int
warta_cmd_build (int argc, char **argv)
{
  g_autofree char *outdir = NULL, *ontology = NULL;
  g_auto (GStrv) paths = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir, "Write graph.ttl, graph.nq and graph.svg into DIR (default: out)", "DIR" },
    { "ontology", 0, 0, G_OPTION_ARG_FILENAME, &ontology,
      "Directory of ontology *.ttl files (default: $WARTA_ONTOLOGY_DIR or the installed ones)", "DIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &paths, NULL, "CORPUS…" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("CORPUS… — build the graph and diagram of a corpus");
  g_option_context_set_summary (ctx,
      "Extracts every article under CORPUS (directories are read recursively; a\n"
      "MANIFEST.tsv in a directory gives publisher, place, date and language) and\n"
      "writes DIR/graph.ttl, DIR/graph.nq (one named graph per article) and\n"
      "DIR/graph.svg (the actors view), then prints a summary.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "warta build: %s\n", error->message);
      return 2;
    }
  if (!paths || !paths[0])
    {
      fprintf (stderr, "warta build: no corpus given (try: warta build corpus -o out)\n");
      return 2;
    }
  WartaBuildReport report;
  warta_build_report_init (&report);
  g_autoptr (WartaGraph) g = warta_build_graph ((const char *const *) paths, ontology, &report, &error);
  if (!g)
    {
      fprintf (stderr, "warta build: %s\n", error->message);
      warta_build_report_clear (&report);
      return 2;
    }
  for (guint k = 0; k < report.errors->len; k++)
    fprintf (stderr, "warta build: %s\n", ((GError *) g_ptr_array_index (report.errors, k))->message);
  int status = report.errors->len ? 1 : 0;
  const char *dir = outdir ? outdir : "out";
  if (!write_outputs (g, dir, &error))
    {
      fprintf (stderr, "warta build: %s\n", error->message);
      warta_build_report_clear (&report);
      return 2;
    }
  warta_draw_shutdown ();
  g_autofree char *summary = warta_build_report_format (&report);
  printf ("%s", summary);
  if (report.warnings->len)
    {
      g_autofree char *wpath = g_build_filename (dir, "warnings.txt", NULL);
      GString *w = g_string_new (NULL);
      for (guint k = 0; k < report.warnings->len; k++)
        g_string_append_printf (w, "%s\n", (char *) g_ptr_array_index (report.warnings, k));
      if (warta_write_file_atomic (wpath, w->str, w->len, &error))
        printf ("                   %s (what was read but not understood)\n", wpath);
      g_string_free (w, TRUE);
    }
  printf ("wrote:             %s/graph.ttl %s/graph.nq %s/graph.svg\n", dir, dir, dir);
  warta_build_report_clear (&report);
  return status;
}
