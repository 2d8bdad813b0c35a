/* test-lexicon.c: loading the ontology (actors, lexicon, analysts' extra
 * files), Turtle error reporting, the registry against eval/entities.tsv,
 * and longest-match lookup of lexicon forms. */
#include "warta-lexicon.h"
#include "warta-error.h"
#include "warta-facts.h"

#include <glib/gstdio.h>
#include <string.h>

static WartaLexicon *real_lex;

static const char *
ontology_dir (void)
{
  const char *dir = g_getenv ("WARTA_ONTOLOGY_DIR");
  return dir && *dir ? dir : "/work/main/ontology";
}

static char *
shared_path (const char *rel)
{
  const char *shared = g_getenv ("WARTA_SHARED");
  return g_build_filename (shared && *shared ? shared : "/work/shared", rel, NULL);
}

static char *
write_temp (const char *dir, const char *name, const char *content)
{
  char *path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, content, -1, NULL));
  return path;
}

static void
remove_dir (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static WartaTokens *
tok (WartaLang lang, const char *text)
{
  return warta_tokenize (warta_lexicon_stemmer (real_lex, lang), text, 0, strlen (text));
}

/* Entry of @cat matched at token @i of @text, checking the span length. */
static const WartaLexEntry *
match_at (WartaLexCategory cat, WartaLang lang, const char *text, guint i, guint want_n)
{
  g_autoptr (WartaTokens) toks = tok (lang, text);
  guint n = 99;
  const WartaLexEntry *e = warta_lexicon_match (real_lex, cat, NULL, toks, i, &n);

  if (e == NULL)
    g_assert_cmpuint (n, ==, 0);
  else
    g_assert_cmpuint (n, ==, want_n);
  return e;
}

/* ------------------------------------------------------------------ */

static void
test_turtle_error_names_file_and_line (void)
{
  g_autofree char *dir = g_dir_make_tmp ("warta-lex-XXXXXX", NULL);
  g_autofree char *good = write_temp (dir, "a.ttl",
    "@prefix warta: <https://w3id.org/warta/ns#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "<https://w3id.org/warta/id/actor/x> a warta:State ; skos:prefLabel \"X\"@en .\n");
  g_autofree char *bad = write_temp (dir, "b.ttl",
    "@prefix warta: <https://w3id.org/warta/ns#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "\n"
    "<https://w3id.org/warta/id/actor/y> a warta:State ;\n"
    "    skos:prefLabel \"Y\"@en ,, .\n");
  const char *files[] = { good, bad, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) error2 = NULL;
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_files (files, &error);
  g_autoptr (WartaLexicon) lex2 = NULL;
  g_autofree char *where = g_strdup_printf ("%s:5:", bad);

  g_assert_null (lex);
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_test_message ("error: %s", error->message);
  g_assert_true (g_str_has_prefix (error->message, where));

  /* the same through load_dir */
  lex2 = warta_lexicon_load_dir (dir, &error2);
  g_assert_null (lex2);
  g_assert_error (error2, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (error2->message, "b.ttl:5:"));
  remove_dir (dir);
}

static void
test_missing_dir_and_bad_category (void)
{
  g_autofree char *dir = g_dir_make_tmp ("warta-lex-XXXXXX", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) error2 = NULL;
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (dir, &error);
  g_autofree char *f = NULL;
  g_autoptr (WartaLexicon) lex2 = NULL;

  g_assert_null (lex);
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND);

  f = write_temp (dir, "typo.ttl",
    "@prefix warta: <https://w3id.org/warta/ns#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "<urn:x:e> a warta:LexicalEntry ; warta:category warta:DenailVerb ;\n"
    "    skos:prefLabel \"sangkal\"@id .\n");
  lex2 = warta_lexicon_load_dir (dir, &error2);
  g_assert_null (lex2);
  g_assert_error (error2, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (error2->message, "typo.ttl"));
  g_assert_nonnull (strstr (error2->message, "DenailVerb"));
  remove_dir (dir);
}

static void
test_categories (void)
{
  for (guint c = 0; c < WARTA_LEX_N_CATEGORIES; c++)
    {
      const char *name = warta_lex_category_name (c);
      GPtrArray *entries = warta_lexicon_entries (real_lex, c);
      gboolean has_id = FALSE, has_en = FALSE;

      g_assert_cmpint (warta_lex_category_from_name (name), ==, (int) c);
      for (guint j = 0; j < entries->len; j++)
        {
          const WartaLexEntry *e = g_ptr_array_index (entries, j);
          g_assert_cmpuint (e->forms->len, ==, e->texts->len);
          g_assert_cmpuint (e->forms->len, >, 0);
          has_id |= g_str_equal (e->lang, "id");
          has_en |= g_str_equal (e->lang, "en");
        }
      /* Indonesian marks the passive on the verb (di-), English with an
       * auxiliary: only PassiveAux is English alone by nature */
      if (c == WARTA_LEX_PASSIVE_AUX && has_en)
        continue;
      if (!has_id || !has_en)
        g_error ("category %s lacks %s entries", name, has_id ? "English" : "Indonesian");
    }
  g_assert_cmpint (warta_lex_category_from_name ("NoSuchCategory"), ==, -1);
}

/* The State that the rows of entities.tsv (in @tsv) reach from @name by
 * their affiliation column, or NULL (NATO, and those who speak for it). */
static char *
tsv_state (const char *tsv, const char *name, int depth)
{
  g_auto (GStrv) lines = g_strsplit (tsv, "\n", -1);

  for (guint i = 0; lines[i] && depth < 16; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      if (lines[i][0] == '#' || g_strv_length (f) < 3 || !g_str_equal (f[0], name))
        continue;
      if (g_str_equal (f[1], "State"))
        return g_strdup (f[0]);
      return g_str_equal (f[2], "-") ? NULL : tsv_state (tsv, f[2], depth + 1);
    }
  return NULL;
}

static void
check_state_chain (const WartaActor *a, const char *name, const char *tsv)
{
  g_autofree char *want = tsv_state (tsv, name, 0);
  WartaActor *got = warta_lexicon_actor_state (real_lex, a);

  if (want == NULL && got != NULL)
    g_error ("%s: reaches State %s, entities.tsv reaches none", name, got->pref_label);
  if (want != NULL && (got == NULL || !g_str_equal (got->pref_label, want)))
    g_error ("%s: reaches %s, entities.tsv reaches %s", name, got ? got->pref_label : "no State", want);
}

/* Every actor of eval/entities.tsv: same prefLabel@en, class, affiliation,
 * every alias a label, and an affiliation chain that reaches a State. */
static void
test_entities_tsv (void)
{
  static const char *const classes[] = { "State", "Organization", "Person", "Place" };
  g_autofree char *path = shared_path ("eval/entities.tsv");
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  guint checked = 0;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    {
      g_test_skip ("eval/entities.tsv not found (set WARTA_SHARED)");
      return;
    }
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto (GStrv) f = NULL;
      g_autofree char *iri = NULL;
      g_autofree char *slug = NULL;
      WartaActor *a;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), >=, 3);
      slug = warta_slug (f[0]);
      iri = g_strconcat (WARTA_ID_BASE "actor/", slug, NULL);
      a = warta_lexicon_actor (real_lex, iri);
      if (a == NULL)
        g_error ("entities.tsv: %s (%s) not in the registry", f[0], iri);
      g_assert_cmpstr (a->pref_label, ==, f[0]);
      g_assert_cmpstr (classes[a->klass], ==, f[1]);
      g_assert_false (a->learned);
      if (!g_str_equal (f[2], "-"))
        {
          const char *up = a->klass == WARTA_ACTOR_PLACE ? a->located_in_iri : a->affiliation_iri;
          WartaActor *parent = warta_lexicon_actor (real_lex, up);
          if (parent == NULL)
            g_error ("%s: affiliation %s missing", f[0], f[2]);
          g_assert_cmpstr (parent->pref_label, ==, f[2]);
          check_state_chain (a, f[0], data);
        }
      else if (a->klass != WARTA_ACTOR_PLACE)
        g_assert_null (a->affiliation_iri);
      if (g_strv_length (f) > 3 && f[3][0])
        {
          g_auto (GStrv) aliases = g_strsplit (f[3], "|", -1);
          for (guint k = 0; aliases[k]; k++)
            {
              WartaActor *b = warta_lexicon_actor_by_label (real_lex, aliases[k]);
              if (b == NULL)
                g_error ("%s: alias \"%s\" unknown", f[0], aliases[k]);
              /* a shared label (Pyongyang) resolves to the State first */
              if (b != a && b->klass >= a->klass)
                g_error ("%s: alias \"%s\" resolves to %s", f[0], aliases[k], b->pref_label);
            }
        }
      checked++;
    }
  g_assert_cmpuint (checked, >=, 40);
}

