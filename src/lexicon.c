/* lexicon.c: loading the ontology directory (actors.ttl, lexicon.ttl and
 * any analyst's extra *.ttl) into a WartaLexicon.
 *
 * What it does: parses every Turtle file with Raptor, gathers the triples
 * by subject (so a later file can add labels to an earlier resource), then
 * builds (1) the actor registry: every resource typed warta:State,
 * warta:Organization, warta:Person or warta:Place, with its SKOS labels,
 * affiliation, location and owl:sameAs; and (2) the lexicon: every
 * warta:LexicalEntry, one WartaLexEntry per (entry, language), each label
 * tokenized and stemmed with the stemmer of its language tag so that forms
 * and text meet on the same keys.  It answers longest-match queries over a
 * category (warta_lexicon_match) and mints learned actors.
 *
 * What it does not: find actors in text (linker.c), decide what a match
 * means (the extractor), read articles (reader.c; it only hands over the
 * boilerplate patterns).  No word or name is compiled in here: the
 * category names below are the grammar's fixed part.
 *
 * Callers: main/build (once per run), the linker, the extractor, tests. */
#include "warta-lexicon.h"
#include "warta-cleanup.h"
#include "warta-error.h"
#include "warta-facts.h"

#include <string.h>

#ifndef WARTA_SRC_ONTOLOGY_DIR
#define WARTA_SRC_ONTOLOGY_DIR "ontology"
#endif
#ifndef WARTA_PKGDATA_ONTOLOGY_DIR
#define WARTA_PKGDATA_ONTOLOGY_DIR "/usr/local/share/warta/ontology"
#endif

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define SKOS_PREF SKOS_NS "prefLabel"
#define SKOS_ALT SKOS_NS "altLabel"
#define OWL_SAME_AS "http://www.w3.org/2002/07/owl#sameAs"
#define MAX_AFFILIATION_DEPTH 16

static const char *const category_names[WARTA_LEX_N_CATEGORIES] = {
  "DeploymentTrigger", "TransportTrigger", "PresenceTrigger", "SupplyTrigger",
  "SigningTrigger", "RatificationTrigger", "TreatyNoun", "TroopNoun",
  "UnitNoun", "WeaponNoun", "ClaimVerb", "DenialVerb", "DenialPhrase",
  "NonConfirmPhrase", "RefusalPhrase", "Negator", "Conditional", "Hedge",
  "ReportContinuation", "SpeakerAnaphor", "EventAnaphor", "GroupAnaphor",
  "PlaceIntro", "Title", "RoleNoun", "OrgNoun", "Complementizer",
  "AccordingTo", "QuoteCue", "PrepDestination", "PrepLocation",
  "PrepOrigin", "PrepAgent", "PrepMeans", "ClauseBreak", "BoilerplateLine",
  "BoilerplatePrefix", "PrepOther", "Relativizer", "Coordinator", "ListIntro",
  "ProvisionVerb", "PurposeMarker", "AspectAdverb", "PassiveAux", "ReplacementVerb", "Prospective",
  "AcquireTrigger", "Determiner", "BorderNoun", "Demonstrative", "CasualtyWord",
  "BlockingVerb", "FigureNoun", "PrepSide", "NameParticle", "ComplementMarker",
  "WitnessMarker", "PlaceAnaphor", "RequestWord", "Comitative", "QuantityFloor", "RegionModifier",
  "DealNoun", "FormerMarker", "Concurrence", "Imitation", "ForceBody", "PressInquiry",
};

static const char *const actor_class_names[] = {
  "State", "Organization", "Person", "Place",
};

/* A lexicon entry with what matching needs beyond the public struct.
 * The public part comes first so that a LexEntry * is a WartaLexEntry *. */
typedef struct {
  WartaLexEntry pub;
  gboolean surface;  /* warta:matching "surface": folded forms only */
} LexEntry;

struct _WartaLexicon {
  GPtrArray *actors;          /* (element-type WartaActor) owned, insertion order */
  GPtrArray *actors_sorted;   /* same actors, sorted by IRI (not owned) */
  GHashTable *actor_by_iri;   /* iri -> WartaActor (not owned) */
  GHashTable *actor_by_label; /* folded label -> WartaActor (not owned) */
  GPtrArray *entries[WARTA_LEX_N_CATEGORIES]; /* (element-type LexEntry) owned */
  WartaStemmer *stemmers[2];  /* indexed by WartaLang */
  guint n_registry;           /* actors[0, n_registry) came from the files */
  GArray *registry_labels;    /* (element-type guint) labels each had when loaded */
};

