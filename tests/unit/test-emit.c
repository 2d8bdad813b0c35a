/* test-emit.c: facts, articles and actors to contract triples. */
#include "warta-emit.h"
#include "warta-writer.h"
#include "warta-error.h"

#include <glib/gstdio.h>
#include <string.h>

#define ACT WARTA_ID_BASE "actor/"
#define W WARTA_NS
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"
#define DCT "http://purl.org/dc/terms/"

static const char actors_ttl[] =
  "@prefix warta: <" W "> .\n"
  "@prefix actor: <" ACT "> .\n"
  "@prefix skos: <" SKOS "> .\n"
  "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
  "actor:russia a warta:State ; skos:prefLabel \"Russia\"@en, \"Rusia\"@id ;\n"
  "  skos:altLabel \"Moskow\"@id, \"Russian Federation\"@en ;\n"
  "  owl:sameAs <http://www.wikidata.org/entity/Q159> .\n"
  "actor:north-korea a warta:State ; skos:prefLabel \"North Korea\"@en, \"Korea Utara\"@id ;\n"
  "  skos:altLabel \"DPRK\"@en .\n"
  "actor:south-korea a warta:State ; skos:prefLabel \"South Korea\"@en .\n"
  "actor:kremlin a warta:Organization ; skos:prefLabel \"Kremlin\"@en, \"Kremlin\"@id ;\n"
  "  warta:affiliation actor:russia .\n"
  "actor:dmitry-peskov a warta:Person ; skos:prefLabel \"Dmitry Peskov\"@en ;\n"
  "  warta:affiliation actor:kremlin .\n"
  "actor:nis a warta:Organization ; skos:prefLabel \"National Intelligence Service\"@en ;\n"
  "  skos:altLabel \"BIN\"@id ; warta:affiliation actor:south-korea .\n"
  "actor:vladivostok a warta:Place ; skos:prefLabel \"Vladivostok\"@en ;\n"
  "  warta:locatedIn actor:russia .\n"
  "actor:unused a warta:State ; skos:prefLabel \"Unused\"@en .\n";

typedef struct {
  char *dir;
  char *file;
  WartaLexicon *lex;
  WartaFactSet *facts;
  GPtrArray *articles;
  WartaGraph *g;
  WartaFact *dep, *claim, *denial, *treaty, *arms;
} Fixture;

static WartaFact *
add_fact (Fixture *fx, WartaFact *f, const char *article, const char *sentence, const char *rule)
{
  warta_fact_add_source (f, article, sentence, 0, strlen (sentence), rule);
  return warta_fact_set_add (fx->facts, f);
}

static void
build_facts (Fixture *fx)
{
  WartaFact *f;

  f = warta_fact_new (WARTA_FACT_DEPLOYMENT);
  f->agent = g_strdup (ACT "north-korea");
  warta_strv_set_add (f->destinations, ACT "vladivostok");
  f->troops = 1500;
  f->date = (WartaDate) { 2024, 10, 0, WARTA_DATE_YEAR_MONTH };
  f->start_date = (WartaDate) { 2024, 10, 8, WARTA_DATE_DAY };
  f->unit = g_strdup ("special forces");
  fx->dep = add_fact (fx, f, "a.txt", "NIS: 1.500 tentara dikirim.", "deploy.active");

  f = warta_fact_new (WARTA_FACT_DEPLOYMENT);
  f->agent = g_strdup (ACT "north-korea");
  warta_strv_set_add (f->destinations, ACT "vladivostok");
  f->troops = 1500;
  f->date = (WartaDate) { 2024, 10, 0, WARTA_DATE_YEAR_MONTH };
  g_assert_true (add_fact (fx, f, "b.txt", "Sebanyak 1.500 prajurit tiba.", "deploy.presence")
                 == fx->dep);

  f = warta_fact_new (WARTA_FACT_CLAIM);
  f->speaker = g_strdup (ACT "nis");
  f->about = fx->dep;
  fx->claim = add_fact (fx, f, "a.txt", "NIS: 1.500 tentara dikirim.", "claim.say");

  f = warta_fact_new (WARTA_FACT_DENIAL);
  f->speaker = g_strdup (ACT "dmitry-peskov");
  f->about = fx->claim;
  fx->denial = add_fact (fx, f, "b.txt", "Peskov membantah klaim itu.", "denial.verb");

  f = warta_fact_new (WARTA_FACT_TREATY);
  warta_strv_set_add (f->parties, ACT "russia");
  warta_strv_set_add (f->parties, ACT "north-korea");
  f->signed_on = (WartaDate) { 0, 6, 0, WARTA_DATE_MONTH };
  f->label = g_strdup ("Perjanjian Kemitraan Strategis Komprehensif");
  g_ptr_array_add (f->provisions, g_strdup ("mutual defence"));
  fx->treaty = add_fact (fx, f, "b.txt", "Perjanjian ditandatangani pada Juni.", "treaty.sign");

  f = warta_fact_new (WARTA_FACT_ARMS_TRANSFER);
  f->agent = g_strdup (ACT "north-korea");
  f->recipient = g_strdup (ACT "russia");
  f->item = g_strdup ("artillery shells");
  fx->arms = add_fact (fx, f, "a.txt", "Korut memasok peluru artileri.", "supply.active");
}

