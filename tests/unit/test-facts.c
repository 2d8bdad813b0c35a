/* test-facts.c: identity keys, stable IRIs, slugs and the merging set. */
#include "warta-facts.h"
#include "warta-lexicon.h"

#include <string.h>

#define ACT WARTA_ID_BASE "actor/"

static WartaFact *
deployment (const char *agent, const char *const *dests, gint64 troops, const char *article,
            const char *sentence)
{
  WartaFact *f = warta_fact_new (WARTA_FACT_DEPLOYMENT);

  f->agent = g_strdup (agent);
  for (guint i = 0; dests && dests[i]; i++)
    warta_strv_set_add (f->destinations, dests[i]);
  f->troops = troops;
  f->date = (WartaDate) { 2024, 10, 0, WARTA_DATE_YEAR_MONTH };
  warta_fact_add_source (f, article, sentence, 0, strlen (sentence), "deploy.active");
  return f;
}

static WartaFact *
statement (WartaFactKind kind, const char *speaker, WartaFact *about, const char *article,
           const char *sentence)
{
  WartaFact *f = warta_fact_new (kind);

  f->speaker = g_strdup (speaker);
  f->about = about;
  warta_fact_add_source (f, article, sentence, 0, strlen (sentence), "claim.say");
  return f;
}

static void
test_kind_names (void)
{
  g_assert_cmpstr (warta_fact_kind_name (WARTA_FACT_DEPLOYMENT), ==, "Deployment");
  g_assert_cmpstr (warta_fact_kind_name (WARTA_FACT_NON_CONFIRMATION), ==, "NonConfirmation");
  g_assert_true (warta_fact_kind_is_statement (WARTA_FACT_DENIAL));
  g_assert_false (warta_fact_kind_is_statement (WARTA_FACT_TREATY));
}

static void
test_slug (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Kim Hong-kyun", "kim-hong-kyun" },
    { "Zürich", "zurich" },
    { "  North   Korea!! ", "north-korea" },
    { "Société Générale", "societe-generale" },
    { "000_849ee8f691e751fa.txt", "000-849ee8f691e751fa-txt" },
    { "Straße", "strasse" },
    { "Ａｂｃ１", "abc1" },           /* NFKD folds full-width forms */
  };
  g_autofree char *hangul = warta_slug ("평양");
  g_autofree char *hangul2 = warta_slug ("서울");

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = warta_slug (cases[i].in);

      g_assert_cmpstr (s, ==, cases[i].out);
    }
  /* untransliterable names still get a stable, distinct ASCII slug */
  g_assert_true (hangul[0] == 'u' && strlen (hangul) == 13);
  g_assert_cmpstr (hangul, !=, hangul2);
}

static void
test_actor_article_iris (void)
{
  g_autofree char *a = warta_mint_actor_iri ("Dmitry Peskov");
  g_autofree char *b = warta_mint_article_iri ("000_849ee8f691e751fa.txt");

  g_assert_cmpstr (a, ==, WARTA_ID_BASE "actor/dmitry-peskov");
  g_assert_cmpstr (b, ==, WARTA_ID_BASE "article/000-849ee8f691e751fa-txt");
}

static void
test_strv_set (void)
{
  g_autoptr (GPtrArray) set = g_ptr_array_new_with_free_func (g_free);

  warta_strv_set_add (set, "c");
  warta_strv_set_add (set, "a");
  warta_strv_set_add (set, "b");
  warta_strv_set_add (set, "a");
  g_assert_cmpuint (set->len, ==, 3);
  g_assert_cmpstr (set->pdata[0], ==, "a");
  g_assert_cmpstr (set->pdata[1], ==, "b");
  g_assert_cmpstr (set->pdata[2], ==, "c");
}

static void
test_deployment_key_and_iri (void)
{
  const char *d1[] = { ACT "russia", ACT "kursk", NULL };
  g_autoptr (WartaFact) f = deployment (ACT "north-korea", d1, 1500, "a.txt", "S.");
  g_autofree char *key = warta_fact_identity_key (f);
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *expect = NULL;

  g_assert_cmpstr (key, ==, "Deployment|" ACT "north-korea|" ACT "kursk," ACT "russia|1500|2024-10");
  warta_fact_mint_iri (f);
  hex[16] = '\0';
  expect = g_strconcat (WARTA_ID_BASE "deployment/", hex, NULL);
  g_assert_cmpstr (f->iri, ==, expect);
}

