/* emit.c: facts, articles and actors to the triples of
 * ../shared/CONTRACT.md.
 *
 * What it does: for every fact, its most specific rdf:type and its
 * properties (dates typed by precision through warta_date_to_xsd, troop
 * counts as xsd:integer) go into the named graph of every article the fact
 * was read from; prov:wasDerivedFrom, warta:evidence and warta:rule of
 * each source go into that source's own article graph (so each article
 * graph is self-contained and the union is the whole story).  Each article
 * is described in its own graph; every actor a fact mentions, and every
 * actor its warta:affiliation / warta:locatedIn chain reaches, is described
 * in WARTA_ACTORS_GRAPH with exactly one skos:prefLabel@en.
 *
 * What it does not: mint fact IRIs (facts.c), decide what is a fact
 * (extract.c), write files (writer.c).
 *
 * Callers: build, tests. */
#include "warta-emit.h"

#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS_LABEL "http://www.w3.org/2000/01/rdf-schema#label"
#define SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"
#define DCT_NS "http://purl.org/dc/terms/"
#define XSD_INTEGER "http://www.w3.org/2001/XMLSchema#integer"
#define W WARTA_NS

/* What emission carries around. */
typedef struct {
  WartaGraph *g;
  const WartaLexicon *lex;
  GPtrArray *article_graphs;   /* graph names of the fact being emitted (not owned) */
  GHashTable *actors;          /* actor IRIs to describe (set, owned keys) */
  GHashTable *articles_seen;   /* article ids described (set, owned keys) */
} Emit;

/* ------------------------------------------------------------ helpers */

/* Adds (s p o-IRI) to every graph of the current fact. */
static void
fact_iri (Emit *e, const char *s, const char *p, const char *o)
{
  if (o == NULL)
    return;
  for (guint i = 0; i < e->article_graphs->len; i++)
    warta_graph_add_iri (e->g, g_ptr_array_index (e->article_graphs, i), s, p, o);
}

static void
fact_literal (Emit *e, const char *s, const char *p, const char *lexical, const char *datatype)
{
  if (lexical == NULL)
    return;
  for (guint i = 0; i < e->article_graphs->len; i++)
    warta_graph_add_literal (e->g, g_ptr_array_index (e->article_graphs, i), s, p, lexical,
                             datatype, NULL);
}

static void
fact_date (Emit *e, const char *s, const char *p, const WartaDate *d)
{
  const char *datatype = NULL;
  g_autofree char *lexical = warta_date_to_xsd (d, &datatype);

  fact_literal (e, s, p, lexical, datatype);
}

/* An actor reference: a triple, and the actor goes on the list. */
static void
fact_actor (Emit *e, const char *s, const char *p, const char *actor_iri)
{
  if (actor_iri == NULL)
    return;
  fact_iri (e, s, p, actor_iri);
  g_hash_table_add (e->actors, g_strdup (actor_iri));
}

static void
fact_actors (Emit *e, const char *s, const char *p, const GPtrArray *iris)
{
  for (guint i = 0; i < iris->len; i++)
    fact_actor (e, s, p, g_ptr_array_index (iris, i));
}

/* ------------------------------------------------------------ facts */

static void
emit_deployment (Emit *e, const WartaFact *f)
{
  fact_actor (e, f->iri, W "agent", f->agent);
  fact_actors (e, f->iri, W "destination", f->destinations);
  if (f->troops >= 0)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, f->troops);

      fact_literal (e, f->iri, W "troops", n, XSD_INTEGER);
    }
  fact_date (e, f->iri, W "date", &f->date);
  fact_date (e, f->iri, W "startDate", &f->start_date);
  fact_date (e, f->iri, W "endDate", &f->end_date);
  fact_actor (e, f->iri, W "transportedBy", f->transported_by);
  fact_literal (e, f->iri, W "unit", f->unit, NULL);
}

static void
emit_arms_transfer (Emit *e, const WartaFact *f)
{
  fact_actor (e, f->iri, W "agent", f->agent);
  fact_actor (e, f->iri, W "recipient", f->recipient);
  fact_literal (e, f->iri, W "item", f->item, NULL);
  fact_literal (e, f->iri, W "quantity", f->quantity, NULL);
}

static void
emit_treaty (Emit *e, const WartaFact *f)
{
  fact_actors (e, f->iri, W "party", f->parties);
  fact_actors (e, f->iri, W "signatory", f->signatories);
  fact_date (e, f->iri, W "signedOn", &f->signed_on);
  /* the date of an act other than the signing (ratification, entry into
   * force, exchange of instruments) */
  fact_date (e, f->iri, W "date", &f->date);
  fact_actor (e, f->iri, W "signedAt", f->signed_at);
  for (guint i = 0; i < f->provisions->len; i++)
    fact_literal (e, f->iri, W "provision", g_ptr_array_index (f->provisions, i), NULL);
  if (f->treaty_act != NULL && strcmp (f->treaty_act, "signing") != 0)
    fact_literal (e, f->iri, W "treatyAct", f->treaty_act, NULL);
  fact_literal (e, f->iri, RDFS_LABEL, f->label, NULL);
}