static void
test_registry_details (void)
{
  WartaActor *nk = warta_lexicon_actor (real_lex, WARTA_ID_BASE "actor/north-korea");
  WartaActor *peskov = warta_lexicon_actor_by_label (real_lex, "Peskov");
  WartaActor *pyongyang_place = warta_lexicon_actor (real_lex, WARTA_ID_BASE "actor/pyongyang");
  WartaActor *kremlin = warta_lexicon_actor_by_label (real_lex, "KREMLIN");
  GPtrArray *all = warta_lexicon_actors (real_lex);
  const WartaLabel *first;
  gboolean id_label = FALSE;

  g_assert_nonnull (nk);
  g_assert_cmpstr (nk->same_as, ==, "http://www.wikidata.org/entity/Q423");
  first = g_ptr_array_index (nk->labels, 0);
  g_assert_cmpstr (first->text, ==, "North Korea");
  g_assert_cmpstr (first->lang, ==, "en");
  for (guint i = 0; i < nk->labels->len; i++)
    {
      const WartaLabel *l = g_ptr_array_index (nk->labels, i);
      id_label |= g_str_equal (l->text, "Korea Utara") && g_str_equal (l->lang, "id");
    }
  g_assert_true (id_label);

  g_assert_nonnull (peskov);
  g_assert_cmpstr (peskov->pref_label, ==, "Dmitry Peskov");
  g_assert_nonnull (kremlin);
  g_assert_cmpstr (peskov->affiliation_iri, ==, kremlin->iri);
  g_assert_true (warta_lexicon_actor_state (real_lex, peskov)
                 == warta_lexicon_actor (real_lex, WARTA_ID_BASE "actor/russia"));
  g_assert_nonnull (pyongyang_place);
  g_assert_cmpint (pyongyang_place->klass, ==, WARTA_ACTOR_PLACE);
  g_assert_cmpstr (pyongyang_place->located_in_iri, ==, nk->iri);
  g_assert_null (warta_lexicon_actor_state (real_lex,
                   warta_lexicon_actor (real_lex, WARTA_ID_BASE "actor/nato")));

  for (guint i = 1; i < all->len; i++)
    g_assert_cmpint (strcmp (((WartaActor *) g_ptr_array_index (all, i - 1))->iri,
                             ((WartaActor *) g_ptr_array_index (all, i))->iri), <, 0);
  g_assert_cmpuint (all->len, >, 150);
}

