/* test-analyst.c: an analyst extends warta through the ontology files alone.
 *
 * Copies ontology/ to a temporary directory, extracts a text that names an
 * actor and uses a verb warta does not know (nothing is found), then adds
 * one Turtle file — an actor with an alias, and a trigger verb — exactly as
 * README.md tells an analyst to, and extracts again: the claim, the count
 * and the destination are now read.  No code is recompiled. */
#include <string.h>

#include <glib/gstdio.h>

#include "warta-build.h"
#include "warta-eval.h"

static const char *text =
  "Kementerian Pertahanan Ukraina mengatakan bahwa Ruritania telah memberangkatkan 700 "
  "tentara ke Kursk.\n"
  "Menurut Ukraina, Republik Ruritania juga memberangkatkan 300 prajurit ke Belgorod.\n";

static const char *extra_ttl =
  "@prefix warta: <https://w3id.org/warta/ns#> .\n"
  "@prefix lex: <https://w3id.org/warta/lex#> .\n"
  "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
  "<https://w3id.org/warta/id/actor/ruritania> a warta:State ;\n"
  "    skos:prefLabel \"Ruritania\"@en ;\n"
  "    skos:altLabel \"Republik Ruritania\"@id .\n"
  "lex:DeploymentTrigger-berangkatkan a warta:LexicalEntry ;\n"
  "    warta:category warta:DeploymentTrigger ;\n"
  "    skos:prefLabel \"berangkatkan\"@id ;\n"
  "    skos:altLabel \"memberangkatkan\"@id, \"diberangkatkan\"@id .\n";

static char *
copy_ontology (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("warta-analyst-XXXXXX", &error);
  g_assert_no_error (error);
  const char *src = warta_lexicon_default_dir ();
  g_autoptr (GDir) d = g_dir_open (src, 0, &error);
  g_assert_no_error (error);
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      if (!g_str_has_suffix (name, ".ttl"))
        continue;
      g_autofree char *from = g_build_filename (src, name, NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (from, &data, &len, NULL));
      g_assert_true (g_file_set_contents (to, data, len, NULL));
    }
  return dir;
}

static GPtrArray *
facts_with (const char *ontology_dir)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (ontology_dir, &error);
  g_assert_no_error (error);
  g_autoptr (WartaGraph) g = warta_build_graph_from_text (lex, "analyst.txt", text, "id", NULL, &error);
  g_assert_no_error (error);
  return warta_eval_facts (g, WARTA_EVAL_EXACT);
}

static gboolean
has_fact (GPtrArray *facts, const char *want)
{
  for (guint k = 0; k < facts->len; k++)
    {
      g_autofree char *s = warta_eval_fact_to_string (g_ptr_array_index (facts, k));
      if (strcmp (s, want) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
rm_rf (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
test_add_actor_and_verb (void)
{
  g_autofree char *dir = copy_ontology ();
  g_autoptr (GPtrArray) before = facts_with (dir);
  g_assert_false (has_fact (before, "analyst.txt D Ukrainian Ministry of Defence / Ruritania / 700"));
  g_assert_false (has_fact (before, "analyst.txt P Ruritania / Kursk"));

  g_autofree char *extra = g_build_filename (dir, "analyst.ttl", NULL);
  g_assert_true (g_file_set_contents (extra, extra_ttl, -1, NULL));
  g_autoptr (GPtrArray) after = facts_with (dir);
  for (guint k = 0; k < after->len; k++)
    {
      g_autofree char *s = warta_eval_fact_to_string (g_ptr_array_index (after, k));
      g_test_message ("fact: %s", s);
    }
  g_assert_true (has_fact (after, "analyst.txt D Ukrainian Ministry of Defence / Ruritania / 700"));
  g_assert_true (has_fact (after, "analyst.txt P Ruritania / Kursk"));
  /* the Indonesian alias names the same actor */
  g_assert_true (has_fact (after, "analyst.txt D Ukraine / Ruritania / 300"));
  g_assert_true (has_fact (after, "analyst.txt P Ruritania / Belgorod"));
  rm_rf (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/analyst/add-actor-and-verb", test_add_actor_and_verb);
  return g_test_run ();
}
