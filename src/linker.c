/* linker.c: entity linking, i.e. finding the registry's actors and places
 * in a token sequence.
 *
 * What it does: indexes every label of every actor of a WartaLexicon as the
 * sequence of its folded tokens (tokenized exactly as text is), in a hash
 * of n-grams (up to WARTA_LINKER_MAX_TOKENS tokens) to candidate actors;
 * scans a sentence left to right taking the longest label at each position,
 * under the case rules of warta-linker.h (all-caps labels need all-caps
 * tokens; a single-word label needs a capitalised, all-caps or quoted
 * token).  An English possessive "'s" on the last token is ignored
 * ("Russia's" names Russia).
 *
 * What it does not: learn new actors (the extractor does, with
 * warta_lexicon_add_actor, then calls warta_linker_refresh), resolve
 * pronouns, or decide between candidates beyond warta_mention_pick.
 *
 * Callers: the extractor, tests. */
#include "warta-linker.h"

#include <string.h>

#define WARTA_LINKER_MAX_TOKENS 8

/* One label of one actor, as indexed. */
typedef struct {
  WartaActor *actor;     /* owned by the lexicon */
  guint n_tokens;
  guint32 caps_mask;     /* bit k: label token k is written all in capitals */
  gboolean single_word;  /* one word token, not all-caps */
  gboolean part;         /* one word of a learned person's name ("Sjafrie") */
} LabelRef;

struct _WartaLinker {
  const WartaLexicon *lex;
  GHashTable *index;     /* key (folds joined by \x1f) -> GPtrArray of LabelRef (owned) */
  GHashTable *indexed;   /* set of WartaActor * already indexed */
  guint max_n;
};

static int
actor_registry_order (gconstpointer a, gconstpointer b)
{
  const WartaActor *x = *(WartaActor *const *) a;
  const WartaActor *y = *(WartaActor *const *) b;
  if (x->klass != y->klass)
    return x->klass < y->klass ? -1 : 1;
  return strcmp (x->iri, y->iri);
}

static char *
join_folds (const WartaTokens *toks, guint first, guint n, gboolean strip_possessive)
{
  GString *key = g_string_new (NULL);

  for (guint k = 0; k < n; k++)
    {
      const char *fold = warta_tokens_get (toks, first + k)->fold;
      gsize len = strlen (fold);
      if (k > 0)
        g_string_append_c (key, '\x1f');
      if (strip_possessive && k == n - 1)
        {
          if (len > 2 && g_str_has_suffix (fold, "'s"))
            len -= 2;
          else if (len > 4 && g_str_has_suffix (fold, "\xe2\x80\x99s"))
            len -= 4;
        }
      g_string_append_len (key, fold, (gssize) len);
    }
  return g_string_free (key, FALSE);
}

static void
index_label_ref (WartaLinker *linker, WartaActor *actor, const WartaLabel *label, gboolean part)
{
  WartaStemmer *st = warta_lexicon_stemmer (linker->lex,
                                            g_str_has_prefix (label->lang, "en")
                                            ? WARTA_LANG_EN : WARTA_LANG_ID);
  g_autoptr (WartaTokens) toks = warta_tokenize (st, label->text, 0, strlen (label->text));
  guint n = toks->tokens->len;
  GPtrArray *refs;
  LabelRef *ref;
  char *key;

  if (n == 0 || n > WARTA_LINKER_MAX_TOKENS)
    return;
  ref = g_new0 (LabelRef, 1);
  ref->actor = actor;
  ref->n_tokens = n;
  for (guint k = 0; k < n; k++)
    if (warta_tokens_get (toks, k)->all_caps)
      ref->caps_mask |= 1u << k;
  ref->single_word = n == 1 && ref->caps_mask == 0
                     && warta_tokens_get (toks, 0)->kind == WARTA_TOKEN_WORD;
  ref->part = part;

  key = join_folds (toks, 0, n, FALSE);
  refs = g_hash_table_lookup (linker->index, key);
  if (refs == NULL)
    {
      refs = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (linker->index, key, refs);
    }
  else
    g_free (key);
  g_ptr_array_add (refs, ref);
  linker->max_n = MAX (linker->max_n, n);
}

