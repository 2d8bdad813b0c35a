/* test-eval.c: the scorer's rules that the data-driven tests cannot show.
 *
 * test-cases scores at the exact level only.  At the state level a
 * speaker is lifted to the state it speaks for, so a trap row for one
 * body of a state ("!N the defence ministry did not deny") and a true row
 * for another ("N the government spokesperson") can become the same fact.
 * A fact that a true row allows is then no trap hit: the gold contradicts
 * itself at that level and the true row wins.  Without the true row the
 * same fact does hit the trap. */
#include "warta-build.h"
#include "warta-eval.h"
#include "warta-test.h"

static WartaLexicon *lexicon;

static const char text[] =
  "A U.S. official said Chinese troops are stationed at Cambodia's Ream naval base.\n\n"
  "Cambodian government spokesperson Keo Sothearith rejected the reports.\n";

static guint
traps_at_state_level (const char *rows)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) gold = warta_gold_parse (rows, "test", &error);
  g_assert_no_error (error);
  g_autoptr (WartaGraph) g = warta_build_graph_from_text (lexicon, "t.txt", text, "en", NULL, &error);
  g_assert_no_error (error);
  g_autoptr (GPtrArray) facts = warta_eval_facts (g, WARTA_EVAL_STATE);
  WartaEvalResult res;
  warta_eval_score (gold, facts, lexicon, g, WARTA_EVAL_STATE, &res);
  guint traps = res.traps->len;
  warta_eval_result_clear (&res);
  return traps;
}

static void
test_true_row_beats_trap (void)
{
  const char *trap = "t\t!N\tCambodian Ministry of National Defence|Cambodia\tDeployment\tChina\n";
  g_autofree char *both = g_strconcat ("t\tN\tKeo Sothearith\tDeployment\tChina\n", trap, NULL);

  g_assert_cmpuint (traps_at_state_level (both), ==, 0);
  g_assert_cmpuint (traps_at_state_level (trap), ==, 1);
}

/* `warta eval` reads a graph with the registry alone: a body learned from
 * the text is known to it only by the graph's labels, and gold may use
 * its acronym, which the graph gives as a skos:altLabel. */
static void
test_graph_alt_label (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) gold = warta_gold_parse ("t\tD\tVSD\tRussia\t15000\n", "test", &error);
  g_assert_no_error (error);
  g_autoptr (WartaGraph) g = warta_build_graph_from_text (
      lexicon, "t.txt", "Departemen Keamanan Negara Lituania (VSD) mengatakan 15 ribu tentara Rusia berada di Belarus.\n",
      "id", NULL, &error);
  g_assert_no_error (error);
  WartaLexicon *registry = warta_test_lexicon ();
  g_autoptr (GPtrArray) facts = warta_eval_facts (g, WARTA_EVAL_EXACT);
  WartaEvalResult res;
  warta_eval_score (gold, facts, registry, g, WARTA_EVAL_EXACT, &res);
  g_assert_cmpuint (res.missed->len, ==, 0);
  warta_eval_result_clear (&res);
  /* without the graph the acronym names nobody */
  warta_eval_score (gold, facts, registry, NULL, WARTA_EVAL_EXACT, &res);
  g_assert_cmpuint (res.missed->len, ==, 1);
  warta_eval_result_clear (&res);
  warta_lexicon_free (registry);
}

/* Gold rows missed (or, with @wrong, facts no row allows) when @row
 * scores the graph of @article at the exact level, names read with the
 * registry alone (as `warta eval` does). */
static guint
count_exact (const char *row, const char *article, gboolean wrong)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) gold = warta_gold_parse (row, "test", &error);
  g_assert_no_error (error);
  g_autoptr (WartaGraph) g
      = warta_build_graph_from_text (lexicon, "t.txt", article, "en", NULL, &error);
  g_assert_no_error (error);
  WartaLexicon *registry = warta_test_lexicon ();
  g_autoptr (GPtrArray) facts = warta_eval_facts (g, WARTA_EVAL_EXACT);
  WartaEvalResult res;
  warta_eval_score (gold, facts, registry, g, WARTA_EVAL_EXACT, &res);
  guint n = wrong ? res.wrong->len : res.missed->len;
  warta_eval_result_clear (&res);
  warta_lexicon_free (registry);
  return n;
}

