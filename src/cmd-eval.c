/* cmd-eval.c: `warta eval --gold FILE GRAPH…` — options, then eval.c.
 *
 * Prints precision, recall and F1 per kind of fact at the exact and state
 * levels, and with -v the missed, wrong and trap facts.  --min-exact and
 * --min-state turn it into a check: exit 1 when a figure falls below. */
#include <stdio.h>

#include "warta-commands.h"
#include "warta-eval.h"

int
warta_cmd_eval (int argc, char **argv)
{
  g_autofree char *gold_path = NULL, *ontology = NULL;
  gboolean verbose = FALSE;
  double min_exact = 0, min_state = 0;
  g_auto (GStrv) graphs = NULL;
  const GOptionEntry entries[] = {
    { "gold", 'g', 0, G_OPTION_ARG_FILENAME, &gold_path, "Gold facts (TSV, see README)", "FILE" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "List missed, wrong and trap facts", NULL },
    { "min-exact", 0, 0, G_OPTION_ARG_DOUBLE, &min_exact, "Exit 1 if exact-level F1 is below X", "X" },
    { "min-state", 0, 0, G_OPTION_ARG_DOUBLE, &min_state, "Exit 1 if state-level F1 is below X", "X" },
    { "ontology", 0, 0, G_OPTION_ARG_FILENAME, &ontology, "Ontology directory (for names in the gold)", "DIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &graphs, NULL, "GRAPH…" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("GRAPH… — score graphs against gold facts");
  g_option_context_set_summary (ctx,
      "Reads the graphs (any RDF syntax, by extension) through the graph contract,\n"
      "turns them into flat facts and scores them against the gold file.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "warta eval: %s\n", error->message);
      return 2;
    }
  if (!gold_path || !graphs || !graphs[0])
    {
      fprintf (stderr, "warta eval: need --gold FILE and at least one GRAPH\n");
      return 2;
    }
  g_autoptr (GPtrArray) gold = warta_gold_load (gold_path, &error);
  if (!gold)
    {
      fprintf (stderr, "warta eval: %s\n", error->message);
      return 2;
    }
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (ontology ? ontology : warta_lexicon_default_dir (), &error);
  if (!lex)
    {
      fprintf (stderr, "warta eval: loading the ontology: %s\n", error->message);
      return 2;
    }
  g_autoptr (WartaGraph) g = warta_graph_new ();
  for (guint k = 0; graphs[k]; k++)
    if (!warta_graph_parse_file (g, graphs[k], NULL, NULL, &error))
      {
        fprintf (stderr, "warta eval: %s\n", error->message);
        return 2;
      }
  g_autoptr (GPtrArray) fe = warta_eval_facts (g, WARTA_EVAL_EXACT);
  g_autoptr (GPtrArray) fs = warta_eval_facts (g, WARTA_EVAL_STATE);
  WartaEvalResult exact, state;
  warta_eval_score (gold, fe, lex, g, WARTA_EVAL_EXACT, &exact);
  warta_eval_score (gold, fs, lex, g, WARTA_EVAL_STATE, &state);
  g_autofree char *report = warta_eval_format (&exact, &state, verbose);
  fputs (report, stdout);
  int status = 0;
  if (warta_eval_f1 (&exact.all) < min_exact || warta_eval_f1 (&state.all) < min_state)
    {
      fprintf (stderr, "warta eval: F1 below the required level (exact %.3f < %.3f or state %.3f < %.3f)\n",
               warta_eval_f1 (&exact.all), min_exact, warta_eval_f1 (&state.all), min_state);
      status = 1;
    }
  warta_eval_result_clear (&exact);
  warta_eval_result_clear (&state);
  return status;
}