/* ------------------------------------------------------------------ */
/* Triples gathered from the files                                     */

typedef struct {
  char *pred;
  char *value;      /* IRI, blank node id or literal text */
  char *lang;       /* literal language tag, lower case, or "" */
  gboolean literal;
} Prop;

typedef struct {
  char *subject;
  char *file;       /* first file that mentions it, for error messages */
  GPtrArray *props; /* (element-type Prop) in document order */
} Resource;

typedef struct {
  GHashTable *resources;  /* subject -> Resource */
  const char *file;       /* file being parsed */
  char *error_text;       /* first Raptor error of the file */
  int error_line;
} LoadCtx;

static void
prop_free (Prop *p)
{
  g_free (p->pred);
  g_free (p->value);
  g_free (p->lang);
  g_free (p);
}

static void
resource_free (Resource *r)
{
  g_free (r->subject);
  g_free (r->file);
  g_ptr_array_unref (r->props);
  g_free (r);
}

static char *
term_to_string (const raptor_term *t, gboolean *literal, char **lang)
{
  *literal = FALSE;
  *lang = NULL;
  switch (t->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      return g_strdup ((const char *) raptor_uri_as_string (t->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return g_strconcat ("_:", (const char *) t->value.blank.string, NULL);
    case RAPTOR_TERM_TYPE_LITERAL:
      *literal = TRUE;
      *lang = g_ascii_strdown (t->value.literal.language
                               ? (const char *) t->value.literal.language : "", -1);
      return g_strdup ((const char *) t->value.literal.string);
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
on_statement (void *user_data, raptor_statement *st)
{
  LoadCtx *ctx = user_data;
  gboolean subj_literal, literal;
  g_autofree char *subj_lang = NULL;
  g_autofree char *subject = term_to_string (st->subject, &subj_literal, &subj_lang);
  Resource *r;
  Prop *p;

  if (subject == NULL || st->predicate->type != RAPTOR_TERM_TYPE_URI)
    return;
  r = g_hash_table_lookup (ctx->resources, subject);
  if (r == NULL)
    {
      r = g_new0 (Resource, 1);
      r->subject = g_strdup (subject);
      r->file = g_strdup (ctx->file);
      r->props = g_ptr_array_new_with_free_func ((GDestroyNotify) prop_free);
      g_hash_table_insert (ctx->resources, r->subject, r);
    }
  p = g_new0 (Prop, 1);
  p->pred = g_strdup ((const char *) raptor_uri_as_string (st->predicate->value.uri));
  p->value = term_to_string (st->object, &literal, &p->lang);
  p->literal = literal;
  if (p->lang == NULL)
    p->lang = g_strdup ("");
  if (p->value == NULL)
    {
      prop_free (p);
      return;
    }
  g_ptr_array_add (r->props, p);
}

static void
on_log (void *user_data, raptor_log_message *msg)
{
  LoadCtx *ctx = user_data;

  if (msg->level < RAPTOR_LOG_LEVEL_ERROR || ctx->error_text != NULL)
    return;
  ctx->error_text = g_strdup (msg->text ? msg->text : "syntax error");
  ctx->error_line = msg->locator ? msg->locator->line : -1;
}

static gboolean
parse_file (raptor_world *world, LoadCtx *ctx, const char *file, GError **error)
{
  g_autofree char *data = NULL;
  g_autofree char *abs = NULL;
  g_autofree char *uri_string = NULL;
  gsize len = 0;
  int rc;

  if (!g_file_get_contents (file, &data, &len, error))
    return FALSE;
  abs = g_canonicalize_filename (file, NULL);
  uri_string = g_filename_to_uri (abs, NULL, NULL);
  if (uri_string == NULL)
    uri_string = g_strconcat ("file://", abs, NULL);

  g_autoptr (raptor_parser) parser = raptor_new_parser (world, "turtle");
  g_autoptr (raptor_uri) base = raptor_new_uri (world, (const unsigned char *) uri_string);
  if (parser == NULL || base == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED,
                   "%s: cannot create a Turtle parser", file);
      return FALSE;
    }
  ctx->file = file;
  g_clear_pointer (&ctx->error_text, g_free);
  raptor_parser_set_statement_handler (parser, ctx, on_statement);
  rc = raptor_parser_parse_start (parser, base);
  if (rc == 0)
    rc = raptor_parser_parse_chunk (parser, (const unsigned char *) data, len, 1);
  if (rc != 0 || ctx->error_text != NULL)
    {
      if (ctx->error_line > 0)
        g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%s:%d: %s", file,
                     ctx->error_line, ctx->error_text ? ctx->error_text : "Turtle syntax error");
      else
        g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%s: %s", file,
                     ctx->error_text ? ctx->error_text : "Turtle syntax error");
      g_clear_pointer (&ctx->error_text, g_free);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static char *
fold_label (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  return g_utf8_casefold (nfkc ? nfkc : text, -1);
}

static WartaLang
lang_from_tag (const char *tag)
{
  if (tag != NULL && (g_str_equal (tag, "en") || g_str_has_prefix (tag, "en-")))
    return WARTA_LANG_EN;
  return WARTA_LANG_ID;
}

static const char *
warta_local_name (const char *iri)
{
  if (iri != NULL && g_str_has_prefix (iri, WARTA_NS))
    return iri + strlen (WARTA_NS);
  return NULL;
}

static int
actor_class_from_iri (const char *iri)
{
  const char *local = warta_local_name (iri);

  if (local == NULL)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (actor_class_names); i++)
    if (g_str_equal (local, actor_class_names[i]))
      return (int) i;
  return -1;
}

static gboolean
resource_has_type (const Resource *r, const char *type_iri)
{
  for (guint i = 0; i < r->props->len; i++)
    {
      const Prop *p = g_ptr_array_index (r->props, i);
      if (!p->literal && g_str_equal (p->pred, RDF_TYPE) && g_str_equal (p->value, type_iri))
        return TRUE;
    }
  return FALSE;
}

static const Prop *
resource_first (const Resource *r, const char *pred)
{
  for (guint i = 0; i < r->props->len; i++)
    {
      const Prop *p = g_ptr_array_index (r->props, i);
      if (g_str_equal (p->pred, pred))
        return p;
    }
  return NULL;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Registry order: States, Organizations, Persons, Places; then by IRI. */
static int
actor_order (const WartaActor *x, const WartaActor *y)
{
  if (x->klass != y->klass)
    return x->klass < y->klass ? -1 : 1;
  return strcmp (x->iri, y->iri);
}

/* ------------------------------------------------------------------ */
/* Actors                                                              */

static void
label_free (WartaLabel *l)
{
  g_free (l->text);
  g_free (l->lang);
  g_free (l);
}

static void
actor_free (WartaActor *a)
{
  g_free (a->iri);
  g_free (a->pref_label);
  g_ptr_array_unref (a->labels);
  g_free (a->affiliation_iri);
  g_free (a->located_in_iri);
  g_free (a->same_as);
  g_free (a);
}

static WartaActor *
actor_new (const char *iri, WartaActorClass klass)
{
  WartaActor *a = g_new0 (WartaActor, 1);
  a->iri = g_strdup (iri);
  a->klass = klass;
  a->labels = g_ptr_array_new_with_free_func ((GDestroyNotify) label_free);
  return a;
}

static void
actor_add_label (WartaActor *a, const char *text, const char *lang)
{
  WartaLabel *l;

  for (guint i = 0; i < a->labels->len; i++)
    {
      const WartaLabel *o = g_ptr_array_index (a->labels, i);
      if (g_str_equal (o->text, text) && g_str_equal (o->lang, lang))
        return;
    }
  l = g_new0 (WartaLabel, 1);
  l->text = g_strdup (text);
  l->lang = g_strdup (lang);
  g_ptr_array_add (a->labels, l);
}

static void
index_actor_labels (WartaLexicon *lex, WartaActor *a)
{
  for (guint i = 0; i < a->labels->len; i++)
    {
      const WartaLabel *l = g_ptr_array_index (a->labels, i);
      char *key = fold_label (l->text);
      WartaActor *old = g_hash_table_lookup (lex->actor_by_label, key);

      if (old == NULL || actor_order (a, old) < 0)
        g_hash_table_replace (lex->actor_by_label, key, a);
      else
        g_free (key);
    }
}

/* Makes @a findable by IRI and label, and puts it in IRI order. */
static void
index_actor (WartaLexicon *lex, WartaActor *a)
{
  guint lo = 0, hi = lex->actors_sorted->len;

  g_hash_table_insert (lex->actor_by_iri, a->iri, a);
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const WartaActor *m = g_ptr_array_index (lex->actors_sorted, mid);
      if (strcmp (m->iri, a->iri) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_ptr_array_insert (lex->actors_sorted, (gint) lo, a);
  index_actor_labels (lex, a);
}

static void
register_actor (WartaLexicon *lex, WartaActor *a)
{
  g_ptr_array_add (lex->actors, a);
  index_actor (lex, a);
}

/* Labels in order: prefLabel@en, other prefLabels, altLabels. */
static void
collect_actor_labels (WartaActor *a, const Resource *r)
{
  for (int pass = 0; pass < 3; pass++)
    for (guint i = 0; i < r->props->len; i++)
      {
        const Prop *p = g_ptr_array_index (r->props, i);
        gboolean pref = g_str_equal (p->pred, SKOS_PREF);
        gboolean en = g_str_equal (p->lang, "en");

        if (!p->literal)
          continue;
        if ((pass == 0 && pref && en) || (pass == 1 && pref && !en)
            || (pass == 2 && g_str_equal (p->pred, SKOS_ALT)))
          actor_add_label (a, p->value, p->lang);
      }
}

static gboolean
build_actor (WartaLexicon *lex, const Resource *r, WartaActorClass klass, GError **error)
{
  g_autoptr (GPtrArray) prefs_en = g_ptr_array_new ();
  WartaActor *a;
  const Prop *p;

  for (guint i = 0; i < r->props->len; i++)
    {
      p = g_ptr_array_index (r->props, i);
      if (p->literal && g_str_equal (p->pred, SKOS_PREF) && g_str_equal (p->lang, "en"))
        g_ptr_array_add (prefs_en, p->value);
    }
  if (prefs_en->len > 1)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE,
                   "%s: actor <%s> has %u skos:prefLabel@en (\"%s\", \"%s\"); it must have one",
                   r->file, r->subject, prefs_en->len,
                   (char *) g_ptr_array_index (prefs_en, 0),
                   (char *) g_ptr_array_index (prefs_en, 1));
      return FALSE;
    }
  a = actor_new (r->subject, klass);
  collect_actor_labels (a, r);
  if (a->labels->len == 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE,
                   "%s: actor <%s> has no skos:prefLabel", r->file, r->subject);
      actor_free (a);
      return FALSE;
    }
  a->pref_label = g_strdup (((WartaLabel *) g_ptr_array_index (a->labels, 0))->text);
  if ((p = resource_first (r, WARTA_NS "affiliation")) != NULL && !p->literal)
    a->affiliation_iri = g_strdup (p->value);
  if ((p = resource_first (r, WARTA_NS "locatedIn")) != NULL && !p->literal)
    a->located_in_iri = g_strdup (p->value);
  if ((p = resource_first (r, OWL_SAME_AS)) != NULL && !p->literal)
    a->same_as = g_strdup (p->value);
  if ((p = resource_first (r, WARTA_NS "fieldsForces")) != NULL && p->literal)
    a->fields_forces = g_ascii_strcasecmp (p->value, "true") == 0;
  if ((p = resource_first (r, WARTA_NS "makesArms")) != NULL && p->literal)
    a->makes_arms = g_ascii_strcasecmp (p->value, "true") == 0;
  register_actor (lex, a);
  return TRUE;
}

/* The most specific actor class the resource is typed with, or -1. */
static int
resource_actor_class (const Resource *r)
{
  int best = -1;

  for (guint i = 0; i < r->props->len; i++)
    {
      const Prop *p = g_ptr_array_index (r->props, i);
      int k;
      if (p->literal || !g_str_equal (p->pred, RDF_TYPE))
        continue;
      k = actor_class_from_iri (p->value);
      if (k >= 0 && (best < 0 || k < best))
        best = k;
    }
  return best;
}

/* ------------------------------------------------------------------ */
/* Lexicon entries                                                     */

static void
form_array_free (GArray *form)
{
  g_array_unref (form);
}

static void
lex_entry_free (LexEntry *e)
{
  g_free (e->pub.iri);
  g_free (e->pub.lang);
  g_ptr_array_unref (e->pub.forms);
  g_ptr_array_unref (e->pub.texts);
  g_clear_pointer (&e->pub.attrs, g_hash_table_unref);
  g_free (e);
}

static LexEntry *
lex_entry_new (const char *iri, WartaLexCategory cat, const char *lang)
{
  LexEntry *e = g_new0 (LexEntry, 1);
  e->pub.iri = g_strdup (iri);
  e->pub.category = cat;
  e->pub.lang = g_strdup (lang);
  e->pub.forms = g_ptr_array_new_with_free_func ((GDestroyNotify) form_array_free);
  e->pub.texts = g_ptr_array_new_with_free_func (g_free);
  return e;
}

static void
lex_entry_add_form (WartaLexicon *lex, LexEntry *e, const char *text)
{
  WartaStemmer *st = lex->stemmers[lang_from_tag (e->pub.lang)];
  g_autoptr (WartaTokens) toks = NULL;

  for (guint i = 0; i < e->pub.texts->len; i++)
    if (g_str_equal (g_ptr_array_index (e->pub.texts, i), text))
      return;
  toks = warta_tokenize (st, text, 0, strlen (text));
  if (toks->tokens->len == 0)
    return;
  g_ptr_array_add (e->pub.forms, g_array_ref (toks->tokens));
  g_ptr_array_add (e->pub.texts, g_strdup (text));
}

/* Attributes: literal-valued warta: properties other than the category. */
static GHashTable *
entry_attrs (const Resource *r)
{
  GHashTable *attrs = NULL;

  for (guint i = 0; i < r->props->len; i++)
    {
      const Prop *p = g_ptr_array_index (r->props, i);
      const char *local = warta_local_name (p->pred);
      if (local == NULL || g_str_equal (local, "category"))
        continue;
      if (attrs == NULL)
        attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      if (!g_hash_table_contains (attrs, local))
        g_hash_table_insert (attrs, g_strdup (local), g_strdup (p->value));
    }
  return attrs;
}

/* The language an untagged label of @r counts as: the first tag used. */
static const char *
entry_default_lang (const Resource *r)
{
  for (guint i = 0; i < r->props->len; i++)
    {
      const Prop *p = g_ptr_array_index (r->props, i);
      if (p->literal && p->lang[0] != '\0'
          && (g_str_equal (p->pred, SKOS_PREF) || g_str_equal (p->pred, SKOS_ALT)))
        return p->lang;
    }
  return "id";
}

static int
compare_entries (gconstpointer a, gconstpointer b)
{
  const LexEntry *x = *(LexEntry *const *) a;
  const LexEntry *y = *(LexEntry *const *) b;
  int c = strcmp (x->pub.iri, y->pub.iri);
  return c != 0 ? c : strcmp (x->pub.lang, y->pub.lang);
}

static gboolean
build_entry (WartaLexicon *lex, const Resource *r, GError **error)
{
  const Prop *catp = resource_first (r, WARTA_NS "category");
  const char *deflang = entry_default_lang (r);
  g_autoptr (GHashTable) by_lang = NULL;
  GHashTableIter it;
  gpointer value;
  int cat;

  if (catp == NULL || catp->literal)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE,
                   "%s: lexical entry <%s> has no warta:category", r->file, r->subject);
      return FALSE;
    }
  cat = warta_lex_category_from_name (warta_local_name (catp->value));
  if (cat < 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE,
                   "%s: lexical entry <%s>: unknown category <%s>", r->file, r->subject,
                   catp->value);
      return FALSE;
    }

  /* One LexEntry per language; prefLabels before altLabels. */
  by_lang = g_hash_table_new (g_str_hash, g_str_equal);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < r->props->len; i++)
      {
        const Prop *p = g_ptr_array_index (r->props, i);
        const char *lang = p->lang[0] ? p->lang : deflang;
        LexEntry *e;

        if (!p->literal || !g_str_equal (p->pred, pass == 0 ? SKOS_PREF : SKOS_ALT))
          continue;
        e = g_hash_table_lookup (by_lang, lang);
        if (e == NULL)
          {
            e = lex_entry_new (r->subject, (WartaLexCategory) cat, lang);
            e->pub.attrs = entry_attrs (r);
            e->surface = g_strcmp0 (warta_lex_entry_attr (&e->pub, "matching"), "surface") == 0;
            g_hash_table_insert (by_lang, e->pub.lang, e);
          }
        lex_entry_add_form (lex, e, p->value);
      }

  g_hash_table_iter_init (&it, by_lang);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (lex->entries[cat], value);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */

