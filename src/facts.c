/* facts.c: the fact model, identity keys, stable IRIs and the merging
 * fact set (see warta-facts.h for the model and the key formats).
 *
 * What it does: creates and frees WartaFacts and their sources; builds the
 * canonical identity key of a fact and mints its IRI as WARTA_ID_BASE
 * "<kind>/" + the first 16 hex digits of SHA-256(key) (GChecksum); makes
 * slugs (NFKD, marks dropped, transliterated to ASCII, lower case, runs of
 * other characters as '-') for actor and article IRIs; keeps a
 * WartaFactSet in which a second copy of a fact merges into the first.
 *
 * What it does not: find facts in text (extract.c), turn them into triples
 * (emit.c), know any actor or word.
 *
 * Callers: the extractor (building the set), lexicon.c (actor IRIs),
 * emit.c (article IRIs), build, tests. */
#include "warta-facts.h"
#include "warta-lexicon.h"

#include <string.h>

#define IRI_HASH_HEX 16

static const char *const kind_names[WARTA_FACT_N_KINDS] = {
  "Deployment", "ArmsTransfer", "Treaty", "Claim", "Denial", "NonConfirmation",
};

const char *
warta_fact_kind_name (WartaFactKind kind)
{
  g_return_val_if_fail (kind < WARTA_FACT_N_KINDS, NULL);
  return kind_names[kind];
}

gboolean
warta_fact_kind_is_statement (WartaFactKind kind)
{
  return kind == WARTA_FACT_CLAIM || kind == WARTA_FACT_DENIAL
         || kind == WARTA_FACT_NON_CONFIRMATION;
}

/* ------------------------------------------------------------ facts */

static void
source_free (gpointer p)
{
  WartaSource *s = p;

  g_free (s->article_id);
  g_free (s->sentence);
  g_free (s->rule);
  g_free (s);
}

WartaFact *
warta_fact_new (WartaFactKind kind)
{
  WartaFact *f;

  g_return_val_if_fail (kind < WARTA_FACT_N_KINDS, NULL);
  f = g_new0 (WartaFact, 1);
  f->kind = kind;
  f->troops = -1;
  f->destinations = g_ptr_array_new_with_free_func (g_free);
  f->parties = g_ptr_array_new_with_free_func (g_free);
  f->signatories = g_ptr_array_new_with_free_func (g_free);
  f->provisions = g_ptr_array_new_with_free_func (g_free);
  f->sources = g_ptr_array_new_with_free_func (source_free);
  return f;
}

static GPtrArray *
strv_set_copy (const GPtrArray *set)
{
  GPtrArray *copy = g_ptr_array_new_full (set->len, g_free);

  for (guint i = 0; i < set->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (set, i)));
  return copy;
}

WartaFact *
warta_fact_copy (const WartaFact *f)
{
  WartaFact *c;

  g_return_val_if_fail (f != NULL, NULL);
  c = warta_fact_new (f->kind);
  c->agent = g_strdup (f->agent);
  g_ptr_array_unref (c->destinations);
  c->destinations = strv_set_copy (f->destinations);
  c->troops = f->troops;
  c->date = f->date;
  c->start_date = f->start_date;
  c->end_date = f->end_date;
  c->transported_by = g_strdup (f->transported_by);
  c->unit = g_strdup (f->unit);
  c->recipient = g_strdup (f->recipient);
  c->item = g_strdup (f->item);
  c->quantity = g_strdup (f->quantity);
  g_ptr_array_unref (c->parties);
  c->parties = strv_set_copy (f->parties);
  g_ptr_array_unref (c->signatories);
  c->signatories = strv_set_copy (f->signatories);
  c->signed_on = f->signed_on;
  c->signed_at = g_strdup (f->signed_at);
  g_ptr_array_unref (c->provisions);
  c->provisions = strv_set_copy (f->provisions);
  c->treaty_act = g_strdup (f->treaty_act);
  c->label = g_strdup (f->label);
  c->speaker = g_strdup (f->speaker);
  c->about = f->about;
  for (guint i = 0; i < f->sources->len; i++)
    {
      const WartaSource *s = g_ptr_array_index (f->sources, i);

      warta_fact_add_source (c, s->article_id, s->sentence, s->start, s->end, s->rule);
    }
  return c;
}

