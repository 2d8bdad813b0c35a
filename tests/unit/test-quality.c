/* test-quality.c: the extractor held to the level it has reached.
 *
 * Extracts the sample corpus (corpus/) and the held-out articles
 * (tests/heldout/), scores them against tests/gold/ with warta eval's
 * scorer, and fails when F1 drops below the floors in
 * tests/gold/floors.tsv or when a trap is hit.  The floors are raised by
 * hand when the extractor gets better; they are never lowered to make a
 * change pass. */
#include <stdlib.h>
#include <string.h>

#include "warta-build.h"
#include "warta-eval.h"

static const char *
srcdir (void)
{
  const char *d = g_getenv ("WARTA_SRCDIR");
  return d ? d : ".";
}

/* floors.tsv: NAME <TAB> min exact F1 <TAB> min state F1 */
static void
floors_for (const char *name, double *exact, double *state)
{
  g_autofree char *path = g_build_filename (srcdir (), "tests", "gold", "floors.tsv", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      if (lines[i][0] != '#' && g_strv_length (f) >= 3 && strcmp (f[0], name) == 0)
        {
          *exact = g_ascii_strtod (f[1], NULL);
          *state = g_ascii_strtod (f[2], NULL);
          return;
        }
    }
  g_error ("no floor for %s in %s", name, path);
}

static void
score_dir (const char *name, const char *dir, const char *gold_file, double *fe, double *fs)
{
  g_autofree char *path = g_build_filename (srcdir (), dir, NULL);
  g_autofree char *gpath = g_build_filename (srcdir (), "tests", "gold", gold_file, NULL);
  const char *paths[] = { path, NULL };
  WartaBuildReport rep;
  warta_build_report_init (&rep);
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaGraph) g = warta_build_graph (paths, NULL, &rep, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rep.errors->len, ==, 0);
  warta_build_report_clear (&rep);
  g_autoptr (GPtrArray) gold = warta_gold_load (gpath, &error);
  g_assert_no_error (error);
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (warta_lexicon_default_dir (), &error);
  g_assert_no_error (error);
  WartaEvalResult res[2];
  for (int lvl = 0; lvl < 2; lvl++)
    {
      g_autoptr (GPtrArray) facts = warta_eval_facts (g, lvl);
      warta_eval_score (gold, facts, lex, lvl, &res[lvl]);
    }
  g_autofree char *text = warta_eval_format (&res[0], &res[1], TRUE);
  g_test_message ("%s:\n%s", name, text);
  *fe = warta_eval_f1 (&res[0].all);
  *fs = warta_eval_f1 (&res[1].all);
  guint traps = res[0].traps->len + res[1].traps->len;
  warta_eval_result_clear (&res[0]);
  warta_eval_result_clear (&res[1]);
  g_assert_cmpuint (traps, ==, 0);
}

static void
test_corpus (void)
{
  double fe, fs, me, ms;
  score_dir ("corpus", "corpus", "corpus.tsv", &fe, &fs);
  floors_for ("corpus", &me, &ms);
  g_test_message ("corpus F1 exact=%.3f (floor %.3f) state=%.3f (floor %.3f)", fe, me, fs, ms);
  g_assert_cmpfloat (fe, >=, me);
  g_assert_cmpfloat (fs, >=, ms);
}

static void
test_heldout (void)
{
  double fe, fs, me, ms;
  score_dir ("heldout", "tests/heldout", "heldout.tsv", &fe, &fs);
  floors_for ("heldout", &me, &ms);
  g_test_message ("held-out F1 exact=%.3f (floor %.3f) state=%.3f (floor %.3f)", fe, me, fs, ms);
  g_assert_cmpfloat (fe, >=, me);
  g_assert_cmpfloat (fs, >=, ms);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quality/corpus", test_corpus);
  g_test_add_func ("/quality/heldout", test_heldout);
  return g_test_run ();
}