static WartaLexicon *
lexicon_new (void)
{
  WartaLexicon *lex = g_new0 (WartaLexicon, 1);

  lex->actors = g_ptr_array_new_with_free_func ((GDestroyNotify) actor_free);
  lex->actors_sorted = g_ptr_array_new ();
  lex->actor_by_iri = g_hash_table_new (g_str_hash, g_str_equal);
  lex->actor_by_label = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint c = 0; c < WARTA_LEX_N_CATEGORIES; c++)
    lex->entries[c] = g_ptr_array_new_with_free_func ((GDestroyNotify) lex_entry_free);
  lex->stemmers[WARTA_LANG_ID] = warta_stemmer_new (WARTA_LANG_ID);
  lex->stemmers[WARTA_LANG_EN] = warta_stemmer_new (WARTA_LANG_EN);
  return lex;
}

void
warta_lexicon_free (WartaLexicon *lex)
{
  if (lex == NULL)
    return;
  g_hash_table_unref (lex->actor_by_label);
  g_hash_table_unref (lex->actor_by_iri);
  g_ptr_array_unref (lex->actors_sorted);
  g_ptr_array_unref (lex->actors);
  if (lex->registry_labels)
    g_array_unref (lex->registry_labels);
  for (guint c = 0; c < WARTA_LEX_N_CATEGORIES; c++)
    g_ptr_array_unref (lex->entries[c]);
  warta_stemmer_free (lex->stemmers[WARTA_LANG_ID]);
  warta_stemmer_free (lex->stemmers[WARTA_LANG_EN]);
  g_free (lex);
}