static void
fixture_set_up (Fixture *fx, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  const char *files[2] = { NULL, NULL };
  WartaArticleMeta *m;

  fx->dir = g_dir_make_tmp ("warta-emit-XXXXXX", &error);
  g_assert_no_error (error);
  fx->file = g_build_filename (fx->dir, "actors.ttl", NULL);
  g_file_set_contents (fx->file, actors_ttl, -1, &error);
  g_assert_no_error (error);
  files[0] = fx->file;
  fx->lex = warta_lexicon_load_files (files, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fx->lex);

  fx->facts = warta_fact_set_new ();
  build_facts (fx);
  fx->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_article_meta_free);
  m = warta_article_meta_new ("a.txt");
  m->publisher = g_strdup ("Kontan");
  m->place = g_strdup ("Jakarta");
  m->date = (WartaDate) { 2024, 10, 24, WARTA_DATE_DAY };
  m->language = g_strdup ("id");
  g_ptr_array_add (fx->articles, m);
  /* b.txt has no metadata: it still becomes an Article */
  fx->g = warta_graph_new ();
  warta_emit_graph (fx->g, fx->facts, fx->articles, fx->lex);
}

static void
fixture_tear_down (Fixture *fx, gconstpointer data)
{
  warta_graph_free (fx->g);
  g_ptr_array_unref (fx->articles);
  warta_fact_set_free (fx->facts);
  warta_lexicon_free (fx->lex);
  g_unlink (fx->file);
  g_rmdir (fx->dir);
  g_free (fx->file);
  g_free (fx->dir);
}

/* Objects of (s, p) in any graph. */
static GPtrArray *
objects (Fixture *fx, const char *s, const char *p)
{
  return warta_graph_objects (fx->g, s, p);
}

static void
assert_single_literal (Fixture *fx, const char *s, const char *p, const char *lexical,
                       const char *datatype)
{
  g_autoptr (GPtrArray) o = objects (fx, s, p);
  const WartaTerm *t;

  g_assert_cmpuint (o->len, ==, 1);
  t = o->pdata[0];
  g_assert_cmpint (t->kind, ==, WARTA_TERM_LITERAL);
  g_assert_cmpstr (t->value, ==, lexical);
  g_assert_cmpstr (t->datatype, ==, datatype);
  g_assert_null (t->lang);
}

static void
assert_single_iri (Fixture *fx, const char *s, const char *p, const char *o_iri)
{
  g_autoptr (GPtrArray) o = objects (fx, s, p);

  g_assert_cmpuint (o->len, ==, 1);
  g_assert_cmpint (((WartaTerm *) o->pdata[0])->kind, ==, WARTA_TERM_IRI);
  g_assert_cmpstr (((WartaTerm *) o->pdata[0])->value, ==, o_iri);
}

