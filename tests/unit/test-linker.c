/* test-linker.c: finding registry actors in token sequences — longest
 * match, case rules, shared labels and role-based picking, actors learned
 * at run time. */
#include "warta-linker.h"
#include "warta-error.h"

#include <string.h>

static WartaLexicon *lex;
static WartaLinker *linker;

static const char *
ontology_dir (void)
{
  const char *dir = g_getenv ("WARTA_ONTOLOGY_DIR");
  return dir && *dir ? dir : "/work/main/ontology";
}

typedef struct {
  WartaTokens *toks;
  GArray *mentions;
} Linked;

static void
linked_clear (Linked *l)
{
  g_clear_pointer (&l->mentions, g_array_unref);
  g_clear_pointer (&l->toks, warta_tokens_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Linked, linked_clear)

static Linked
link_text (WartaLang lang, const char *text)
{
  Linked l;
  l.toks = warta_tokenize (warta_lexicon_stemmer (lex, lang), text, 0, strlen (text));
  l.mentions = warta_link_mentions (linker, l.toks);
  return l;
}

static const WartaMention *
mention (const Linked *l, guint k)
{
  g_assert_cmpuint (k, <, l->mentions->len);
  return &g_array_index (l->mentions, WartaMention, k);
}

/* The text covered by mention @k. */
static char *
mention_text (const Linked *l, const char *text, guint k)
{
  const WartaMention *m = mention (l, k);
  const WartaToken *a = warta_tokens_get (l->toks, m->first);
  const WartaToken *b = warta_tokens_get (l->toks, m->first + m->n_tokens - 1);
  return g_strndup (text + a->start, b->end - a->start);
}

static const char *
first_iri (const WartaMention *m)
{
  return ((WartaActor *) g_ptr_array_index (m->candidates, 0))->iri;
}

static void
test_longest_match (void)
{
  static const char text[] =
    "Badan Intelijen Nasional Korea Selatan mengonfirmasi bahwa Korea Utara mengirim pasukan.";
  g_auto (Linked) l = link_text (WARTA_LANG_ID, text);
  g_autofree char *t0 = NULL;
  g_autofree char *t1 = NULL;

  g_assert_cmpuint (l.mentions->len, ==, 2);
  t0 = mention_text (&l, text, 0);
  g_assert_cmpstr (t0, ==, "Badan Intelijen Nasional Korea Selatan");
  g_assert_cmpuint (mention (&l, 0)->n_tokens, ==, 5);
  g_assert_cmpuint (mention (&l, 0)->candidates->len, ==, 1);
  g_assert_cmpstr (first_iri (mention (&l, 0)), ==, WARTA_ID_BASE "actor/national-intelligence-service");
  t1 = mention_text (&l, text, 1);
  g_assert_cmpstr (t1, ==, "Korea Utara");
  g_assert_cmpstr (first_iri (mention (&l, 1)), ==, WARTA_ID_BASE "actor/north-korea");
}

static void
test_lowercase_multiword (void)
{
  static const char text[] = "kapal angkatan laut Rusia mengangkut pasukan ke Timur Jauh Rusia";
  g_auto (Linked) l = link_text (WARTA_LANG_ID, text);

  g_assert_cmpuint (l.mentions->len, ==, 2);
  g_assert_cmpstr (first_iri (mention (&l, 0)), ==, WARTA_ID_BASE "actor/russian-navy");
  g_assert_cmpuint (mention (&l, 0)->first, ==, 1);
  g_assert_cmpstr (first_iri (mention (&l, 1)), ==, WARTA_ID_BASE "actor/russian-far-east");
}

static void
test_all_caps_labels (void)
{
  static const char id_text[] = "Menteri Pertahanan AS Lloyd Austin mengatakan";
  static const char lower[] = "pasukan tiba secepat as mungkin";
  static const char en_text[] = "as many as 3,000 troops, the US said, told us";
  g_auto (Linked) a = link_text (WARTA_LANG_ID, id_text);
  g_auto (Linked) b = link_text (WARTA_LANG_ID, lower);
  g_auto (Linked) c = link_text (WARTA_LANG_EN, en_text);
  g_autofree char *t = NULL;

  g_assert_cmpuint (a.mentions->len, ==, 2);
  t = mention_text (&a, id_text, 0);
  g_assert_cmpstr (t, ==, "AS");
  g_assert_cmpstr (first_iri (mention (&a, 0)), ==, WARTA_ID_BASE "actor/united-states");
  g_assert_cmpstr (first_iri (mention (&a, 1)), ==, WARTA_ID_BASE "actor/lloyd-austin");
  g_assert_cmpuint (mention (&a, 1)->n_tokens, ==, 2);

  g_assert_cmpuint (b.mentions->len, ==, 0);

  g_assert_cmpuint (c.mentions->len, ==, 1);
  g_assert_cmpstr (first_iri (mention (&c, 0)), ==, WARTA_ID_BASE "actor/united-states");
}

static void
test_single_word_needs_capital (void)
{
  static const char lower[] = "pasukan rusia dan putin";
  static const char upper[] = "pasukan Rusia dan Putin";
  static const char quoted[] = "disebut \"rusia\" saja";
  static const char caps[] = "PASUKAN RUSIA";
  g_auto (Linked) a = link_text (WARTA_LANG_ID, lower);
  g_auto (Linked) b = link_text (WARTA_LANG_ID, upper);
  g_auto (Linked) c = link_text (WARTA_LANG_ID, quoted);
  g_auto (Linked) d = link_text (WARTA_LANG_ID, caps);

  g_assert_cmpuint (a.mentions->len, ==, 0);
  g_assert_cmpuint (b.mentions->len, ==, 2);
  g_assert_cmpstr (first_iri (mention (&b, 0)), ==, WARTA_ID_BASE "actor/russia");
  g_assert_cmpstr (first_iri (mention (&b, 1)), ==, WARTA_ID_BASE "actor/vladimir-putin");
  g_assert_cmpuint (c.mentions->len, ==, 1);
  g_assert_cmpuint (d.mentions->len, ==, 1);
  g_assert_cmpstr (first_iri (mention (&d, 0)), ==, WARTA_ID_BASE "actor/russia");
}

static void
test_shared_label_and_pick (void)
{
  static const char text[] = "Pyongyang memutuskan untuk mengirim pasukan ke Pyongyang";
  g_auto (Linked) l = link_text (WARTA_LANG_ID, text);
  const WartaMention *m;
  WartaActor *as_agent, *as_place;

  g_assert_cmpuint (l.mentions->len, ==, 2);
  m = mention (&l, 0);
  g_assert_cmpuint (m->candidates->len, ==, 2);
  /* registry order: the State before the Place */
  g_assert_cmpint (((WartaActor *) g_ptr_array_index (m->candidates, 0))->klass, ==, WARTA_ACTOR_STATE);
  g_assert_cmpint (((WartaActor *) g_ptr_array_index (m->candidates, 1))->klass, ==, WARTA_ACTOR_PLACE);
  as_agent = warta_mention_pick (m, FALSE);
  as_place = warta_mention_pick (m, TRUE);
  g_assert_cmpstr (as_agent->iri, ==, WARTA_ID_BASE "actor/north-korea");
  g_assert_cmpstr (as_place->iri, ==, WARTA_ID_BASE "actor/pyongyang");

  /* a place-only mention picked as agent still yields the place; a
   * state-only mention picked as place yields the state */
  {
    g_auto (Linked) v = link_text (WARTA_LANG_ID, "ke Vladivostok dan Rusia");
    g_assert_cmpuint (v.mentions->len, ==, 2);
    g_assert_cmpstr (warta_mention_pick (mention (&v, 0), FALSE)->iri, ==, WARTA_ID_BASE "actor/vladivostok");
    g_assert_cmpstr (warta_mention_pick (mention (&v, 1), TRUE)->iri, ==, WARTA_ID_BASE "actor/russia");
  }
}

static void
test_english_possessive (void)
{
  static const char text[] = "Russia's defence ministry and South Korea's National Intelligence Service";
  g_auto (Linked) l = link_text (WARTA_LANG_EN, text);

  g_assert_cmpuint (l.mentions->len, ==, 2);
  g_assert_cmpstr (first_iri (mention (&l, 0)), ==, WARTA_ID_BASE "actor/russia");
  g_assert_cmpstr (first_iri (mention (&l, 1)), ==, WARTA_ID_BASE "actor/national-intelligence-service");
}

static void
test_learned_actor_after_refresh (void)
{
  static const char text[] = "Duta Besar Rusia Kirill Zemlyakov mengatakan";
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaLexicon) own = warta_lexicon_load_dir (ontology_dir (), &error);
  g_autoptr (WartaLinker) lk = NULL;
  g_autoptr (WartaTokens) toks = NULL;
  g_autoptr (GArray) before = NULL;
  g_autoptr (GArray) after = NULL;
  WartaActor *a;

  g_assert_no_error (error);
  lk = warta_linker_new (own);
  toks = warta_tokenize (warta_lexicon_stemmer (own, WARTA_LANG_ID), text, 0, strlen (text));
  before = warta_link_mentions (lk, toks);
  g_assert_cmpuint (before->len, ==, 1); /* Rusia */

  a = warta_lexicon_add_actor (own, WARTA_ACTOR_PERSON, "Kirill Zemlyakov",
                               WARTA_ID_BASE "actor/russia");
  warta_linker_refresh (lk);
  after = warta_link_mentions (lk, toks);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_true (g_ptr_array_index (g_array_index (after, WartaMention, 1).candidates, 0) == a);
  g_assert_cmpuint (g_array_index (after, WartaMention, 1).first, ==, 3);
  g_assert_cmpuint (g_array_index (after, WartaMention, 1).n_tokens, ==, 2);
}