static void
emit_statement (Emit *e, const WartaFact *f)
{
  const char *about = f->about_iri ? f->about_iri : (f->about ? f->about->iri : NULL);

  fact_actor (e, f->iri, W "speaker", f->speaker);
  fact_iri (e, f->iri, W "about", about);
}

/* prov:wasDerivedFrom, warta:evidence and warta:rule of each source, in
 * the graph of that source's article. */
static void
emit_sources (Emit *e, const WartaFact *f)
{
  for (guint i = 0; i < f->sources->len; i++)
    {
      const WartaSource *src = g_ptr_array_index (f->sources, i);
      g_autofree char *article = warta_mint_article_iri (src->article_id);

      warta_graph_add_iri (e->g, article, f->iri, PROV_DERIVED, article);
      if (src->sentence != NULL)
        warta_graph_add_literal (e->g, article, f->iri, W "evidence", src->sentence, NULL, NULL);
      if (src->rule != NULL)
        warta_graph_add_literal (e->g, article, f->iri, W "rule", src->rule, NULL, NULL);
      if (!g_hash_table_contains (e->articles_seen, src->article_id))
        {
          /* An article no metadata was given for: still an Article. */
          warta_graph_add_iri (e->g, article, article, RDF_TYPE, W "Article");
          warta_graph_add_literal (e->g, article, article, DCT_NS "identifier", src->article_id,
                                   NULL, NULL);
        }
    }
}

/* The article graph names of @f, sorted, unique (new array). */
static GPtrArray *
fact_graphs (const WartaFact *f)
{
  GPtrArray *graphs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < f->sources->len; i++)
    {
      const WartaSource *src = g_ptr_array_index (f->sources, i);
      g_autofree char *article = warta_mint_article_iri (src->article_id);

      warta_strv_set_add (graphs, article);
    }
  return graphs;
}

static void
emit_fact (Emit *e, const WartaFact *f)
{
  g_autoptr (GPtrArray) graphs = fact_graphs (f);
  /* a protocol is signed beside a treaty, by its own signatories: not a
   * warta:Treaty (see warta:Protocol in ontology/warta.ttl) */
  gboolean protocol = f->kind == WARTA_FACT_TREATY && g_strcmp0 (f->treaty_act, "protocol") == 0;
  g_autofree char *klass = g_strconcat (W, protocol ? "Protocol" : warta_fact_kind_name (f->kind), NULL);

  g_return_if_fail (f->iri != NULL);
  e->article_graphs = graphs;
  fact_iri (e, f->iri, RDF_TYPE, klass);
  switch (f->kind)
    {
    case WARTA_FACT_DEPLOYMENT:
      emit_deployment (e, f);
      break;
    case WARTA_FACT_ARMS_TRANSFER:
      emit_arms_transfer (e, f);
      break;
    case WARTA_FACT_TREATY:
      emit_treaty (e, f);
      break;
    case WARTA_FACT_CLAIM:
    case WARTA_FACT_DENIAL:
    case WARTA_FACT_NON_CONFIRMATION:
    case WARTA_FACT_N_KINDS:
    default:
      emit_statement (e, f);
      break;
    }
  emit_sources (e, f);
  e->article_graphs = NULL;
}

/* ------------------------------------------------------------ articles */

static void
emit_article (Emit *e, const WartaArticleMeta *m)
{
  g_autofree char *iri = warta_mint_article_iri (m->id);
  const char *datatype = NULL;
  g_autofree char *date = warta_date_to_xsd (&m->date, &datatype);

  g_hash_table_add (e->articles_seen, g_strdup (m->id));
  warta_graph_add_iri (e->g, iri, iri, RDF_TYPE, W "Article");
  warta_graph_add_literal (e->g, iri, iri, DCT_NS "identifier", m->id, NULL, NULL);
  if (m->publisher != NULL)
    warta_graph_add_literal (e->g, iri, iri, DCT_NS "publisher", m->publisher, NULL, NULL);
  if (date != NULL)
    warta_graph_add_literal (e->g, iri, iri, DCT_NS "date", date, datatype, NULL);
  if (m->language != NULL)
    warta_graph_add_literal (e->g, iri, iri, DCT_NS "language", m->language, NULL, NULL);
  if (m->place != NULL)
    warta_graph_add_literal (e->g, iri, iri, W "datelinePlace", m->place, NULL, NULL);
}

/* ------------------------------------------------------------ actors */