static void
test_fact_types (Fixture *fx, gconstpointer data)
{
  assert_single_iri (fx, fx->dep->iri, RDF_TYPE, W "Deployment");
  assert_single_iri (fx, fx->claim->iri, RDF_TYPE, W "Claim");
  assert_single_iri (fx, fx->denial->iri, RDF_TYPE, W "Denial");
  assert_single_iri (fx, fx->treaty->iri, RDF_TYPE, W "Treaty");
  assert_single_iri (fx, fx->arms->iri, RDF_TYPE, W "ArmsTransfer");
}

static void
test_typed_literals (Fixture *fx, gconstpointer data)
{
  g_autoptr (GPtrArray) parties = objects (fx, fx->treaty->iri, W "party");

  assert_single_literal (fx, fx->dep->iri, W "troops", "1500", XSD "integer");
  assert_single_literal (fx, fx->dep->iri, W "date", "2024-10", XSD "gYearMonth");
  assert_single_literal (fx, fx->dep->iri, W "startDate", "2024-10-08", XSD "date");
  assert_single_literal (fx, fx->dep->iri, W "unit", "special forces", NULL);
  assert_single_iri (fx, fx->dep->iri, W "agent", ACT "north-korea");
  assert_single_iri (fx, fx->dep->iri, W "destination", ACT "vladivostok");
  assert_single_literal (fx, fx->treaty->iri, W "signedOn", "--06", XSD "gMonth");
  assert_single_literal (fx, fx->treaty->iri, W "provision", "mutual defence", NULL);
  assert_single_literal (fx, fx->treaty->iri, "http://www.w3.org/2000/01/rdf-schema#label",
                         "Perjanjian Kemitraan Strategis Komprehensif", NULL);
  g_assert_cmpuint (parties->len, ==, 2);
  assert_single_iri (fx, fx->arms->iri, W "recipient", ACT "russia");
  assert_single_literal (fx, fx->arms->iri, W "item", "artillery shells", NULL);
  assert_single_iri (fx, fx->claim->iri, W "speaker", ACT "nis");
  assert_single_iri (fx, fx->claim->iri, W "about", fx->dep->iri);
  assert_single_iri (fx, fx->denial->iri, W "about", fx->claim->iri);
  assert_single_literal (fx, WARTA_ID_BASE "article/a-txt", DCT "date", "2024-10-24", XSD "date");
  assert_single_literal (fx, WARTA_ID_BASE "article/a-txt", DCT "publisher", "Kontan", NULL);
  assert_single_literal (fx, WARTA_ID_BASE "article/a-txt", DCT "language", "id", NULL);
  assert_single_literal (fx, WARTA_ID_BASE "article/a-txt", W "datelinePlace", "Jakarta", NULL);
  assert_single_literal (fx, WARTA_ID_BASE "article/b-txt", DCT "identifier", "b.txt", NULL);
  assert_single_iri (fx, WARTA_ID_BASE "article/b-txt", RDF_TYPE, W "Article");
}

static void
test_no_troops_when_unknown (Fixture *fx, gconstpointer data)
{
  g_autoptr (WartaFactSet) facts = warta_fact_set_new ();
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GPtrArray) troops = NULL, types = NULL;
  WartaFact *f = warta_fact_new (WARTA_FACT_DEPLOYMENT);

  f->agent = g_strdup (ACT "north-korea");
  warta_fact_add_source (f, "c.txt", "Ribuan tentara.", 0, 5, "deploy.active");
  f = warta_fact_set_add (facts, f);
  warta_emit_graph (g, facts, NULL, fx->lex);
  troops = warta_graph_objects (g, f->iri, W "troops");
  types = warta_graph_objects (g, f->iri, RDF_TYPE);
  g_assert_cmpuint (troops->len, ==, 0);
  g_assert_cmpuint (types->len, ==, 1);
}