static void
test_add_actor (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (ontology_dir (), &error);
  WartaActor *a, *b;
  guint before;

  g_assert_no_error (error);
  before = warta_lexicon_actors (lex)->len;
  a = warta_lexicon_add_actor (lex, WARTA_ACTOR_PERSON, "Kim Yong-bok",
                               WARTA_ID_BASE "actor/north-korea");
  g_assert_nonnull (a);
  g_assert_true (a->learned);
  g_assert_cmpstr (a->iri, ==, WARTA_ID_BASE "actor/kim-yong-bok");
  g_assert_cmpstr (a->pref_label, ==, "Kim Yong-bok");
  g_assert_true (warta_lexicon_actor_by_label (lex, "kim yong-bok") == a);
  g_assert_true (warta_lexicon_actor_state (lex, a)
                 == warta_lexicon_actor (lex, WARTA_ID_BASE "actor/north-korea"));
  b = warta_lexicon_add_actor (lex, WARTA_ACTOR_PERSON, "Kim Yong-bok", NULL);
  g_assert_true (a == b);
  g_assert_cmpstr (b->affiliation_iri, ==, WARTA_ID_BASE "actor/north-korea");
  g_assert_cmpuint (warta_lexicon_actors (lex)->len, ==, before + 1);
  /* a registry actor is never duplicated by learning its name */
  g_assert_true (warta_lexicon_add_actor (lex, WARTA_ACTOR_STATE, "Russia", NULL)
                 == warta_lexicon_actor (lex, WARTA_ID_BASE "actor/russia"));
  g_assert_false (warta_lexicon_actor (lex, WARTA_ID_BASE "actor/russia")->learned);
}