static void
test_keys_independent_of_order (void)
{
  g_autoptr (WartaFact) a = warta_fact_new (WARTA_FACT_DEPLOYMENT);
  g_autoptr (WartaFact) b = warta_fact_new (WARTA_FACT_DEPLOYMENT);
  g_autoptr (WartaFact) t1 = warta_fact_new (WARTA_FACT_TREATY);
  g_autoptr (WartaFact) t2 = warta_fact_new (WARTA_FACT_TREATY);
  g_autofree char *ka = NULL, *kb = NULL, *k1 = NULL, *k2 = NULL;

  a->agent = g_strdup (ACT "north-korea");
  b->agent = g_strdup (ACT "north-korea");
  /* filled by hand in different orders (not through warta_strv_set_add) */
  g_ptr_array_add (a->destinations, g_strdup (ACT "vladivostok"));
  g_ptr_array_add (a->destinations, g_strdup (ACT "kursk"));
  g_ptr_array_add (b->destinations, g_strdup (ACT "kursk"));
  g_ptr_array_add (b->destinations, g_strdup (ACT "vladivostok"));
  ka = warta_fact_identity_key (a);
  kb = warta_fact_identity_key (b);
  g_assert_cmpstr (ka, ==, kb);
  warta_fact_mint_iri (a);
  warta_fact_mint_iri (b);
  g_assert_cmpstr (a->iri, ==, b->iri);

  warta_strv_set_add (t1->parties, ACT "russia");
  warta_strv_set_add (t1->parties, ACT "north-korea");
  warta_strv_set_add (t2->parties, ACT "north-korea");
  warta_strv_set_add (t2->parties, ACT "russia");
  t1->signed_on = t2->signed_on = (WartaDate) { 2024, 6, 19, WARTA_DATE_DAY };
  k1 = warta_fact_identity_key (t1);
  k2 = warta_fact_identity_key (t2);
  /* key: parties | signedOn | act | signatories (no signatory named here) */
  g_assert_cmpstr (k1, ==, "Treaty|" ACT "north-korea," ACT "russia|2024-06-19|signing|");
  g_assert_cmpstr (k1, ==, k2);
  /* a ratification of the same treaty is another act */
  t2->treaty_act = g_strdup ("ratification");
  warta_fact_mint_iri (t1);
  warta_fact_mint_iri (t2);
  g_assert_cmpstr (t1->iri, !=, t2->iri);
  g_assert_true (g_str_has_prefix (t1->iri, WARTA_ID_BASE "treaty/"));
}

static void
test_evidence_not_in_identity (void)
{
  const char *d[] = { ACT "russia", NULL };
  g_autoptr (WartaFact) a = deployment (ACT "north-korea", d, 1500, "a.txt", "One sentence.");
  g_autoptr (WartaFact) b = deployment (ACT "north-korea", d, 1500, "b.txt", "Another one.");
  g_autoptr (WartaFact) c = deployment (ACT "north-korea", d, 10000, "a.txt", "One sentence.");
  g_autoptr (WartaFact) n = deployment (ACT "north-korea", d, -1, "a.txt", "One sentence.");

  b->unit = g_strdup ("special forces");
  warta_fact_mint_iri (a);
  warta_fact_mint_iri (b);
  warta_fact_mint_iri (c);
  warta_fact_mint_iri (n);
  g_assert_cmpstr (a->iri, ==, b->iri);
  g_assert_cmpstr (a->iri, !=, c->iri);
  g_assert_cmpstr (a->iri, !=, n->iri);
  g_assert_cmpstr (c->iri, !=, n->iri);
}

static void
test_set_merges_two_articles (void)
{
  const char *d[] = { ACT "russia", NULL };
  g_autoptr (WartaFactSet) set = warta_fact_set_new ();
  WartaFact *dep_a, *dep_b, *claim_a, *claim_b, *other, *denial;
  g_autoptr (GPtrArray) sorted = NULL;
  WartaFact *dup;

  dep_a = warta_fact_set_add (set, deployment (ACT "north-korea", d, 1500, "a.txt", "NIS: 1500."));
  claim_a = warta_fact_set_add (set, statement (WARTA_FACT_CLAIM, ACT "nis", dep_a, "a.txt",
                                                "NIS: 1500."));
  dup = deployment (ACT "north-korea", d, 1500, "b.txt", "Badan itu: 1500.");
  dup->unit = g_strdup ("special forces");
  dup->transported_by = g_strdup (ACT "russian-navy");
  dep_b = warta_fact_set_add (set, dup);
  claim_b = warta_fact_set_add (set, statement (WARTA_FACT_CLAIM, ACT "nis", dep_b, "b.txt",
                                                "Badan itu: 1500."));
  /* the same again from article a: nothing new */
  warta_fact_set_add (set, statement (WARTA_FACT_CLAIM, ACT "nis", dep_a, "a.txt", "NIS: 1500."));

  g_assert_true (dep_a == dep_b);
  g_assert_true (claim_a == claim_b);
  g_assert_cmpuint (set->facts->len, ==, 2);
  g_assert_cmpuint (dep_a->sources->len, ==, 2);
  g_assert_cmpuint (claim_a->sources->len, ==, 2);
  g_assert_cmpstr (((WartaSource *) claim_a->sources->pdata[1])->article_id, ==, "b.txt");
  /* optional fields the first copy lacked are filled */
  g_assert_cmpstr (dep_a->unit, ==, "special forces");
  g_assert_cmpstr (dep_a->transported_by, ==, ACT "russian-navy");
  g_assert_cmpstr (claim_a->about_iri, ==, dep_a->iri);
  g_assert_true (g_str_has_prefix (claim_a->iri, WARTA_ID_BASE "claim/"));

  /* another count is another event; a denial of the claim is a statement
   * about a statement */
  other = warta_fact_set_add (set, deployment (ACT "north-korea", d, 10000, "c.txt", "10000."));
  denial = warta_fact_set_add (set, statement (WARTA_FACT_DENIAL, ACT "dmitry-peskov", claim_a,
                                               "c.txt", "Peskov membantah."));
  g_assert_true (other != dep_a);
  g_assert_cmpstr (denial->about_iri, ==, claim_a->iri);
  g_assert_true (g_str_has_prefix (denial->iri, WARTA_ID_BASE "denial/"));
  g_assert_cmpuint (set->facts->len, ==, 4);
  g_assert_true (g_hash_table_lookup (set->by_iri, other->iri) == other);

  sorted = warta_fact_set_sorted (set);
  g_assert_cmpuint (sorted->len, ==, 4);
  for (guint i = 1; i < sorted->len; i++)
    g_assert_cmpint (strcmp (((WartaFact *) sorted->pdata[i - 1])->iri,
                             ((WartaFact *) sorted->pdata[i])->iri), <, 0);
}