static void
test_provenance (Fixture *fx, gconstpointer data)
{
  g_autoptr (GPtrArray) from = objects (fx, fx->dep->iri, PROV_DERIVED);
  g_autoptr (GPtrArray) ev = objects (fx, fx->dep->iri, W "evidence");
  g_autoptr (GPtrArray) rules = objects (fx, fx->dep->iri, W "rule");

  g_assert_cmpuint (from->len, ==, 2);
  g_assert_cmpstr (((WartaTerm *) from->pdata[0])->value, ==, WARTA_ID_BASE "article/a-txt");
  g_assert_cmpstr (((WartaTerm *) from->pdata[1])->value, ==, WARTA_ID_BASE "article/b-txt");
  g_assert_cmpuint (ev->len, ==, 2);
  for (guint i = 0; i < ev->len; i++)
    {
      const WartaTerm *t = ev->pdata[i];

      g_assert_cmpint (t->kind, ==, WARTA_TERM_LITERAL);
      g_assert_null (t->lang);
      g_assert_null (t->datatype);
    }
  g_assert_cmpuint (rules->len, ==, 2);
}

static void
test_actors (Fixture *fx, gconstpointer data)
{
  static const char *const described[] = {
    ACT "russia", ACT "north-korea", ACT "south-korea", ACT "kremlin", ACT "dmitry-peskov",
    ACT "nis", ACT "vladivostok",
  };
  g_autoptr (GPtrArray) unused = objects (fx, ACT "unused", SKOS "prefLabel");
  g_autoptr (GPtrArray) alt = objects (fx, ACT "russia", SKOS "altLabel");
  g_autoptr (GPtrArray) kremlin_alt = objects (fx, ACT "kremlin", SKOS "altLabel");
  gboolean rusia_id = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (described); i++)
    {
      g_autoptr (GPtrArray) pref = objects (fx, described[i], SKOS "prefLabel");
      g_autoptr (GPtrArray) type = objects (fx, described[i], RDF_TYPE);

      g_assert_cmpuint (pref->len, ==, 1);
      g_assert_cmpstr (((WartaTerm *) pref->pdata[0])->lang, ==, "en");
      g_assert_cmpuint (type->len, ==, 1);
    }
  g_assert_cmpuint (unused->len, ==, 0);
  /* affiliation chain Peskov -> Kremlin -> Russia; NIS -> South Korea */
  assert_single_iri (fx, ACT "dmitry-peskov", W "affiliation", ACT "kremlin");
  assert_single_iri (fx, ACT "kremlin", W "affiliation", ACT "russia");
  assert_single_iri (fx, ACT "nis", W "affiliation", ACT "south-korea");
  assert_single_iri (fx, ACT "vladivostok", W "locatedIn", ACT "russia");
  assert_single_iri (fx, ACT "dmitry-peskov", RDF_TYPE, W "Person");
  assert_single_iri (fx, ACT "russia", "http://www.w3.org/2002/07/owl#sameAs",
                     "http://www.wikidata.org/entity/Q159");
  /* the Indonesian prefLabel becomes an altLabel@id */
  g_assert_cmpuint (alt->len, ==, 3);
  for (guint i = 0; i < alt->len; i++)
    {
      const WartaTerm *t = alt->pdata[i];

      g_assert_nonnull (t->lang);
      if (strcmp (t->value, "Rusia") == 0 && strcmp (t->lang, "id") == 0)
        rusia_id = TRUE;
      g_assert_false (strcmp (t->value, "Russia") == 0 && strcmp (t->lang, "en") == 0);
    }
  g_assert_true (rusia_id);
  /* same text in another language is kept */
  g_assert_cmpuint (kremlin_alt->len, ==, 1);
  g_assert_cmpstr (((WartaTerm *) kremlin_alt->pdata[0])->lang, ==, "id");
}

/* The quads of @s with predicate @p, in graph @gname. */
static guint
count_in_graph (Fixture *fx, const char *s, const char *p, const char *gname)
{
  WartaTerm st = { WARTA_TERM_IRI, s, NULL, NULL };
  WartaTerm pt = { WARTA_TERM_IRI, p, NULL, NULL };
  WartaTerm gt = { WARTA_TERM_IRI, gname, NULL, NULL };
  g_autoptr (GArray) m = warta_graph_match (fx->g, &st, &pt, NULL, gname ? &gt : NULL, FALSE);

  return m->len;
}