/* After warta_lexicon_forget_learned the lexicon is as loaded: the learned
 * actor and the label a registry actor was given are both gone. */
static void
test_forget_learned (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (ontology_dir (), &error);
  g_assert_no_error (error);
  guint before = warta_lexicon_actors (lex)->len;
  WartaActor *russia = warta_lexicon_actor (lex, WARTA_ID_BASE "actor/russia");
  guint labels = russia->labels->len;
  g_assert_nonnull (warta_lexicon_add_actor (lex, WARTA_ACTOR_PLACE, "Pangkalan Udara 101", NULL));
  warta_lexicon_add_label (lex, russia, "Rossiya Matushka", "en");
  g_assert_true (warta_lexicon_actor_by_label (lex, "rossiya matushka") == russia);
  warta_lexicon_forget_learned (lex);
  g_assert_cmpuint (warta_lexicon_actors (lex)->len, ==, before);
  g_assert_null (warta_lexicon_actor (lex, WARTA_ID_BASE "actor/pangkalan-udara-101"));
  g_assert_null (warta_lexicon_actor_by_label (lex, "pangkalan udara 101"));
  g_assert_null (warta_lexicon_actor_by_label (lex, "rossiya matushka"));
  g_assert_cmpuint (russia->labels->len, ==, labels);
  /* the registry is still found by IRI, by label and in IRI order */
  g_assert_true (warta_lexicon_actor (lex, WARTA_ID_BASE "actor/russia") == russia);
  g_assert_true (warta_lexicon_actor_by_label (lex, "Rusia") == russia);
  GPtrArray *all = warta_lexicon_actors (lex);
  for (guint i = 1; i < all->len; i++)
    g_assert_cmpint (strcmp (((WartaActor *) g_ptr_array_index (all, i - 1))->iri,
                             ((WartaActor *) g_ptr_array_index (all, i))->iri), <, 0);
}