void
warta_fact_free (WartaFact *f)
{
  if (f == NULL)
    return;
  g_free (f->iri);
  g_free (f->agent);
  g_ptr_array_unref (f->destinations);
  g_free (f->transported_by);
  g_free (f->unit);
  g_free (f->recipient);
  g_free (f->item);
  g_free (f->quantity);
  g_ptr_array_unref (f->parties);
  g_ptr_array_unref (f->signatories);
  g_free (f->signed_at);
  g_ptr_array_unref (f->provisions);
  g_free (f->treaty_act);
  g_free (f->label);
  g_free (f->speaker);
  g_free (f->about_iri);
  g_ptr_array_unref (f->sources);
  g_free (f);
}

static gboolean
source_equal (const WartaSource *s, const char *article_id, const char *sentence,
              const char *rule)
{
  return g_strcmp0 (s->article_id, article_id) == 0 && g_strcmp0 (s->sentence, sentence) == 0
         && g_strcmp0 (s->rule, rule) == 0;
}

void
warta_fact_add_source (WartaFact *fact, const char *article_id, const char *sentence,
                       gsize start, gsize end, const char *rule)
{
  WartaSource *s;

  g_return_if_fail (fact != NULL);
  for (guint i = 0; i < fact->sources->len; i++)
    if (source_equal (g_ptr_array_index (fact->sources, i), article_id, sentence, rule))
      return;
  s = g_new0 (WartaSource, 1);
  s->article_id = g_strdup (article_id);
  s->sentence = g_strdup (sentence);
  s->rule = g_strdup (rule);
  s->start = start;
  s->end = end;
  g_ptr_array_add (fact->sources, s);
}

void
warta_strv_set_add (GPtrArray *set, const char *iri)
{
  guint lo = 0, hi;

  g_return_if_fail (set != NULL && iri != NULL);
  hi = set->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      int c = strcmp (g_ptr_array_index (set, mid), iri);

      if (c == 0)
        return;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_ptr_array_insert (set, (gint) lo, g_strdup (iri));
}

void
warta_strv_set_remove (GPtrArray *set, const char *iri)
{
  g_return_if_fail (set != NULL && iri != NULL);
  for (guint k = 0; k < set->len; k++)
    if (strcmp (g_ptr_array_index (set, k), iri) == 0)
      {
        g_ptr_array_remove_index (set, k); /* keeps the order */
        return;
      }
}

/* ------------------------------------------------------------ identity */

static int
strptr_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Appends "a,b,c": the set's strings sorted and without repeats.  Sets are
 * kept sorted by warta_strv_set_add, but a caller may have filled one by
 * hand, so a copy is sorted: the key never depends on insertion order. */
static void
append_set (GString *key, const GPtrArray *set)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();
  const char *prev = NULL;

  for (guint i = 0; i < set->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (set, i));
  g_ptr_array_sort (sorted, strptr_cmp);
  for (guint i = 0; i < sorted->len; i++)
    {
      const char *s = g_ptr_array_index (sorted, i);

      if (prev != NULL && strcmp (prev, s) == 0)
        continue;
      if (prev != NULL)
        g_string_append_c (key, ',');
      g_string_append (key, s);
      prev = s;
    }
}

static void
append_date (GString *key, const WartaDate *d)
{
  g_autofree char *lex = warta_date_to_xsd (d, NULL);

  if (lex != NULL)
    g_string_append (key, lex);
}

static void
append_field (GString *key, const char *s)
{
  g_string_append_c (key, '|');
  if (s != NULL)
    g_string_append (key, s);
}

/* A point date if there is one, else "start/end" when a span was given. */
static void
append_deployment_date (GString *key, const WartaFact *f)
{
  g_string_append_c (key, '|');
  if (f->date.precision != WARTA_DATE_NONE)
    {
      append_date (key, &f->date);
      return;
    }
  if (f->start_date.precision == WARTA_DATE_NONE && f->end_date.precision == WARTA_DATE_NONE)
    return;
  append_date (key, &f->start_date);
  g_string_append_c (key, '/');
  append_date (key, &f->end_date);
}

static char *mint_from_key (WartaFactKind kind, const char *key);