static void
test_graph_names (Fixture *fx, gconstpointer data)
{
  const char *ga = WARTA_ID_BASE "article/a-txt", *gb = WARTA_ID_BASE "article/b-txt";
  g_autoptr (GError) error = NULL;
  g_autofree char *nq = NULL;
  g_autoptr (GArray) quads = warta_graph_quads (fx->g);

  /* the deployment is in both articles' graphs; each evidence only in its own */
  g_assert_cmpuint (count_in_graph (fx, fx->dep->iri, RDF_TYPE, ga), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, fx->dep->iri, RDF_TYPE, gb), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, fx->dep->iri, W "troops", gb), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, fx->dep->iri, W "evidence", ga), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, fx->dep->iri, W "evidence", gb), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, fx->dep->iri, PROV_DERIVED, ga), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, fx->claim->iri, RDF_TYPE, gb), ==, 0);
  g_assert_cmpuint (count_in_graph (fx, ga, DCT "identifier", ga), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, ACT "russia", SKOS "prefLabel", WARTA_ACTORS_GRAPH), ==, 1);
  g_assert_cmpuint (count_in_graph (fx, ACT "russia", SKOS "prefLabel", NULL), ==, 0);
  /* nothing in the default graph, no blank nodes */
  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);

      g_assert_nonnull (q->g);
      g_assert_cmpint (q->s->kind, ==, WARTA_TERM_IRI);
      g_assert_cmpint (q->o->kind, !=, WARTA_TERM_BLANK);
    }
  nq = warta_graph_serialize (fx->g, WARTA_FORMAT_NQUADS, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (nq, "\"1500\"^^<" XSD "integer> <" WARTA_ID_BASE "article/b-txt> .\n"));
  g_assert_null (strstr (nq, "_:"));
}

static void
test_deterministic (Fixture *fx, gconstpointer data)
{
  g_autoptr (WartaGraph) again = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;

  warta_emit_graph (again, fx->facts, fx->articles, fx->lex);
  a = warta_graph_serialize (fx->g, WARTA_FORMAT_TURTLE, NULL, &error);
  b = warta_graph_serialize (again, WARTA_FORMAT_TURTLE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, b);
}

static void
test_unknown_actor (Fixture *fx, gconstpointer data)
{
  g_autoptr (WartaFactSet) facts = warta_fact_set_new ();
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GPtrArray) pref = NULL;
  WartaFact *f = warta_fact_new (WARTA_FACT_CLAIM);

  f->speaker = g_strdup (ACT "kim-hong-kyun");
  f->about_iri = g_strdup (fx->dep->iri);
  warta_fact_add_source (f, "c.txt", "Kim berkata.", 0, 5, "claim.say");
  f = warta_fact_set_add (facts, f);
  g_test_expect_message ("warta", G_LOG_LEVEL_WARNING, "*kim-hong-kyun*not in the lexicon*");
  warta_emit_graph (g, facts, NULL, fx->lex);
  g_test_assert_expected_messages ();
  pref = warta_graph_objects (g, ACT "kim-hong-kyun", SKOS "prefLabel");
  g_assert_cmpuint (pref->len, ==, 1);
  g_assert_cmpstr (((WartaTerm *) pref->pdata[0])->value, ==, "kim hong kyun");
  g_assert_cmpstr (((WartaTerm *) pref->pdata[0])->lang, ==, "en");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, fn) \
  g_test_add ("/emit/" name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("fact-types", test_fact_types);
  ADD ("typed-literals", test_typed_literals);
  ADD ("no-troops-when-unknown", test_no_troops_when_unknown);
  ADD ("provenance", test_provenance);
  ADD ("actors", test_actors);
  ADD ("graph-names", test_graph_names);
  ADD ("deterministic", test_deterministic);
  ADD ("unknown-actor", test_unknown_actor);
#undef ADD
  return g_test_run ();
}
