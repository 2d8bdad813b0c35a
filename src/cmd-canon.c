/* cmd-canon.c: `warta canon FILE… [--hash sha256|sha384] [--map]
 * [--work-limit N] [-o FILE]`: option parsing only.
 *
 * Reads every FILE into one dataset (warta_line_set_read_file: N-Triples
 * and N-Quads by warta's own parser, which keeps blank node labels; other
 * syntaxes through Raptor; with several files the blank nodes of file k>1
 * are relabelled "fK_" so that files do not share blank nodes), runs
 * warta_canonicalize () and writes the canonical N-Quads, or with --map the
 * issued identifiers map as JSON.  Exit status 0 on success, 1 on an
 * error, 3 when the work limit was exceeded.  Called by src/main.c. */
#include <stdio.h>
#include <string.h>

#include "warta-canon.h"
#include "warta-commands.h"
#include "warta-error.h"
#include "warta-writer.h"

static gboolean
read_inputs (WartaLineSet *ls, char **files, const char *syntax, GError **error)
{
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *prefix = i > 0 ? g_strdup_printf ("f%u_", i + 1) : NULL;

      if (!warta_line_set_read_file (ls, files[i], syntax, prefix, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
run (char **files, const char *syntax, const char *hash, gboolean map, gint64 limit,
     const char *output, GError **error)
{
  g_autoptr (WartaLineSet) in = warta_line_set_new ();
  g_autoptr (WartaLineSet) out = NULL;
  g_autoptr (GHashTable) issued = NULL;
  g_autofree char *text = NULL;
  WartaCanonOptions opts;
  gsize len;

  warta_canon_options_init (&opts);
  if (hash != NULL && !warta_canon_hash_from_name (hash, &opts.hash))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "unknown hash '%s' (sha256 or sha384)",
                   hash);
      return FALSE;
    }
  if (limit < 0 && limit != G_MININT64)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "--work-limit must be 0 (none) or more");
      return FALSE;
    }
  if (limit != G_MININT64)
    opts.work_limit = (guint64) limit;
  if (!read_inputs (in, files, syntax, error))
    return FALSE;
  out = warta_canonicalize (in, &opts, &issued, NULL, error);
  if (out == NULL)
    return FALSE;
  if (map)
    {
      text = warta_canon_map_to_json (issued);
      len = strlen (text);
    }
  else
    text = warta_line_set_to_string (out, &len);
  return warta_write_file_atomic (output, text, len, error);
}

int
warta_cmd_canon (int argc, char **argv)
{
  g_autofree char *output = NULL, *hash = NULL, *syntax = NULL;
  g_auto (GStrv) files = NULL;
  gboolean map = FALSE;
  gint64 limit = G_MININT64;
  const GOptionEntry entries[] = {
    { "hash", 0, 0, G_OPTION_ARG_STRING, &hash, "Hash algorithm: sha256 (default) or sha384",
      "ALGO" },
    { "map", 'm', 0, G_OPTION_ARG_NONE, &map,
      "Write the issued identifiers map (input label -> canonical label) as JSON instead", NULL },
    { "work-limit", 0, 0, G_OPTION_ARG_INT64, &limit,
      "Give up after N steps of blank node hashing (default "
      G_STRINGIFY (WARTA_CANON_WORK_BASE) " + " G_STRINGIFY (WARTA_CANON_WORK_PER_BNODE)
      " per blank node; 0: no limit)", "N" },
    { "from", 'f', 0, G_OPTION_ARG_STRING, &syntax,
      "Input syntax (nquads, ntriples, turtle, trig, rdfxml; default: from the extension)",
      "SYNTAX" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE atomically (default: stdout)",
      "FILE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE… — write canonical N-Quads");
  g_autoptr (GError) error = NULL;

  g_option_context_set_summary (ctx,
      "Writes the RDF dataset in FILE… (\"-\": N-Quads on stdin) as canonical N-Quads\n"
      "following W3C RDF Dataset Canonicalization (RDFC-1.0): blank nodes get the\n"
      "labels _:c14n0, _:c14n1, … so that isomorphic datasets give identical bytes.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "warta canon: %s\n", error->message);
      return 1;
    }
  if (files == NULL || files[0] == NULL)
    {
      fprintf (stderr, "warta canon: no FILE given (use - for stdin)\n");
      return 1;
    }
  if (!run (files, syntax, hash, map, limit, output, &error))
    {
      fprintf (stderr, "warta canon: %s\n", error->message);
      return g_error_matches (error, WARTA_ERROR, WARTA_ERROR_LIMIT) ? 3 : 1;
    }
  return 0;
}