static void
index_label (WartaLinker *linker, WartaActor *actor, const WartaLabel *label)
{
  index_label_ref (linker, actor, label, FALSE);
}

static void index_surname (WartaLinker *linker, WartaActor *actor);

static void
index_actor (WartaLinker *linker, WartaActor *actor)
{
  for (guint i = 0; i < actor->labels->len; i++)
    index_label (linker, actor, g_ptr_array_index (actor->labels, i));
  if (actor->learned && actor->klass == WARTA_ACTOR_PERSON)
    index_surname (linker, actor);
  g_hash_table_add (linker->indexed, actor);
}

WartaLinker *
warta_linker_new (const WartaLexicon *lex)
{
  WartaLinker *linker;

  g_return_val_if_fail (lex != NULL, NULL);
  linker = g_new0 (WartaLinker, 1);
  linker->lex = lex;
  linker->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  linker->indexed = g_hash_table_new (g_direct_hash, g_direct_equal);
  warta_linker_refresh (linker);
  return linker;
}

WartaLinker *
warta_linker_new_registry (const WartaLexicon *lex)
{
  WartaLinker *linker;
  GPtrArray *actors;

  g_return_val_if_fail (lex != NULL, NULL);
  linker = g_new0 (WartaLinker, 1);
  linker->lex = lex;
  linker->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  linker->indexed = g_hash_table_new (g_direct_hash, g_direct_equal);
  actors = warta_lexicon_actors (lex);
  for (guint i = 0; i < actors->len; i++)
    {
      WartaActor *a = g_ptr_array_index (actors, i);
      if (!a->learned)
        index_actor (linker, a);
    }
  return linker;
}

static void
index_name_part (WartaLinker *linker, WartaActor *actor, const char *part)
{
  if (g_utf8_strlen (part, -1) < 3 || !g_unichar_isupper (g_utf8_get_char (part)))
    return;
  WartaLabel label = { (char *) part, (char *) "en" };
  g_autofree char *key = g_utf8_casefold (part, -1);
  if (g_hash_table_contains (linker->index, key))
    return; /* a name the registry or the article already uses */
  index_label_ref (linker, actor, &label, TRUE);
}

/* A person learned as "Gilberto Teodoro" is "Teodoro" later in the
 * article; one learned as "Sjafrie Sjamsoeddin" may be "Sjafrie", as
 * Indonesian press often names people by their first name.  A part the
 * registry or an earlier actor already uses is left to them; the registry
 * spells out its own short names.  An unnamed speaker learned from its
 * role ("… spokesperson") has no name to shorten. */
static void
index_surname (WartaLinker *linker, WartaActor *actor)
{
  const char *last = strrchr (actor->pref_label, ' ');
  if (!last || !g_unichar_isupper (g_utf8_get_char (last + 1)))
    return; /* no name: "Badan Program Akuisisi Pertahanan spokesperson" is not "Badan" */
  index_name_part (linker, actor, last + 1);
  g_autofree char *first = g_strndup (actor->pref_label, strcspn (actor->pref_label, " "));
  if (g_utf8_strlen (first, -1) >= 4)
    index_name_part (linker, actor, first);
}

void
warta_linker_add_actor (WartaLinker *linker, WartaActor *actor)
{
  g_return_if_fail (linker != NULL && actor != NULL);
  if (g_hash_table_contains (linker->indexed, actor))
    return;
  index_actor (linker, actor);
}

void
warta_linker_free (WartaLinker *linker)
{
  if (linker == NULL)
    return;
  g_hash_table_unref (linker->index);
  g_hash_table_unref (linker->indexed);
  g_free (linker);
}

void
warta_linker_refresh (WartaLinker *linker)
{
  GPtrArray *actors;

  g_return_if_fail (linker != NULL);
  actors = warta_lexicon_actors (linker->lex);
  for (guint i = 0; i < actors->len; i++)
    {
      WartaActor *a = g_ptr_array_index (actors, i);
      if (!g_hash_table_contains (linker->indexed, a))
        index_actor (linker, a);
    }
}

/* ------------------------------------------------------------------ */
/* Case rules                                                          */

