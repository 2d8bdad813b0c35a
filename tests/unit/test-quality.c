/* test-quality.c: the extractor held to the level it has reached.
 *
 * Extracts each article set listed in tests/gold/floors.tsv (the sample
 * corpus, the held-out articles), scores it against its gold with warta
 * eval's scorer, and fails when F1 drops below the floor or a trap is hit.  The floors are raised by
 * hand when the extractor gets better; they are never lowered to make a
 * change pass. */
#include <string.h>

#include "warta-build.h"
#include "warta-eval.h"
#include "warta-test.h"


/* floors.tsv rows: NAME <TAB> DIR <TAB> GOLD <TAB> min exact F1 <TAB> min state F1 */
typedef struct {
  char *name, *dir, *gold;
  double exact, state;
} Floor;

static void
floor_free (gpointer p)
{
  Floor *f = p;
  g_free (f->name);
  g_free (f->dir);
  g_free (f->gold);
  g_free (f);
}

static GPtrArray *
load_floors (void)
{
  g_autofree char *root = warta_test_srcdir ();
  g_autofree char *path = g_build_filename (root, "tests", "gold", "floors.tsv", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  GPtrArray *out = g_ptr_array_new_with_free_func (floor_free);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      if (lines[i][0] == '#' || g_strv_length (f) < 5)
        continue;
      Floor *fl = g_new0 (Floor, 1);
      fl->name = g_strdup (f[0]);
      fl->dir = g_strdup (f[1]);
      fl->gold = g_strdup (f[2]);
      fl->exact = g_ascii_strtod (f[3], NULL);
      fl->state = g_ascii_strtod (f[4], NULL);
      g_ptr_array_add (out, fl);
    }
  return out;
}

static void
test_floor (gconstpointer data)
{
  const Floor *fl = data;
  g_autofree char *root = warta_test_srcdir ();
  g_autofree char *path = g_build_filename (root, fl->dir, NULL);
  g_autofree char *gpath = g_build_filename (root, "tests", "gold", fl->gold, NULL);
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
      warta_eval_score (gold, facts, lex, g, lvl, &res[lvl]);
    }
  g_autofree char *text = warta_eval_format (&res[0], &res[1], TRUE);
  g_test_message ("%s:\n%s", fl->name, text);
  double fe = warta_eval_f1 (&res[0].all), fs = warta_eval_f1 (&res[1].all);
  guint traps = res[0].traps->len + res[1].traps->len;
  warta_eval_result_clear (&res[0]);
  warta_eval_result_clear (&res[1]);
  g_test_message ("%s F1 exact=%.3f (floor %.3f) state=%.3f (floor %.3f)", fl->name, fe, fl->exact,
                  fs, fl->state);
  g_assert_cmpuint (traps, ==, 0);
  g_assert_cmpfloat (fe, >=, fl->exact);
  g_assert_cmpfloat (fs, >=, fl->state);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();
  g_autoptr (GPtrArray) floors = load_floors ();
  g_assert_cmpuint (floors->len, >, 0);
  for (guint k = 0; k < floors->len; k++)
    {
      Floor *fl = g_ptr_array_index (floors, k);
      g_autofree char *name = g_strdup_printf ("/quality/%s", fl->name);
      g_test_add_data_func (name, fl, test_floor);
    }
  return g_test_run ();
}