static guint
missed_exact (const char *row, const char *article)
{
  return count_exact (row, article, FALSE);
}

/* Gold may name a state's body otherwise than the graph does: "Kazakh
 * Foreign Ministry" or "Kazakhstani Ministry of Foreign Affairs" for the
 * learned "Kazakh Ministry of Foreign Affairs", in any case.  Another
 * state's body, or a body with another job, is still another actor. */
static guint
missed_with_speaker (const char *speaker)
{
  g_autofree char *row = g_strdup_printf ("t\tU\t%s\tDeployment\tRussia\n", speaker);
  return missed_exact (row, "A U.S. official said Russia had sent 3,000 troops to Kazakhstan.\n\n"
                            "Kazakhstan's foreign ministry declined to confirm the figure.\n");
}

static void
test_body_names (void)
{
  g_assert_cmpuint (missed_with_speaker ("Kazakh Ministry of Foreign Affairs"), ==, 0);
  g_assert_cmpuint (missed_with_speaker ("Kazakhstani Ministry of Foreign Affairs"), ==, 0);
  g_assert_cmpuint (missed_with_speaker ("Kazakh Foreign Ministry"), ==, 0);
  g_assert_cmpuint (missed_with_speaker ("kazakhstan's foreign ministry"), ==, 0);
  g_assert_cmpuint (missed_with_speaker ("Uzbek Foreign Ministry"), ==, 1);
  g_assert_cmpuint (missed_with_speaker ("Kazakh Defence Ministry"), ==, 1);
  g_assert_cmpuint (missed_with_speaker ("Kazakh Foreign Minister"), ==, 1);
}

/* An unnamed official of a body ("a senior official of the French
 * intelligence service") is named, as the writers' brief asks, by that
 * body or by its state; another state is still wrong. */
static guint
missed_official (const char *speaker)
{
  g_autofree char *row = g_strdup_printf ("t\tD\t%s\tRussia\t450\n", speaker);
  return missed_exact (row, "A senior official of the French intelligence service said about 450 "
                            "Russian soldiers had been stationed in Burkina Faso.\n");
}

static void
test_unnamed_official_state (void)
{
  g_assert_cmpuint (missed_official ("Directorate-General for External Security"), ==, 0);
  g_assert_cmpuint (missed_official ("France"), ==, 0);
  g_assert_cmpuint (missed_official ("Burkina Faso"), ==, 1);
}

/* A destination named by a city that is also a name for its state's
 * government ("Port Vila" for Vanuatu) is the city: the gold row for the
 * city matches the city, and the one for the state the lifted state. */
static void
test_capital_destination (void)
{
  static const char article[] = "About 50 Chinese police officers arrived in Port Vila last week.\n";
  static const char both[] = "t\tP\tChina\tPort Vila\nt\tP\tChina\tVanuatu\n";
  g_assert_cmpuint (missed_exact (both, article), ==, 0);
  g_assert_cmpuint (count_exact (both, article, TRUE), ==, 0);
  g_assert_cmpuint (count_exact ("t\tP\tChina\tVanuatu\n", article, TRUE), ==, 1);
  g_assert_cmpuint (missed_exact ("t\tP\tChina\tLuganville\n", article), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  lexicon = warta_test_lexicon ();
  g_test_add_func ("/eval/true-row-beats-trap", test_true_row_beats_trap);
  g_test_add_func ("/eval/graph-alt-label", test_graph_alt_label);
  g_test_add_func ("/eval/body-names", test_body_names);
  g_test_add_func ("/eval/unnamed-official-state", test_unnamed_official_state);
  g_test_add_func ("/eval/capital-destination", test_capital_destination);
  int rc = g_test_run ();
  warta_lexicon_free (lexicon);
  return rc;
}