static gboolean
is_quote (const WartaToken *t)
{
  static const char *const quotes[] = {
    "\"", "'", "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99",
    "\xc2\xab", "\xc2\xbb", "\xe2\x80\x9e",
  };

  if (t->kind != WARTA_TOKEN_PUNCT)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    if (g_str_equal (t->text, quotes[i]))
      return TRUE;
  return FALSE;
}

static gboolean
case_ok (const LabelRef *ref, const WartaTokens *toks, guint first)
{
  const WartaToken *t0 = warta_tokens_get (toks, first);

  for (guint k = 0; k < ref->n_tokens; k++)
    if ((ref->caps_mask & (1u << k)) && !warta_tokens_get (toks, first + k)->all_caps)
      return FALSE;
  /* one word of a learned name stands for the person only alone: in
   * "Gharib Abdel Hafez" the "Abdel" of "Abdel Fattah al-Sisi" is part of
   * another name */
  if (ref->part && first + 1 < toks->tokens->len)
    {
      const WartaToken *next = warta_tokens_get (toks, first + 1);
      if (next->kind == WARTA_TOKEN_WORD && next->capitalized)
        return FALSE;
    }
  if (!ref->single_word)
    return TRUE;
  if (t0->capitalized || t0->all_caps)
    return TRUE;
  return first > 0 && is_quote (warta_tokens_get (toks, first - 1));
}

static void
add_candidates (GPtrArray *cands, const GPtrArray *refs, const WartaTokens *toks, guint first)
{
  for (guint j = 0; j < refs->len; j++)
    {
      const LabelRef *ref = g_ptr_array_index (refs, j);
      if (case_ok (ref, toks, first) && !g_ptr_array_find (cands, ref->actor, NULL))
        g_ptr_array_add (cands, ref->actor);
    }
}

/* Candidates for the @n tokens at @first (possibly empty array). */
static GPtrArray *
lookup_span (WartaLinker *linker, const WartaTokens *toks, guint first, guint n)
{
  GPtrArray *cands = g_ptr_array_new ();

  for (int strip = 0; strip < 2 && cands->len == 0; strip++)
    {
      g_autofree char *key = join_folds (toks, first, n, strip == 1);
      const GPtrArray *refs = g_hash_table_lookup (linker->index, key);
      if (refs != NULL)
        add_candidates (cands, refs, toks, first);
    }
  g_ptr_array_sort (cands, actor_registry_order);
  return cands;
}

void
warta_mention_clear (WartaMention *m)
{
  g_clear_pointer (&m->candidates, g_ptr_array_unref);
}

GArray *
warta_link_mentions (WartaLinker *linker, const WartaTokens *toks)
{
  GArray *mentions;
  guint len;

  g_return_val_if_fail (linker != NULL && toks != NULL, NULL);
  mentions = g_array_new (FALSE, TRUE, sizeof (WartaMention));
  g_array_set_clear_func (mentions, (GDestroyNotify) warta_mention_clear);
  len = toks->tokens->len;
  for (guint i = 0; i < len;)
    {
      guint taken = 0;

      if (warta_tokens_get (toks, i)->kind != WARTA_TOKEN_PUNCT)
        for (guint n = MIN (linker->max_n, len - i); n > 0 && taken == 0; n--)
          {
            GPtrArray *cands = lookup_span (linker, toks, i, n);
            if (cands->len > 0)
              {
                WartaMention m = { i, n, cands };
                g_array_append_val (mentions, m);
                taken = n;
              }
            else
              g_ptr_array_unref (cands);
          }
      i += taken > 0 ? taken : 1;
    }
  return mentions;
}

WartaActor *
warta_mention_pick (const WartaMention *m, gboolean want_place)
{
  WartaActor *state = NULL;

  g_return_val_if_fail (m != NULL, NULL);
  if (m->candidates == NULL || m->candidates->len == 0)
    return NULL;
  for (guint i = 0; i < m->candidates->len; i++)
    {
      WartaActor *a = g_ptr_array_index (m->candidates, i);
      if (want_place && a->klass == WARTA_ACTOR_PLACE)
        return a;
      if (!want_place && a->klass != WARTA_ACTOR_PLACE)
        return a;
      if (a->klass == WARTA_ACTOR_STATE && state == NULL)
        state = a;
    }
  return state ? state : g_ptr_array_index (m->candidates, 0);
}