static const char *
actor_class_iri (WartaActorClass klass)
{
  switch (klass)
    {
    case WARTA_ACTOR_STATE:
      return W "State";
    case WARTA_ACTOR_ORGANIZATION:
      return W "Organization";
    case WARTA_ACTOR_PERSON:
      return W "Person";
    case WARTA_ACTOR_PLACE:
    default:
      return W "Place";
    }
}

static void
actor_label (Emit *e, const char *iri, const char *prop, const char *text, const char *lang)
{
  warta_graph_add_literal (e->g, WARTA_ACTORS_GRAPH, iri, prop, text, NULL,
                           lang && *lang ? lang : NULL);
}

/* One skos:prefLabel@en; every other label (a prefLabel in another
 * language included) is an altLabel, so consumers find exactly one
 * prefLabel. */
static void
emit_known_actor (Emit *e, const WartaActor *a)
{
  warta_graph_add_iri (e->g, WARTA_ACTORS_GRAPH, a->iri, RDF_TYPE, actor_class_iri (a->klass));
  actor_label (e, a->iri, SKOS_NS "prefLabel", a->pref_label, "en");
  for (guint i = 0; a->labels && i < a->labels->len; i++)
    {
      const WartaLabel *l = g_ptr_array_index (a->labels, i);

      if (strcmp (l->text, a->pref_label) == 0 && g_ascii_strcasecmp (l->lang, "en") == 0)
        continue;
      /* an untagged label is the name an actor was learned by, which the
       * prefLabel already carries; aliases always have a language tag */
      if (l->lang == NULL || *l->lang == '\0')
        continue;
      actor_label (e, a->iri, SKOS_NS "altLabel", l->text, l->lang);
    }
  if (a->affiliation_iri != NULL)
    warta_graph_add_iri (e->g, WARTA_ACTORS_GRAPH, a->iri, W "affiliation", a->affiliation_iri);
  if (a->located_in_iri != NULL)
    warta_graph_add_iri (e->g, WARTA_ACTORS_GRAPH, a->iri, W "locatedIn", a->located_in_iri);
  if (a->same_as != NULL)
    warta_graph_add_iri (e->g, WARTA_ACTORS_GRAPH, a->iri, OWL_SAME_AS, a->same_as);
}

/* "…/actor/kim-jong-un" -> "kim jong un". */
static char *
label_from_iri (const char *iri)
{
  const char *tail = iri;
  char *label;

  for (const char *p = iri; *p; p++)
    if ((*p == '/' || *p == '#') && p[1] != '\0')
      tail = p + 1;
  label = g_strdup (tail);

  g_strdelimit (label, "-_", ' ');
  return label;
}

static void
emit_unknown_actor (Emit *e, const char *iri)
{
  g_autofree char *label = label_from_iri (iri);

  g_warning ("actor %s is not in the lexicon; describing it from its IRI", iri);
  warta_graph_add_iri (e->g, WARTA_ACTORS_GRAPH, iri, RDF_TYPE, W "Actor");
  actor_label (e, iri, SKOS_NS "prefLabel", label, "en");
}

static int
str_ptr_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Describes every listed actor and, transitively, its affiliation and
 * location targets (each once). */
static void
emit_actors (Emit *e)
{
  g_autoptr (GPtrArray) todo = g_ptr_array_new ();
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter it;
  gpointer key;

  g_hash_table_iter_init (&it, e->actors);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (todo, key);
  g_ptr_array_sort (todo, str_ptr_cmp);  /* warnings in a stable order */
  while (todo->len > 0)
    {
      const char *iri = g_ptr_array_steal_index (todo, 0);
      const WartaActor *a;

      if (!g_hash_table_add (done, g_strdup (iri)))
        continue;
      a = warta_lexicon_actor (e->lex, iri);
      if (a == NULL)
        {
          emit_unknown_actor (e, iri);
          continue;
        }
      emit_known_actor (e, a);
      if (a->affiliation_iri != NULL)
        g_ptr_array_add (todo, a->affiliation_iri);
      if (a->located_in_iri != NULL)
        g_ptr_array_add (todo, a->located_in_iri);
    }
}

/* ------------------------------------------------------------ entry */

void
warta_emit_graph (WartaGraph *g, const WartaFactSet *facts, GPtrArray *articles,
                  const WartaLexicon *lex)
{
  Emit e = { 0 };

  g_return_if_fail (g != NULL && facts != NULL && lex != NULL);
  e.g = g;
  e.lex = lex;
  e.actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  e.articles_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; articles && i < articles->len; i++)
    emit_article (&e, g_ptr_array_index (articles, i));
  for (guint i = 0; i < facts->facts->len; i++)
    emit_fact (&e, g_ptr_array_index (facts->facts, i));
  emit_actors (&e);

  g_hash_table_destroy (e.actors);
  g_hash_table_destroy (e.articles_seen);
}