static gboolean
build_from_resources (WartaLexicon *lex, GHashTable *resources, GError **error)
{
  g_autoptr (GList) subjects = g_list_sort (g_hash_table_get_keys (resources),
                                            (GCompareFunc) strcmp);

  for (GList *l = subjects; l != NULL; l = l->next)
    {
      const Resource *r = g_hash_table_lookup (resources, l->data);
      int klass = resource_actor_class (r);

      if (klass >= 0 && !build_actor (lex, r, (WartaActorClass) klass, error))
        return FALSE;
      if (klass < 0 && (resource_has_type (r, WARTA_NS "LexicalEntry")
                        || resource_first (r, WARTA_NS "category") != NULL)
          && !build_entry (lex, r, error))
        return FALSE;
    }
  for (guint c = 0; c < WARTA_LEX_N_CATEGORIES; c++)
    g_ptr_array_sort (lex->entries[c], compare_entries);
  lex->n_registry = lex->actors->len;
  lex->registry_labels = g_array_sized_new (FALSE, FALSE, sizeof (guint), lex->n_registry);
  for (guint k = 0; k < lex->n_registry; k++)
    {
      const WartaActor *a = g_ptr_array_index (lex->actors, k);
      g_array_append_val (lex->registry_labels, a->labels->len);
    }
  return TRUE;
}