/* The IRI of the thing a statement is about (new string), or NULL. */
static char *
about_iri_of (const WartaFact *f)
{
  g_autofree char *key = NULL;

  if (f->about == NULL)
    return g_strdup (f->about_iri);
  if (f->about->iri != NULL)
    return g_strdup (f->about->iri);
  key = warta_fact_identity_key (f->about);
  return mint_from_key (f->about->kind, key);
}

char *
warta_fact_identity_key (const WartaFact *f)
{
  GString *key;

  g_return_val_if_fail (f != NULL, NULL);
  key = g_string_new (warta_fact_kind_name (f->kind));
  switch (f->kind)
    {
    case WARTA_FACT_DEPLOYMENT:
      append_field (key, f->agent);
      g_string_append_c (key, '|');
      append_set (key, f->destinations);
      g_string_append_c (key, '|');
      if (f->troops >= 0)
        g_string_append_printf (key, "%" G_GINT64_FORMAT, f->troops);
      append_deployment_date (key, f);
      break;
    case WARTA_FACT_ARMS_TRANSFER:
      {
        g_autofree char *item = f->item ? g_utf8_strdown (f->item, -1) : NULL;

        append_field (key, f->agent);
        append_field (key, f->recipient);
        append_field (key, item);
        /* counts from different sources are different facts, as a
         * deployment's troops are: "12 million shells" (NIS) and "6.5
         * million shells" (HUR) each keep their speaker */
        if (f->quantity)
          append_field (key, f->quantity);
      }
      break;
    case WARTA_FACT_TREATY:
      g_string_append_c (key, '|');
      append_set (key, f->parties);
      g_string_append_c (key, '|');
      append_date (key, &f->signed_on);
      append_field (key, f->treaty_act ? f->treaty_act : "signing");
      /* who signed is part of what an article says about a signing: an
       * article that names no signatory states a different fact */
      g_string_append_c (key, '|');
      append_set (key, f->signatories);
      break;
    case WARTA_FACT_CLAIM:
    case WARTA_FACT_DENIAL:
    case WARTA_FACT_NON_CONFIRMATION:
    case WARTA_FACT_N_KINDS:
    default:
      {
        g_autofree char *about = about_iri_of (f);

        append_field (key, f->speaker);
        append_field (key, about);
      }
      break;
    }
  return g_string_free (key, FALSE);
}

static char *
mint_from_key (WartaFactKind kind, const char *key)
{
  g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  g_autofree char *kind_slug = warta_slug (warta_fact_kind_name (kind));

  return g_strdup_printf (WARTA_ID_BASE "%s/%.*s", kind_slug, IRI_HASH_HEX, hex);
}

void
warta_fact_mint_iri (WartaFact *fact)
{
  g_autofree char *key = NULL;

  g_return_if_fail (fact != NULL);
  if (warta_fact_kind_is_statement (fact->kind))
    {
      char *about = about_iri_of (fact);

      g_free (fact->about_iri);
      fact->about_iri = about;
    }
  key = warta_fact_identity_key (fact);
  g_free (fact->iri);
  fact->iri = mint_from_key (fact->kind, key);
}

/* ------------------------------------------------------------ slugs */

/* NFKD with combining marks removed, then the rest transliterated. */
static char *
fold_to_ascii (const char *text)
{
  g_autofree char *nfkd = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  GString *bare = g_string_new (NULL);
  g_autofree char *bare_s = NULL;

  for (const char *p = nfkd ? nfkd : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (c);

      if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK
          || t == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (bare, c);
    }
  bare_s = g_string_free (bare, FALSE);
  return g_str_to_ascii (bare_s, "C");
}

