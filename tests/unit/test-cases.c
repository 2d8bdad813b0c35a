/* test-cases.c: data-driven extraction tests.
 *
 * Each tests/cases/NAME.case holds a short article and the facts it must
 * and must not yield, in the gold format of warta-eval.h without the
 * article column:
 *
 *     # what the case is about
 *     lang: id
 *     --- text
 *     …the article…
 *     --- facts
 *     D	National Intelligence Service	North Korea	1500
 *     ?P	North Korea	Ukraine        (optional: allowed, not required)
 *     !N	Vladimir Putin	Deployment	North Korea   (must not appear)
 *
 * The article is extracted in memory into a contract graph, the graph is
 * read back through the contract (warta_eval_facts) and compared with the
 * rows at the exact level: every plain row must be found, no fact may hit a
 * '!' row, and no fact may appear that no row allows.  So the comparison is
 * of facts read from the graph, not of text. */
#include <string.h>

#include "warta-build.h"
#include "warta-eval.h"
#include "warta-test.h"

static int
cmp_strp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static WartaLexicon *lexicon;

typedef struct {
  char *path;
  char *lang;
  char *text;
  char *facts;
} Case;


static Case *
case_load (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &data, NULL, &error))
    g_error ("%s", error->message);
  Case *c = g_new0 (Case, 1);
  c->path = g_strdup (path);
  char *text = strstr (data, "--- text\n");
  char *facts = strstr (data, "--- facts\n");
  g_assert_nonnull (text);
  g_assert_nonnull (facts);
  g_assert_true (text < facts);
  c->text = g_strndup (text + 9, facts - (text + 9));
  /* rows get the article column the scorer expects */
  GString *rows = g_string_new (NULL);
  g_auto (GStrv) lines = g_strsplit (facts + 10, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (*lines[i] && lines[i][0] != '#')
      g_string_append_printf (rows, "case\t%s\n", lines[i]);
  c->facts = g_string_free (rows, FALSE);
  *text = '\0';
  g_auto (GStrv) head = g_strsplit (data, "\n", -1);
  for (guint i = 0; head[i]; i++)
    if (g_str_has_prefix (head[i], "lang:"))
      c->lang = g_strstrip (g_strdup (head[i] + 5));
  return c;
}

static void
case_free (Case *c)
{
  g_free (c->path);
  g_free (c->lang);
  g_free (c->text);
  g_free (c->facts);
  g_free (c);
}

static void
report (const char *what, GPtrArray *rows)
{
  for (guint k = 0; k < rows->len; k++)
    g_test_message ("%s: %s", what, (char *) g_ptr_array_index (rows, k));
}

static void
test_case (gconstpointer data)
{
  const char *path = data;
  Case *c = case_load (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) gold = warta_gold_parse (c->facts, path, &error);
  g_assert_no_error (error);
  g_autoptr (WartaGraph) g = warta_build_graph_from_text (lexicon, "case.txt", c->text, c->lang, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (GPtrArray) facts = warta_eval_facts (g, WARTA_EVAL_EXACT);
  WartaEvalResult res;
  warta_eval_score (gold, facts, lexicon, g, WARTA_EVAL_EXACT, &res);
  report ("missed", res.missed);
  report ("wrong", res.wrong);
  report ("trap", res.traps);
  guint missed = res.missed->len, wrong = res.wrong->len, traps = res.traps->len;
  warta_eval_result_clear (&res);
  case_free (c);
  g_assert_cmpuint (traps, ==, 0);
  g_assert_cmpuint (missed, ==, 0);
  g_assert_cmpuint (wrong, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* every case runs and reports, even after one fails */
  g_test_set_nonfatal_assertions ();
  g_autoptr (GError) error = NULL;
  lexicon = warta_lexicon_load_dir (warta_lexicon_default_dir (), &error);
  g_assert_no_error (error);
  g_autofree char *root = warta_test_srcdir ();
  g_autofree char *dir = g_build_filename (root, "tests", "cases", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".case"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cmp_strp);
  g_assert_cmpuint (names->len, >, 0);
  for (guint k = 0; k < names->len; k++)
    {
      const char *n = g_ptr_array_index (names, k);
      g_autofree char *tname = g_strdup_printf ("/cases/%.*s", (int) (strlen (n) - 5), n);
      char *path = g_build_filename (dir, n, NULL);
      g_test_add_data_func_full (tname, path, test_case, g_free);
    }
  int rc = g_test_run ();
  warta_lexicon_free (lexicon);
  return rc;
}
