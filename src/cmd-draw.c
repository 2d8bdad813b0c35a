/* cmd-draw.c: `warta draw GRAPH… -o FILE`: option parsing only.
 *
 * Reads every GRAPH file into one WartaGraph (warta_graph_parse_file, any
 * syntax it guesses from the extension), fills a WartaDrawOptions and calls
 * warta_draw_file (), which renders in-process with Graphviz and writes FILE
 * atomically.  Exit status 0 on success, 1 on any error (message on
 * stderr).  Called by src/main.c. */
#include <stdio.h>
#include <string.h>

#include "warta-commands.h"
#include "warta-draw.h"
#include "warta-error.h"
#include "warta-graph.h"

static const char draw_description[] =
  "Views:\n"
  "  actors    states, organizations, people and destination places; deployments\n"
  "            (\"deploys 1,500 (special forces)\") and arms transfers as arrows,\n"
  "            affiliations as thin grey arrows (the default)\n"
  "  claims    one node per deployment, arms transfer or treaty; each statement an\n"
  "            arrow speaker -> event labelled with its stance and the event's\n"
  "            figure: claim solid, denial bold red, not confirmed dashed\n"
  "  treaties  treaties with their parties, signatories, date and place\n"
  "  timeline  events and statements left to right by date, one column per date,\n"
  "            undated ones in a group of their own\n"
  "\n"
  "Filters:\n"
  "  --focus NAME keeps what lies within --depth hops of the actor or place with\n"
  "  that label (preferred or alternative, any language, case-insensitive).\n"
  "  --kind is repeatable; actor classes (State, Organization, Person, Actor,\n"
  "  Place), event classes (Deployment, ArmsTransfer, Treaty) and statement\n"
  "  classes (Claim, Denial, NonConfirmation, Statement) each restrict their own\n"
  "  kind of thing: --kind Deployment --kind Denial draws denials of deployments.\n"
  "  --article keeps facts derived from the article whose identifier equals or\n"
  "  starts with ID.\n"
  "\n"
  "Layout: dot up to " G_STRINGIFY (WARTA_DRAW_SFDP_NODES) " nodes (neato for the claims view), sfdp\n"
  "beyond (--layout overrides).  Above "
  G_STRINGIFY (WARTA_DRAW_EDGE_LABEL_LIMIT) " edges\n"
  "the edge labels are dropped and the legend says so.  --format dot writes the\n"
  "graph structure unlaid, for any Graphviz tool.";

static gboolean
parse_graphs (WartaGraph *g, char **files, GError **error)
{
  for (guint i = 0; files[i]; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("f%u_", i);

      if (!warta_graph_parse_file (g, files[i], NULL, prefix, error))
        {
          if (*error && !strstr ((*error)->message, files[i]))
            g_prefix_error (error, "%s: ", files[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Checks the options that warta_draw_file () would only reject after
 * reading every graph. */
static gboolean
check_options (const char *output, const char *format, const char *view, int depth, char **files,
               WartaDrawOptions *opts, GError **error)
{
  if (output == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "no output file: give -o FILE (.svg .png .pdf .dot)");
      return FALSE;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "no GRAPH file given");
      return FALSE;
    }
  if (format && warta_draw_format_from_name (format) == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "unknown format '%s' (svg, png, pdf or dot)", format);
      return FALSE;
    }
  if (format == NULL && warta_draw_format_from_filename (output) == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                   "cannot tell the format from '%s': use --format svg|png|pdf|dot", output);
      return FALSE;
    }
  if (view && !warta_draw_view_from_name (view, &opts->view))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                   "unknown view '%s' (actors, claims, treaties or timeline)", view);
      return FALSE;
    }
  if (depth < 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "--depth must be 0 or more");
      return FALSE;
    }
  return TRUE;
}

int
warta_cmd_draw (int argc, char **argv)
{
  g_autofree char *output = NULL, *format = NULL, *view = NULL, *focus = NULL;
  g_autofree char *article = NULL, *lang = NULL, *layout = NULL, *title = NULL;
  g_auto (GStrv) kinds = NULL, files = NULL;
  int depth = 1;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the diagram to FILE, atomically (required)", "FILE" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "svg, png, pdf or dot (default: from the extension of FILE)", "FORMAT" },
    { "view", 'v', 0, G_OPTION_ARG_STRING, &view,
      "actors (default), claims, treaties or timeline", "VIEW" },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &focus,
      "Keep only what lies near the actor or place labelled NAME", "NAME" },
    { "depth", 0, 0, G_OPTION_ARG_INT, &depth, "Hops kept around --focus (default 1)", "N" },
    { "kind", 'k', 0, G_OPTION_ARG_STRING_ARRAY, &kinds,
      "Keep only things of class CLASS (repeatable; e.g. Deployment, Denial, Person)", "CLASS" },
    { "article", 'a', 0, G_OPTION_ARG_STRING, &article,
      "Keep only facts read from the article whose identifier is (or starts with) ID", "ID" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      "Label language: en (default) or id; names fall back to English", "LANG" },
    { "layout", 'L', 0, G_OPTION_ARG_STRING, &layout,
      "Graphviz layout engine: dot, sfdp, neato, fdp, circo, twopi (default: by size)", "ENGINE" },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, "Title drawn above the diagram", "TEXT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "GRAPH…" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("GRAPH… -o FILE — draw a graph as a diagram");
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaGraph) g = NULL;
  WartaDrawOptions opts;
  gboolean ok;

  g_option_context_set_summary (ctx,
      "Draws the RDF graphs GRAPH… (Turtle .ttl, N-Triples .nt, N-Quads .nq; read\n"
      "together as one graph) as a diagram rendered in-process by Graphviz.");
  g_option_context_set_description (ctx, draw_description);
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "warta draw: %s\n", error->message);
      return 1;
    }
  warta_draw_options_init (&opts);
  if (!check_options (output, format, view, depth, files, &opts, &error))
    {
      fprintf (stderr, "warta draw: %s\n", error->message);
      warta_draw_options_clear (&opts);
      return 1;
    }
  opts.focus = g_steal_pointer (&focus);
  opts.depth = (guint) depth;
  for (guint i = 0; kinds && kinds[i]; i++)
    g_ptr_array_add (opts.kinds, g_strdup (kinds[i]));
  opts.article = g_steal_pointer (&article);
  if (lang)
    {
      g_free (opts.lang);
      opts.lang = g_steal_pointer (&lang);
    }
  opts.layout = g_steal_pointer (&layout);
  opts.format = g_steal_pointer (&format);
  opts.title = g_steal_pointer (&title);

  g = warta_graph_new ();
  ok = parse_graphs (g, files, &error) && warta_draw_file (g, &opts, output, &error);
  warta_draw_options_clear (&opts);
  warta_draw_shutdown ();
  if (!ok)
    {
      fprintf (stderr, "warta draw: %s\n", error->message);
      return 1;
    }
  return 0;
}