static void
test_title_not_actor (void)
{
  /* the ministry's full name is one mention; a bare title is none */
  static const char text[] =
    "Kementerian Luar Negeri Korea Selatan mengatakan Wakil Menteri Luar Negeri Kim Hong-kyun";
  g_auto (Linked) l = link_text (WARTA_LANG_ID, text);

  g_assert_cmpuint (l.mentions->len, ==, 2);
  g_assert_cmpstr (first_iri (mention (&l, 0)), ==,
                   WARTA_ID_BASE "actor/south-korean-ministry-of-foreign-affairs");
  g_assert_cmpuint (mention (&l, 0)->n_tokens, ==, 5);
  g_assert_cmpstr (first_iri (mention (&l, 1)), ==, WARTA_ID_BASE "actor/kim-hong-kyun");
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  int rc;

  g_test_init (&argc, &argv, NULL);
  lex = warta_lexicon_load_dir (ontology_dir (), &error);
  g_assert_no_error (error);
  linker = warta_linker_new (lex);

  g_test_add_func ("/linker/longest-match", test_longest_match);
  g_test_add_func ("/linker/lowercase-multiword", test_lowercase_multiword);
  g_test_add_func ("/linker/all-caps", test_all_caps_labels);
  g_test_add_func ("/linker/single-word-capital", test_single_word_needs_capital);
  g_test_add_func ("/linker/shared-label-pick", test_shared_label_and_pick);
  g_test_add_func ("/linker/english-possessive", test_english_possessive);
  g_test_add_func ("/linker/learned-actor", test_learned_actor_after_refresh);
  g_test_add_func ("/linker/title-not-actor", test_title_not_actor);
  rc = g_test_run ();
  warta_linker_free (linker);
  warta_lexicon_free (lex);
  return rc;
}