static void
test_deployment_trigger_forms (void)
{
  static const char *const forms[] = { "mengirim", "dikirim", "pengiriman", "mengirimkan",
                                       "mengerahkan", "dikerahkan", "pengerahan" };
  const WartaLexEntry *kirim = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *text = g_strdup_printf ("Korea Utara %s pasukan", forms[i]);
      const WartaLexEntry *e = match_at (WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LANG_ID, text, 2, 1);
      if (e == NULL)
        g_error ("\"%s\" is not a deployment trigger", forms[i]);
      g_assert_cmpstr (e->lang, ==, "id");
      if (i < 3)
        {
          g_assert_true (g_str_has_suffix (e->iri, "#DeploymentTrigger-kirim"));
          g_assert_true (kirim == NULL || kirim == e);
          kirim = e;
        }
    }
  /* the subject is no trigger; the place noun "tempat" is no "tempatkan" */
  g_assert_null (match_at (WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LANG_ID, "Korea Utara mengirim", 0, 0));
  g_assert_null (match_at (WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LANG_ID, "di tempat pelatihan", 1, 0));
  g_assert_nonnull (match_at (WARTA_LEX_PRESENCE_TRIGGER, WARTA_LANG_ID, "pasukan ditempatkan di", 1, 2));
  /* "tersebut" shares the stem of "menyebut" but is no claim verb */
  g_assert_null (match_at (WARTA_LEX_CLAIM_VERB, WARTA_LANG_ID, "laporan tersebut", 1, 0));
  /* English */
  g_assert_nonnull (match_at (WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LANG_EN, "North Korea deployed troops", 2, 1));
  g_assert_nonnull (match_at (WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LANG_EN, "it sends troops", 1, 1));
}

static void
test_phrases (void)
{
  const WartaLexEntry *e;

  e = match_at (WARTA_LEX_NONCONFIRM_PHRASE, WARTA_LANG_ID,
                "Amerika Serikat tidak dapat memverifikasi laporan media", 2, 3);
  g_assert_nonnull (e);
  /* the negator alone is one token */
  g_assert_nonnull (match_at (WARTA_LEX_NEGATOR, WARTA_LANG_ID,
                              "Amerika Serikat tidak dapat memverifikasi", 2, 1));
  g_assert_nonnull (match_at (WARTA_LEX_NONCONFIRM_PHRASE, WARTA_LANG_ID,
                              "dia belum dapat memastikan bahwa", 1, 3));
  g_assert_nonnull (match_at (WARTA_LEX_NONCONFIRM_PHRASE, WARTA_LANG_ID,
                              "AS mengatakan pihaknya masih menyelidiki laporan", 3, 2));
  g_assert_nonnull (match_at (WARTA_LEX_NONCONFIRM_PHRASE, WARTA_LANG_EN,
                              "officials could not verify the report", 1, 3));
  /* longest entry wins: "tidak pernah" over "tidak" */
  g_assert_nonnull (match_at (WARTA_LEX_NEGATOR, WARTA_LANG_ID, "ia tidak pernah membantah", 1, 2));
  g_assert_nonnull (match_at (WARTA_LEX_DENIAL_PHRASE, WARTA_LANG_ID,
                              "sebagai \"berita palsu\"", 2, 2));
  g_assert_nonnull (match_at (WARTA_LEX_EVENT_ANAPHOR, WARTA_LANG_ID,
                              "menggambarkan klaim tersebut sebagai", 1, 2));
  g_assert_nonnull (match_at (WARTA_LEX_REFUSAL_PHRASE, WARTA_LANG_ID,
                              "Kremlin menolak menjawab pertanyaan", 1, 2));
  g_assert_nonnull (match_at (WARTA_LEX_DENIAL_VERB, WARTA_LANG_ID, "Rusia membantah", 1, 1));
  g_assert_nonnull (match_at (WARTA_LEX_DENIAL_VERB, WARTA_LANG_ID, "Kremlin menepis laporan", 1, 1));
  g_assert_nonnull (match_at (WARTA_LEX_REPORT_CONTINUATION, WARTA_LANG_ID,
                              "Disebutkan bahwa total sekitar", 0, 2));
  /* language filter */
  {
    g_autoptr (WartaTokens) toks = tok (WARTA_LANG_ID, "tidak dapat memverifikasi");
    guint n = 0;
    g_assert_null (warta_lexicon_match (real_lex, WARTA_LEX_NONCONFIRM_PHRASE, "en", toks, 0, &n));
    g_assert_nonnull (warta_lexicon_match (real_lex, WARTA_LEX_NONCONFIRM_PHRASE, "id", toks, 0, &n));
    g_assert_cmpuint (n, ==, 3);
  }
}