WartaLexicon *
warta_lexicon_load_files (const char *const *files, GError **error)
{
  g_autoptr (GHashTable) resources =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) resource_free);
  g_autoptr (WartaLexicon) lex = NULL;
  LoadCtx ctx = { resources, NULL, NULL, 0 };
  g_autoptr (raptor_world) world = raptor_new_world ();

  g_return_val_if_fail (files != NULL, NULL);
  if (world == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot create a Raptor world");
      return NULL;
    }
  raptor_world_set_log_handler (world, &ctx, on_log);
  raptor_world_open (world);
  for (guint i = 0; files[i] != NULL; i++)
    if (!parse_file (world, &ctx, files[i], error))
      return NULL;

  lex = lexicon_new ();
  if (!build_from_resources (lex, resources, error))
    return NULL;
  return g_steal_pointer (&lex);
}

WartaLexicon *
warta_lexicon_load_dir (const char *dir, GError **error)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, error);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  WartaLexicon *lex;

  if (d == NULL)
    {
      g_prefix_error (error, "ontology directory: ");
      return NULL;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".ttl") && name[0] != '.')
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  if (files->len == 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND,
                   "%s: no *.ttl files in the ontology directory", dir);
      return NULL;
    }
  g_ptr_array_sort (files, compare_strings);
  g_ptr_array_add (files, NULL);
  lex = warta_lexicon_load_files ((const char *const *) files->pdata, error);
  return lex;
}

