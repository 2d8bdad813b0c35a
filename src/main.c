/* main.c: the warta command line — dispatch only.
 *
 * Picks the subcommand named by the first argument and hands it the rest;
 * each subcommand parses its own options in src/cmd-NAME.c.  Nothing else
 * happens here. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "warta-commands.h"

typedef struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "build", warta_cmd_build, "extract a corpus into OUTDIR: graph.ttl, graph.nq, graph.svg, summary" },
  { "extract", warta_cmd_extract, "extract articles into one RDF graph (Turtle, N-Triples, N-Quads)" },
  { "draw", warta_cmd_draw, "draw a graph as a diagram (svg, png, pdf, dot)" },
  { "diff", warta_cmd_diff, "compare two graphs or two corpus versions" },
  { "canon", warta_cmd_canon, "write canonical N-Quads (W3C RDFC-1.0)" },
  { "query", warta_cmd_query, "run a SPARQL query over graphs or a corpus" },
  { "load", warta_cmd_load, "send graphs to a store (SPARQL Graph Store Protocol)" },
  { "eval", warta_cmd_eval, "score a graph against gold facts" },
};

static void
usage (FILE *out)
{
  fprintf (out, "Usage: warta COMMAND [OPTION…] [ARG…]\n\n"
                "Turns news articles into a knowledge graph of events and of who said what.\n\n"
                "Commands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (out, "\nRun 'warta COMMAND --help' for the options of a command.\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      usage (stderr);
      return 2;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      usage (stdout);
      return 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("warta %s\n", PACKAGE_VERSION);
      return 0;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        g_set_prgname (commands[i].name);
        return commands[i].run (argc - 1, argv + 1);
      }
  fprintf (stderr, "warta: unknown command '%s'\n\n", argv[1]);
  usage (stderr);
  return 2;
}