static void
test_attributes (void)
{
  const WartaLexEntry *e;

  e = match_at (WARTA_LEX_UNIT_NOUN, WARTA_LANG_ID, "1.500 pasukan operasi khusus Korea Utara", 1, 3);
  g_assert_nonnull (e);
  g_assert_cmpstr (warta_lex_entry_attr (e, "unitLabel"), ==, "special forces");
  e = match_at (WARTA_LEX_TITLE, WARTA_LANG_ID, "Wakil Menteri Luar Negeri Korea Selatan", 0, 4);
  g_assert_nonnull (e);
  g_assert_cmpstr (warta_lex_entry_attr (e, "bearerClass"), ==, "Person");
  g_assert_null (warta_lex_entry_attr (e, "unitLabel"));
  e = match_at (WARTA_LEX_TITLE, WARTA_LANG_ID, "juru bicara Kremlin Dmitry Peskov", 0, 2);
  g_assert_nonnull (e);
  g_assert_cmpstr (warta_lex_entry_attr (e, "gloss"), ==, "spokesperson");
  e = match_at (WARTA_LEX_SPEAKER_ANAPHOR, WARTA_LANG_ID, "menurut badan tersebut personel", 1, 2);
  g_assert_nonnull (e);
  g_assert_cmpstr (warta_lex_entry_attr (e, "refersTo"), ==, "Organization");
  e = match_at (WARTA_LEX_SPEAKER_ANAPHOR, WARTA_LANG_ID, "Dia memperingatkan", 0, 1);
  g_assert_nonnull (e);
  g_assert_cmpstr (warta_lex_entry_attr (e, "refersTo"), ==, "Person");
  e = match_at (WARTA_LEX_RATIFICATION_TRIGGER, WARTA_LANG_EN, "the treaty entered into force", 2, 3);
  g_assert_nonnull (e);
  g_assert_cmpstr (warta_lex_entry_attr (e, "treatyAct"), ==, "entry-into-force");
}

static void
test_boilerplate (void)
{
  g_autoptr (WartaBoilerplate) bp = warta_lexicon_boilerplate (real_lex);
  static const char line1[] = "Baca Juga: Korea Utara Klaim Temukan Puing Drone";
  static const char line2[] = "Advertisement";
  static const char line3[] = "Korea Utara mengirim pasukan";

  g_assert_cmpuint (bp->lines->len, >, 5);
  g_assert_cmpuint (bp->prefixes->len, >, 5);
  g_assert_true (warta_boilerplate_matches (bp, line1, strlen (line1)));
  g_assert_true (warta_boilerplate_matches (bp, line2, strlen (line2)));
  g_assert_false (warta_boilerplate_matches (bp, line3, strlen (line3)));
}