const char *
warta_lexicon_default_dir (void)
{
  const char *env = g_getenv ("WARTA_ONTOLOGY_DIR");

  if (env != NULL && env[0] != '\0')
    return env;
  if (g_file_test (WARTA_SRC_ONTOLOGY_DIR, G_FILE_TEST_IS_DIR))
    return WARTA_SRC_ONTOLOGY_DIR;
  return WARTA_PKGDATA_ONTOLOGY_DIR;
}

int
warta_lex_category_from_name (const char *local_name)
{
  if (local_name == NULL)
    return -1;
  for (guint c = 0; c < WARTA_LEX_N_CATEGORIES; c++)
    if (g_str_equal (local_name, category_names[c]))
      return (int) c;
  return -1;
}

const char *
warta_lex_category_name (WartaLexCategory cat)
{
  g_return_val_if_fail ((guint) cat < WARTA_LEX_N_CATEGORIES, NULL);
  return category_names[cat];
}

/* ------------------------------------------------------------------ */
/* Queries                                                             */

WartaActor *
warta_lexicon_actor (const WartaLexicon *lex, const char *iri)
{
  g_return_val_if_fail (lex != NULL, NULL);
  return iri ? g_hash_table_lookup (lex->actor_by_iri, iri) : NULL;
}

GPtrArray *
warta_lexicon_actors (const WartaLexicon *lex)
{
  g_return_val_if_fail (lex != NULL, NULL);
  return lex->actors_sorted;
}

