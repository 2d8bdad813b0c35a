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
 * of facts read from the graph, not of text.
 *
 * A header line "located: PLACE > WHERE" (English prefLabels) also asks
 * that the graph say PLACE warta:locatedIn WHERE, for cases about places
 * learned from the text. */
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
  GPtrArray *located; /* (element-type utf8) "PLACE > WHERE" */
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
  c->located = g_ptr_array_new_with_free_func (g_free);
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
    else if (g_str_has_prefix (head[i], "located:"))
      g_ptr_array_add (c->located, g_strstrip (g_strdup (head[i] + 8)));
  return c;
}

static void
case_free (Case *c)
{
  g_free (c->path);
  g_free (c->lang);
  g_ptr_array_unref (c->located);
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

#define SKOS_PREF "http://www.w3.org/2004/02/skos/core#prefLabel"
#define LOCATED_IN "https://w3id.org/warta/ns#locatedIn"

static gboolean
has_pref_label (const WartaGraph *g, const char *node, const char *label)
{
  return warta_graph_has_object (g, node, SKOS_PREF, label);
}

/* Does @g say that the actor labelled PLACE lies in the one labelled
 * WHERE ("PLACE > WHERE")? */
static gboolean
graph_locates (const WartaGraph *g, const char *spec)
{
  g_auto (GStrv) parts = g_strsplit (spec, ">", 2);
  g_assert_nonnull (parts[1]);
  g_strstrip (parts[0]);
  g_strstrip (parts[1]);
  g_autoptr (GPtrArray) places = warta_graph_instances (g, "https://w3id.org/warta/ns#Place");
  for (guint k = 0; k < places->len; k++)
    {
      const char *p = ((const WartaTerm *) g_ptr_array_index (places, k))->value;
      if (!has_pref_label (g, p, parts[0]))
        continue;
      g_autoptr (GPtrArray) up = warta_graph_objects (g, p, LOCATED_IN);
      for (guint j = 0; j < up->len; j++)
        if (has_pref_label (g, ((const WartaTerm *) g_ptr_array_index (up, j))->value, parts[1]))
          return TRUE;
    }
  return FALSE;
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
  for (guint k = 0; k < c->located->len; k++)
    {
      const char *spec = g_ptr_array_index (c->located, k);
      if (!graph_locates (g, spec))
        {
          g_test_message ("missed: located %s", spec);
          missed++;
        }
    }
  case_free (c);
  warta_lexicon_forget_learned (lexicon); /* each case is read as a run of its own */
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
  lexicon = warta_test_lexicon ();
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