/* An analyst drops an extra file next to the shipped ones. */
static void
test_analyst_extra_file (void)
{
  static const char *const shipped[] = { "warta.ttl", "actors.ttl", "lexicon.ttl" };
  g_autofree char *dir = g_dir_make_tmp ("warta-lex-XXXXXX", NULL);
  g_autofree char *extra = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaLexicon) lex = NULL;
  g_autoptr (WartaTokens) toks = NULL;
  WartaActor *a;
  const WartaLexEntry *e;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *src = g_build_filename (ontology_dir (), shipped[i], NULL);
      g_autofree char *data = NULL;
      g_autofree char *dst = NULL;
      g_assert_true (g_file_get_contents (src, &data, NULL, NULL));
      dst = write_temp (dir, shipped[i], data);
    }
  extra = write_temp (dir, "zz-analyst.ttl",
    "@prefix warta: <https://w3id.org/warta/ns#> .\n"
    "@prefix actor: <https://w3id.org/warta/id/actor/> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix lex: <https://w3id.org/warta/lex#> .\n"
    "actor:free-republic-of-zembla a warta:State ;\n"
    "    skos:prefLabel \"Free Republic of Zembla\"@en , \"Republik Bebas Zembla\"@id ;\n"
    "    skos:altLabel \"Zembla\"@id .\n"
    "actor:russia skos:altLabel \"Rossiya\"@en .\n"
    "lex:luncurkan a warta:LexicalEntry ; warta:category warta:DeploymentTrigger ;\n"
    "    skos:prefLabel \"luncurkan\"@id ; skos:altLabel \"meluncurkan\"@id , \"diluncurkan\"@id .\n");

  lex = warta_lexicon_load_dir (dir, &error);
  g_assert_no_error (error);
  a = warta_lexicon_actor_by_label (lex, "Zembla");
  g_assert_nonnull (a);
  g_assert_cmpstr (a->iri, ==, WARTA_ID_BASE "actor/free-republic-of-zembla");
  g_assert_cmpint (a->klass, ==, WARTA_ACTOR_STATE);
  g_assert_true (warta_lexicon_actor_by_label (lex, "Rossiya")
                 == warta_lexicon_actor (lex, WARTA_ID_BASE "actor/russia"));
  g_assert_cmpstr (warta_lexicon_actor (lex, WARTA_ID_BASE "actor/russia")->pref_label, ==, "Russia");

  toks = warta_tokenize (warta_lexicon_stemmer (lex, WARTA_LANG_ID),
                         "Zembla meluncurkan pasukan", 0, strlen ("Zembla meluncurkan pasukan"));
  e = warta_lexicon_match (lex, WARTA_LEX_DEPLOYMENT_TRIGGER, "id", toks, 1, &n);
  g_assert_nonnull (e);
  g_assert_cmpstr (e->iri, ==, "https://w3id.org/warta/lex#luncurkan");
  g_assert_cmpuint (n, ==, 1);
  /* the real lexicon does not know it */
  g_assert_null (warta_lexicon_match (real_lex, WARTA_LEX_DEPLOYMENT_TRIGGER, "id", toks, 1, &n));
  remove_dir (dir);
}

static void
test_default_dir (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("WARTA_ONTOLOGY_DIR"));

  g_setenv ("WARTA_ONTOLOGY_DIR", "/some/where", TRUE);
  g_assert_cmpstr (warta_lexicon_default_dir (), ==, "/some/where");
  g_unsetenv ("WARTA_ONTOLOGY_DIR");
  g_assert_nonnull (warta_lexicon_default_dir ());
  g_assert_cmpstr (warta_lexicon_default_dir (), !=, "/some/where");
  if (saved)
    g_setenv ("WARTA_ONTOLOGY_DIR", saved, TRUE);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int rc;

  g_test_init (&argc, &argv, NULL);
  real_lex = warta_lexicon_load_dir (ontology_dir (), &error);
  g_assert_no_error (error);

  g_test_add_func ("/lexicon/turtle-error", test_turtle_error_names_file_and_line);
  g_test_add_func ("/lexicon/missing-dir-bad-category", test_missing_dir_and_bad_category);
  g_test_add_func ("/lexicon/categories", test_categories);
  g_test_add_func ("/lexicon/entities-tsv", test_entities_tsv);
  g_test_add_func ("/lexicon/registry", test_registry_details);
  g_test_add_func ("/lexicon/add-actor", test_add_actor);
  g_test_add_func ("/lexicon/forget-learned", test_forget_learned);
  g_test_add_func ("/lexicon/deployment-forms", test_deployment_trigger_forms);
  g_test_add_func ("/lexicon/phrases", test_phrases);
  g_test_add_func ("/lexicon/attributes", test_attributes);
  g_test_add_func ("/lexicon/boilerplate", test_boilerplate);
  g_test_add_func ("/lexicon/analyst-file", test_analyst_extra_file);
  g_test_add_func ("/lexicon/default-dir", test_default_dir);
  rc = g_test_run ();
  warta_lexicon_free (real_lex);
  return rc;
}