WartaActor *
warta_lexicon_add_actor (WartaLexicon *lex, WartaActorClass klass,
                         const char *pref_label, const char *affiliation_iri)
{
  g_autofree char *iri = NULL;
  WartaActor *a;

  g_return_val_if_fail (lex != NULL && pref_label != NULL, NULL);
  iri = warta_mint_actor_iri (pref_label);
  a = g_hash_table_lookup (lex->actor_by_iri, iri);
  if (a != NULL)
    return a;
  a = actor_new (iri, klass);
  a->pref_label = g_strdup (pref_label);
  a->affiliation_iri = g_strdup (affiliation_iri);
  a->learned = TRUE;
  actor_add_label (a, pref_label, "");
  register_actor (lex, a);
  return a;
}

void
warta_lexicon_forget_learned (WartaLexicon *lex)
{
  g_return_if_fail (lex != NULL);
  g_ptr_array_set_size (lex->actors, lex->n_registry);
  g_ptr_array_set_size (lex->actors_sorted, 0);
  g_hash_table_remove_all (lex->actor_by_iri);
  g_hash_table_remove_all (lex->actor_by_label);
  for (guint k = 0; k < lex->actors->len; k++)
    {
      WartaActor *a = g_ptr_array_index (lex->actors, k);
      g_ptr_array_set_size (a->labels, g_array_index (lex->registry_labels, guint, k));
      index_actor (lex, a);
    }
}

void
warta_lexicon_add_label (WartaLexicon *lex, WartaActor *actor, const char *label, const char *lang)
{
  g_return_if_fail (lex != NULL && actor != NULL && label != NULL);
  actor_add_label (actor, label, lang ? lang : "");
  index_actor_labels (lex, actor);
}

WartaActor *
warta_lexicon_actor_by_label (const WartaLexicon *lex, const char *label)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (lex != NULL, NULL);
  if (label == NULL)
    return NULL;
  key = fold_label (label);
  return g_hash_table_lookup (lex->actor_by_label, key);
}