char *
warta_slug (const char *text)
{
  g_autofree char *ascii = NULL;
  GString *out;
  gboolean dash = FALSE;

  g_return_val_if_fail (text != NULL, NULL);
  ascii = fold_to_ascii (text);
  out = g_string_new (NULL);
  for (const char *p = ascii; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (out->len == 0)
    {
      /* Nothing transliterable (a name in a non-Latin script): a short
       * hash of the text keeps the IRI stable and distinct. */
      g_autofree char *hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

      g_string_append_printf (out, "u%.12s", hex);
    }
  return g_string_free (out, FALSE);
}

char *
warta_mint_actor_iri (const char *pref_label)
{
  g_autofree char *slug = NULL;

  g_return_val_if_fail (pref_label != NULL, NULL);
  slug = warta_slug (pref_label);
  return g_strconcat (WARTA_ID_BASE "actor/", slug, NULL);
}

char *
warta_mint_article_iri (const char *article_id)
{
  g_autofree char *slug = NULL;

  g_return_val_if_fail (article_id != NULL, NULL);
  slug = warta_slug (article_id);
  return g_strconcat (WARTA_ID_BASE "article/", slug, NULL);
}

/* ------------------------------------------------------------ fact sets */

WartaFactSet *
warta_fact_set_new (void)
{
  WartaFactSet *set = g_new0 (WartaFactSet, 1);

  set->facts = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_fact_free);
  set->by_iri = g_hash_table_new (g_str_hash, g_str_equal);
  return set;
}

void
warta_fact_set_free (WartaFactSet *set)
{
  if (set == NULL)
    return;
  g_hash_table_destroy (set->by_iri);
  g_ptr_array_unref (set->facts);
  g_free (set);
}

static void
fill_string (char **into, char **from)
{
  if (*into == NULL && *from != NULL)
    *into = g_steal_pointer (from);
}

static void
fill_date (WartaDate *into, const WartaDate *from)
{
  if (into->precision == WARTA_DATE_NONE)
    *into = *from;
}

static void
union_set (GPtrArray *into, const GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    warta_strv_set_add (into, g_ptr_array_index (from, i));
}

/* Literals in order of first appearance, each once. */
static void
union_list (GPtrArray *into, const GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    {
      const char *s = g_ptr_array_index (from, i);
      gboolean found = FALSE;

      for (guint j = 0; j < into->len && !found; j++)
        found = strcmp (g_ptr_array_index (into, j), s) == 0;
      if (!found)
        g_ptr_array_add (into, g_strdup (s));
    }
}

/* Merges @from (a copy of the same fact) into @into. */
static void
merge_fact (WartaFact *into, WartaFact *from)
{
  for (guint i = 0; i < from->sources->len; i++)
    {
      const WartaSource *s = g_ptr_array_index (from->sources, i);

      warta_fact_add_source (into, s->article_id, s->sentence, s->start, s->end, s->rule);
    }
  fill_date (&into->start_date, &from->start_date);
  fill_date (&into->end_date, &from->end_date);
  fill_date (&into->date, &from->date);
  fill_string (&into->transported_by, &from->transported_by);
  fill_string (&into->unit, &from->unit);
  fill_string (&into->item, &from->item);
  fill_string (&into->quantity, &from->quantity);
  fill_string (&into->signed_at, &from->signed_at);
  fill_string (&into->label, &from->label);
  union_set (into->destinations, from->destinations);
  union_set (into->signatories, from->signatories);
  union_list (into->provisions, from->provisions);
  if (into->about == NULL)
    into->about = from->about;
}

WartaFact *
warta_fact_set_add (WartaFactSet *set, WartaFact *fact)
{
  WartaFact *existing;

  g_return_val_if_fail (set != NULL && fact != NULL, NULL);
  warta_fact_mint_iri (fact);
  existing = g_hash_table_lookup (set->by_iri, fact->iri);
  if (existing != NULL)
    {
      merge_fact (existing, fact);
      warta_fact_free (fact);
      return existing;
    }
  g_ptr_array_add (set->facts, fact);
  g_hash_table_insert (set->by_iri, fact->iri, fact);
  return fact;
}

static int
fact_iri_cmp (gconstpointer a, gconstpointer b)
{
  const WartaFact *x = *(const WartaFact *const *) a;
  const WartaFact *y = *(const WartaFact *const *) b;

  return strcmp (x->iri, y->iri);
}

GPtrArray *
warta_fact_set_sorted (const WartaFactSet *set)
{
  GPtrArray *out;

  g_return_val_if_fail (set != NULL, NULL);
  out = g_ptr_array_sized_new (set->facts->len);
  for (guint i = 0; i < set->facts->len; i++)
    g_ptr_array_add (out, g_ptr_array_index (set->facts, i));
  g_ptr_array_sort (out, fact_iri_cmp);
  return out;
}