static void
test_statement_kind_in_key (void)
{
  const char *d[] = { ACT "russia", NULL };
  g_autoptr (WartaFactSet) set = warta_fact_set_new ();
  WartaFact *dep = warta_fact_set_add (set, deployment (ACT "north-korea", d, -1, "a", "s"));
  WartaFact *c = warta_fact_set_add (set, statement (WARTA_FACT_CLAIM, ACT "x", dep, "a", "s"));
  WartaFact *n = warta_fact_set_add (set, statement (WARTA_FACT_NON_CONFIRMATION, ACT "x", dep,
                                                     "a", "s"));
  WartaFact *o = warta_fact_set_add (set, statement (WARTA_FACT_CLAIM, ACT "y", dep, "a", "s"));

  g_assert_true (c != n && c != o);
  g_assert_true (g_str_has_prefix (n->iri, WARTA_ID_BASE "nonconfirmation/"));
  g_assert_cmpuint (set->facts->len, ==, 4);
}

static void
test_add_source_dedupe (void)
{
  g_autoptr (WartaFact) f = warta_fact_new (WARTA_FACT_CLAIM);

  warta_fact_add_source (f, "a", "S.", 0, 2, "r1");
  warta_fact_add_source (f, "a", "S.", 0, 2, "r1");
  warta_fact_add_source (f, "a", "S.", 0, 2, "r2");
  warta_fact_add_source (f, "b", "S.", 0, 2, "r1");
  g_assert_cmpuint (f->sources->len, ==, 3);
}

/* A copy is independent of its original and has the same identity until
 * it is changed: what extraction relies on when "Rusia dan Cina memasok"
 * gives one transfer per supplier. */
static void
test_copy (void)
{
  const char *d1[] = { ACT "russia", ACT "kursk", NULL };
  g_autoptr (WartaFact) f = deployment (ACT "north-korea", d1, 1500, "a.txt", "S.");
  g_autoptr (WartaFact) c = warta_fact_copy (f);
  g_autofree char *kf = warta_fact_identity_key (f);
  g_autofree char *kc = warta_fact_identity_key (c);
  g_autofree char *kc2 = NULL;

  g_assert_cmpstr (kf, ==, kc);
  g_assert_null (c->iri);
  g_assert_cmpuint (c->sources->len, ==, f->sources->len);
  g_free (c->agent);
  c->agent = g_strdup (ACT "russia");
  warta_strv_set_add (c->destinations, ACT "belgorod");
  kc2 = warta_fact_identity_key (c);
  g_assert_cmpstr (kc2, !=, kf);
  g_assert_cmpstr (f->agent, ==, ACT "north-korea");
  g_assert_cmpuint (f->destinations->len, ==, 2);
  g_assert_cmpuint (c->destinations->len, ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/facts/kind-names", test_kind_names);
  g_test_add_func ("/facts/slug", test_slug);
  g_test_add_func ("/facts/actor-article-iris", test_actor_article_iris);
  g_test_add_func ("/facts/strv-set", test_strv_set);
  g_test_add_func ("/facts/deployment-key-and-iri", test_deployment_key_and_iri);
  g_test_add_func ("/facts/keys-independent-of-order", test_keys_independent_of_order);
  g_test_add_func ("/facts/evidence-not-in-identity", test_evidence_not_in_identity);
  g_test_add_func ("/facts/set-merges-two-articles", test_set_merges_two_articles);
  g_test_add_func ("/facts/statement-kind-in-key", test_statement_kind_in_key);
  g_test_add_func ("/facts/add-source-dedupe", test_add_source_dedupe);
  g_test_add_func ("/facts/copy", test_copy);
  return g_test_run ();
}