WartaActor *
warta_lexicon_actor_state (const WartaLexicon *lex, const WartaActor *actor)
{
  const WartaActor *cur = actor;

  g_return_val_if_fail (lex != NULL, NULL);
  for (int depth = 0; cur != NULL && depth < MAX_AFFILIATION_DEPTH; depth++)
    {
      const char *next;
      if (cur->klass == WARTA_ACTOR_STATE)
        return (WartaActor *) cur;
      next = cur->klass == WARTA_ACTOR_PLACE ? cur->located_in_iri : cur->affiliation_iri;
      cur = warta_lexicon_actor (lex, next);
    }
  return NULL;
}

GPtrArray *
warta_lexicon_entries (const WartaLexicon *lex, WartaLexCategory cat)
{
  g_return_val_if_fail (lex != NULL && (guint) cat < WARTA_LEX_N_CATEGORIES, NULL);
  return lex->entries[cat];
}

static gboolean
form_matches_at (const LexEntry *e, const GArray *form, const WartaTokens *toks, guint i)
{
  for (guint k = 0; k < form->len; k++)
    {
      const WartaToken *f = &g_array_index (form, WartaToken, k);
      const WartaToken *t = warta_tokens_get (toks, i + k);
      gboolean ok = e->surface ? g_strcmp0 (t->fold, f->fold) == 0
                               : warta_token_matches_form (t, f);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

const WartaLexEntry *
warta_lexicon_match (const WartaLexicon *lex, WartaLexCategory cat,
                     const char *lang, const WartaTokens *toks,
                     guint i, guint *n_tokens)
{
  const GPtrArray *entries;
  const LexEntry *best = NULL;
  guint best_n = 0;

  g_return_val_if_fail (lex != NULL && toks != NULL, NULL);
  g_return_val_if_fail ((guint) cat < WARTA_LEX_N_CATEGORIES, NULL);
  entries = lex->entries[cat];
  for (guint j = 0; j < entries->len; j++)
    {
      const LexEntry *e = g_ptr_array_index (entries, j);
      if (lang != NULL && !g_str_equal (e->pub.lang, lang))
        continue;
      for (guint k = 0; k < e->pub.forms->len; k++)
        {
          const GArray *form = g_ptr_array_index (e->pub.forms, k);
          if (form->len <= best_n || i + form->len > toks->tokens->len)
            continue;
          if (form_matches_at (e, form, toks, i))
            {
              best = e;
              best_n = form->len;
            }
        }
    }
  if (n_tokens != NULL)
    *n_tokens = best_n;
  return best ? &best->pub : NULL;
}

const char *
warta_lex_entry_attr (const WartaLexEntry *e, const char *name)
{
  g_return_val_if_fail (e != NULL && name != NULL, NULL);
  return e->attrs ? g_hash_table_lookup (e->attrs, name) : NULL;
}

static void
add_entry_texts (const GPtrArray *entries, GPtrArray *into)
{
  for (guint j = 0; j < entries->len; j++)
    {
      const LexEntry *e = g_ptr_array_index (entries, j);
      for (guint k = 0; k < e->pub.texts->len; k++)
        g_ptr_array_add (into, g_strdup (g_ptr_array_index (e->pub.texts, k)));
    }
}

WartaBoilerplate *
warta_lexicon_boilerplate (const WartaLexicon *lex)
{
  WartaBoilerplate *bp;

  g_return_val_if_fail (lex != NULL, NULL);
  bp = warta_boilerplate_new ();
  if (bp->lines == NULL)
    bp->lines = g_ptr_array_new_with_free_func (g_free);
  if (bp->prefixes == NULL)
    bp->prefixes = g_ptr_array_new_with_free_func (g_free);
  add_entry_texts (lex->entries[WARTA_LEX_BOILERPLATE_LINE], bp->lines);
  add_entry_texts (lex->entries[WARTA_LEX_BOILERPLATE_PREFIX], bp->prefixes);
  return bp;
}

WartaStemmer *
warta_lexicon_stemmer (const WartaLexicon *lex, WartaLang lang)
{
  g_return_val_if_fail (lex != NULL, NULL);
  return lex->stemmers[lang == WARTA_LANG_EN ? WARTA_LANG_EN : WARTA_LANG_ID];
}
