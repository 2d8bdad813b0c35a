/* extract.c: event and statement rules — from a document to facts.
 *
 * What it does: reads one WartaDocument sentence by sentence through the
 * layers of warta-extract.h and adds Deployments, ArmsTransfers, Treaties
 * and the Claims, Denials and NonConfirmations about them to a
 * WartaFactSet.  It also learns actors the registry lacks (a name after a
 * title, an unnamed official of a named state, a place after "wilayah").
 *
 * What it does not do: tokenizing, stemming, date and number reading
 * (token.c, date.c, number.c), label lookup (linker.c), IRI minting and
 * merging (facts.c), RDF (emit.c).  No word of any language is written
 * here: every trigger, preposition and pronoun comes from the lexicon by
 * category.
 *
 * Who calls it: build.c (warta extract / build), the extraction tests.
 *
 * How a sentence is read:
 *   1. tokens, mentions (registry labels) and dates;
 *   2. learning: Title + [body] + Name -> a person mention; RoleNoun +
 *      state -> an unnamed official; PlaceIntro + Name -> a place;
 *   3. clauses: split at ClauseBreak words and at ", dan" between clauses;
 *   4. frames: every speech cue (ClaimVerb, DenialVerb, DenialPhrase,
 *      NonConfirmPhrase, RefusalPhrase, AccordingTo, QuoteCue,
 *      ReportContinuation) opens a frame with a stance, a speaker and the
 *      token span it governs; frames nest ("AP reported that NIS confirmed
 *      that …") and the innermost one governs what it covers;
 *   5. events: every trigger opens an event frame whose slots (agent,
 *      troops, destinations, dates, transport, recipient, parties) are
 *      filled by role: subject to the left, object to the right,
 *      prepositional phrases by their preposition's category;
 *   6. polarity: a negator in front of a cue or trigger cancels it — a
 *      negated denial is no denial, a negated claim of confirmation is a
 *      non-confirmation, a negated event inside a claim is a denial of it;
 *   7. discourse: the last speaker, event and claim of the article resolve
 *      "dia", "-nya", "badan tersebut", "klaim tersebut", "kedua negara",
 *      "Disebutkan bahwa". */
#include "warta-extract.h"

#include <string.h>

#include "warta-date.h"
#include "warta-linker.h"
#include "warta-splitter.h"
#include "warta-token.h"

struct _WartaExtractor {
  WartaLexicon *lex;
};

/* ------------------------------------------------------------------ */
/* Per-sentence state                                                  */

typedef struct {
  guint first, n;
  GPtrArray *cands;   /* (element-type WartaActor) not owned */
} Ment;

typedef struct {
  const WartaDocument *doc;
  const char *lang;
  WartaTokens *toks;
  guint n_toks;
  GArray *ments;      /* Ment, sorted by first, non-overlapping */
  int *ment_at;       /* token -> index in ments, or -1 */
  GArray *dates;      /* WartaDateMatch */
  char *text;         /* the evidence sentence */
  gsize start, end;
  guint index_in_doc; /* sentence number in the article */
  guint *mark;        /* per token: bit flags of claimed roles */
} Sent;

enum { MARK_USED_PP = 1 << 0 };

typedef enum {
  STANCE_NONE,
  STANCE_CLAIM,
  STANCE_DENIAL,
  STANCE_NONCONF,
  STANCE_REFUSAL,
  STANCE_CANCELLED,
} Stance;

typedef struct {
  Stance stance;
  guint cue, cue_n;
  guint from, to;        /* governed token span [from, to) */
  GPtrArray *speakers;   /* WartaActor* */
  char *rule;
  gboolean confirm_like; /* cue is a confirmation verb (negated -> NonConfirmation) */
  gboolean own_act;      /* cue announces the speaker's own act ("mengumumkan", "announced") */
  gboolean relays;       /* cue passes on another's words ("melaporkan", "reported") */
  gboolean negated_act;  /* a claim turned denial by a negated act in it ("tidak ada pengerahan") */
  const WartaActor *act_subject; /* that act's subject, or NULL */
} Frame;

typedef struct {
  WartaFactKind kind;
  guint trig, trig_n;
  const WartaLexEntry *entry;
  WartaLexCategory cat;
  WartaFact *fact;       /* owned until added */
  gboolean negated;
  gboolean prospective;  /* "akan", "will", "no plans to" before the trigger */
  gboolean possible;     /* that prospective only says it may happen ("could", "mungkin") */
  gboolean conditional;  /* under "jika"/"if", or set aside ("…, bukan bertempur") */
  char *rule;
} Ev;

typedef struct {
  GPtrArray *speakers;       /* last frame's speakers */
  gint speakers_sentence;    /* the sentence that named them (index in the article), or -1 */
  GHashTable *titled;        /* title entry IRI -> the person last named with it (not owned) */
  const WartaActor *person;  /* last person speaker or mentioned */
  const WartaActor *org;     /* last organization speaker */
  GPtrArray *orgs;           /* (element-type WartaActor) bodies named lately, latest last */
  WartaFact *event;          /* last event (in the set) */
  WartaFact *claim;          /* last claim (in the set) */
  WartaFact *by_kind[3];     /* last Deployment, ArmsTransfer, Treaty */
  GPtrArray *events;         /* (element-type WartaFact, not owned) every event so far, oldest first */
  GHashTable *cue_events;    /* stem of a claim's cue ("tuding", "accus"; owned) -> that
                              * claim, latest, or its event when several made it (not
                              * owned): what "tudingan tersebut" means */
  guint n_claims_last;       /* claims made in the last sentence that made any */
  WartaFact *doubted;        /* what the last denial or non-confirmation was about (not owned) */
  WartaFactKind doubt_kind;  /* its kind (Denial, NonConfirmation) */
  const WartaActor *doubter; /* its speaker */
  gint doubt_sentence;       /* its sentence (index in the article), or -1 */
  char *troop_owner;         /* last deployment agent IRI */
  GPtrArray *states;         /* states mentioned in the previous sentence */
  const WartaActor *sole_state; /* the one state the previous sentence named, or NULL */
  const WartaActor *opening_state; /* the state (or its capital) that opened the previous
                                    * sentence, or NULL: what a sentence-opening "It" means */
  gint states_sentence;      /* the last sentence that named two states, or -1 */
  gint event_sentence;       /* the last sentence that told an event, or -1 */
  WartaDate ref;
} Discourse;

typedef struct {
  WartaExtractor *ex;
  const WartaDocument *doc;
  WartaFactSet *facts;
  GPtrArray *warnings;
  Discourse dis;
  const char *lang;
  WartaLang wlang;
  GPtrArray *cur_speakers;   /* speakers of the frame being read (not owned) */
  gboolean cur_own_act;      /* that frame announces its speakers' own act */
  Stance cur_stance;         /* that frame's stance (STANCE_NONE outside one) */
  guint cur_cue;             /* where that frame's cue is (G_MAXUINT: none) */
  gboolean known_places_only; /* learn no new place names while set */
  WartaFact *clause_event;   /* the last event built in the clause being read (not owned) */
  guint sentence_claims;     /* claims made so far in the sentence being read */
  WartaLinker *linker;       /* registry + what this article taught */
  GPtrArray *treaty_profiles; /* (element-type WartaFact) what the whole article says of each treaty, or NULL */
  GPtrArray *learned;        /* actors learned in this article, to link next */
  GPtrArray *carried_sp;     /* speakers of a quotation that runs on past this sentence, or NULL */
  guint carry_left;          /* sentences, this one included, still inside that quotation */
  gboolean closes_carried;   /* this sentence closes such a quotation */
  GPtrArray *weapon_names;   /* (element-type GStrv) weapon systems the article named, folded */
  const WartaActor *dateline_place; /* "MANILA, KOMPAS.com -": where the article is written from */
  const WartaActor *scene;          /* "In Havana, …": the state a sentence opens in, or NULL */
} Ctx;

/* ------------------------------------------------------------------ */
/* Small lookups                                                       */

static gboolean is_any_trigger (const Ctx *c, const Sent *s, guint i);

static const WartaLexEntry *learned_weapon_at (const Ctx *c, const Sent *s, guint i, guint *n);
static gboolean force_named_at (const Ctx *c, const Sent *s, guint k);

static const WartaLexEntry *
cat_at (const Ctx *c, const Sent *s, WartaLexCategory cat, guint i, guint *n)
{
  guint dummy;
  if (i >= s->n_toks)
    return NULL;
  guint *len = n ? n : &dummy;
  /* "no fewer than 12,000": a floor under a number is no negation */
  if (cat == WARTA_LEX_NEGATOR
      && warta_lexicon_match (c->ex->lex, WARTA_LEX_QUANTITY_FLOOR, c->lang, s->toks, i, len))
    return NULL;
  const WartaLexEntry *e = warta_lexicon_match (c->ex->lex, cat, c->lang, s->toks, i, len);
  if (!e && cat == WARTA_LEX_WEAPON_NOUN)
    e = learned_weapon_at (c, s, i, len);
  /* "anggota IRGC" names troops, "anggota parlemen" does not */
  if (e && cat == WARTA_LEX_TROOP_NOUN && warta_lex_entry_attr (e, "needsForceBody")
      && !force_named_at (c, s, i + *len))
    return NULL;
  return e;
}

static gboolean
is_cat (const Ctx *c, const Sent *s, WartaLexCategory cat, guint i)
{
  return cat_at (c, s, cat, i, NULL) != NULL;
}

static WartaToken *
tok (const Sent *s, guint i)
{
  return warta_tokens_get (s->toks, i);
}

/* A year written alone: "sejak 2007", "the 2007 agreement".  A thousands
 * separator makes it a count ("at least 2,000", "2.000 tentara"). */
static gboolean
number_is_year (const WartaToken *t)
{
  return t->kind == WARTA_TOKEN_NUMBER && !t->is_money && t->number >= 1900 && t->number <= 2100
         && t->number == (double) (int) t->number && strlen (t->text) == 4;
}

static gboolean
tok_is_punct (const Sent *s, guint i, const char *p)
{
  if (i >= s->n_toks)
    return FALSE;
  WartaToken *t = tok (s, i);
  return t->kind == WARTA_TOKEN_PUNCT && (p == NULL || strcmp (t->text, p) == 0);
}

static gboolean
is_double_quote (const WartaToken *t)
{
  return t->kind == WARTA_TOKEN_PUNCT
         && (!strcmp (t->text, "\"") || !strcmp (t->text, "\u201c") || !strcmp (t->text, "\u201d"));
}

static gboolean
tok_is_quote (const Sent *s, guint i)
{
  if (!tok_is_punct (s, i, NULL))
    return FALSE;
  const char *t = tok (s, i)->text;
  return is_double_quote (tok (s, i)) || strcmp (t, "'") == 0 || strcmp (t, "\u2018") == 0
         || strcmp (t, "\u2019") == 0;
}

static gboolean is_preposition (const Ctx *c, const Sent *s, guint i);
static const Ment *ment_at (const Sent *s, guint i);

/* "at commercial ships", "of new shipments": an -s form after a
 * preposition, or after a preposition or determiner and one plain word,
 * is a plural noun; a verb in -s needs its subject before it. */
static gboolean
plural_after_preposition (const Ctx *c, const Sent *s, guint i)
{
  const char *f = tok (s, i)->fold;
  if (!g_str_has_suffix (f, "s") || g_str_has_suffix (f, "ss") || i == 0)
    return FALSE;
  if (is_preposition (c, s, i - 1))
    return TRUE;
  const WartaToken *p = tok (s, i - 1);
  return i >= 2 && p->kind == WARTA_TOKEN_WORD && !p->capitalized && !ment_at (s, i - 1)
         && !is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, i - 1) && !is_cat (c, s, WARTA_LEX_NEGATOR, i - 1)
         && !is_cat (c, s, WARTA_LEX_PASSIVE_AUX, i - 1)
         && (is_preposition (c, s, i - 2) || is_cat (c, s, WARTA_LEX_DETERMINER, i - 2));
}

static WartaVoice voice_of (const Ctx *c, const Sent *s, guint i);

/* "weapons being built in China and sent to Russia": an English verb
 * right after "and", with a preposition and no object after it, shares
 * the passive voice of the verb it is coordinated with. */
static gboolean
coordinated_passive (const Ctx *c, const Sent *s, guint i)
{
  if (i < 2 || i + 1 >= s->n_toks || !is_cat (c, s, WARTA_LEX_COORDINATOR, i - 1)
      || !is_preposition (c, s, i + 1))
    return FALSE;
  for (guint k = i - 1; k > 0 && k + 6 > i; k--)
    {
      if (tok (s, k - 1)->kind == WARTA_TOKEN_PUNCT)
        return FALSE;
      if (tok (s, k - 1)->kind == WARTA_TOKEN_WORD && !is_preposition (c, s, k - 1)
          && !ment_at (s, k - 1) && voice_of (c, s, k - 1) == WARTA_VOICE_PASSIVE)
        return TRUE;
    }
  return FALSE;
}

static gboolean tok_is_possessive (const Sent *s, guint i);
static const Ment *ment_starting (const Sent *s, guint i);
static gboolean ment_has_class (const Ment *m, WartaActorClass k);

/* "by" and a name that is no place right after @i ("fighters sent by
 * Turkey", not "sent by rail" or "by Kyiv's count"). */
static gboolean
agent_phrase_follows (const Ctx *c, const Sent *s, guint i)
{
  guint n;
  if (i + 2 >= s->n_toks || !cat_at (c, s, WARTA_LEX_PREP_AGENT, i + 1, &n))
    return FALSE;
  const Ment *m = ment_starting (s, i + 1 + n);
  if (!m || ment_has_class (m, WARTA_ACTOR_PLACE))
    return FALSE;
  guint after = m->first + m->n;
  return after >= s->n_toks || !tok_is_possessive (s, after);
}

/* The voice of token @i.  Indonesian marks it on the verb (di-, meN-);
 * English with an auxiliary before it ("were sent", "had been moved"). */
static WartaVoice
voice_of (const Ctx *c, const Sent *s, guint i)
{
  WartaVoice v = tok (s, i)->voice;
  if (c->wlang != WARTA_LANG_EN)
    return v;
  /* "the transfer", "a deployment", "its shipments": English marks its
   * nouns by a determiner, not by morphology */
  if (i > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1))
    return WARTA_VOICE_NOMINAL;
  if (plural_after_preposition (c, s, i))
    return WARTA_VOICE_NOMINAL;
  gboolean perfect = FALSE;
  for (guint k = i; k > 0 && k + 4 > i; k--)
    {
      /* "had been reinforcing", "is deploying": a progressive is active */
      if (is_cat (c, s, WARTA_LEX_PASSIVE_AUX, k - 1))
        return g_str_has_suffix (tok (s, i)->fold, "ing") ? WARTA_VOICE_ACTIVE : WARTA_VOICE_PASSIVE;
      const WartaLexEntry *aux = cat_at (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1, NULL);
      if (aux && warta_lex_entry_attr (aux, "perfect"))
        perfect = TRUE; /* "it had deployed": active */
      if (!aux && !is_cat (c, s, WARTA_LEX_NEGATOR, k - 1))
        break;
    }
  if (perfect && v == WARTA_VOICE_PASSIVE)
    return WARTA_VOICE_ACTIVE;
  if (!perfect && agent_phrase_follows (c, s, i))
    return WARTA_VOICE_PASSIVE; /* "Syrian fighters sent by Turkey" */
  return coordinated_passive (c, s, i) ? WARTA_VOICE_PASSIVE : v;
}

/* English possessive "'s" (or "’s") as a token of its own. */
static gboolean
tok_is_possessive (const Sent *s, guint i)
{
  const char *w = tok (s, i)->text;
  return g_str_equal (w, "'s") || g_str_equal (w, "\u2019s");
}

/* A word carrying the English possessive on its end ("Myanmar's"). */
static gboolean
tok_ends_possessive (const Sent *s, guint i)
{
  const char *w = tok (s, i)->text;
  return g_str_has_suffix (w, "'s") || g_str_has_suffix (w, "\u2019s");
}

/* Does any category of @cats match at token @i? */
static gboolean
is_cat_in (const Ctx *c, const Sent *s, guint i, const WartaLexCategory *cats, gsize n)
{
  for (gsize k = 0; k < n; k++)
    if (is_cat (c, s, cats[k], i))
      return TRUE;
  return FALSE;
}

static gboolean negated_only_at (const Ctx *c, const Sent *s, guint k);

/* A troop or unit noun among tokens [from, to); not "anyone", which names
 * people only as the object of a negated sending. */
static gboolean
troops_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k < to && k < s->n_toks; k++)
    if ((is_cat (c, s, WARTA_LEX_TROOP_NOUN, k) && !negated_only_at (c, s, k))
        || is_cat (c, s, WARTA_LEX_UNIT_NOUN, k))
      return TRUE;
  return FALSE;
}

static gboolean
is_preposition (const Ctx *c, const Sent *s, guint i)
{
  static const WartaLexCategory preps[] = {
    WARTA_LEX_PREP_DESTINATION, WARTA_LEX_PREP_LOCATION, WARTA_LEX_PREP_ORIGIN,
    WARTA_LEX_PREP_AGENT, WARTA_LEX_PREP_MEANS, WARTA_LEX_PREP_OTHER,
    WARTA_LEX_PURPOSE_MARKER,
  };
  return is_cat_in (c, s, i, preps, G_N_ELEMENTS (preps));
}

static const Ment *
ment_at (const Sent *s, guint i)
{
  if (i >= s->n_toks || s->ment_at[i] < 0)
    return NULL;
  return &g_array_index (s->ments, Ment, s->ment_at[i]);
}

/* The mention that starts exactly at @i. */
static const Ment *
ment_starting (const Sent *s, guint i)
{
  const Ment *m = ment_at (s, i);
  return (m && m->first == i) ? m : NULL;
}

/* A mention always has at least one candidate (the linker and the
 * learning steps never make an empty one). */
static WartaActor *
ment_pick (const Ment *m, gboolean want_place)
{
  for (guint k = 0; k < m->cands->len; k++)
    {
      WartaActor *a = g_ptr_array_index (m->cands, k);
      if ((a->klass == WARTA_ACTOR_PLACE) == want_place)
        return a;
    }
  /* A state may stand for a place (destination Russia) and a place may
   * stand for its government only when nothing else is offered. */
  return (WartaActor *) m->cands->pdata[0];
}

static gboolean
ment_has_class (const Ment *m, WartaActorClass k)
{
  for (guint i = 0; i < m->cands->len; i++)
    if (((WartaActor *) g_ptr_array_index (m->cands, i))->klass == k)
      return TRUE;
  return FALSE;
}

static const WartaActor *
state_of (const Ctx *c, const WartaActor *a)
{
  return a ? warta_lexicon_actor_state (c->ex->lex, a) : NULL;
}

/* The state the speaker of the frame being read speaks for, or the
 * speaker itself when it has none; NULL outside reported speech. */
static const WartaActor *
speaker_state (const Ctx *c)
{
  if (!c->cur_speakers || c->cur_speakers->len == 0)
    return NULL;
  const WartaActor *sp = g_ptr_array_index (c->cur_speakers, 0);
  return state_of (c, sp) ?: sp;
}

/* Is @b reachable from @a by warta:affiliation (@located FALSE) or by
 * warta:locatedIn (@located TRUE)? */
static gboolean
chain_reaches (const Ctx *c, const WartaActor *a, const WartaActor *b, gboolean located)
{
  for (guint depth = 0; a && depth < 8; depth++)
    {
      if (a == b)
        return TRUE;
      const char *up = located ? a->located_in_iri : a->affiliation_iri;
      a = up ? warta_lexicon_actor (c->ex->lex, up) : NULL;
    }
  return FALSE;
}

/* Does @a speak for @b? */
static gboolean
affiliated_with (const Ctx *c, const WartaActor *a, const WartaActor *b)
{
  return chain_reaches (c, a, b, FALSE);
}

static void
ptr_add_unique (GPtrArray *arr, gpointer p)
{
  if (p && !g_ptr_array_find (arr, p, NULL))
    g_ptr_array_add (arr, p);
}

static char *
span_text (const Sent *s, guint from, guint to)
{
  if (from >= to || to > s->n_toks)
    return g_strdup ("");
  gsize a = tok (s, from)->start, b = tok (s, to - 1)->end;
  return g_strndup (s->doc->text + a, b - a);
}

static const char *
entry_english (const WartaLexEntry *e)
{
  /* The first label of an entry is its preferred one; an entry may carry
   * an English gloss as warta:gloss. */
  const char *g = warta_lex_entry_attr (e, "gloss");
  if (g)
    return g;
  return e->texts && e->texts->len ? g_ptr_array_index (e->texts, 0) : "";
}

/* ------------------------------------------------------------------ */
/* Layer 2: mentions and learning                                      */

static void
ment_clear (gpointer p)
{
  Ment *m = p;
  g_clear_pointer (&m->cands, g_ptr_array_unref);
}

static void
sent_index_mentions (Sent *s)
{
  for (guint i = 0; i < s->n_toks; i++)
    s->ment_at[i] = -1;
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = &g_array_index (s->ments, Ment, k);
      for (guint i = m->first; i < m->first + m->n && i < s->n_toks; i++)
        s->ment_at[i] = (int) k;
    }
}

static int
ment_cmp (gconstpointer a, gconstpointer b)
{
  const Ment *x = a, *y = b;
  return (int) x->first - (int) y->first;
}

/* Replaces every mention inside [first, first+n) by one mention of @actor. */
static void
sent_replace_span (Sent *s, guint first, guint n, WartaActor *actor)
{
  for (guint k = s->ments->len; k-- > 0;)
    {
      Ment *m = &g_array_index (s->ments, Ment, k);
      if (m->first >= first && m->first + m->n <= first + n)
        g_array_remove_index (s->ments, k);
    }
  Ment nm = { first, n, g_ptr_array_new () };
  g_ptr_array_add (nm.cands, actor);
  g_array_append_val (s->ments, nm);
  g_array_sort (s->ments, ment_cmp);
  sent_index_mentions (s);
}

/* "al-Sisi", "el-Bashir", "ad-Dawla": a lowercase particle joined to a
 * capitalised name by a hyphen is part of the name. */
static gboolean
is_particle_name (const char *w)
{
  const char *dash = strchr (w, '-');
  if (!dash || dash == w || dash - w > 3 || !g_unichar_isupper (g_utf8_get_char (dash + 1)))
    return FALSE;
  for (const char *p = w; p < dash; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

static gboolean
is_name_token (const Sent *s, guint i)
{
  if (i >= s->n_toks)
    return FALSE;
  WartaToken *t = tok (s, i);
  return t->kind == WARTA_TOKEN_WORD && (t->capitalized || (i > 0 && is_particle_name (t->text)))
         && s->ment_at[i] < 0;
}

static gboolean
is_plain_name_token (const Ctx *c, const Sent *s, guint i)
{
  return is_name_token (s, i) && !is_cat (c, s, WARTA_LEX_TITLE, i) && !is_cat (c, s, WARTA_LEX_ORG_NOUN, i);
}

/* Is a one-word title marked warta:inName ("Sheikh") at @i? */
static gboolean
honorific_in_name (const Ctx *c, const Sent *s, guint i)
{
  guint n = 0;
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_TITLE, i, &n);
  return e && n == 1 && warta_lex_entry_attr (e, "inName");
}

/* Does @label hold @word as whole words, ignoring case? */
static gboolean
label_has_words (const char *label, const char *word)
{
  g_autofree char *hay = g_utf8_casefold (label, -1);
  g_autofree char *needle = g_utf8_casefold (word, -1);
  gsize len = strlen (needle);
  for (const char *p = strstr (hay, needle); p; p = strstr (p + 1, needle))
    {
      gboolean open = p == hay || !g_ascii_isalnum (p[-1]);
      gboolean close = !g_ascii_isalnum (p[len]);
      if (open && close)
        return TRUE;
    }
  return FALSE;
}

/* Does a label of @a hold the words [@i, @k] ("Fernandez de Cossio" in
 * "Carlos Fernandez de Cossio")? */
static gboolean
label_holds_span (const WartaActor *a, const Sent *s, guint i, guint k)
{
  g_autofree char *span = span_text (s, i, k + 1);
  for (guint l = 0; l < a->labels->len; l++)
    if (label_has_words (((const WartaLabel *) g_ptr_array_index (a->labels, l))->text, span))
      return TRUE;
  return FALSE;
}

/* The words of a name begun at @i after a particle at @k - 1: a new word
 * ("de Cossio"), or a person's name known already, which is a patronym
 * here ("Khalid bin Salman" after "Raja Salman bin Abdulaziz" taught
 * "Salman") unless the known name holds the run ("Fernandez de Cossio" is
 * Carlos Fernandez de Cossio again).  Returns their number, or 0. */
static guint
name_after_particle (const Ctx *c, const Sent *s, guint i, guint k)
{
  if (is_plain_name_token (c, s, k))
    return 1;
  const Ment *m = k < s->n_toks ? ment_starting (s, k) : NULL;
  if (m && m->n == 1 && tok (s, k)->capitalized && ment_has_class (m, WARTA_ACTOR_PERSON)
      && !label_holds_span (ment_pick (m, FALSE), s, i, k))
    return 1;
  return 0;
}

/* A run of capitalised words not known to the registry (a new name),
 * with a lowercase particle between two of them ("Carlos Fernandez de
 * Cossio"). */
static guint
name_run (const Ctx *c, const Sent *s, guint i)
{
  guint n = 0, more;
  while (n < 5)
    {
      if (is_plain_name_token (c, s, i + n))
        n++;
      else if (n > 0 && i + n < s->n_toks && s->ment_at[i + n] < 0
               && is_cat (c, s, WARTA_LEX_NAME_PARTICLE, i + n) && (more = name_after_particle (c, s, i, i + n + 1)))
        n += 1 + more;
      /* "Hassan Sheikh Mohamud": an honorific that may stand inside a
       * name (warta:inName) between two words of one is a word of it */
      else if (n > 0 && is_name_token (s, i + n) && honorific_in_name (c, s, i + n)
               && is_plain_name_token (c, s, i + n + 1))
        n += 2;
      else
        break;
    }
  return n;
}

/* Adds an actor learned from the text; it is linked in the rest of this
 * article only. */
static WartaActor *
learn_actor (Ctx *c, WartaActorClass klass, const char *label, const char *affiliation_iri)
{
  WartaActor *a = warta_lexicon_add_actor (c->ex->lex, klass, label, affiliation_iri);
  if (!a)
    return NULL;
  /* learned before, by another article, with no affiliation: this one
   * says whom it belongs to */
  if (!a->affiliation_iri && affiliation_iri && a->learned)
    a->affiliation_iri = g_strdup (affiliation_iri);
  g_ptr_array_add (c->learned, a);
  return a;
}

/* The actor a label names: the registry's, or one learned from the text.
 * A learned actor found again (the second reading of an article finds
 * what the first learned) is linked in the following sentences too. */
static WartaActor *
actor_by_label (Ctx *c, const char *label)
{
  WartaActor *a = warta_lexicon_actor_by_label (c->ex->lex, label);
  if (a && a->learned)
    g_ptr_array_add (c->learned, a);
  return a;
}

/* Capitalised words after a title that lead to a state or body ("Menteri
 * Angkatan Bersenjata Prancis", "Kepala Badan Sarana Pertahanan Kemhan"):
 * how many, or 0 when no body follows within four words. */
static guint
title_modifiers_to_body (Ctx *c, const Sent *s, guint j)
{
  for (guint k = 0; k < 4 && j + k < s->n_toks; k++)
    {
      const Ment *m = ment_starting (s, j + k);
      if (m && k > 0)
        {
          WartaActor *a = ment_pick (m, FALSE);
          return a->klass == WARTA_ACTOR_STATE || a->klass == WARTA_ACTOR_ORGANIZATION ? k : 0;
        }
      if (m || !is_name_token (s, j + k))
        return 0;
    }
  return 0;
}

/* Indonesian capitalised words after a title, before any body, that name
 * its portfolio, not a person, with the coordinator after them: "Menteri Komunikasi
 * sekaligus juru bicara …" (a title follows), "Menteri Komunikasi dan
 * Media Kongo, Jean-Pierre Lukusa" (a name follows after a comma).  "Joko
 * Widodo dan Perdana Menteri …" is a name: no comma and name follow.
 * Returns the words to skip, or 0. */
static guint
portfolio_words (const Ctx *c, const Sent *s, guint j)
{
  guint k = 0, cn;
  if (c->wlang != WARTA_LANG_ID)
    return 0;
  while (k < 3 && is_name_token (s, j + k) && !is_cat (c, s, WARTA_LEX_TITLE, j + k))
    k++;
  if (k == 0 || !cat_at (c, s, WARTA_LEX_COORDINATOR, j + k, &cn))
    return 0;
  guint after = j + k + cn;
  if (is_cat (c, s, WARTA_LEX_TITLE, after) && !tok (s, after)->capitalized)
    return k + cn; /* "sekaligus juru bicara" */
  for (guint m = after; m < s->n_toks && m < after + 4; m++)
    {
      if (tok_is_punct (s, m, ","))
        return m > after && (is_name_token (s, m + 1) || (ment_starting (s, m + 1)
                                                          && ment_has_class (ment_starting (s, m + 1), WARTA_ACTOR_PERSON)))
               ? k + cn : 0;
      if (!is_name_token (s, m) && !ment_starting (s, m) && !ment_at (s, m))
        return 0;
    }
  return 0;
}

/* Does a date start at @k, or is the word there a calendar word
 * ("Selasa", "Tuesday", "Maret")? */
static gboolean
date_word_at (const Sent *s, guint k)
{
  for (guint d = 0; d < s->dates->len; d++)
    if (g_array_index (s->dates, WartaDateMatch, d).first_token == k)
      return TRUE;
  g_autofree char *folded = g_utf8_casefold (tok (s, k)->text, -1);
  return warta_date_is_calendar_word (folded);
}

/* A new name starts at @k: capitalised words the registry does not know
 * that are no date ("Selasa", "Tuesday"). */
static gboolean
new_name_follows (const Ctx *c, const Sent *s, guint k)
{
  return name_run (c, s, k) > 0 && !date_word_at (s, k);
}

/* An all-capital word that no mention covers ("KDF", "PMPP"): a name
 * the registry lacks, used as a modifier. */
static gboolean
unknown_acronym (const Sent *s, guint k)
{
  const WartaToken *t = tok (s, k);
  return t->kind == WARTA_TOKEN_WORD && t->all_caps && !ment_at (s, k);
}

/* A capitalised word no mention covers: part of a name the registry
 * lacks ("Self-Defense Force units"). */
static gboolean
unknown_name_word (const Sent *s, guint k)
{
  const WartaToken *t = tok (s, k);
  return t->kind == WARTA_TOKEN_WORD && t->capitalized && !ment_at (s, k);
}

/* An unknown acronym of three letters or more ("MINUSCA", "UNMISS"):
 * after a title, the body's name.  Two letters are often initials ("TB
 * Hasanuddin"). */
static gboolean
title_acronym (const Sent *s, guint j)
{
  return unknown_acronym (s, j) && g_utf8_strlen (tok (s, j)->text, -1) >= 3;
}

/* "( SSB )" at @j: an acronym in brackets, three tokens. */
static gboolean
bracketed_acronym_at (const Sent *s, guint j)
{
  return j + 2 < s->n_toks && tok_is_punct (s, j, "(") && tok (s, j + 1)->all_caps
         && tok (s, j + 1)->kind == WARTA_TOKEN_WORD && tok_is_punct (s, j + 2, ")");
}

static gboolean speech_at (const Ctx *c, const Sent *s, guint j);
static const Ment *appositive_subject (const Sent *s, guint lo, guint close);
static gboolean is_any_trigger (const Ctx *c, const Sent *s, guint i);

/* The name after a preposition at @j, perhaps after a determiner, when
 * it names no person ("untuk Indonesia", "for the Pentagon"), or NULL. */
static const Ment *
posted_mention (const Ctx *c, const Sent *s, guint j)
{
  if (j + 1 >= s->n_toks || !is_preposition (c, s, j))
    return NULL;
  guint k = j + 1;
  if (is_cat (c, s, WARTA_LEX_DETERMINER, k))
    k++;
  const Ment *post = k < s->n_toks ? ment_starting (s, k) : NULL;
  return post && !ment_has_class (post, WARTA_ACTOR_PERSON) ? post : NULL;
}

/* Where a title's posting ends: "untuk Indonesia" in "Duta Besar Rusia
 * untuk Indonesia Sergei Tolchenov", "to the United Nations" in "Russia's
 * ambassador to the United Nations Vassily Nebenzia".  A preposition and a
 * mention at @j count only when a name follows them; 0 otherwise. */
static guint
posting_end (const Ctx *c, const Sent *s, guint j, WartaActor **posted)
{
  const Ment *post = posted_mention (c, s, j);
  if (!post)
    return 0;
  *posted = ment_pick (post, FALSE);
  guint after = post->first + post->n;
  const Ment *who = ment_starting (s, after);
  if ((who && ment_has_class (who, WARTA_ACTOR_PERSON)) || new_name_follows (c, s, after))
    return after;
  /* "Russia's ambassador to Sri Lanka, Levan Dzhagaryan,", "the
   * commander of French forces in Africa, Gen. Pascal Ianni": a few plain
   * words may end the posting; the comma before the (ranked) name is read
   * next */
  for (guint q = after; q < s->n_toks && q < after + 5; q++)
    {
      if (tok_is_punct (s, q, ","))
        {
          guint t = q + 1, tn;
          while (t < s->n_toks && cat_at (c, s, WARTA_LEX_TITLE, t, &tn))
            t += tn;
          return new_name_follows (c, s, t) ? q : 0;
        }
      const WartaToken *w = tok (s, q);
      if ((w->kind != WARTA_TOKEN_WORD && !ment_at (s, q)) || w->voice == WARTA_VOICE_ACTIVE
          || w->voice == WARTA_VOICE_PASSIVE || speech_at (c, s, q) || is_any_trigger (c, s, q))
        return 0;
    }
  return 0;
}

/* "Deputy Prime Minister and Defence Minister Gen. Tea Seiha": a
 * coordinator between two titles of one person, whose name follows the
 * second.  Returns the coordinator's length, or 0 ("the Foreign Minister
 * and the Defence Minister said": two people, no name). */
static guint
title_coordinator (const Ctx *c, const Sent *s, guint j)
{
  guint cn, tn;
  if (!cat_at (c, s, WARTA_LEX_COORDINATOR, j, &cn) || !cat_at (c, s, WARTA_LEX_TITLE, j + cn, &tn))
    return 0;
  guint k = j + cn + tn;
  while (k < s->n_toks && cat_at (c, s, WARTA_LEX_TITLE, k, &tn))
    k += tn; /* "… and Defence Minister Gen. …" */
  return new_name_follows (c, s, k) ? cn : 0;
}

/* "Menteri Pertahanan Australia yang baru dilantik, Richard Marles",
 * "Australia's Defence Minister, who was sworn in last week, Richard
 * Marles": a short relative clause between the title and the name after a
 * comma.  Returns the comma before the name, or 0. */
static guint
relative_before_name (const Ctx *c, const Sent *s, guint j)
{
  guint k = tok_is_punct (s, j, ",") ? j + 1 : j;
  if (!is_cat (c, s, WARTA_LEX_RELATIVIZER, k))
    return 0;
  for (guint m = k + 2; m < s->n_toks && m <= k + 7; m++)
    {
      if (tok (s, m)->kind != WARTA_TOKEN_PUNCT)
        continue;
      const Ment *who = ment_starting (s, m + 1);
      gboolean named = new_name_follows (c, s, m + 1)
                       || (who && ment_has_class (who, WARTA_ACTOR_PERSON));
      return tok_is_punct (s, m, ",") && named ? m : 0;
    }
  return 0;
}

static gboolean plain_modifier (const Ctx *c, const Sent *s, guint k);

/* "In Havana, Deputy Foreign Minister …", "Di Moskow, juru bicara …": a
 * sentence that opens with a place set off by a comma is told from that
 * place, and an office named in it with no state is that place's state's.
 * Returns the state, or NULL. */
static const WartaActor *
sentence_scene (const Ctx *c, const Sent *s)
{
  guint n;
  if (s->n_toks < 4 || !cat_at (c, s, WARTA_LEX_PREP_LOCATION, 0, &n))
    return NULL;
  const Ment *m = ment_starting (s, n);
  if (!m || !tok_is_punct (s, n + m->n, ",")
      || !(ment_has_class (m, WARTA_ACTOR_PLACE) || ment_has_class (m, WARTA_ACTOR_STATE)))
    return NULL;
  const WartaActor *at = ment_pick (m, TRUE);
  return at->klass == WARTA_ACTOR_STATE ? at : state_of (c, at);
}

/* Title [modifiers] [body mention] [title] Name.  Returns tokens consumed. */
/* The state whose office @title names when none is written with it
 * (warta:unmarkedState): a state of the registry ("Menteri Pertahanan
 * Sjafrie Sjamsoeddin" is Indonesia's), or "dateline", the state the
 * article is written from ("YEREVAN (Reuters) - … Defence Minister Suren
 * Papikyan" is Armenia's).  NULL when there is none. */
static const WartaActor *
title_home (const Ctx *c, const WartaLexEntry *title)
{
  const char *home = warta_lex_entry_attr (title, "unmarkedState");
  if (!home)
    return NULL;
  if (strcmp (home, "dateline") != 0)
    return warta_lexicon_actor (c->ex->lex, home);
  if (c->scene)
    return c->scene;
  if (c->dis.sole_state)
    return c->dis.sole_state;
  const WartaActor *at = c->dateline_place;
  if (!at || at->klass == WARTA_ACTOR_STATE)
    return at;
  return state_of (c, at);
}

static guint
learn_titled_person (Ctx *c, Sent *s, guint i)
{
  guint n;
  const WartaLexEntry *title = cat_at (c, s, WARTA_LEX_TITLE, i, &n);
  if (!title)
    return 0;
  const char *bearer = warta_lex_entry_attr (title, "bearerClass");
  if (bearer && g_ascii_strcasecmp (bearer, "Person") != 0)
    return 0;
  /* "Direktorat Jenderal Keamanan Luar Negeri", "Sekretariat Jenderal":
   * in Indonesian a title right after a capitalised body noun is part of
   * the body's name */
  if (c->wlang == WARTA_LANG_ID && i > 0 && tok (s, i - 1)->capitalized && !ment_at (s, i - 1)
      && is_cat (c, s, WARTA_LEX_ORG_NOUN, i - 1))
    return 0;
  WartaActor *body = NULL;
  guint j = i + n, skipped = 0, lead = 0;
  guint start = i;
  guint rank_end = warta_lex_entry_attr (title, "rank") ? i + n : G_MAXUINT;
  /* a title phrase that runs into a body ("Juru bicara Kementerian Luar
   * Negeri Iran …") stops where the body's mention starts */
  const Ment *inside = ment_at (s, j);
  if (inside && inside->first < j && inside->first > i)
    j = inside->first;
  /* English puts the body before the title: "Pentagon spokesman Pat Ryder",
   * with perhaps a portfolio between: "Congolese Communications Minister" */
  const Ment *before = i > 0 ? ment_at (s, i - 1) : NULL;
  guint before_end = i;
  if (!before && c->wlang == WARTA_LANG_EN && i > 1
      && ((is_name_token (s, i - 1) && !is_cat (c, s, WARTA_LEX_TITLE, i - 1))
          || (plain_modifier (c, s, i - 1) && !speech_at (c, s, i - 1)
              && !is_any_trigger (c, s, i - 1)))) /* "PNG opposition lawmaker Joseph Kambi" */
    {
      before = ment_at (s, i - 2);
      before_end = i - 1;
    }
  if (before && before->first + before->n == before_end)
    {
      WartaActor *b = ment_pick (before, FALSE);
      if (b->klass == WARTA_ACTOR_ORGANIZATION || b->klass == WARTA_ACTOR_STATE)
        {
          body = b;
          start = before->first;
        }
    }
  /* "A spokesman for the French armed forces ministry declined …": the
   * body after "for" is the one the title serves */
  const WartaLexEntry *pe = body ? NULL : cat_at (c, s, WARTA_LEX_PREP_OTHER, j, NULL);
  const Ment *served = pe && warta_lex_entry_attr (pe, "serves") ? posted_mention (c, s, j) : NULL;
  if (served && (ment_has_class (served, WARTA_ACTOR_ORGANIZATION) || ment_has_class (served, WARTA_ACTOR_STATE)))
    {
      body = ment_pick (served, FALSE);
      j = served->first + served->n;
    }
  while (j < s->n_toks && skipped < 4)
    {
      const Ment *m = ment_starting (s, j);
      guint tn;
      if (m)
        {
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass == WARTA_ACTOR_PERSON && m->n == 1 && new_name_follows (c, s, m->first + 1))
            {
              lead = m->n; /* "Menteri …, Jean-Pierre Lukusa": not Karine Jean-Pierre */
              break;
            }
          if (a->klass == WARTA_ACTOR_PERSON)
            {
              /* A known person after a title: the title adds nothing to
               * the registry, but the whole phrase is one mention. */
              guint end = m->first + m->n; /* @m dies with the replacement */
              sent_replace_span (s, start, end - start, a);
              c->dis.person = a;
              g_hash_table_replace (c->dis.titled, title->iri, a);
              return end - i;
            }
          /* English puts a place before the title ("Taipei Mayor …"), so
           * a one-word place (or capital) right after one that a new name
           * follows is the name's first word: "Defense Minister Wellington
           * Koo"; so is one after the body in Indonesian ("Menteri
           * Pertahanan Taiwan Wellington Koo", but "Gubernur Jakarta
           * Pramono Anung" keeps Jakarta) */
          /* after a rank, which is no state's office, a one-word state
           * is the name's first word too: "Brigadir Jenderal Turki
           * al-Maliki" */
          if (((c->wlang == WARTA_LANG_EN || body) && m->n == 1 && ment_has_class (m, WARTA_ACTOR_PLACE)
               && new_name_follows (c, s, m->first + m->n))
              || (m->first == rank_end && m->n == 1 && ment_has_class (m, WARTA_ACTOR_STATE)
                  && new_name_follows (c, s, m->first + 1)))
            {
              lead = m->n;
              break;
            }
          body = a;
          j = m->first + m->n;
          continue;
        }
      const WartaLexEntry *te = cat_at (c, s, WARTA_LEX_TITLE, j, &tn);
      if (te)
        {
          j += tn;
          rank_end = warta_lex_entry_attr (te, "rank") ? j : rank_end;
          continue;
        }
      guint pn;
      const Ment *from_state = cat_at (c, s, WARTA_LEX_PREP_ORIGIN, j, &pn) ? ment_starting (s, j + pn) : NULL;
      if (!body && from_state && ment_has_class (from_state, WARTA_ACTOR_STATE))
        {
          j += pn; /* "mitranya dari Suriah, Murhaf Abu Qasra" */
          continue;
        }
      if (tok_is_punct (s, j, ",")
          && (is_name_token (s, j + 1)
              || (ment_starting (s, j + 1) && ment_has_class (ment_starting (s, j + 1), WARTA_ACTOR_PERSON))))
        {
          j++; /* "Wakil menteri luar negeri Korea Selatan, Kim Hong-kyun," */
          continue;
        }
      guint tc = title_coordinator (c, s, j);
      if (tc)
        {
          j += tc;
          continue;
        }
      if (bracketed_acronym_at (s, j) && new_name_follows (c, s, j + 3))
        {
          j += 3; /* "Kepala Sekretariat Industri Pertahanan Turki (SSB) Haluk Görgün" */
          continue;
        }
      guint rc = relative_before_name (c, s, j);
      if (rc)
        {
          j = rc; /* the comma before the name */
          continue;
        }
      WartaActor *posted = NULL;
      guint post = posting_end (c, s, j, &posted);
      if (post && (body || posted->klass == WARTA_ACTOR_STATE
                   || posted->klass == WARTA_ACTOR_ORGANIZATION))
        {
          /* "Duta Besar Rusia untuk Indonesia Sergei Tolchenov"; with no
           * body before, the posting names it: "the commander of French
           * forces in Africa, Gen. Pascal Ianni" */
          if (!body)
            body = posted;
          j = post;
          continue;
        }
      WartaToken *t = tok (s, j);
      guint mod = 0, pw = 0;
      if (!body && title_acronym (s, j) && new_name_follows (c, s, j + 1))
        {
          /* "Juru bicara MINUSCA Vladimir Monteiro": an acronym the
           * registry lacks names the body, not the person's first name */
          g_autofree char *acr = span_text (s, j, j + 1);
          body = learn_actor (c, WARTA_ACTOR_ORGANIZATION, acr, NULL);
          j++;
          continue;
        }
      if (!body && (pw = portfolio_words (c, s, j)) > 0)
        {
          j += pw; /* "Menteri Komunikasi sekaligus juru bicara pemerintah, …" */
          skipped++;
          continue;
        }
      if (!body && t->capitalized && (mod = title_modifiers_to_body (c, s, j)) > 0)
        {
          j += mod; /* "Menteri Angkatan Bersenjata Prancis …": the words name the office */
          continue;
        }
      if (t->kind != WARTA_TOKEN_WORD || t->capitalized)
        break;
      guint an;
      if (cat_at (c, s, WARTA_LEX_ASPECT_ADVERB, j, &an) && an > 1)
        {
          j += an; /* "his Australian counterpart at the time, Brendan Nelson" */
          skipped++;
          continue;
        }
      /* "Minister of Public Security Wang Xiaohong", "Deputy Prime
       * Minister for Reintegration Oleg Serebrian": a portfolio after
       * a preposition ("of", "for"), capitalised words before a name of
       * two */
      guint run = c->wlang == WARTA_LANG_EN && is_cat (c, s, WARTA_LEX_PREP_OTHER, j)
                      ? name_run (c, s, j + 1) : 0;
      if (run >= 3 && skipped == 0)
        {
          j += 1 + run - 2;
          continue;
        }
      if (is_preposition (c, s, j) || is_cat (c, s, WARTA_LEX_CLAIM_VERB, j)
          || is_cat (c, s, WARTA_LEX_DENIAL_VERB, j) || is_cat (c, s, WARTA_LEX_RELATIVIZER, j)
          || is_cat (c, s, WARTA_LEX_COORDINATOR, j) || t->voice == WARTA_VOICE_ACTIVE
          || t->voice == WARTA_VOICE_PASSIVE)
        break;
      j++;
      skipped++;
    }
  guint nr = lead + name_run (c, s, j + lead);
  if (nr == 0 || (nr == 1 && strlen (tok (s, j)->text) < 3))
    {
      if (!body || body->klass == WARTA_ACTOR_PLACE)
        return 0;
      /* "juru bicara Kremlin mengatakan": an unnamed holder of the title. */
      g_autofree char *label = g_strdup_printf ("%s %s", body->pref_label, entry_english (title));
      WartaActor *a = learn_actor (c, WARTA_ACTOR_PERSON, label, body->iri);
      sent_replace_span (s, start, j - start, a);
      return j - i;
    }
  /* "the General Border Committee": capitalised words before a body
   * noun name the body, not a person with a rank */
  guint after_name = j + nr;
  if (after_name < s->n_toks && tok (s, after_name)->capitalized && !ment_at (s, after_name)
      && is_cat (c, s, WARTA_LEX_ORG_NOUN, after_name))
    return 0;
  /* "Therese Kayikwamba Wagner": a one-word registry name (here the
   * Wagner Group's) right after a new name is the name's last part */
  const Ment *tail = ment_starting (s, j + nr);
  if (tail && tail->n == 1 && !ment_has_class (tail, WARTA_ACTOR_STATE) && !ment_has_class (tail, WARTA_ACTOR_PLACE)
      && tok (s, j + nr)->capitalized && !tok (s, j + nr)->all_caps)
    nr++;
  g_autofree char *name = span_text (s, j, j + nr);
  WartaActor *a = actor_by_label (c, name);
  if (!body)
    body = (WartaActor *) title_home (c, title); /* "Menteri Pertahanan Sjafrie Sjamsoeddin" */
  const char *body_iri = body && body->klass != WARTA_ACTOR_PLACE ? body->iri : NULL;
  if (a && a->learned && !a->affiliation_iri && body_iri)
    a->affiliation_iri = g_strdup (body_iri); /* learned by an earlier article with no body */
  if (!a)
    a = learn_actor (c, WARTA_ACTOR_PERSON, name, body_iri);
  sent_replace_span (s, start, j + nr - start, a);
  c->dis.person = a;
  if (a)
    g_hash_table_replace (c->dis.titled, title->iri, a);
  return j + nr - i;
}

static const WartaLexCategory speech_cats[] = {
  WARTA_LEX_CLAIM_VERB, WARTA_LEX_DENIAL_VERB, WARTA_LEX_NONCONFIRM_PHRASE, WARTA_LEX_REFUSAL_PHRASE,
};

static gboolean
speech_at (const Ctx *c, const Sent *s, guint j)
{
  return j < s->n_toks && is_cat_in (c, s, j, speech_cats, G_N_ELEMENTS (speech_cats));
}

static guint appositive_close (const Sent *s, guint k);
static guint aside_close (const Sent *s, guint k);

/* A speech verb within a few words after @from: the role phrase before it
 * is the speaker ("seorang diplomat Barat di Yangon mengatakan"). */
static gboolean
speech_verb_follows (Ctx *c, Sent *s, guint from)
{
  guint limit = from + 5;
  gboolean relative = FALSE;
  for (guint j = from; j < s->n_toks && j < limit; j++)
    {
      if (speech_at (c, s, j))
        return TRUE;
      if (!relative && is_cat (c, s, WARTA_LEX_RELATIVIZER, j))
        {
          /* "seorang pejabat yang enggan disebutkan namanya mengatakan",
           * "an official who asked not to be named said": a short
           * relative clause stands between the role and its verb */
          relative = TRUE;
          limit = j + 8;
          continue;
        }
      /* "A senior Western official, speaking on condition of anonymity,
       * said": an aside between commas stands between the role and its
       * verb */
      guint close = tok_is_punct (s, j, ",") ? aside_close (s, j) : 0;
      if (close)
        return speech_at (c, s, close + 1);
      if (tok (s, j)->kind == WARTA_TOKEN_PUNCT
          || (!relative && (tok (s, j)->voice == WARTA_VOICE_ACTIVE || tok (s, j)->voice == WARTA_VOICE_PASSIVE)))
        return FALSE;
    }
  return FALSE;
}

/* The region word of the role at @i: before it in English ("a Western
 * diplomat", "a senior European official"), after it in Indonesian
 * ("diplomat Barat", "pejabat senior Eropa").  NULL when there is none. */
static const WartaLexEntry *
region_of_role (const Ctx *c, const Sent *s, guint i, guint n, guint *dist)
{
  guint rn;
  gboolean en = c->wlang == WARTA_LANG_EN;
  for (guint d = 1; d <= 2; d++)
    {
      if (en ? i < d : i + n + d - 1 >= s->n_toks)
        return NULL;
      guint k = en ? i - d : i + n + d - 1;
      const WartaLexEntry *r = cat_at (c, s, WARTA_LEX_REGION_MODIFIER, k, &rn);
      *dist = d;
      if (r)
        return r;
      if (tok (s, k)->capitalized || tok (s, k)->kind != WARTA_TOKEN_WORD || ment_at (s, k))
        return NULL; /* one lowercase word may stand between: "senior" */
    }
  return NULL;
}

/* The first word of the label of a speaker learned with no region and no
 * state ("unnamed official"); nameless_source recognises it. */
#define UNNAMED_SPEAKER "unnamed"

/* An unnamed speaker whose role names no state ("seorang diplomat Barat
 * mengatakan", "a Western diplomat said"): an actor of its own, so that
 * what it says has a source and "ia" in the next sentence is not taken
 * for the previous speaker.  It has no affiliation: none is known. */
/* "yang meminta namanya tidak disebutkan itu" at @j: a relative clause
 * closed by a demonstrative that a speech verb follows.  The
 * demonstrative's index, or 0. */
static guint
demonstrative_after_relative (Ctx *c, Sent *s, guint j)
{
  if (j >= s->n_toks || !is_cat (c, s, WARTA_LEX_RELATIVIZER, j))
    return 0;
  for (guint k = j + 1; k < s->n_toks && k < j + 9; k++)
    {
      if (tok (s, k)->kind != WARTA_TOKEN_WORD || ment_at (s, k))
        return 0;
      if (is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, k))
        return speech_verb_follows (c, s, k + 1) ? k : 0;
    }
  return 0;
}

static guint
learn_unaffiliated_speaker (Ctx *c, Sent *s, guint i, guint n, const WartaLexEntry *role)
{
  if (!speech_verb_follows (c, s, i + n))
    return 0;
  /* "the diplomat said", "kata diplomat itu": a role pointed back at is
   * the person spoken of last, not someone new */
  gboolean en = c->wlang == WARTA_LANG_EN;
  guint first = en ? i - 1 : i; /* English points before the noun, Indonesian after */
  if (c->dis.person && (!en || i > 0) && is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, en ? i - 1 : i + n))
    {
      sent_replace_span (s, first, n + 1, (WartaActor *) c->dis.person);
      return first + n + 1 - i;
    }
  /* "pejabat yang meminta namanya tidak disebutkan itu mengatakan": the
   * demonstrative closes a relative clause about the same person */
  guint dem = !en && c->dis.person ? demonstrative_after_relative (c, s, i + n) : 0;
  if (dem)
    {
      sent_replace_span (s, i, dem + 1 - i, (WartaActor *) c->dis.person);
      return dem + 1 - i;
    }
  guint dist = 0;
  const WartaLexEntry *region = region_of_role (c, s, i, n, &dist);
  /* English keeps the word between: "a Western intelligence official" */
  g_autofree char *mid = NULL;
  if (region && en && dist == 2)
    mid = g_strdup (tok (s, i - 1)->text);
  else if (region && en && n > 1)
    mid = span_text (s, i, i + n - 1); /* "intelligence officials" */
  g_autofree char *label = g_strdup_printf ("%s%s%s %s",
                                            region ? entry_english (region) : UNNAMED_SPEAKER,
                                            mid ? " " : "", mid ? mid : "", entry_english (role));
  WartaActor *a = learn_actor (c, WARTA_ACTOR_PERSON, label, NULL);
  if (!a)
    return 0;
  /* the region word is part of the mention ("Western" alone is no name) */
  guint from = region && en ? i - dist : i;
  guint end = region && !en ? i + n + dist : i + n;
  sent_replace_span (s, from, end - from, a);
  c->dis.person = a; /* "pejabat tersebut" later */
  return end - i;
}

/* An unnamed holder of @role who speaks for @body, named by tokens
 * [@from, @to): "US official", "Kementerian Luar Negeri Kolombia official". */
static void
learn_official_of (Ctx *c, Sent *s, guint from, guint to, const WartaLexEntry *role, const WartaActor *body)
{
  g_autofree char *label = g_strdup_printf ("%s %s", body->pref_label, entry_english (role));
  WartaActor *off = learn_actor (c, WARTA_ACTOR_PERSON, label, body->iri);
  sent_replace_span (s, from, to - from, off);
  c->dis.person = off; /* "pejabat tersebut", "the official" later */
}

/* "Italian intelligence officials", "a Lithuanian intelligence official":
 * the words after the state's mention @m, between it and the role of @n
 * tokens at @i or opening the role itself, name a service that only
 * reports on forces (a warta:ForceBody with commandsForces "false").  The
 * officials speak for that service, learned as a body of @state named as
 * the text names it ("Italian intelligence"), not for the state as a
 * whole.  NULL when the words are anything else ("a U.S. defense
 * official", "Russian military officials"). */
static WartaActor *
reporting_service_after (Ctx *c, const Sent *s, const Ment *m, guint i, guint n, const WartaActor *state)
{
  guint from = m->first + m->n, fn;
  if (state->klass != WARTA_ACTOR_STATE || from > i)
    return NULL;
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_FORCE_BODY, from, &fn);
  if (!e || g_strcmp0 (warta_lex_entry_attr (e, "commandsForces"), "false") != 0)
    return NULL;
  if (from + fn != i && !(from == i && fn < n))
    return NULL;
  g_autofree char *label = span_text (s, m->first, from + fn);
  return learn_actor (c, WARTA_ACTOR_ORGANIZATION, label, state->iri);
}

/* Is the role of @n tokens at @i inside a longer warta:SpeakerAnaphor
 * ("the experts", "para ahli tersebut") that starts at it or just before
 * it?  Not when a name follows: "the official KCNA". */
static gboolean
role_in_anaphor (const Ctx *c, const Sent *s, guint i, guint n)
{
  if (i + n < s->n_toks && tok (s, i + n)->capitalized)
    return FALSE;
  for (guint start = i > 0 ? i - 1 : i; start <= i; start++)
    {
      guint an;
      if (cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, start, &an) && start + an >= i + n && an > n)
        return TRUE;
    }
  return FALSE;
}

/* RoleNoun [modifiers] State: "seorang pejabat senior AS". */
static guint
learn_unnamed_official (Ctx *c, Sent *s, guint i)
{
  guint n, on;
  const WartaLexEntry *role = cat_at (c, s, WARTA_LEX_ROLE_NOUN, i, &n);
  if (!role)
    return 0;
  /* "French military official": the role's first word ends the body's
   * name ("French military" is the French Armed Forces) */
  const Ment *over = ment_at (s, i);
  if (c->wlang == WARTA_LANG_EN && over && over->first < i && over->first + over->n < i + n)
    {
      WartaActor *a = ment_pick (over, FALSE);
      if (a->klass == WARTA_ACTOR_STATE || a->klass == WARTA_ACTOR_ORGANIZATION)
        {
          learn_official_of (c, s, over->first, i + n, role, a);
          return n;
        }
    }
  /* English: "U.S. officials", "a senior Russian diplomat", "a U.S.
   * defense official" (up to two lowercase words between) */
  guint gap = 0;
  while (c->wlang == WARTA_LANG_EN && gap < 2 && i > gap + 1 && !ment_at (s, i - gap - 1)
         && tok (s, i - gap - 1)->kind == WARTA_TOKEN_WORD && !tok (s, i - gap - 1)->capitalized
         && !is_any_trigger (c, s, i - gap - 1) && !is_preposition (c, s, i - gap - 1)
         && !is_cat (c, s, WARTA_LEX_DETERMINER, i - gap - 1) && !speech_at (c, s, i - gap - 1))
    gap++;
  const Ment *before = i > gap ? ment_at (s, i - gap - 1) : NULL;
  if (!before)
    {
      before = i > 0 ? ment_at (s, i - 1) : NULL;
      gap = 0;
    }
  /* "U.S. and European officials": the state named with the region */
  if (c->wlang == WARTA_LANG_EN && !before && i >= 3
      && is_cat (c, s, WARTA_LEX_REGION_MODIFIER, i - 1)
      && is_cat (c, s, WARTA_LEX_COORDINATOR, i - 2))
    {
      before = ment_at (s, i - 3);
      gap = 2;
    }
  if (c->wlang == WARTA_LANG_EN && before && before->first + before->n + gap == i)
    {
      WartaActor *a = ment_pick (before, FALSE);
      if (a->klass == WARTA_ACTOR_STATE || a->klass == WARTA_ACTOR_ORGANIZATION)
        {
          WartaActor *service = reporting_service_after (c, s, before, i, n, a);
          learn_official_of (c, s, before->first, i + n, role, service ? service : a);
          return n;
        }
    }
  /* "In a report last year, the experts had put the number …": a role
   * the lexicon reads with its article as a warta:SpeakerAnaphor points
   * back; it is nobody new, whatever state the clause names later */
  if (role_in_anaphor (c, s, i, n))
    return 0;
  /* "seorang pejabat kementerian … mengatakan", "a ministry official
   * said": a bare organisation noun is the body spoken of last */
  guint from = i, to = i + n;
  if (c->wlang == WARTA_LANG_EN && i > 0 && cat_at (c, s, WARTA_LEX_ORG_NOUN, i - 1, &on) && on == 1
      && !ment_at (s, i - 1))
    from = i - 1;
  else if (c->wlang == WARTA_LANG_ID && cat_at (c, s, WARTA_LEX_ORG_NOUN, i + n, &on) && !tok (s, i + n)->capitalized
           && !ment_starting (s, i + n + on))
    to = i + n + on;
  if ((from < i || to > i + n) && c->dis.org && speech_verb_follows (c, s, to))
    {
      learn_official_of (c, s, from, to, role, c->dis.org);
      return to - i;
    }
  guint j = i + n;
  gboolean prep = FALSE;
  for (guint skipped = 0; j < s->n_toks && skipped < 3; skipped++)
    {
      const Ment *m = ment_starting (s, j);
      /* "pejabat militer Mali": the role's last word may open the body's
       * name ("militer Mali", the Malian army) */
      if (!m && j == i + n && ment_at (s, j) && ment_at (s, j)->first > i)
        m = ment_at (s, j);
      if (m)
        {
          WartaActor *a = ment_pick (m, FALSE);
          WartaActor *st = (WartaActor *) state_of (c, a);
          /* "seorang diplomat Barat di Yangon": a city says where the
           * speaker is, not whom it speaks for ("seorang pejabat militer
           * Mali" still speaks for Mali) */
          if ((!st && a->klass != WARTA_ACTOR_ORGANIZATION) || a->klass == WARTA_ACTOR_PERSON
              || a->klass == WARTA_ACTOR_PLACE
              || (prep && ment_has_class (m, WARTA_ACTOR_PLACE)))
            return learn_unaffiliated_speaker (c, s, i, n, role);
          guint end = m->first + m->n; /* @m dies with the replacement */
          learn_official_of (c, s, i, end, role, a);
          return end - i;
        }
      WartaToken *t = tok (s, j);
      if (t->kind != WARTA_TOKEN_WORD || t->voice == WARTA_VOICE_ACTIVE
          || t->voice == WARTA_VOICE_PASSIVE || is_cat (c, s, WARTA_LEX_CLAIM_VERB, j)
          || is_cat (c, s, WARTA_LEX_RELATIVIZER, j))
        return learn_unaffiliated_speaker (c, s, i, n, role);
      /* "pejabat di Ukraina": the preposition may be skipped */
      prep = prep || is_preposition (c, s, j);
      j++;
    }
  return learn_unaffiliated_speaker (c, s, i, n, role);
}

/* The place called @name (the registry's, or one learned for this
 * article) becomes the mention of tokens [@first, @first + @n): "North
 * Kivu" for "North" in "North and South Kivu".  NULL only when the
 * lexicon refuses the label. */
static WartaActor *
place_named (Ctx *c, Sent *s, guint first, guint n, const char *name)
{
  /* "al-Khadim Air Base" opening a name is written "Al-Khadim" */
  g_autofree char *cap = g_ascii_islower (name[0]) ? g_strdup (name) : NULL;
  if (cap)
    {
      cap[0] = g_ascii_toupper (cap[0]);
      name = cap;
    }
  WartaActor *a = actor_by_label (c, name);
  if (!a)
    a = learn_actor (c, WARTA_ACTOR_PLACE, name, NULL);
  if (a)
    sent_replace_span (s, first, n, a);
  return a;
}

/* The place named by tokens [@first, @first + @n): the registry's, or one
 * learned for this article.  The span becomes its mention.  NULL only when
 * the lexicon refuses the label. */
static WartaActor *
place_for_span (Ctx *c, Sent *s, guint first, guint n)
{
  g_autofree char *name = span_text (s, first, first + n);
  return place_named (c, s, first, n, name);
}

static gboolean
span_capitalized (const Sent *s, guint from, guint n)
{
  for (guint q = from; q < from + n; q++)
    if (!tok (s, q)->capitalized)
      return FALSE;
  return TRUE;
}

/* "pangkalan militer Rukla di Lithuania tengah", "the Rukla military base
 * in central Lithuania": a place learned from the text lies in the known
 * place or state named right after it (one modifier word may stand
 * between).  A place the registry knows keeps its own warta:locatedIn. */
static void
learn_located_in (Ctx *c, const Sent *s, WartaActor *place, guint j)
{
  guint n;
  if (!place || !place->learned || place->located_in_iri)
    return;
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_PREP_LOCATION, j, &n);
  if (!e || g_strcmp0 (warta_lex_entry_attr (e, "encloses"), "false") == 0)
    return;
  j += n;
  const Ment *m = ment_starting (s, j);
  if (!m && j + 1 < s->n_toks && tok (s, j)->kind == WARTA_TOKEN_WORD && !tok (s, j)->capitalized)
    m = ment_starting (s, j + 1);
  if (!m)
    return;
  WartaActor *where = ment_pick (m, TRUE);
  if (where != place && (where->klass == WARTA_ACTOR_PLACE || where->klass == WARTA_ACTOR_STATE))
    place->located_in_iri = g_strdup (where->iri);
}

/* A headline in title case ("Belarus Kerahkan Pasukan ke Perbatasan
 * Ukraina"): no closing stop, and most of its longer words capitalised, so
 * a capital letter says nothing about a name. */
static gboolean
title_cased (const Sent *s)
{
  if (s->n_toks == 0 || tok_is_punct (s, s->n_toks - 1, ".") || tok_is_punct (s, s->n_toks - 1, "?")
      || tok_is_punct (s, s->n_toks - 1, "!"))
    return FALSE;
  guint words = 0, caps = 0;
  for (guint k = 0; k < s->n_toks; k++)
    {
      const WartaToken *t = tok (s, k);
      if (t->kind != WARTA_TOKEN_WORD || g_utf8_strlen (t->text, -1) < 4)
        continue;
      words++;
      if (t->capitalized)
        caps++;
    }
  return words >= 4 && caps * 10 >= words * 8;
}

/* The words of a name from @from to @to, a title among them in English
 * ("Raja Khalid" is "King Khalid"). */
static char *
english_name_text (const Ctx *c, const Sent *s, guint from, guint to)
{
  GString *out = g_string_new (NULL);
  for (guint k = from; k < to; k++)
    {
      guint n = 1;
      const WartaLexEntry *t = cat_at (c, s, WARTA_LEX_TITLE, k, &n);
      const char *gloss = t ? warta_lex_entry_attr (t, "gloss") : NULL;
      if (out->len)
        g_string_append_c (out, ' ');
      if (gloss && !strchr (gloss, ' '))
        {
          g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (gloss)));
          g_string_append (out, g_utf8_next_char (gloss));
          k += n - 1;
        }
      else
        {
          g_autofree char *w = span_text (s, k, k + 1);
          g_string_append (out, w);
        }
    }
  return g_string_free (out, FALSE);
}

/* "Pangkalan Udara Meiktila" is "Meiktila Air Base" in English,
 * "Pangkalan Udara 101" "Air Base 101", "Kamp Lemonnier" "Camp
 * Lemonnier": a learned base whose intro has warta:english gets that name
 * as a label too, so English sources and gold name it the same. */
static void
english_place_label (Ctx *c, const Sent *s, WartaActor *place, const WartaLexEntry *intro,
                     guint name, guint nr)
{
  const char *english = warta_lex_entry_attr (intro, "english");
  if (!english || c->wlang != WARTA_LANG_ID)
    return;
  g_autofree char *rest = english_name_text (c, s, name, name + nr);
  gboolean first = warta_lex_entry_attr (intro, "englishFirst") != NULL
                   || tok (s, name)->kind == WARTA_TOKEN_NUMBER;
  g_autofree char *label = first ? g_strdup_printf ("%s %s", english, rest)
                                 : g_strdup_printf ("%s %s", rest, english);
  warta_lexicon_add_label (c->ex->lex, place, label, "en");
}

/* "Lanud Iswahjudi … di Iswahjudi": a base learned with its intro is
 * named later by its name alone; that name becomes a label of the base,
 * unless it is a number or names another actor already. */
static void
short_place_label (Ctx *c, const Sent *s, WartaActor *place, guint name, guint nr)
{
  if (tok (s, name)->kind == WARTA_TOKEN_NUMBER)
    return;
  g_autofree char *bare = span_text (s, name, name + nr);
  if (warta_lexicon_actor_by_label (c->ex->lex, bare))
    return;
  warta_lexicon_add_label (c->ex->lex, place, bare, c->lang);
}

/* The name after a title in a base's name: a new name ("Raja Khalid"),
 * or one word that is itself a title ("Pangkalan Udara Pangeran Sultan",
 * after Prince Sultan).  Its length, or 0. */
static guint
base_namesake (const Ctx *c, const Sent *s, guint k)
{
  guint nr = name_run (c, s, k);
  if (nr == 0 && is_name_token (s, k) && tok (s, k)->capitalized && is_cat (c, s, WARTA_LEX_TITLE, k)
      && !(k + 1 < s->n_toks && is_name_token (s, k + 1)))
    nr = 1;
  return nr;
}

/* PlaceIntro Name ("wilayah Zaporizhzhia") or Name PlaceIntro ("the
 * Belgorod region").  An intro marked warta:partOfName and written with
 * capitals belongs to the name ("Clark Air Base", "Pangkalan Udara
 * Clark"); "Desa Adshit" names Adshit. */
/* "the al-Jufra air base": an intro that is part of a base's name, in
 * lower case after the name, still names the base ("Al-Jufra Air Base",
 * as an analyst writes it); the bare name [@k, @k + @len) becomes its
 * mention and a label of its own. */
static WartaActor *
place_with_lowercase_intro (Ctx *c, Sent *s, guint k, guint len, guint i, guint n)
{
  g_autofree char *bare = span_text (s, k, k + len);
  g_autofree char *intro = span_text (s, i, i + n);
  GString *name = g_string_new (bare);
  gboolean up = TRUE;
  g_string_append_c (name, ' ');
  for (const char *p = intro; *p; p++)
    {
      g_string_append_c (name, up ? g_ascii_toupper (*p) : *p);
      up = *p == ' ';
    }
  g_autofree char *label = g_string_free (name, FALSE);
  WartaActor *place = place_named (c, s, k, len, label);
  if (place && place->learned && !warta_lexicon_actor_by_label (c->ex->lex, bare))
    warta_lexicon_add_label (c->ex->lex, place, bare, c->lang);
  return place;
}

static guint
learn_place (Ctx *c, Sent *s, guint i)
{
  guint n;
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_PLACE_INTRO, i, &n);
  if (!e)
    return 0;
  if (title_cased (s))
    return 0; /* "Belarus Sends Troops to Frontier Towns" */
  gboolean in_name = warta_lex_entry_attr (e, "partOfName") && span_capitalized (s, i, n);
  guint nr = name_run (c, s, i + n);
  if (nr == 0 && in_name && i + n < s->n_toks && tok (s, i + n)->kind == WARTA_TOKEN_NUMBER)
    nr = 1; /* "Pangkalan Udara 101", "Air Base 101" */
  /* "Pangkalan Udara Raja Khalid", "Lanud Sultan Hasanuddin": a base
   * named after a titled person keeps the title in its name */
  guint tn, tr;
  if (nr == 0 && in_name && i + n < s->n_toks && tok (s, i + n)->capitalized
      && cat_at (c, s, WARTA_LEX_TITLE, i + n, &tn) && (tr = base_namesake (c, s, i + n + tn)) > 0)
    nr = tn + tr;
  if (nr > 0 && nr <= 3)
    {
      guint from = i > 0 && in_name ? i : i + n;
      WartaActor *place = place_for_span (c, s, from, i + n + nr - from);
      if (place && place->learned && from == i)
        {
          english_place_label (c, s, place, e, i + n, nr);
          short_place_label (c, s, place, i + n, nr);
        }
      else if (place && place->learned)
        english_place_label (c, s, place, e, i + n, nr); /* "Pulau Manus": also "Manus Island" */
      /* "di Provinsi Preah Sihanouk": the intro is no name of its own */
      if (place && from > i && tok (s, i)->capitalized)
        sent_replace_span (s, i, n + nr, place);
      learn_located_in (c, s, place, i + n + nr);
      return n + nr;
    }
  if (c->wlang == WARTA_LANG_EN && i > 0)
    {
      guint k = i, len = 0;
      while (k > 0 && len < 3 && is_name_token (s, k - 1))
        k--, len++;
      if (len > 0 && !(k == 0 && len == 1 && !tok (s, 0)->capitalized))
        {
          guint span = in_name ? len + n : len;
          WartaActor *place = !in_name && warta_lex_entry_attr (e, "partOfName")
                                  ? place_with_lowercase_intro (c, s, k, len, i, n)
                                  : place_for_span (c, s, k, span);
          if (place && place->learned && in_name)
            short_place_label (c, s, place, k, len); /* "Clarkfield" for "Clarkfield Air Base" */
          learn_located_in (c, s, place, i + n);
        }
    }
  return n;
}

/* The English adjective of a state, read from its labels: the one-word
 * English altLabel that shares the name's first three letters and ends
 * like an adjective ("Colombian", "Chinese", "Turkish"), or NULL. */
static const char *
state_demonym (const WartaActor *st)
{
  static const char *const endings[] = { "an", "ese", "ish", "i", "ic", "ch",
                                          "ek", "ik", "ot", "en", "kh" };
  for (guint k = 0; k < st->labels->len; k++)
    {
      const WartaLabel *l = g_ptr_array_index (st->labels, k);
      if (strcmp (l->lang, "en") != 0 || strchr (l->text, ' ') || strcmp (l->text, st->pref_label) == 0
          || g_ascii_strncasecmp (l->text, st->pref_label, 3) != 0)
        continue;
      for (guint e = 0; e < G_N_ELEMENTS (endings); e++)
        if (g_str_has_suffix (l->text, endings[e]))
          return l->text;
    }
  return NULL;
}

/* The actor called "@noun" after @state's adjective ("Colombian
 * mercenaries"), or "@noun @prep STATE" when the state has none
 * ("mercenaries from Chad"): the registry's or a learned one. */
static WartaActor *
actor_of_state (Ctx *c, WartaActorClass klass, const WartaActor *state, const char *noun, const char *prep,
                const char *affiliation_iri)
{
  const char *adj = state_demonym (state);
  g_autofree char *label = adj ? g_strdup_printf ("%s %s", adj, noun)
                               : g_strdup_printf ("%s %s %s", noun, prep, state->pref_label);
  WartaActor *a = actor_by_label (c, label);
  return a ? a : learn_actor (c, klass, label, affiliation_iri);
}

/* "Kementerian Luar Negeri Kolombia", "Cuba's Foreign Ministry": a body
 * whose organisation phrase has a canonical English name in the lexicon
 * (warta:english on its OrgNoun entry) is learned under the name the
 * registry would use ("Colombian Ministry of Foreign Affairs", or
 * "Ministry of Foreign Affairs of Chad" when the state has no adjective
 * label), in either language.  NULL when the phrase has none. */
static WartaActor *
learn_english_named_org (Ctx *c, const Sent *s, guint from, guint to, const WartaActor *state)
{
  guint n;
  /* in English only where the state has an adjective: "the UAE foreign
   * ministry" keeps its own name rather than "Ministry of Foreign Affairs of
   * United Arab Emirates" */
  if (c->wlang == WARTA_LANG_EN && !state_demonym (state))
    return NULL;
  const WartaLexEntry *e = to > from ? cat_at (c, s, WARTA_LEX_ORG_NOUN, from, &n) : NULL;
  const char *english = e ? warta_lex_entry_attr (e, "english") : NULL;
  if (!english || from + n != to)
    return NULL;
  return actor_of_state (c, WARTA_ACTOR_ORGANIZATION, state, english, "of", state->iri);
}

/* A body the registry lacks, named by an organisation noun and its state:
 * "Kementerian Luar Negeri Iran", "Russia's foreign ministry".  A registry
 * label that spells the same body ("Russian foreign ministry") wins;
 * otherwise an organisation is learned, affiliated to the state. */
static WartaActor *
org_for (Ctx *c, const Sent *s, guint from, guint to, const WartaActor *state, guint rest_from,
         guint rest_to)
{
  g_autofree char *written = span_text (s, from, to);
  WartaActor *a = actor_by_label (c, written);
  if (a)
    return a;
  if (rest_to > rest_from)
    {
      g_autofree char *rest = span_text (s, rest_from, rest_to);
      for (guint k = 0; k < state->labels->len; k++)
        {
          WartaLabel *l = g_ptr_array_index (state->labels, k);
          g_autofree char *cand = g_strdup_printf ("%s %s", l->text, rest);
          if ((a = warta_lexicon_actor_by_label (c->ex->lex, cand)))
            return a;
          /* "Ukraine's military intelligence agency" is the registry's
           * "Ukrainian military intelligence" */
          char *last = strrchr (cand, ' ');
          if (last && last > cand + strlen (l->text))
            {
              *last = '\0';
              if ((a = warta_lexicon_actor_by_label (c->ex->lex, cand)))
                return a;
            }
        }
    }
  a = learn_english_named_org (c, s, rest_from, rest_to, state);
  /* "Cambodia's Defense Ministry" is named as the registry would name
   * it: "Cambodian Defense Ministry" */
  if (!a && c->wlang == WARTA_LANG_EN && state_demonym (state) && rest_to > rest_from && rest_from > from)
    {
      g_autofree char *rest = span_text (s, rest_from, rest_to);
      a = actor_of_state (c, WARTA_ACTOR_ORGANIZATION, state, rest, "of", state->iri);
    }
  if (a)
    {
      warta_lexicon_add_label (c->ex->lex, a, written, c->lang);
      return a;
    }
  return learn_actor (c, WARTA_ACTOR_ORGANIZATION, written, state->iri);
}

/* "pemerintah Somalia", "the Somali government": the state itself. */
/* "Departemen Keamanan Negara Lituania (VSD)": the acronym in brackets
 * after a body learned from the text is one of its labels, so a later
 * "VSD" names it and the graph gives it as a skos:altLabel. */
static void
learn_acronym (Ctx *c, const Sent *s, guint k, WartaActor *org)
{
  if (!org || !org->learned || k + 2 >= s->n_toks || !tok_is_punct (s, k, "(") || !tok_is_punct (s, k + 2, ")"))
    return;
  const WartaToken *t = tok (s, k + 1);
  if (t->kind != WARTA_TOKEN_WORD || !t->all_caps || ment_at (s, k + 1))
    return;
  warta_lexicon_add_label (c->ex->lex, org, t->text, c->lang);
}

/* Does the anaphor entry @e point at @kind (its warta:refersTo: "Troops",
 * "Speaker", …)? */
static gboolean
refers_to (const WartaLexEntry *e, const char *kind)
{
  return g_strcmp0 (warta_lex_entry_attr (e, "refersTo"), kind) == 0;
}

static gboolean
stands_for_state (const WartaLexEntry *e)
{
  const char *v = warta_lex_entry_attr (e, "standsFor");
  return v && g_ascii_strcasecmp (v, "State") == 0;
}

/* Is @e a title a body bears ("kantor berita", "harian", "news agency",
 * "newspaper"): warta:bearerClass "Organization"? */
static gboolean
body_title (const WartaLexEntry *e)
{
  const char *bearer = e ? warta_lex_entry_attr (e, "bearerClass") : NULL;
  return bearer && g_ascii_strcasecmp (bearer, "Organization") == 0;
}

/* The state named by a mention ending right before @i ("Russian daily
 * Izvestia", "Azerbaijan's APA news agency"), or NULL. */
static const Ment *
state_ending_at (const Sent *s, guint i)
{
  const Ment *m = i > 0 ? ment_at (s, i - 1) : NULL;
  return m && m->first + m->n == i && ment_has_class (m, WARTA_ACTOR_STATE) ? m : NULL;
}

/* "The UAE rejected both accusations.  The foreign ministry called the
 * findings baseless": in English, "the" and a ministry noun that has an
 * English name, with no state written, is that ministry of the state that
 * spoke last.  Replaces the span and returns its length, or 0. */
static guint
speakers_body (Ctx *c, Sent *s, guint i)
{
  guint n;
  if (!is_cat (c, s, WARTA_LEX_DETERMINER, i) || !c->dis.speakers || c->dis.speakers->len == 0)
    return 0;
  const WartaLexEntry *on = cat_at (c, s, WARTA_LEX_ORG_NOUN, i + 1, &n);
  if (!on || !warta_lex_entry_attr (on, "english") || ment_at (s, i + 1))
    return 0;
  guint end = i + 1 + n;
  if (end < s->n_toks && (is_cat (c, s, WARTA_LEX_PREP_OTHER, end) || ment_at (s, end)))
    return 0; /* "the foreign ministry of Mali", "the foreign ministry Mali …" */
  const WartaActor *st = state_of (c, g_ptr_array_index (c->dis.speakers, 0));
  if (!st || st->klass != WARTA_ACTOR_STATE)
    return 0;
  WartaActor *org = actor_of_state (c, WARTA_ACTOR_ORGANIZATION, st,
                                    warta_lex_entry_attr (on, "english"), "of", st->iri);
  if (!org)
    return 0;
  sent_replace_span (s, i, end - i, org);
  return end - i;
}

/* A body written bare, with no state ("Kementerian Pertahanan membantah
 * …"), whose organisation noun names the state it belongs to when none is
 * written (warta:unmarkedState): the same body of a state named with it
 * lately ("Kementerian Pertahanan Rusia … Kementerian Pertahanan"), else
 * the registry's body of the unmarked state ("Kementerian Pertahanan
 * Indonesia").  NULL when the body is not bare or is not known. */
static WartaActor *
unmarked_body (Ctx *c, const Sent *s, guint i, guint n, const WartaLexEntry *on)
{
  const char *home = warta_lex_entry_attr (on, "unmarkedState");
  if (!home || !tok (s, i)->capitalized)
    return NULL;
  if (i + n < s->n_toks && (ment_at (s, i + n) || (tok (s, i + n)->capitalized
                                                   && tok (s, i + n)->kind == WARTA_TOKEN_WORD)))
    return NULL;
  if (i + n < s->n_toks && is_cat (c, s, WARTA_LEX_PREP_LOCATION, i + n))
    return NULL; /* "Kementerian Pertahanan di London": the place says whose */
  g_autofree char *written = span_text (s, i, i + n);
  g_autofree char *prefix = g_strdup_printf ("%s ", written);
  for (guint j = c->dis.orgs->len; j-- > 0;)
    {
      WartaActor *a = g_ptr_array_index (c->dis.orgs, j);
      for (guint k = 0; k < a->labels->len; k++)
        {
          const WartaLabel *l = g_ptr_array_index (a->labels, k);
          if (g_ascii_strncasecmp (l->text, prefix, strlen (prefix)) == 0)
            return a;
        }
    }
  const WartaActor *st = warta_lexicon_actor (c->ex->lex, home);
  for (guint k = 0; st && k < st->labels->len; k++)
    {
      const WartaLabel *l = g_ptr_array_index (st->labels, k);
      g_autofree char *cand = g_strdup_printf ("%s%s", prefix, l->text);
      WartaActor *a = warta_lexicon_actor_by_label (c->ex->lex, cand);
      if (a)
        return a;
    }
  return NULL;
}

/* English names a ministry's field after it: "Kenya's Ministry of
 * Defence", "Japan's Ministry of Foreign Affairs".  The end of such an
 * "of" phrase of capitalised words at @k that no mention covers, or @k. */
static guint
of_phrase_end (const Sent *s, guint k)
{
  if (k + 1 >= s->n_toks || g_strcmp0 (tok (s, k)->fold, "of") != 0)
    return k;
  guint e = k + 1;
  while (e < s->n_toks && e < k + 4 && tok (s, e)->kind == WARTA_TOKEN_WORD
         && tok (s, e)->capitalized && !ment_at (s, e))
    e++;
  return e > k + 1 ? e : k;
}

/* "Dewan Keamanan Nasional Filipina": a registry body ("Dewan Keamanan",
 * the UN's) whose name runs on in capitalised words to a state is only
 * the start of another body's name, the state's: that body is learned
 * over the whole span.  Its length in tokens, or 0. */
static guint
longer_body_name (Ctx *c, Sent *s, const Ment *m)
{
  if (!ment_has_class (m, WARTA_ACTOR_ORGANIZATION) || ment_has_class (m, WARTA_ACTOR_STATE)
      || !is_cat (c, s, WARTA_LEX_ORG_NOUN, m->first))
    return 0;
  guint k = m->first + m->n;
  for (guint j = k; j < s->n_toks && j < k + 3; j++)
    {
      const Ment *sm = ment_starting (s, j);
      if (sm)
        {
          WartaActor *st = ment_pick (sm, FALSE);
          if (j == k || st->klass != WARTA_ACTOR_STATE)
            return 0;
          guint end = sm->first + sm->n;
          WartaActor *org = org_for (c, s, m->first, end, st, m->first, j);
          sent_replace_span (s, m->first, end - m->first, org);
          return end - m->first;
        }
      if (tok (s, j)->kind != WARTA_TOKEN_WORD || !tok (s, j)->capitalized
          || is_cat (c, s, WARTA_LEX_TITLE, j))
        return 0;
    }
  return 0;
}

/* A capitalised word at @i that is nothing else: no mention, no entry of
 * the lexicon ("Royal", not "President" or "The"). */
static gboolean
lead_name_word (const Ctx *c, const Sent *s, guint i)
{
  const WartaToken *t = tok (s, i);
  if (t->kind != WARTA_TOKEN_WORD || !t->capitalized || t->all_caps || ment_at (s, i))
    return FALSE;
  for (guint k = 0; k < WARTA_LEX_N_CATEGORIES; k++)
    if (is_cat (c, s, k, i))
      return FALSE;
  return TRUE;
}

static guint
learn_org (Ctx *c, Sent *s, guint i)
{
  guint n;
  const Ment *m = ment_starting (s, i);
  guint bn = c->wlang == WARTA_LANG_EN && !m ? speakers_body (c, s, i) : 0;
  if (bn)
    return bn;
  /* "the Royal Solomon Islands Police Force", "Royal Thai Army": a
   * capitalised word before a state's body or forces is part of its name */
  const Ment *lead = c->wlang == WARTA_LANG_EN && !m ? ment_starting (s, i + 1) : NULL;
  if (lead && ment_pick (lead, FALSE)->klass == WARTA_ACTOR_STATE && lead_name_word (c, s, i))
    {
      guint k = lead->first + lead->n;
      bn = learn_org (c, s, i + 1); /* may replace the mention @lead points to */
      if (!bn && (is_cat (c, s, WARTA_LEX_TROOP_NOUN, k) || is_cat (c, s, WARTA_LEX_ORG_NOUN, k)))
        bn = k - (i + 1);
      const Ment *named = bn ? ment_starting (s, i + 1) : NULL;
      if (named)
        sent_replace_span (s, i, bn + 1, ment_pick (named, FALSE));
      if (bn)
        return bn + 1;
    }
  if (c->wlang == WARTA_LANG_EN && m)
    {
      WartaActor *st = ment_pick (m, FALSE);
      if (st->klass != WARTA_ACTOR_STATE)
        return 0;
      guint j = m->first + m->n;
      for (guint k = j; k < s->n_toks && k < j + 3; k++)
        {
          if (ment_at (s, k) || tok (s, k)->kind != WARTA_TOKEN_WORD)
            return 0;
          if (body_title (cat_at (c, s, WARTA_LEX_TITLE, k, &n)))
            return 0; /* "Azerbaijan's APA news agency": an outlet, learned later */
          const WartaLexEntry *on = cat_at (c, s, WARTA_LEX_ORG_NOUN, k, &n);
          if (on)
            {
              guint end = stands_for_state (on) ? k + n : of_phrase_end (s, k + n);
              WartaActor *org = stands_for_state (on) ? st : org_for (c, s, i, end, st, j, end);
              sent_replace_span (s, i, end - i, org);
              learn_acronym (c, s, end, org);
              return end - i;
            }
        }
      return 0;
    }
  const WartaLexEntry *on = NULL;
  guint longer = c->wlang == WARTA_LANG_ID && m ? longer_body_name (c, s, m) : 0;
  if (longer)
    return longer;
  if (c->wlang != WARTA_LANG_ID || m || !(on = cat_at (c, s, WARTA_LEX_ORG_NOUN, i, &n))
      || !(tok (s, i)->capitalized || stands_for_state (on)))
    return 0;
  WartaActor *bare = unmarked_body (c, s, i, n, on);
  if (bare)
    {
      sent_replace_span (s, i, n, bare);
      learn_acronym (c, s, i + 1, bare);
      return n;
    }
  for (guint k = i + n; k < s->n_toks && k < i + n + 4; k++)
    {
      const Ment *sm = ment_starting (s, k);
      if (sm)
        {
          WartaActor *st = ment_pick (sm, FALSE);
          if (st->klass != WARTA_ACTOR_STATE)
            return 0;
          guint end = sm->first + sm->n;
          WartaActor *org = stands_for_state (on) ? st : org_for (c, s, i, end, st, i, k);
          sent_replace_span (s, i, end - i, org);
          learn_acronym (c, s, end, org);
          return end - i;
        }
      if (tok (s, k)->kind != WARTA_TOKEN_WORD || !tok (s, k)->capitalized)
        return 0;
    }
  return 0;
}

/* Does an appositive that calls the name before it a body start at @k
 * ("a research group that tracks …", "kelompok pemantau independen")? An
 * organisation noun within four words, before any verb or comma. */
static gboolean
appositive_body_at (const Ctx *c, const Sent *s, guint k)
{
  for (guint j = k; j < s->n_toks && j < k + 4; j++)
    {
      WartaToken *t = tok (s, j);
      if (is_cat (c, s, WARTA_LEX_ORG_NOUN, j))
        return TRUE;
      if (t->kind != WARTA_TOKEN_WORD || ment_at (s, j) || t->capitalized || is_any_trigger (c, s, j)
          || t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE)
        return FALSE;
    }
  return FALSE;
}

/* A news outlet the registry lacks, named with the title of its kind:
 * "kantor berita Azerbaijan APA", "Harian Rusia Izvestia", "Russian daily
 * Izvestia", and in English also after it: "the APA news agency",
 * "Azerbaijan's APA news agency".  It becomes a body affiliated to the
 * state written with it. */
static guint
learn_titled_body (Ctx *c, Sent *s, guint i)
{
  guint n, nr, start = i, name;
  const WartaLexEntry *title = cat_at (c, s, WARTA_LEX_TITLE, i, &n);
  const Ment *st = state_ending_at (s, i);
  if (body_title (title))
    {
      guint j = i + n;
      const Ment *after = ment_starting (s, j);
      if (after && ment_has_class (after, WARTA_ACTOR_STATE))
        {
          st = after;
          j = after->first + after->n;
        }
      /* "Harian Rusia Izvestia" with Izvestia known: the outlet, not Russia,
       * is what the whole phrase names */
      const Ment *known = ment_starting (s, j);
      if (known && ment_has_class (known, WARTA_ACTOR_ORGANIZATION))
        {
          guint from = st && st->first < i ? st->first : i;
          guint end = known->first + known->n;
          sent_replace_span (s, from, end - from, ment_pick (known, FALSE));
          return end - i;
        }
      if ((nr = name_run (c, s, j)) == 0)
        return 0;
      /* "stasiun televisi Israel Channel 12": an outlet's number is part
       * of its name */
      if (j + nr < s->n_toks && tok (s, j + nr)->kind == WARTA_TOKEN_NUMBER && !tok (s, j + nr)->is_money
          && !number_is_year (tok (s, j + nr)))
        nr++;
      name = j;
    }
  else if (c->wlang == WARTA_LANG_EN && !is_cat (c, s, WARTA_LEX_DETERMINER, i)
           && (nr = name_run (c, s, i)) > 0
           && body_title (cat_at (c, s, WARTA_LEX_TITLE, i + nr, &n)))
    name = i;
  else
    return 0;
  if (st && st->first < start)
    start = st->first;
  g_autofree char *label = span_text (s, name, name + nr);
  WartaActor *a = actor_by_label (c, label);
  if (!a)
    a = learn_actor (c, WARTA_ACTOR_ORGANIZATION, label, st ? ment_pick (st, FALSE)->iri : NULL);
  if (!a)
    return 0;
  guint end = name == i ? i + nr + n : name + nr;
  sent_replace_span (s, start, end - start, a);
  return end - i;
}

/* "All Eyes on Wagner, a research group that tracks …", "Belaruski Hajun,
 * an independent monitoring group, …": a name the registry lacks, set off
 * by an appositive that calls it a body, is a body.  Short lowercase words
 * may stand inside the name ("on", "for"); registry names too. */
static guint
learn_appositive_body (Ctx *c, Sent *s, guint i)
{
  static const WartaLexCategory function_words[] = {
    WARTA_LEX_TITLE, WARTA_LEX_ACCORDING_TO, WARTA_LEX_ASPECT_ADVERB, WARTA_LEX_COORDINATOR,
    WARTA_LEX_CLAUSE_BREAK, WARTA_LEX_DETERMINER, WARTA_LEX_DEMONSTRATIVE, WARTA_LEX_NEGATOR,
    WARTA_LEX_SPEAKER_ANAPHOR, WARTA_LEX_CONDITIONAL, WARTA_LEX_LIST_INTRO,
  };
  /* a capitalised word opening the sentence may be a function word
   * ("Menurut Lee, …", "Di Washington, …") */
  /* "Adapun Asia Maritime Transparency Initiative (AMTI), lembaga …":
   * a connective opening the sentence is no part of the name */
  gboolean opener = i == 1 && is_cat (c, s, WARTA_LEX_CLAUSE_BREAK, 0);
  if ((!is_name_token (s, i) && !ment_starting (s, i))
      || (i > 0 && ((is_name_token (s, i - 1) && !opener) || ment_at (s, i - 1)))
      || is_cat_in (c, s, i, function_words, G_N_ELEMENTS (function_words)) || is_preposition (c, s, i))
    return 0;
  guint k = i, names = 0, acronym = 0;
  for (; k < s->n_toks && k < i + 6 && !tok_is_punct (s, k, ","); k++)
    {
      WartaToken *t = tok (s, k);
      const Ment *m = ment_starting (s, k);
      if (bracketed_acronym_at (s, k) && k > i && tok_is_punct (s, k + 3, ","))
        {
          acronym = k; /* "Asia Maritime Transparency Initiative (AMTI), lembaga kajian …" */
          k += 2;
        }
      else if (m)
        k = m->first + m->n - 1;
      else if (is_name_token (s, k) && date_word_at (s, k))
        return 0; /* "north of Manila on Monday, department spokesman …" */
      else if (is_name_token (s, k) && !is_cat (c, s, WARTA_LEX_TITLE, k) && !is_cat (c, s, WARTA_LEX_ORG_NOUN, k))
        names++;
      else if (!(t->kind == WARTA_TOKEN_WORD && g_utf8_strlen (t->text, -1) <= 3 && k > i
                 && !g_unichar_isupper (g_utf8_get_char (t->text))))
        return 0;
    }
  guint end = acronym ? acronym : k;
  if (names == 0 || !tok_is_punct (s, k, ",")
      || (!is_name_token (s, end - 1) && !ment_at (s, end - 1))
      || !appositive_body_at (c, s, k + 1))
    return 0;
  g_autofree char *name = span_text (s, i, end);
  WartaActor *a = learn_actor (c, WARTA_ACTOR_ORGANIZATION, name, NULL);
  if (!a)
    return 0;
  if (acronym)
    learn_acronym (c, s, acronym, a);
  sent_replace_span (s, i, k - i, a);
  return k - i;
}

/* The comma closing, within @limit tokens, a phrase opened by the comma
 * at @k and holding no other punctuation, or 0. */
static guint
closing_comma (const Sent *s, guint k, guint limit)
{
  for (guint j = k + 1; j < s->n_toks && j <= k + limit; j++)
    {
      if (tok_is_punct (s, j, ","))
        return j > k + 1 ? j : 0;
      if (tok (s, j)->kind == WARTA_TOKEN_PUNCT)
        return 0;
    }
  return 0;
}

/* The closing comma of a short appositive opened by the comma at @k
 * (", head of the SDF media centre,"), or 0. */
static guint
appositive_close (const Sent *s, guint k)
{
  return closing_comma (s, k, 10);
}

/* The comma closing an aside opened by the comma at @k, like
 * appositive_close but as long as the wire's "speaking on condition of
 * anonymity because he was not authorised to brief the media". */
static guint
aside_close (const Sent *s, guint k)
{
  return closing_comma (s, k, 20);
}

/* The first body or state named in [from, to): whom an appositive says a
 * person works for. */
static WartaActor *
body_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint j = from; j < to; j++)
    {
      const Ment *m = ment_starting (s, j);
      if (!m)
        continue;
      WartaActor *a = ment_pick (m, FALSE);
      if (a->klass == WARTA_ACTOR_ORGANIZATION || a->klass == WARTA_ACTOR_STATE)
        return a;
      /* "Lana Nusseibeh, the UAE's assistant minister for political
       * affairs, said": the title in the appositive was read first, as an
       * unnamed holder; whom it serves is whom the name serves */
      if (a->klass == WARTA_ACTOR_PERSON && a->learned && a->affiliation_iri
          && j == from + (is_cat (c, s, WARTA_LEX_DETERMINER, from) ? 1 : 0))
        return warta_lexicon_actor (c->ex->lex, a->affiliation_iri);
      j = m->first + m->n - 1;
    }
  return NULL;
}

/* A name of two or more words the registry lacks, with no title, used as
 * a speaker: "Farhad Shami mengatakan", "Farhad Shami, head of the SDF
 * media centre, told AFP", "…," said Farhad Shami.  It becomes a person
 * (affiliated to the body its appositive names), or a body when one of its
 * words is an organisation noun ("Conflict Monitoring Group said"). */
static guint
learn_named_speaker (Ctx *c, Sent *s, guint i)
{
  if (!is_name_token (s, i) || (i > 0 && is_name_token (s, i - 1)))
    return 0;
  guint nr = name_run (c, s, i);
  if (nr < 2)
    return 0;
  guint after = i + nr, close = 0;
  WartaActor *body = NULL;
  gboolean speaks = speech_at (c, s, after);
  if (!speaks && tok_is_punct (s, after, ",") && (close = aside_close (s, after))
      && speech_at (c, s, close + 1))
    {
      speaks = TRUE;
      body = body_in (c, s, after + 1, close);
    }
  if (!speaks && i > 0 && (is_cat (c, s, WARTA_LEX_QUOTE_CUE, i - 1) || speech_at (c, s, i - 1))
      && (after >= s->n_toks || tok (s, after)->kind == WARTA_TOKEN_PUNCT))
    speaks = TRUE; /* "…," said Farhad Shami. */
  if (!speaks)
    return 0;
  WartaActorClass klass = WARTA_ACTOR_PERSON;
  for (guint k = i; k < after; k++)
    if (is_cat (c, s, WARTA_LEX_ORG_NOUN, k))
      klass = WARTA_ACTOR_ORGANIZATION;
  g_autofree char *name = span_text (s, i, after);
  WartaActor *a = actor_by_label (c, name);
  if (!a)
    a = learn_actor (c, klass, name, body ? body->iri : NULL);
  if (!a)
    return 0;
  sent_replace_span (s, i, nr, a);
  if (a->klass == WARTA_ACTOR_PERSON)
    c->dis.person = a;
  return nr;
}

/* Appends the initial of each word in [@from, @to) to @out. */
static void
append_initials (const Sent *s, guint from, guint to, GString *out)
{
  for (guint k = from; k < to; k++)
    if (tok (s, k)->kind == WARTA_TOKEN_WORD && tok (s, k)->capitalized)
      g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (tok (s, k)->text)));
}

/* "Korea Aerospace Industries (KAI)": capitalised words defined by the
 * acronym in brackets after them whose letters are their initials are a
 * body the registry lacks (of the state named among them, if one is); the
 * acronym is one of its labels.  Short lower-case words may stand inside
 * ("of", "dan"). */
static guint
learn_defined_acronym (Ctx *c, Sent *s, guint i)
{
  if (i > 0 && (is_name_token (s, i - 1) || ment_at (s, i - 1)))
    return 0; /* not the start of a run */
  g_autoptr (GString) initials = g_string_new (NULL);
  const Ment *state = NULL;
  guint k = i, words = 0;
  while (k < s->n_toks && k < i + 8 && !tok_is_punct (s, k, "("))
    {
      const Ment *m = ment_starting (s, k);
      const WartaToken *t = tok (s, k);
      if (m)
        {
          append_initials (s, m->first, m->first + m->n, initials);
          if (!state && ment_has_class (m, WARTA_ACTOR_STATE))
            state = m;
          k = m->first + m->n;
        }
      else if (t->kind == WARTA_TOKEN_WORD && t->capitalized && !t->all_caps && !ment_at (s, k))
        {
          append_initials (s, k, k + 1, initials);
          words++;
          k++;
        }
      else if (k > i && t->kind == WARTA_TOKEN_WORD && !t->capitalized
               && g_utf8_strlen (t->text, -1) <= 3)
        k++;
      else
        return 0;
    }
  /* an agreement's acronym ("Defence Cooperation Agreement (DCA)")
   * names no body */
  if (words == 0 || k + 2 >= s->n_toks || !tok_is_punct (s, k, "(")
      || !tok_is_punct (s, k + 2, ")") || !unknown_acronym (s, k + 1))
    return 0;
  /* "Polisi Bersenjata Rakyat (PAP) China": the acronym may be of the
   * name in another language when a state follows the brackets */
  const Ment *after = k + 3 < s->n_toks ? ment_starting (s, k + 3) : NULL;
  if (g_ascii_strcasecmp (initials->str, tok (s, k + 1)->text) != 0
      && (words < 2 || !after || !ment_has_class (after, WARTA_ACTOR_STATE)))
    return 0;
  for (guint j = i; j < k; j++)
    if (is_cat (c, s, WARTA_LEX_TREATY_NOUN, j))
      return 0;
  /* "Polisi Bersenjata Rakyat (PAP) China": the state after the brackets
   * is the body's; "Pusat Misi Pemeliharaan Perdamaian (PMPP) TNI": the
   * name goes on after them, left to the other readings */
  if (after
      && (state || !ment_has_class (after, WARTA_ACTOR_STATE)
          || is_name_token (s, k + 3 + after->n)))
    return 0;
  if (after)
    state = after;
  g_autofree char *name = span_text (s, i, k);
  WartaActor *org = actor_by_label (c, name);
  if (!org)
    {
      const char *home = state ? ment_pick (state, FALSE)->iri : NULL;
      org = learn_actor (c, WARTA_ACTOR_ORGANIZATION, name, home);
    }
  if (!org)
    return 0;
  learn_acronym (c, s, k, org);
  guint end = after ? after->first + after->n : k;
  sent_replace_span (s, i, end - i, org);
  return end - i;
}

/* Weapon systems named after a weapon noun ("sistem pertahanan udara
 * jarak jauh Arrow 3", "jet tempur KAAN") are weapons wherever the
 * article names them again ("Baterai pertama Arrow 3 telah dikirim …").
 * The registry lists the common makes (lex:WeaponNoun-model-*); these are
 * learned for the article only.  English names a make before the noun
 * ("the Arrow 3 system"), which is not learned: reading capitalised words
 * before a noun as a make cost a transfer in set 38. */
static const WartaLexEntry learned_weapon = {
  .iri = (char *) "https://w3id.org/warta/lex#WeaponNoun-learned",
  .category = WARTA_LEX_WEAPON_NOUN,
};

static const WartaLexEntry *
learned_weapon_at (const Ctx *c, const Sent *s, guint i, guint *n)
{
  for (guint k = 0; c->weapon_names && k < c->weapon_names->len; k++)
    {
      char **name = g_ptr_array_index (c->weapon_names, k);
      guint len = g_strv_length (name), j = 0;
      while (j < len && i + j < s->n_toks && strcmp (tok (s, i + j)->fold, name[j]) == 0)
        j++;
      if (j == len)
        {
          *n = len;
          return &learned_weapon;
        }
    }
  return NULL;
}

/* "jarak jauh" in "sistem pertahanan udara jarak jauh Arrow 3": a plain
 * lowercase word, no verb, preposition or relativizer. */
static gboolean
plain_weapon_modifier (const Ctx *c, const Sent *s, guint k)
{
  return k < s->n_toks && tok (s, k)->kind == WARTA_TOKEN_WORD && !tok (s, k)->capitalized
         && !is_any_trigger (c, s, k) && !is_preposition (c, s, k)
         && !is_cat (c, s, WARTA_LEX_RELATIVIZER, k);
}

/* A model name: capitalised words or numbers, not known to the registry
 * as anything else, starting with a capital ("Arrow 3", "KAAN", "Ground
 * Master 200").  Returns its length, or 0. */
static guint
model_name_at (const Ctx *c, const Sent *s, guint i)
{
  guint k = i;
  while (k < s->n_toks && k < i + 4 && !ment_at (s, k)
         && ((tok (s, k)->kind == WARTA_TOKEN_WORD && tok (s, k)->capitalized
              && !is_cat (c, s, WARTA_LEX_TITLE, k) && !is_cat (c, s, WARTA_LEX_ORG_NOUN, k))
             || (k > i && tok (s, k)->kind == WARTA_TOKEN_NUMBER && !tok (s, k)->is_money)))
    k++;
  return k > i && tok (s, i)->kind == WARTA_TOKEN_WORD ? k - i : 0;
}

/* "replica rifles", "senapan replika": the weapon noun of @n tokens at @i
 * names a copy, which is no weapon. */
static gboolean
imitation_weapon (const Ctx *c, const Sent *s, guint i, guint n)
{
  return (i > 0 && is_cat (c, s, WARTA_LEX_IMITATION, i - 1))
         || (i + n < s->n_toks && is_cat (c, s, WARTA_LEX_IMITATION, i + n));
}

/* Learns the @n words at @k as a weapon system's name for the article. */
static void
add_weapon_name (Ctx *c, const Sent *s, guint k, guint n)
{
  GStrv name = g_new0 (char *, n + 1);
  for (guint j = 0; j < n; j++)
    name[j] = g_strdup (tok (s, k + j)->fold);
  if (!c->weapon_names)
    c->weapon_names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (c->weapon_names, name);
}

/* A maker's designator: capitals, a hyphen and a number, as in "FA-50",
 * "J-10C", "Su-57", "HQ-9", "Hwasong-11".  The shape alone also fits
 * "COVID-19" or "G-20"; callers ask for a weapon context. */
static gboolean
model_designator (const WartaToken *t)
{
  const char *dash = strchr (t->text, '-');
  if (t->kind != WARTA_TOKEN_WORD || !g_ascii_isupper (t->text[0]) || !dash
      || dash - t->text > 7 || !g_ascii_isdigit (dash[1]))
    return FALSE;
  for (const char *p = t->text; p < dash; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return TRUE;
}

/* A designator is a weapon where a weapon noun follows it ("FA-50 jets",
 * "J-10C fighter jets"), or where a count names how many and no other
 * noun follows ("12 unit FA-50PH dari …", "48 FA-50", "dua skuadron
 * Su-30"; not "12 COVID-19 vaccines"). */
static gboolean
designator_counted_or_named (const Ctx *c, const Sent *s, guint i)
{
  guint wn;
  if (warta_lexicon_match (c->ex->lex, WARTA_LEX_WEAPON_NOUN, c->lang, s->toks, i + 1, &wn))
    return TRUE;
  if (plain_weapon_modifier (c, s, i + 1))
    return FALSE;
  guint j = i;
  if (j > 1 && tok (s, j - 1)->kind == WARTA_TOKEN_WORD && !tok (s, j - 1)->capitalized
      && tok (s, j - 2)->kind == WARTA_TOKEN_NUMBER)
    j--;
  return j > 0 && tok (s, j - 1)->kind == WARTA_TOKEN_NUMBER && !tok (s, j - 1)->is_money;
}

static void
learn_designator (Ctx *c, const Sent *s, guint i)
{
  guint dummy;
  if (!model_designator (tok (s, i)) || ment_at (s, i) || learned_weapon_at (c, s, i, &dummy)
      || !designator_counted_or_named (c, s, i))
    return;
  add_weapon_name (c, s, i, 1);
}

static void
learn_weapon_names (Ctx *c, Sent *s)
{
  for (guint i = 0; i < s->n_toks; i++)
    learn_designator (c, s, i);
  for (guint i = 1; i < s->n_toks; i++)
    {
      guint wn;
      if (!warta_lexicon_match (c->ex->lex, WARTA_LEX_WEAPON_NOUN, c->lang, s->toks, i, &wn))
        continue;
      /* Indonesian names the system after the noun and its plain
       * modifiers ("sistem pertahanan udara jarak jauh Arrow 3") */
      guint k = i + wn;
      while (c->wlang == WARTA_LANG_ID && k < i + wn + 2 && plain_weapon_modifier (c, s, k))
        k++;
      guint mn = model_name_at (c, s, k), dummy;
      if (!mn || learned_weapon_at (c, s, k, &dummy))
        continue;
      add_weapon_name (c, s, k, mn);
      i = k + mn - 1;
    }
}

/* Does @a go by @text, alone or followed by its state's name ("Pemerintah
 * Persatuan Nasional" for "Pemerintah Persatuan Nasional Libya"), in any
 * language, case aside? */
static gboolean
actor_goes_by (const Ctx *c, const WartaActor *a, const char *text)
{
  g_autofree char *want = g_utf8_casefold (text, -1);
  const WartaActor *st = state_of (c, a);
  for (guint i = 0; i < a->labels->len; i++)
    {
      const WartaLabel *l = g_ptr_array_index (a->labels, i);
      g_autofree char *have = g_utf8_casefold (l->text, -1);
      if (g_str_equal (have, want))
        return TRUE;
      gsize n = strlen (want);
      if (st && st != a && strncmp (have, want, n) == 0 && have[n] == ' '
          && warta_lexicon_actor_by_label (c->ex->lex, have + n + 1) == st)
        return TRUE;
    }
  return FALSE;
}

/* "Angkatan Bersenjata Filipina (AFP)": an acronym in brackets right
 * after a body names that body here, even where the registry knows it as
 * another ("AFP", the news agency); the brackets join the body's
 * mention.  But a name two bodies share is told apart by the acronym:
 * "Pemerintah Persatuan Nasional (GNU)" is Libya's, not Myanmar's NUG. */
static void
bracketed_acronyms (const Ctx *c, Sent *s)
{
  for (guint k = 0; k < s->ments->len;)
    {
      const Ment *m = &g_array_index (s->ments, Ment, k++);
      guint end = m->first + m->n;
      if (end + 2 >= s->n_toks || !tok_is_punct (s, end, "(") || !tok_is_punct (s, end + 2, ")")
          || !tok (s, end + 1)->all_caps || !ment_at (s, end + 1))
        continue;
      WartaActor *body = ment_pick (m, FALSE);
      WartaActor *named = ment_pick (ment_at (s, end + 1), FALSE);
      if (body->klass == WARTA_ACTOR_ORGANIZATION && named != body)
        {
          g_autofree char *written = span_text (s, m->first, end);
          if (actor_goes_by (c, named, written))
            body = named;
          sent_replace_span (s, m->first, end + 3 - m->first, body);
          k = 0; /* the mentions were re-sorted: read them again */
        }
    }
}

/* The place or state a mention at @i names, or NULL. */
static WartaActor *
place_or_state_at (const Sent *s, guint i)
{
  const Ment *m = ment_starting (s, i);
  WartaActor *a = m ? ment_pick (m, TRUE) : NULL;
  return a && (a->klass == WARTA_ACTOR_PLACE || a->klass == WARTA_ACTOR_STATE) ? a : NULL;
}

/* "Pangkalan Angkatan Laut Ream, Provinsi Preah Sihanouk, Kamboja",
 * "Adampur Air Base, Punjab, India": a learned place followed by a comma
 * and a place or state lies in it, as each place of the chain lies in the
 * next.
 * A chain that runs into a coordinator is a list ("Ream, Kampot dan Koh
 * Kong"), not an address. */
static void
appositive_locations (Ctx *c, Sent *s)
{
  for (guint i = 0; i < s->n_toks; i++)
    {
      WartaActor *place = place_or_state_at (s, i);
      if (!place || !place->learned || place->located_in_iri)
        continue;
      const Ment *m = ment_starting (s, i);
      guint j = m->first + m->n;
      if (!tok_is_punct (s, j, ","))
        continue;
      /* "Adampur Air Base, Punjab, India": a name unknown to the registry
       * may stand in the chain */
      guint nr = place_or_state_at (s, j + 1) ? 0 : name_run (c, s, j + 1);
      if (nr > 0 && nr <= 3 && tok_is_punct (s, j + 1 + nr, ","))
        j += 1 + nr;
      WartaActor *where = place_or_state_at (s, j + 1);
      if (!where || where == place)
        continue;
      guint end = j + 1;
      for (const Ment *next = ment_starting (s, end); next; next = NULL)
        {
          end += next->n;
          if (tok_is_punct (s, end, ",") && place_or_state_at (s, end + 1))
            next = ment_starting (s, ++end);
        }
      if (end < s->n_toks && (is_cat (c, s, WARTA_LEX_COORDINATOR, end)
                              || (tok_is_punct (s, end, ",") && is_cat (c, s, WARTA_LEX_COORDINATOR, end + 1))))
        continue;
      place->located_in_iri = g_strdup (where->iri);
    }
}

static void
sent_learn (Ctx *c, Sent *s)
{
  bracketed_acronyms (c, s);
  for (guint i = 0; i < s->n_toks;)
    {
      guint n = learn_org (c, s, i);
      if (!n)
        n = learn_defined_acronym (c, s, i);
      i += n ? n : 1;
    }
  for (guint i = 0; i < s->n_toks;)
    {
      guint n = learn_titled_body (c, s, i);
      if (!n)
        n = learn_titled_person (c, s, i);
      if (!n)
        n = learn_unnamed_official (c, s, i);
      if (!n)
        n = learn_place (c, s, i);
      if (!n)
        n = learn_appositive_body (c, s, i);
      if (!n)
        n = learn_named_speaker (c, s, i);
      i += n ? n : 1;
    }
  appositive_locations (c, s);
}

/* The sentence's dates.  A month without a year takes the year written
 * last before it in the same sentence ("the 2007 agreement, signed in May
 * of that year"), and only otherwise the article's date (@ref). */
static GArray *
sentence_dates (const Sent *s, const WartaDate *ref)
{
  GArray *anchored = warta_date_find_all (s->toks, ref);
  if (anchored->len == 0)
    return anchored; /* most sentences: no second pass */
  g_autoptr (GArray) bare = warta_date_find_all (s->toks, NULL);
  int year = 0;
  guint b = 0;
  for (guint i = 0; i < s->n_toks; i++)
    {
      for (; b < bare->len && g_array_index (bare, WartaDateMatch, b).first_token < i; b++)
        ;
      const WartaToken *t = tok (s, i);
      if (number_is_year (t))
        year = (int) t->number;
      if (b >= bare->len || g_array_index (bare, WartaDateMatch, b).first_token != i)
        continue;
      const WartaDateMatch *bm = &g_array_index (bare, WartaDateMatch, b);
      if (bm->start.year)
        year = bm->start.year;
      else if (year && bm->start.month)
        for (guint k = 0; k < anchored->len; k++)
          {
            WartaDateMatch *am = &g_array_index (anchored, WartaDateMatch, k);
            if (am->first_token != i)
              continue;
            am->start.year = year;
            am->start.precision = am->start.day ? WARTA_DATE_DAY : WARTA_DATE_YEAR_MONTH;
          }
    }
  return anchored;
}

/* ------------------------------------------------------------------ */
/* Layer 1: building a sentence                                        */

static void
sent_free (Sent *s)
{
  if (!s)
    return;
  g_clear_pointer (&s->toks, warta_tokens_free);
  g_clear_pointer (&s->ments, g_array_unref);
  g_clear_pointer (&s->dates, g_array_unref);
  g_free (s->ment_at);
  g_free (s->mark);
  g_free (s->text);
  g_free (s);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Sent, sent_free)

/* 'Turkey now had "at least 12,000 soldiers" in northern Syria',
 * 'menyebutnya "berita palsu"': a quotation opened right after a word is
 * part of the clause around it, so its quote marks are dropped.  A quote
 * that opens the sentence or follows a comma or colon ('"…," kata X',
 * 'He said: "…"') is a quotation of its own and keeps them. */
static void
drop_embedded_quotes (WartaTokens *toks)
{
  GArray *a = toks->tokens;
  for (guint q = 1; q < a->len; q++)
    {
      const WartaToken *open = &g_array_index (a, WartaToken, q);
      const WartaToken *prev = &g_array_index (a, WartaToken, q - 1);
      if (!is_double_quote (open) || prev->kind == WARTA_TOKEN_PUNCT)
        continue;
      guint r = q + 1;
      while (r < a->len && !is_double_quote (&g_array_index (a, WartaToken, r)))
        r++;
      if (r >= a->len)
        return;
      g_array_remove_index (a, r);
      g_array_remove_index (a, q);
      q = r - 2;
    }
}

static gboolean
is_comma_tok (const WartaToken *t)
{
  return t->kind == WARTA_TOKEN_PUNCT && !strcmp (t->text, ",");
}

/* The end of an attribution set off by commas inside a clause, starting
 * at the comma @c1: "kata dia" or "ujar Peskov" (cue first), "he said" or
 * "the official said" (cue last), then a comma.  0 when there is none. */
static guint
parenthetical_attribution_end (const Ctx *c, const WartaTokens *toks, guint c1)
{
  GArray *a = toks->tokens;
  guint c2 = c1 + 1;
  while (c2 < a->len && c2 < c1 + 8 && g_array_index (a, WartaToken, c2).kind != WARTA_TOKEN_PUNCT)
    c2++;
  if (c2 >= a->len || c2 < c1 + 3 || !is_comma_tok (&g_array_index (a, WartaToken, c2)))
    return 0;
  guint n = 0;
  if (warta_lexicon_match (c->ex->lex, WARTA_LEX_QUOTE_CUE, c->lang, toks, c1 + 1, &n) && c1 + 1 + n <= c2)
    return c2;
  for (guint p = c1 + 2; p < c2; p++)
    if (warta_lexicon_match (c->ex->lex, WARTA_LEX_QUOTE_CUE, c->lang, toks, p, &n) && p + n == c2)
      return c2;
  return 0;
}

/* Does the sentence open with an adverbial ("In return", "Namun",
 * "Sementara itu") rather than with its subject? */
static gboolean
opens_with_adverbial (const Ctx *c, const WartaTokens *toks)
{
  static const WartaLexCategory cats[] = {
    WARTA_LEX_PREP_LOCATION, WARTA_LEX_PREP_OTHER, WARTA_LEX_PREP_DESTINATION, WARTA_LEX_PREP_ORIGIN,
    WARTA_LEX_PURPOSE_MARKER, WARTA_LEX_CLAUSE_BREAK, WARTA_LEX_ASPECT_ADVERB,
  };
  for (guint k = 0; k < G_N_ELEMENTS (cats); k++)
    if (warta_lexicon_match (c->ex->lex, cats[k], c->lang, toks, 0, NULL))
      return TRUE;
  return FALSE;
}

/* "Pasukan Israel, kata dia, masih bertahan di Khiam", "The troops, he
 * said, had crossed the border": an attribution set off by commas in the
 * middle of a clause is moved to the clause's end ("…, kata dia."), the
 * form the speech frames read, so that the clause it interrupts stays
 * whole.  Its second comma goes too, unless the sentence opens with an
 * adverbial ("In return, he added, Russia has supplied …" keeps "In
 * return, Russia …").  Sentences with quotation marks are left alone;
 * tokens keep their offsets, so the evidence is the sentence as written. */
static void
move_parenthetical_attribution (const Ctx *c, WartaTokens *toks)
{
  GArray *a = toks->tokens;
  guint last = a->len;
  while (last > 0 && g_array_index (a, WartaToken, last - 1).kind == WARTA_TOKEN_PUNCT)
    last--;
  for (guint q = 0; q < a->len; q++)
    if (is_double_quote (&g_array_index (a, WartaToken, q)))
      return;
  for (guint c1 = 1; c1 < last; c1++)
    {
      if (!is_comma_tok (&g_array_index (a, WartaToken, c1)))
        continue;
      guint c2 = parenthetical_attribution_end (c, toks, c1);
      if (!c2 || c2 + 3 > last)
        continue;
      /* "…, the ministry added, dismissing claims …": a participle after
       * the attribution belongs to it, not to the clause before */
      const WartaToken *after = &g_array_index (a, WartaToken, c2 + 1);
      if (c->wlang == WARTA_LANG_EN && after->kind == WARTA_TOKEN_WORD && !after->capitalized
          && g_str_has_suffix (after->fold, "ing"))
        continue;
      gboolean drop = !opens_with_adverbial (c, toks);
      /* A c1 ATTR c2 B end  ->  A [c2] B c1 ATTR end */
      guint na = c2 - c1, from_b = drop ? c2 + 1 : c2, nb = last - from_b;
      g_autoptr (GArray) attr = g_array_sized_new (FALSE, FALSE, sizeof (WartaToken), na);
      g_array_append_vals (attr, &g_array_index (a, WartaToken, c1), na);
      if (drop)
        warta_token_clear (&g_array_index (a, WartaToken, c2));
      memmove (&g_array_index (a, WartaToken, c1), &g_array_index (a, WartaToken, from_b),
               nb * sizeof (WartaToken));
      memcpy (&g_array_index (a, WartaToken, c1 + nb), attr->data, na * sizeof (WartaToken));
      if (!drop)
        return;
      memmove (&g_array_index (a, WartaToken, c1 + nb + na), &g_array_index (a, WartaToken, last),
               (a->len - last) * sizeof (WartaToken));
      /* the last slot now holds a stale copy: zero it before it goes, so
       * the array's clear function frees nothing twice */
      memset (&g_array_index (a, WartaToken, a->len - 1), 0, sizeof (WartaToken));
      g_array_set_size (a, a->len - 1);
      return;
    }
}

/* Builds a sentence: tokens, mentions, dates.  @learn also learns the
 * actors its titles and roles introduce (only the reading pass does; a
 * look-ahead must not). */
static Sent *
sent_new (Ctx *c, const WartaSentence *ws, gboolean learn)
{
  Sent *s = g_new0 (Sent, 1);
  s->doc = c->doc;
  s->lang = c->lang;
  s->start = ws->start;
  s->end = ws->end;
  s->index_in_doc = ws->index;
  s->text = warta_sentence_dup_text (ws, c->doc->text);
  WartaStemmer *st = warta_lexicon_stemmer (c->ex->lex, c->wlang);
  s->toks = warta_tokenize (st, c->doc->text, ws->start, ws->end);
  drop_embedded_quotes (s->toks);
  move_parenthetical_attribution (c, s->toks);
  s->n_toks = s->toks->tokens->len;
  s->ment_at = g_new (int, s->n_toks + 1);
  s->mark = g_new0 (guint, s->n_toks + 1);
  s->ments = g_array_new (FALSE, TRUE, sizeof (Ment));
  g_array_set_clear_func (s->ments, ment_clear);
  g_autoptr (GArray) raw = warta_link_mentions (c->linker, s->toks);
  for (guint k = 0; k < raw->len; k++)
    {
      WartaMention *wm = &g_array_index (raw, WartaMention, k);
      Ment m = { wm->first, wm->n_tokens, g_ptr_array_new () };
      for (guint j = 0; j < wm->candidates->len; j++)
        g_ptr_array_add (m.cands, g_ptr_array_index (wm->candidates, j));
      g_array_append_val (s->ments, m);
    }
  sent_index_mentions (s);
  s->dates = sentence_dates (s, &c->dis.ref);
  if (learn)
    {
      c->scene = sentence_scene (c, s);
      sent_learn (c, s);
      c->scene = NULL;
      learn_weapon_names (c, s);
    }
  return s;
}

/* ------------------------------------------------------------------ */
/* Layer 3: clauses                                                    */

typedef struct {
  guint from, to;
} Span;

static gboolean
is_list_element_before (const Sent *s, guint comma)
{
  /* "Vladivostok, Ussuriysk, dan Blagoveshchensk": the part before the
   * comma is a lone mention. */
  if (comma == 0)
    return FALSE;
  const Ment *m = ment_at (s, comma - 1);
  if (!m)
    return FALSE;
  return m->first == 0 || tok_is_punct (s, m->first - 1, ",") || ment_at (s, m->first - 1) == NULL;
}

/* "…, dan Blagoveshchensk." — a lone mention closing a list. */
static gboolean
is_list_element_after (const Ctx *c, const Sent *s, guint i)
{
  const Ment *m = ment_starting (s, i);
  if (!m)
    return FALSE;
  guint j = m->first + m->n;
  return j >= s->n_toks || tok (s, j)->kind == WARTA_TOKEN_PUNCT
         || is_cat (c, s, WARTA_LEX_COORDINATOR, j) || is_preposition (c, s, j);
}

/* Does the stretch from @i to the next comma hold a verb?  "…, dan roket
 * anti-tank ke Rusia" continues a list; "…, dan AS mengatakan …" opens a
 * clause. */
static gboolean
clause_has_verb (const Ctx *c, const Sent *s, guint i)
{
  for (; i < s->n_toks && !tok_is_punct (s, i, ","); i++)
    {
      WartaToken *t = tok (s, i);
      if (ment_at (s, i))
        continue;
      if (is_preposition (c, s, i))
        return FALSE; /* "…, dan senjata lainnya ke Rusia untuk …" */
      if (t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE
          || t->voice == WARTA_VOICE_STATIVE || is_any_trigger (c, s, i)
          || is_cat (c, s, WARTA_LEX_NONCONFIRM_PHRASE, i) || is_cat (c, s, WARTA_LEX_QUOTE_CUE, i))
        return TRUE;
    }
  return FALSE;
}

/* A dateline ("Liputan6.com, Kyiv - …", "SEOUL (Reuters) - …") opens one
 * of the first sentences of an article (after the headline); its place
 * and agency are no subject. */
static guint
dateline_end (const Sent *s)
{
  for (guint i = 1; i < s->n_toks && i < 14; i++) /* "DUBAI/LONDON, Sept 11 (Reuters) -" */
    {
      WartaToken *t = tok (s, i);
      if (t->kind == WARTA_TOKEN_PUNCT
          && (!strcmp (t->text, "-") || !strcmp (t->text, "\u2013") || !strcmp (t->text, "\u2014")))
        return i + 1;
      if (t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE)
        return 0;
    }
  return 0;
}

/* Is a verb at @i?  Indonesian marks one by its prefix; English verbs are
 * known only as triggers, so there the first plain word after a subject
 * counts, unless a noun category or a preposition claims it. */
static gboolean
verb_after_subject (const Ctx *c, const Sent *s, guint i)
{
  static const WartaLexCategory nouns[] = {
    WARTA_LEX_TROOP_NOUN, WARTA_LEX_WEAPON_NOUN, WARTA_LEX_TREATY_NOUN, WARTA_LEX_UNIT_NOUN,
  };
  if (i >= s->n_toks || tok (s, i)->kind != WARTA_TOKEN_WORD)
    return FALSE;
  WartaVoice v = tok (s, i)->voice;
  /* "setelah India dan Pakistan terlibat pertempuran": ter- too */
  if (is_any_trigger (c, s, i) || v == WARTA_VOICE_ACTIVE || v == WARTA_VOICE_PASSIVE
      || v == WARTA_VOICE_STATIVE)
    return TRUE;
  return c->wlang == WARTA_LANG_EN && !is_cat_in (c, s, i, nouns, G_N_ELEMENTS (nouns))
         && !is_preposition (c, s, i) && !is_cat (c, s, WARTA_LEX_COORDINATOR, i)
         && !is_cat (c, s, WARTA_LEX_DETERMINER, i) && !g_unichar_isupper (g_utf8_get_char (tok (s, i)->text));
}

/* Does a clause with a subject start at @i: at most two words, then named
 * actors ("neighboring Poland and Lithuania", "Russia's army"), then a
 * verb? */
static gboolean
subject_and_verb_at (const Ctx *c, const Sent *s, guint i)
{
  guint k = i;
  for (guint skip = 0; k < s->n_toks && !ment_at (s, k); skip++, k++)
    if (skip == 2 || tok (s, k)->kind != WARTA_TOKEN_WORD || is_any_trigger (c, s, k))
      return FALSE;
  gboolean subject = FALSE;
  while (k < s->n_toks)
    {
      const Ment *m = ment_at (s, k);
      if (m)
        subject = TRUE, k = m->first + m->n;
      else if (tok_is_punct (s, k, ",") || is_cat (c, s, WARTA_LEX_COORDINATOR, k)
               || tok_is_possessive (s, k))
        k++;
      else
        break;
    }
  if (!subject)
    return FALSE;
  /* "Russia's army advanced", "Korea Utara telah mengirim" */
  for (guint extra = 0; extra < 3 && k < s->n_toks; extra++, k++)
    {
      if (verb_after_subject (c, s, k))
        return TRUE;
      if (tok (s, k)->kind != WARTA_TOKEN_WORD || is_preposition (c, s, k))
        return FALSE;
    }
  return FALSE;
}

/* A ClauseBreak at @i, its length in *@n.  An entry marked
 * warta:needsClause (a subordinator: "as", "after", "setelah") breaks only
 * before a subject and a verb: "… sign pact as Poland, Lithuania reinforce
 * borders", but not "as many as 10,000" or "after talks in Cairo". */
static gboolean
clause_break_at (const Ctx *c, const Sent *s, guint i, guint *n)
{
  guint dummy;
  guint *len = n ? n : &dummy;
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_CLAUSE_BREAK, i, len);
  if (!e)
    return FALSE;
  /* "Kenya's ministry, meanwhile, dismissed …", "Moskow, namun, …": set
   * off by commas on both sides it is an adverb inside the clause */
  if (i > 0 && tok_is_punct (s, i - 1, ",") && tok_is_punct (s, i + *len, ","))
    return FALSE;
  /* "said Washington had seen repositioning but that Rwandan units
   * remained …", "namun bahwa …": a second complement of the same verb */
  if (is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, i + *len))
    return FALSE;
  return !warta_lex_entry_attr (e, "needsClause") || subject_and_verb_at (c, s, i + *len);
}

static GArray *
split_clauses (const Ctx *c, const Sent *s)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Span));
  guint from = s->index_in_doc < 4 ? dateline_end (s) : 0;
  for (guint i = 0; i < s->n_toks; i++)
    {
      guint n = 0;
      gboolean brk = FALSE;
      if (tok_is_punct (s, i, ";"))
        brk = TRUE, n = 1;
      else if (clause_break_at (c, s, i, &n) && i > from)
        brk = TRUE;
      else if (tok_is_punct (s, i, ",") && is_cat (c, s, WARTA_LEX_COORDINATOR, i + 1)
               && !is_list_element_before (s, i) && !is_list_element_after (c, s, i + 2)
               && clause_has_verb (c, s, i + 2))
        brk = TRUE, n = 2;
      if (!brk)
        continue;
      if (i > from)
        {
          Span sp = { from, i };
          g_array_append_val (out, sp);
        }
      from = i + (n ? n : 1);
      i = from - 1;
    }
  if (from < s->n_toks)
    {
      Span sp = { from, s->n_toks };
      g_array_append_val (out, sp);
    }
  return out;
}

/* ------------------------------------------------------------------ */
/* Polarity                                                            */

/* A lower-case word that is no verb, name, function word or number:
 * an adjective before a noun ("additional", "new", "tambahan"). */
static gboolean
plain_modifier (const Ctx *c, const Sent *s, guint k)
{
  static const WartaLexCategory function[] = {
    WARTA_LEX_NEGATOR, WARTA_LEX_DETERMINER, WARTA_LEX_COORDINATOR, WARTA_LEX_RELATIVIZER,
    WARTA_LEX_TROOP_NOUN, WARTA_LEX_ASPECT_ADVERB, WARTA_LEX_PASSIVE_AUX,
  };
  const WartaToken *t = tok (s, k);
  return t->kind == WARTA_TOKEN_WORD && !t->capitalized && t->voice == WARTA_VOICE_NONE && !ment_at (s, k)
         && !is_preposition (c, s, k)
         && !is_cat_in (c, s, k, function, G_N_ELEMENTS (function));
}

/* A bare common noun at @k, followed by a preposition, a punctuation mark
 * or the end of the clause at @to: the object of an active verb that is
 * neither troops, weapons, a place word nor a pronoun ("menambah
 * ketidakstabilan di Teluk"). */
static gboolean
bare_noun_object (const Ctx *c, const Sent *s, guint k, guint to)
{
  if (k >= to || !plain_modifier (c, s, k) || is_any_trigger (c, s, k) || is_cat (c, s, WARTA_LEX_PLACE_INTRO, k)
      || is_cat (c, s, WARTA_LEX_WEAPON_NOUN, k) || is_cat (c, s, WARTA_LEX_UNIT_NOUN, k)
      || is_cat (c, s, WARTA_LEX_GROUP_ANAPHOR, k) || is_cat (c, s, WARTA_LEX_SPEAKER_ANAPHOR, k))
    return FALSE; /* "mengerahkan mereka untuk …": them, the troops */
  return k + 1 >= to || tok (s, k + 1)->kind == WARTA_TOKEN_PUNCT || is_preposition (c, s, k + 1);
}

/* A troop noun at @k that names people only under a negation
 * (warta:negatedOnly: "siapa pun", "anyone"): no topic of its own. */
static gboolean
negated_only_at (const Ctx *c, const Sent *s, guint k)
{
  const WartaLexEntry *te = cat_at (c, s, WARTA_LEX_TROOP_NOUN, k, NULL);
  return te && warta_lex_entry_attr (te, "negatedOnly");
}

/* Where the longest negator of at most @words tokens ending right before
 * @b starts, no earlier than @lo ("tidak ada satu pun", "did not",
 * "not"), or G_MAXUINT when none ends there. */
static guint
negator_start (const Ctx *c, const Sent *s, guint lo, guint b, guint words)
{
  for (guint back = words; back > 0; back--)
    {
      guint nn;
      if (b >= lo + back && cat_at (c, s, WARTA_LEX_NEGATOR, b - back, &nn) && b - back + nn == b)
        return b - back;
    }
  return G_MAXUINT;
}

/* A negator, perhaps a phrase ("tidak ada satu pun", "not a single"),
 * ending right before @b. */
static gboolean
negator_ends_at (const Ctx *c, const Sent *s, guint lo, guint b)
{
  return negator_start (c, s, lo, b, 4) != G_MAXUINT;
}

/* An existential or possession ("ada", "memiliki", "there are", "has"):
 * a deployment trigger marked warta:needsPlace at @i, of @n tokens.
 * Returns its entry, or NULL. */
static const WartaLexEntry *
existential_at (const Ctx *c, const Sent *s, guint i, guint *n)
{
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_DEPLOYMENT_TRIGGER, i, n);
  return e && warta_lex_entry_attr (e, "needsPlace") ? e : NULL;
}

/* "No Australian troops are stationed …", "Tidak ada pasukan Australia
 * yang ditempatkan …", "no agreement was signed": the troops or the
 * treaty before the trigger are quantified by a negator, with only their
 * owner or an existential "ada" between. */
static gboolean
subject_negated (const Ctx *c, const Sent *s, guint lo, guint i)
{
  for (guint t = i; t > lo && t + 8 > i; t--)
    {
      if (!is_cat (c, s, WARTA_LEX_TROOP_NOUN, t - 1)
          && !is_cat (c, s, WARTA_LEX_TREATY_NOUN, t - 1))
        continue;
      guint b = t - 1;
      gboolean modifier = FALSE;
      for (guint steps = 0; b > lo && steps < 5; steps++)
        {
          if (negator_ends_at (c, s, lo, b))
            return TRUE;
          guint tn;
          const Ment *m = ment_at (s, b - 1);
          if (m)
            b = m->first;
          else if (existential_at (c, s, b - 1, &tn) && tn == 1)
            b--;
          else if (b >= lo + 2 && is_cat (c, s, WARTA_LEX_COORDINATOR, b - 1)
                   && is_cat (c, s, WARTA_LEX_TROOP_NOUN, b - 2))
            b -= 2; /* "tidak ada satu pun tentara maupun instruktur" */
          else if (unknown_acronym (s, b - 1) || unknown_name_word (s, b - 1))
            b--; /* "No KDF personnel", "no Self-Defense Force units": an owner the registry lacks */
          else if (!modifier && (plain_modifier (c, s, b - 1) || is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, b - 1)))
            {
              modifier = TRUE; /* "no additional Russian units", "tidak ada lagi pasukan" */
              b--;
            }
          else
            break;
        }
      return negator_ends_at (c, s, lo, b);
    }
  return FALSE;
}

/* The first token of an existential or possession of one or two tokens
 * ("ada", "there is") that ends right before @k, or @k when there is none. */
static guint
existential_start (const Ctx *c, const Sent *s, guint lo, guint k)
{
  for (guint back = 1; back <= 2 && k >= lo + back; back++)
    {
      guint tn;
      if (existential_at (c, s, k - back, &tn) && k - back + tn == k)
        return k - back;
    }
  return k;
}

/* "Tidak ada pengerahan (tambahan)", "There is no (additional)
 * deployment": the act named by a noun whose existence is negated, with at
 * most one adjective before it.  An existential takes a noun phrase, so
 * the trigger after it is a noun whatever its form. */
static gboolean
existence_negated (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint b = i;
  if (b > lo && plain_modifier (c, s, b - 1) && !is_any_trigger (c, s, b - 1))
    b--;
  /* "tidak ada" before the noun */
  guint e = existential_start (c, s, lo, b);
  if (e < b && negator_ends_at (c, s, lo, e))
    return TRUE;
  /* "there is no" before the noun */
  for (guint back = 1; back <= 2 && b >= lo + back; back++)
    {
      guint n;
      if (cat_at (c, s, WARTA_LEX_NEGATOR, b - back, &n) && b - back + n == b
          && existential_start (c, s, lo, b - back) < b - back)
        return TRUE;
    }
  return FALSE;
}

/* The opening comma of a short aside that closes with the comma at @k
 * ("did not, however, deny", "tidak, setidaknya hingga kini,
 * membantah"): one to three words, no name among them.  G_MAXUINT when
 * @k closes none. */
static guint
aside_open (const Sent *s, guint lo, guint k)
{
  if (!tok_is_punct (s, k, ","))
    return G_MAXUINT;
  for (guint j = k; j > lo && j + 4 >= k; j--)
    {
      guint o = j - 1;
      if (tok_is_punct (s, o, ","))
        return o + 1 < k ? o : G_MAXUINT;
      if (tok (s, o)->kind != WARTA_TOKEN_WORD || ment_at (s, o))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* Is the cue at @i negated?  A negator right before it, with aspect
 * adverbs ("tidak pernah", "belum segera") in between. */
static gboolean
negated_at (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint k = i, tn, nn;
  if (existence_negated (c, s, lo, i))
    return TRUE;
  /* "there are no Russian troops", "has no soldiers in": a possession or
   * existential is negated by the determiner after it */
  if (existential_at (c, s, i, &tn) && cat_at (c, s, WARTA_LEX_NEGATOR, i + tn, &nn))
    return TRUE;
  for (guint steps = 0; k > lo && steps < 6; steps++)
    {
      k--;
      guint n;
      if (cat_at (c, s, WARTA_LEX_NEGATOR, k, &n))
        return TRUE; /* before @i, or a phrase over it: "tidak ada satu pun" over "ada" */
      guint open = aside_open (s, lo, k);
      if (open != G_MAXUINT)
        return negator_ends_at (c, s, lo, open); /* "did not, however, deny" */
      /* "tidak pernah mengakui maupun membantah", "neither confirmed nor
       * denied": the negation covers a verb coordinated before */
      if (is_cat (c, s, WARTA_LEX_COORDINATOR, k) && k > lo + 1 && tok (s, k - 1)->kind == WARTA_TOKEN_WORD
          && !ment_at (s, k - 1))
        {
          k--;
          continue;
        }
      /* a multi-token adverb ends here ("secara terbuka", "so far") */
      gboolean adverb = is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k);
      for (guint back = 1; !adverb && back <= 2 && k >= lo + back; back++)
        if (cat_at (c, s, WARTA_LEX_ASPECT_ADVERB, k - back, &n) && k - back + n == k + 1)
          {
            k -= back;
            adverb = TRUE;
          }
      if (!adverb)
        {
          /* multi-token negators ("did not", "ruled out") end right before */
          for (guint back = 1; back <= 2 && k >= lo + back; back++)
            if (cat_at (c, s, WARTA_LEX_NEGATOR, k - back, &n) && k - back + n == k + 1)
              return TRUE;
          /* a prospective the negation covers too ("does not intend to
           * send", "tidak berniat mengirim") */
          guint back = 0;
          while (back <= 2 && k >= lo + back
                 && !(cat_at (c, s, WARTA_LEX_PROSPECTIVE, k - back, &n) && k - back + n == k + 1))
            back++;
          if (back > 2 || k < lo + back)
            return FALSE;
          k -= back;
        }
    }
  return FALSE;
}

/* "Mereka melatih pasukan kami, bukan bertempur", "They train our forces,
 * not fight": a negator right after a comma that follows a verb of the
 * same clause contrasts two acts; it denies nothing. */
static gboolean
contrastive_negation (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint k = negator_start (c, s, lo + 1, i, 2);
  if (k == G_MAXUINT || !tok_is_punct (s, k - 1, ","))
    return FALSE;
  for (guint j = lo; j + 1 < k; j++)
    if (tok (s, j)->voice == WARTA_VOICE_ACTIVE || is_any_trigger (c, s, j))
      return TRUE;
  return FALSE;
}

static gboolean
conditional_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    if (is_cat (c, s, WARTA_LEX_CONDITIONAL, i) || is_cat (c, s, WARTA_LEX_HEDGE, i))
      return TRUE;
  return FALSE;
}

/* A relativizer right before @i, or with adverbs or an auxiliary between
 * ("yang langsung ditepis", "which was swiftly denied"). */
static gboolean
relative_before (const Ctx *c, const Sent *s, guint lo, guint i)
{
  for (guint k = i; k > lo && k + 4 > i; k--)
    {
      if (is_cat (c, s, WARTA_LEX_RELATIVIZER, k - 1))
        return TRUE;
      const WartaToken *t = tok (s, k - 1);
      if (t->kind != WARTA_TOKEN_WORD || t->capitalized || ment_at (s, k - 1) || is_preposition (c, s, k - 1)
          || is_any_trigger (c, s, k - 1) || t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE)
        return FALSE;
    }
  return FALSE;
}

/* "Sikap itu berbeda dengan Georgy Zinoviev, yang pada November lalu
 * membantah …", "unlike Lavrov, who denied …": a speech verb inside a
 * relative clause set off by a comma speaks for the mention right before
 * the comma, even one inside a prepositional phrase.  NULL when the verb
 * at @i is in no such clause. */
static const WartaActor *
relative_antecedent (const Ctx *c, const Sent *s, guint lo, guint i)
{
  for (guint r = i; r > lo + 1; r--)
    {
      if (tok_is_punct (s, r - 1, ",") || tok_is_punct (s, r - 1, "\""))
        return NULL;
      if (!is_cat (c, s, WARTA_LEX_RELATIVIZER, r - 1))
        continue;
      if (r < 3 || !tok_is_punct (s, r - 2, ","))
        return NULL;
      const Ment *m = ment_at (s, r - 3);
      if (!m || m->first + m->n != r - 2)
        return NULL;
      const WartaActor *a = ment_pick (m, FALSE);
      return a->klass == WARTA_ACTOR_PLACE ? NULL : a;
    }
  return NULL;
}

/* Where a relative clause set off by a comma begins after @from (", which
 * said the launchers would be operated by …", ", yang akan …"), or @to:
 * its modal is not the clause's. */
static guint
before_relative (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k + 1 < to; k++)
    if (tok_is_punct (s, k, ",") && is_cat (c, s, WARTA_LEX_RELATIVIZER, k + 1))
      return k;
  return to;
}

/* A prospective marker among the @words words before the trigger at @i
 * ("tidak akan mengirim", "will not send", "no plans to station"). */
static gboolean
prospective_before (const Ctx *c, const Sent *s, guint lo, guint i, guint words)
{
  for (guint k = i; k > lo && k + words + 1 > i; k--)
    {
      /* "membahas ancaman yang ditimbulkan oleh pengiriman pasukan ini":
       * a modal before a relative clause is not the relative clause's */
      if (is_cat (c, s, WARTA_LEX_RELATIVIZER, k - 1))
        return FALSE;
      if (is_cat (c, s, WARTA_LEX_PROSPECTIVE, k - 1))
        return TRUE;
    }
  return FALSE;
}

/* Is the prospective before the trigger at @i one of mere possibility
 * (warta:possibility: "could", "may", "mungkin", "dapat")? */
static gboolean
possibility_before (const Ctx *c, const Sent *s, guint lo, guint i, guint words)
{
  for (guint k = i; k > lo && k + words + 1 > i; k--)
    {
      if (is_cat (c, s, WARTA_LEX_RELATIVIZER, k - 1))
        return FALSE;
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_PROSPECTIVE, k - 1, NULL);
      if (e)
        return warta_lex_entry_attr (e, "possibility") != NULL;
    }
  return FALSE;
}

/* "Penandatanganan pakta itu ditunda", "the signing … was postponed",
 * "pengiriman pasukan akan dilakukan": a prospective after a nominal
 * trigger, in its clause and within @words words, puts the act off too. */
static gboolean
prospective_after_nominal (const Ctx *c, const Sent *s, guint i, guint n, guint to, guint words)
{
  if (tok (s, i)->voice != WARTA_VOICE_NOMINAL)
    return FALSE;
  for (guint k = i + n; k < to && k < i + n + words; k++)
    {
      if (is_cat (c, s, WARTA_LEX_RELATIVIZER, k) || clause_break_at (c, s, k, NULL)
          || tok_is_punct (s, k, ","))
        return FALSE;
      if (is_cat (c, s, WARTA_LEX_PROSPECTIVE, k))
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Subjects and anaphora                                               */

/* Does a label of @a hold the word @fold ("kementerian" in "Kementerian
 * Pertahanan Mozambik", "ministry" in "Kenyan Ministry of Defence")? */
static gboolean
label_has_word (const WartaActor *a, const char *fold)
{
  for (guint k = 0; k < a->labels->len; k++)
    {
      const WartaLabel *l = g_ptr_array_index (a->labels, k);
      g_autofree char *lf = g_utf8_casefold (l->text, -1);
      g_auto (GStrv) words = g_strsplit (lf, " ", -1);
      if (g_strv_contains ((const char *const *) words, fold))
        return TRUE;
    }
  return FALSE;
}

/* The body an anaphor of @n tokens at @i means ("kementerian itu", "the
 * ministry"): the latest body named whose name has the anaphor's noun, so
 * "Kementerian itu" after "Kantor berita AIM melaporkan bahwa Kementerian
 * Pertahanan Mozambik mengatakan …" is the ministry; else the last body
 * that spoke or opened a sentence. */
static const WartaActor *
org_named_by (const Ctx *c, const Sent *s, guint i, guint n)
{
  for (guint k = i; k < i + n; k++)
    {
      if (!is_cat (c, s, WARTA_LEX_ORG_NOUN, k))
        continue;
      for (guint j = c->dis.orgs->len; j-- > 0;)
        {
          const WartaActor *a = g_ptr_array_index (c->dis.orgs, j);
          if (label_has_word (a, tok (s, k)->fold))
            return a;
        }
      break;
    }
  return c->dis.org;
}

static void
resolve_anaphor (Ctx *c, const Sent *s, guint i, guint n, const WartaLexEntry *e, GPtrArray *out)
{
  const char *kind = warta_lex_entry_attr (e, "refersTo");
  if (refers_to (e, "Troops"))
    return; /* "some of them": troops, who say nothing */
  if (kind && g_ascii_strcasecmp (kind, "SpeakerState") == 0)
    {
      /* "negaranya", "his country": the state the speaker speaks for */
      GPtrArray *sp = c->cur_speakers && c->cur_speakers->len ? c->cur_speakers : c->dis.speakers;
      for (guint k = 0; sp && k < sp->len; k++)
        {
          const WartaActor *st = state_of (c, g_ptr_array_index (sp, k));
          if (st)
            ptr_add_unique (out, (gpointer) st);
        }
      return;
    }
  /* inside a sentence, a pronoun refers to the speaker of the frame around
   * it first ("X mengatakan dia belum dapat memastikan", "kami") */
  if (c->cur_speakers && c->cur_speakers->len)
    {
      for (guint k = 0; k < c->cur_speakers->len; k++)
        ptr_add_unique (out, g_ptr_array_index (c->cur_speakers, k));
      return;
    }
  if (kind && g_ascii_strcasecmp (kind, "Speaker") == 0)
    return;
  /* "Manila already has … . It signed a Reciprocal Access Agreement with
   * Japan": a bare "It" opening a sentence is the state that opened the
   * one before */
  if (kind && g_ascii_strcasecmp (kind, "Organization") == 0 && i == 0 && n == 1
      && c->dis.opening_state)
    {
      ptr_add_unique (out, (gpointer) c->dis.opening_state);
      return;
    }
  if (kind && g_ascii_strcasecmp (kind, "Organization") == 0 && c->dis.org)
    {
      ptr_add_unique (out, (gpointer) org_named_by (c, s, i, n));
      return;
    }
  /* "the spokesman said": the person last named with that title */
  const char *same = warta_lex_entry_attr (e, "sameTitleAs");
  const WartaActor *titled = same ? g_hash_table_lookup (c->dis.titled, same) : NULL;
  if (titled)
    {
      ptr_add_unique (out, (gpointer) titled);
      return;
    }
  if (kind && g_ascii_strcasecmp (kind, "Person") == 0 && c->dis.person)
    {
      ptr_add_unique (out, (gpointer) c->dis.person);
      return;
    }
  if (c->dis.speakers && c->dis.speakers->len)
    for (guint k = 0; k < c->dis.speakers->len; k++)
      ptr_add_unique (out, g_ptr_array_index (c->dis.speakers, k));
  else if (c->dis.person)
    ptr_add_unique (out, (gpointer) c->dis.person);
}

/* "direktorat itu", "kementerian tersebut"; "the directorate": an
 * organisation noun pointed back at names the body spoken of last.  Its
 * length in tokens, or 0. */
static guint
org_anaphor_at (const Ctx *c, const Sent *s, guint i)
{
  guint n, d;
  if (ment_at (s, i))
    return 0;
  const WartaLexEntry *on;
  if (c->wlang != WARTA_LANG_EN && (on = cat_at (c, s, WARTA_LEX_ORG_NOUN, i, &n)))
    {
      if (cat_at (c, s, WARTA_LEX_DEMONSTRATIVE, i + n, &d))
        return n + d;
      /* "…, kementerian menyebut …": a bare lowercase noun opening a
       * clause and saying something is the body spoken of last */
      gboolean opens = i == 0 || tok (s, i - 1)->kind == WARTA_TOKEN_PUNCT;
      return opens && !tok (s, i)->capitalized && !stands_for_state (on) && !ment_at (s, i + n)
                     && is_cat (c, s, WARTA_LEX_CLAIM_VERB, i + n) ? n : 0;
    }
  if (c->wlang != WARTA_LANG_EN)
    return 0;
  /* English: the demonstrative first, and a lowercase noun ("the
   * directorate", not "the Defence Ministry", a name of its own); the
   * head is the last of several ("the monitoring group"), and a name
   * after it makes it a description ("the monitoring group ACLED") */
  if (!cat_at (c, s, WARTA_LEX_DEMONSTRATIVE, i, &d) || ment_at (s, i + d)
      || !cat_at (c, s, WARTA_LEX_ORG_NOUN, i + d, &n)
      || g_unichar_isupper (g_utf8_get_char (tok (s, i + d)->text)))
    return 0;
  guint more;
  while (!ment_at (s, i + d + n) && cat_at (c, s, WARTA_LEX_ORG_NOUN, i + d + n, &more))
    n += more;
  return ment_at (s, i + d + n) ? 0 : d + n;
}

static void
resolve_group (Ctx *c, GPtrArray *out)
{
  /* "Egypt sent troops to Somalia under a pact the two countries signed":
   * an event of the same clause first; then two states named since the
   * last event ("Filipina memperdalam kerja sama dengan Jepang. Perjanjian
   * … kedua negara ditandatangani …") */
  if (!c->clause_event && c->dis.states->len == 2 && c->dis.states_sentence > c->dis.event_sentence)
    {
      for (guint k = 0; k < 2; k++)
        ptr_add_unique (out, g_ptr_array_index (c->dis.states, k));
      return;
    }
  WartaFact *ev = c->clause_event ? c->clause_event : c->dis.event;
  if (!ev)
    return;
  const char *iris[2] = { ev->agent, ev->recipient };
  for (guint k = 0; k < 2; k++)
    if (iris[k])
      ptr_add_unique (out, warta_lexicon_actor (c->ex->lex, iris[k]));
  if (ev->kind == WARTA_FACT_DEPLOYMENT && ev->destinations && out->len < 2)
    for (guint k = 0; k < ev->destinations->len; k++)
      {
        WartaActor *a = warta_lexicon_actor (c->ex->lex, g_ptr_array_index (ev->destinations, k));
        const WartaActor *st = state_of (c, a);
        if (st)
          {
            ptr_add_unique (out, (gpointer) st);
            break;
          }
      }
  if (ev->kind == WARTA_FACT_TREATY && ev->parties)
    for (guint k = 0; k < ev->parties->len; k++)
      ptr_add_unique (out, warta_lexicon_actor (c->ex->lex, g_ptr_array_index (ev->parties, k)));
}

/* Is token @i inside a prepositional phrase whose head preposition stands
 * within a few tokens to its left (and nothing but modifiers between)? */
static gboolean
in_pp (const Ctx *c, const Sent *s, guint lo, guint first)
{
  for (guint k = first, steps = 0; k > lo && steps < 4; steps++)
    {
      k--;
      if (is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, k))
        return FALSE; /* "on Friday that North Korea …" */
      if (is_preposition (c, s, k) || is_cat (c, s, WARTA_LEX_ACCORDING_TO, k))
        return TRUE;
      if (date_word_at (s, k))
        return FALSE; /* "On Tuesday Armenian newspaper Hraparak reported" */
      WartaToken *t = tok (s, k);
      if (t->kind != WARTA_TOKEN_WORD || ment_at (s, k) || t->voice == WARTA_VOICE_ACTIVE
          || t->voice == WARTA_VOICE_PASSIVE || is_cat (c, s, WARTA_LEX_COORDINATOR, k)
          || is_cat (c, s, WARTA_LEX_RELATIVIZER, k))
        return FALSE;
    }
  return FALSE;
}

/* The mention @m is set aside by a contrast: "Rusia, bukan Belarus,
 * mengirim …", "Russia, not Belarus, sent …".  A negator between a comma
 * and the mention, and a comma after it. */
static gboolean
contrasted_mention (const Ctx *c, const Sent *s, guint lo, const Ment *m)
{
  if (m->first < lo + 2 || !tok_is_punct (s, m->first + m->n, ","))
    return FALSE;
  guint k = negator_start (c, s, lo + 1, m->first, 2);
  return k != G_MAXUINT && tok_is_punct (s, k - 1, ",");
}

/* The mention at @first is the author of the noun before it ("The report
 * by the UN Group of Experts said", "laporan yang disusun oleh PBB"): the
 * noun phrase speaks through its author.  Only at the head of the
 * subject, a noun then by/oleh (and a determiner). */
static gboolean
authored_by (const Ctx *c, const Sent *s, guint lo, guint first)
{
  guint k = first;
  if (k > lo && is_cat (c, s, WARTA_LEX_DETERMINER, k - 1))
    k--;
  if (k <= lo + 1 || !is_cat (c, s, WARTA_LEX_PREP_AGENT, k - 1))
    return FALSE;
  const WartaToken *noun = tok (s, k - 2);
  return noun->kind == WARTA_TOKEN_WORD && !ment_at (s, k - 2) && noun->voice != WARTA_VOICE_ACTIVE
         && noun->voice != WARTA_VOICE_PASSIVE;
}

/* Does the state mention @m only say whose the body before it is
 * ("Badan Intelijen Nasional (NIS) Korea Selatan"), an acronym in
 * brackets perhaps between them? */
static gboolean
qualifies_body_before (const Ctx *c, const Sent *s, guint lo, const Ment *m)
{
  if (!ment_has_class (m, WARTA_ACTOR_STATE))
    return FALSE;
  guint k = m->first;
  if (k > lo && tok_is_punct (s, k - 1, ")"))
    for (guint j = k - 1; j > lo && j + 4 > k; j--)
      if (tok_is_punct (s, j - 1, "("))
        {
          k = j - 1;
          break;
        }
  const Ment *b = k > lo ? ment_at (s, k - 1) : NULL;
  if (!b)
    return FALSE;
  const WartaActor *body = ment_pick (b, FALSE);
  return body->klass == WARTA_ACTOR_ORGANIZATION && state_of (c, body) == ment_pick (m, FALSE);
}

/* "Ditanya soal laporan keberadaan instruktur Prancis, Zakharova
 * mengatakan …", "Asked about the reports, Peskov said …": a participle
 * opening the stretch heads an adverbial phrase up to its comma; the
 * names in it are no subjects.  Returns where the subjects may start. */
static guint
after_participial_opener (const Ctx *c, const Sent *s, guint lo, guint v)
{
  const WartaToken *t = lo < v ? tok (s, lo) : NULL;
  if (!t || t->kind != WARTA_TOKEN_WORD || ment_at (s, lo) || lo + 1 >= v)
    return lo;
  gboolean participle
      = c->wlang == WARTA_LANG_ID
            ? t->voice == WARTA_VOICE_PASSIVE
            : g_utf8_strlen (t->fold, -1) >= 5
                  && (g_str_has_suffix (t->fold, "ed") || g_str_has_suffix (t->fold, "ing"))
                  && tok (s, lo + 1)->kind == WARTA_TOKEN_WORD && !tok (s, lo + 1)->capitalized;
  if (!participle)
    return lo;
  for (guint k = lo + 1; k < v; k++)
    if (tok_is_punct (s, k, ","))
      return k + 1;
  return lo;
}

/* The subjects of a verb at @v within [lo, v): mentions of the leftmost
 * noun phrase and its coordinates, skipping prepositional phrases,
 * relative clauses ("X, yang didukung oleh AS,") and participial asides
 * (", mengutip NIS,").  Speaker anaphors resolve through the discourse. */
static void
find_subjects (Ctx *c, const Sent *s, guint lo, guint v, gboolean want_place, GPtrArray *out)
{
  gboolean in_aside = FALSE;
  lo = after_participial_opener (c, s, lo, v);
  for (guint i = lo; i < v; i++)
    {
      guint n;
      const WartaLexEntry *e;
      if (tok_is_punct (s, i, ","))
        {
          in_aside = FALSE;
          WartaToken *nt = i + 1 < v ? tok (s, i + 1) : NULL;
          if (nt && (is_cat (c, s, WARTA_LEX_RELATIVIZER, i + 1) || nt->voice == WARTA_VOICE_ACTIVE
                     || nt->voice == WARTA_VOICE_PASSIVE
                     || (nt->kind == WARTA_TOKEN_WORD && is_cat (c, s, WARTA_LEX_PREP_AGENT, i + 2))))
            in_aside = TRUE; /* ", seen by Reuters on Monday," */
          if (nt && is_cat (c, s, WARTA_LEX_ACCORDING_TO, i + 1))
            in_aside = TRUE; /* "Russia, according to Kyiv, has sent" */
          /* "X, a research group that tracks Russian forces, said": an
           * appositive describes the subject, it adds none ("Russia, the
           * United States and China" is a list) */
          if (nt && out->len > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i + 1) && !ment_at (s, i + 2))
            in_aside = TRUE;
          /* "Nadia Rahman, juru runding SDF, menuduh": a lowercase noun
           * after the subject opens an appositive too */
          if (nt && out->len > 0 && nt->kind == WARTA_TOKEN_WORD && !nt->capitalized && !ment_at (s, i + 1)
              && !is_cat (c, s, WARTA_LEX_COORDINATOR, i + 1) && !is_cat (c, s, WARTA_LEX_LIST_INTRO, i + 1)
              && !is_any_trigger (c, s, i + 1)
              && !speech_at (c, s, i + 1) && appositive_close (s, i))
            in_aside = TRUE;
          continue;
        }
      if (in_aside)
        continue;
      if (is_cat (c, s, WARTA_LEX_RELATIVIZER, i) && out->len > 0)
        {
          /* the rest up to the verb is the relative clause, unless a comma
           * closes it first */
          in_aside = TRUE;
          continue;
        }
      const Ment *m = ment_starting (s, i);
      if (m && qualifies_body_before (c, s, lo, m))
        {
          i = m->first + m->n - 1; /* "Badan Intelijen Nasional (NIS) Korea Selatan" */
          continue;
        }
      if (m)
        {
          if (!in_pp (c, s, lo, i) || (out->len == 0 && authored_by (c, s, lo, i)))
            {
              WartaActor *a = ment_pick (m, want_place);
              ptr_add_unique (out, a);
            }
          i = m->first + m->n - 1;
          continue;
        }
      if ((e = cat_at (c, s, WARTA_LEX_GROUP_ANAPHOR, i, &n)))
        {
          resolve_group (c, out);
          i += n - 1;
          continue;
        }
      if ((e = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, i, &n)) && out->len == 0)
        {
          resolve_anaphor (c, s, i, n, e, out);
          i += n - 1;
          continue;
        }
      if (out->len == 0 && c->dis.org && (n = org_anaphor_at (c, s, i)) > 0)
        {
          /* "Foreign Minister X said the government could not confirm
           * …": inside a sentence the body is the speaker's around it */
          if (c->cur_speakers && c->cur_speakers->len)
            for (guint k = 0; k < c->cur_speakers->len; k++)
              ptr_add_unique (out, g_ptr_array_index (c->cur_speakers, k));
          else
            ptr_add_unique (out, (gpointer) org_named_by (c, s, i, n));
          i += n - 1;
          continue;
        }
      if (out->len > 0 && !is_cat (c, s, WARTA_LEX_COORDINATOR, i)
          && !is_cat (c, s, WARTA_LEX_LIST_INTRO, i) && !tok_is_punct (s, i, NULL)
          && tok (s, i)->kind == WARTA_TOKEN_WORD && (tok (s, i)->voice == WARTA_VOICE_ACTIVE
                                                      || tok (s, i)->voice == WARTA_VOICE_PASSIVE))
        break; /* a verb ends the subject */
    }
}

static gboolean
is_speaker_actor (const WartaActor *a)
{
  return a && a->klass != WARTA_ACTOR_PLACE;
}

static void
filter_speakers (GPtrArray *sp)
{
  for (guint k = sp->len; k-- > 0;)
    if (!is_speaker_actor (g_ptr_array_index (sp, k)))
      g_ptr_array_remove_index (sp, k);
}

/* Who judges with a denial phrase at @i ("tidak berdasar", "Tidak
 * Benar"): the subjects after the last comma or semicolon before it, if
 * any are there (the headlines "Tentara Korut di Kursk, Pyongyang Sebut
 * Rumor Tak Berdasar" and "… ke Pangkalan Ream, Kamboja: Tidak Benar"),
 * else those of the whole stretch from @lo. */
static void
denial_phrase_subjects (Ctx *c, const Sent *s, guint lo, guint i, GPtrArray *sp)
{
  guint comma = i;
  while (comma > lo && !tok_is_punct (s, comma - 1, ",") && !tok_is_punct (s, comma - 1, ";"))
    comma--;
  if (comma > lo)
    {
      find_subjects (c, s, comma, i, FALSE, sp);
      filter_speakers (sp);
      if (sp->len)
        return;
    }
  find_subjects (c, s, lo, i, FALSE, sp);
}

/* ------------------------------------------------------------------ */
/* Layer 4a: speech frames                                             */

static void
frame_clear (gpointer p)
{
  Frame *f = p;
  g_clear_pointer (&f->speakers, g_ptr_array_unref);
  g_clear_pointer (&f->rule, g_free);
}

static Stance
stance_of_category (WartaLexCategory cat)
{
  switch (cat)
    {
    case WARTA_LEX_CLAIM_VERB:
    case WARTA_LEX_QUOTE_CUE:
    case WARTA_LEX_ACCORDING_TO:
    case WARTA_LEX_REPORT_CONTINUATION:
      return STANCE_CLAIM;
    case WARTA_LEX_DENIAL_VERB:
    case WARTA_LEX_DENIAL_PHRASE:
      return STANCE_DENIAL;
    case WARTA_LEX_NONCONFIRM_PHRASE:
      return STANCE_NONCONF;
    case WARTA_LEX_REFUSAL_PHRASE:
      return STANCE_REFUSAL;
    default:
      return STANCE_NONE;
    }
}

/* Content [@from, @to) that is one pronoun or demonstrative and
 * punctuation ("verify it.", "denied this."): it stands for something
 * named before. */
static gboolean
lone_pronoun (const Ctx *c, const Sent *s, guint from, guint to)
{
  guint words = 0, pro = 0;
  for (guint i = from; i < to && i < s->n_toks; i++)
    if (tok (s, i)->kind == WARTA_TOKEN_WORD)
      {
        words++;
        if (is_cat (c, s, WARTA_LEX_SPEAKER_ANAPHOR, i) || is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, i))
          pro++;
      }
  return words == 1 && pro == 1;
}

/* Is the speech cue at @i negated?  A cue that holds its own negation
 * ("not in a position to confirm") is not negated again by the negator
 * phrase that overlaps it ("was not in a position …"); only a negation
 * before that phrase counts. */
static gboolean
cue_negated (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint n;
  if (!is_cat (c, s, WARTA_LEX_NEGATOR, i))
    return negated_at (c, s, lo, i);
  for (guint back = 1; back <= 2 && i >= lo + back; back++)
    if (cat_at (c, s, WARTA_LEX_NEGATOR, i - back, &n) && i - back + n > i)
      return negated_at (c, s, lo, i - back);
  return negated_at (c, s, lo, i);
}

/* Is there content after the cue, or is it post-posed ("…, X mengonfirmasi.")? */
static gboolean
cue_has_content_after (const Ctx *c, const Sent *s, guint after, guint to)
{
  for (guint i = after; i < to; i++)
    {
      WartaToken *t = tok (s, i);
      if (t->kind == WARTA_TOKEN_WORD || t->kind == WARTA_TOKEN_NUMBER)
        if (!is_preposition (c, s, i) && !is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, i))
          return TRUE;
    }
  return FALSE;
}

/* The left edge for the subject of a cue at @i: the content start of the
 * frame it is nested in ("AP melaporkan bahwa NIS mengonfirmasi": NIS, not
 * AP, is the subject of mengonfirmasi). */
static guint
content_lo (GArray *frames, guint lo, guint i)
{
  for (guint k = 0; k < frames->len; k++)
    {
      Frame *f = &g_array_index (frames, Frame, k);
      if (i >= f->from && i < f->to && f->from > lo)
        lo = f->from;
    }
  return lo;
}

/* "Egypt has sent 2,000 troops to Somalia, the Somali government said on
 * Wednesday, …": between the last comma and the cue stands only a noun
 * phrase naming someone, and before the comma a reported event.  Not the
 * comma that opens another frame's content, or any comma after "menurut"
 * ("Menurut X, yang hadir …, NIS memperkirakan …"): what stands before it
 * is a source. */
static gboolean
attribution_after_comma (const Ctx *c, const Sent *s, GArray *frames, Span cl, guint cue)
{
  guint k = cue;
  while (k > cl.from && !tok_is_punct (s, k - 1, ","))
    k--;
  if (k <= cl.from + 1 || k == cue || content_lo (frames, cl.from, cue) == k)
    return FALSE;
  for (guint j = cl.from; j < k; j++)
    if (is_cat (c, s, WARTA_LEX_ACCORDING_TO, j))
      return FALSE; /* even when warta does not know X */
  guint first = k;
  while (first < cue && tok_is_quote (s, first))
    first++; /* '"…," Peskov told reporters' */
  gboolean named = FALSE;
  for (guint j = first; j < cue; j++)
    {
      WartaToken *t = tok (s, j);
      if (ment_at (s, j))
        {
          named = TRUE;
          continue;
        }
      if (t->kind != WARTA_TOKEN_WORD || t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE
          || is_any_trigger (c, s, j) || is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, j)
          || is_preposition (c, s, j))
        return FALSE;
    }
  if (!named)
    return FALSE;
  for (guint j = cl.from; j + 1 < k; j++)
    if (is_any_trigger (c, s, j))
      return TRUE;
  return FALSE;
}

/* '"…," Peskov said, adding that …', '"…," kata Peskov, menambahkan
 * bahwa …': a speech verb right after the comma that closes an attribution
 * has that attribution's speakers, not the names in the quotation before
 * it.  Fills @sp and returns TRUE when it applies. */
static gboolean
continues_attribution (const Sent *s, GArray *frames, guint i, GPtrArray *sp)
{
  if (i == 0 || !tok_is_punct (s, i - 1, ",") || frames->len == 0)
    return FALSE;
  const Frame *last = &g_array_index (frames, Frame, frames->len - 1);
  if (last->cue >= i || last->to > last->cue || !last->speakers || last->speakers->len == 0
      || !(g_str_has_prefix (last->rule, "speech.postposed")
           || g_str_has_prefix (last->rule, "speech.quote-cue")))
    return FALSE; /* only an attribution that closes its content, not a
                   * judgement ("dismissed as \"groundless\" a report by AFP
                   * which, citing …, put the number …") */
  for (guint k = 0; k < last->speakers->len; k++)
    ptr_add_unique (sp, g_ptr_array_index (last->speakers, k));
  return TRUE;
}

/* "X dismissed the RSF claim as lies, telling AFP that …": an English
 * speech verb in -ing that opens a participial clause after a comma has
 * the subject of the clause it hangs on, not the names in that clause's
 * object.  Fills @sp from the nearest earlier frame whose speakers stand
 * before its cue ("speech.verb") and returns TRUE when it applies. */
static gboolean
participle_attribution (const Ctx *c, const Sent *s, GArray *frames, guint lo, guint i,
                        GPtrArray *sp)
{
  if (c->wlang != WARTA_LANG_EN || !g_str_has_suffix (tok (s, i)->fold, "ing"))
    return FALSE;
  if (i <= lo || !tok_is_punct (s, i - 1, ","))
    return FALSE;
  for (guint f = frames->len; f > 0; f--)
    {
      const Frame *last = &g_array_index (frames, Frame, f - 1);
      if (last->cue >= i || !last->speakers || last->speakers->len == 0
          || !g_str_has_prefix (last->rule, "speech.verb"))
        continue;
      for (guint j = 0; j < last->speakers->len; j++)
        ptr_add_unique (sp, g_ptr_array_index (last->speakers, j));
      return TRUE;
    }
  return FALSE;
}

/* "rejected as \"groundless\" reports that …", "menepis sebagai tidak
 * berdasar laporan bahwa …": a denial phrase between a denial verb and
 * the content that verb opens after it only qualifies the denial. */
static gboolean
qualifies_denial_verb (GArray *frames, guint i)
{
  if (frames->len == 0)
    return FALSE;
  const Frame *last = &g_array_index (frames, Frame, frames->len - 1);
  return last->stance == STANCE_DENIAL && last->cue < i && last->cue + last->cue_n + 3 >= i
         && last->from > i;
}

/* Left edge of the content of a post-posed cue: the last comma or closing
 * quote before the speaker. */
static guint
postposed_speaker_start (const Sent *s, guint lo, guint cue)
{
  for (guint k = cue; k > lo; k--)
    if (tok_is_punct (s, k - 1, ",") || tok_is_quote (s, k - 1))
      return k;
  return lo;
}

/* '"The scale … worries us most," a diplomat in the region said,
 * speaking on condition of anonymity because of the sensitivity of the
 * matter': the clause opens with a quotation closed by a comma before the
 * cue, so the quotation is what was said.  Only when no event is told
 * after the cue ("…, urging Washington to stop moving …" keeps its
 * event inside the report). */
static gboolean
quotation_before_cue (const Ctx *c, const Sent *s, Span cl, guint cue, guint cue_n)
{
  static const WartaLexCategory events[] = {
    WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LEX_TRANSPORT_TRIGGER, WARTA_LEX_PRESENCE_TRIGGER,
    WARTA_LEX_SUPPLY_TRIGGER, WARTA_LEX_SIGNING_TRIGGER, WARTA_LEX_RATIFICATION_TRIGGER,
    WARTA_LEX_ACQUIRE_TRIGGER,
  };
  if (!tok_is_quote (s, cl.from))
    return FALSE;
  for (guint k = cue + cue_n; k < cl.to; k++)
    if (is_cat_in (c, s, k, events, G_N_ELEMENTS (events)))
      return FALSE;
  for (guint k = cue; k > cl.from + 2; k--)
    if (tok_is_quote (s, k - 1))
      return tok_is_punct (s, k - 2, ",");
  return FALSE;
}

/* "Moscow has denied sending troops, the agency reported": a cue inside
 * the content [@from, @to) of a later attribution reports only up to where
 * that attribution begins, so the denial, not the agency's report, governs
 * what it denies (the innermost source of a chain). */
static void
end_reports_before (GArray *frames, guint from, guint to)
{
  for (guint k = 0; k < frames->len; k++)
    {
      Frame *f = &g_array_index (frames, Frame, k);
      if (f->cue >= from && f->cue < to && f->to > to)
        f->to = MAX (to, f->from);
    }
}

static void
add_frame (GArray *frames, Stance st, guint cue, guint cue_n, guint from, guint to,
           GPtrArray *speakers, const char *rule, const WartaLexEntry *e)
{
  Frame f = { 0 };
  f.stance = st;
  f.cue = cue;
  f.cue_n = cue_n;
  f.from = from;
  f.to = to;
  f.speakers = speakers;
  f.rule = e ? g_strdup_printf ("%s %s", rule, e->iri) : g_strdup (rule);
  f.confirm_like = e && warta_lex_entry_attr (e, "negatedAs") != NULL;
  f.own_act = e && warta_lex_entry_attr (e, "ownAct") != NULL;
  f.relays = e && warta_lex_entry_attr (e, "relays") != NULL;
  g_array_append_val (frames, f);
}

/* English speech nouns that look like verbs: "claims of Iranian
 * personnel" (no verb takes "of" next), "dismissed the RSF claim as lies"
 * (a bare form after a verb's or preposition's "the" and a singular name:
 * a verb there would be "claims"). */
static gboolean
english_noun_cue (const Ctx *c, const Sent *s, guint i)
{
  WartaToken *t = tok (s, i);
  if (i + 1 < s->n_toks && g_strcmp0 (tok (s, i + 1)->fold, "of") == 0)
    return TRUE;
  const Ment *m = i > 0 ? ment_at (s, i - 1) : NULL;
  if (!m || m->first + m->n != i || m->first == 0 || !is_cat (c, s, WARTA_LEX_DETERMINER, m->first - 1))
    return FALSE;
  /* the phrase is an object: a verb or preposition before "the" */
  guint d = m->first - 1;
  if (d == 0 || !(is_any_trigger (c, s, d - 1) || is_preposition (c, s, d - 1)))
    return FALSE;
  /* a plural name there ("the Americans report") leads a verb; an
   * acronym ending in s ("the NIS report") is one body */
  const WartaToken *last = tok (s, i - 1);
  return !g_str_has_suffix (t->fold, "s") && !g_str_has_suffix (t->fold, "ed")
         && (!g_str_has_suffix (last->fold, "s") || last->all_caps);
}

/* "membantah klaim bahwa …", "belum dapat memastikan klaim …", "Bantah
 * Klaim": a bare Indonesian form right after a meN- verb, a speech verb
 * or a preposition is that word's object, a noun; as a verb it would
 * follow its subject. */
static gboolean
indonesian_bare_object (const Ctx *c, const Sent *s, guint i)
{
  const WartaToken *t = tok (s, i);
  if (i == 0 || t->voice != WARTA_VOICE_NONE || g_strcmp0 (t->fold, t->stem) != 0)
    return FALSE;
  const WartaToken *prev = tok (s, i - 1);
  return prev->voice == WARTA_VOICE_ACTIVE || is_preposition (c, s, i - 1)
         || is_cat (c, s, WARTA_LEX_DENIAL_VERB, i - 1) || is_cat (c, s, WARTA_LEX_CLAIM_VERB, i - 1);
}

/* A speech verb's noun ("laporan", "tuduhan", "klaim tersebut") is no
 * speech act.  Indonesian marks verbs with meN-/di-; a bare form followed
 * by a demonstrative, or an -an noun of the verb's stem, is the noun. */
static gboolean
is_noun_cue (const Ctx *c, const Sent *s, guint i)
{
  WartaToken *t = tok (s, i);
  /* part of an event anaphor: "klaim tersebut", "the report", "the claims" */
  for (guint back = 0; back <= 2 && back <= i; back++)
    {
      guint an;
      if (cat_at (c, s, WARTA_LEX_EVENT_ANAPHOR, i - back, &an) && i - back + an > i)
        return TRUE;
    }
  if (c->wlang == WARTA_LANG_EN && english_noun_cue (c, s, i))
    return TRUE;
  if (c->wlang == WARTA_LANG_EN)
    {
      /* "verify reports that", "the claims": a plural -s form not led by
       * its subject is the noun ("Russia denies", "he says" are verbs) */
      if (!g_str_has_suffix (t->fold, "s") || i == 0)
        return FALSE;
      guint k = i;
      while (k > 0 && is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1))
        k--;
      return k == 0 || !(ment_at (s, k - 1) || is_cat (c, s, WARTA_LEX_SPEAKER_ANAPHOR, k - 1));
    }
  if (t->voice == WARTA_VOICE_NOMINAL || indonesian_bare_object (c, s, i))
    return TRUE;
  gsize fl = strlen (t->fold), sl = strlen (t->stem);
  return t->voice == WARTA_VOICE_NONE && fl == sl + 2 && g_str_has_prefix (t->fold, t->stem)
         && g_str_has_suffix (t->fold, "an");
}

/* "laporan Reuters yang menyebut", "a report by AFP which put": a speech
 * verb at @j in a relative clause opened after @from. */
static gboolean
relative_report_at (const Ctx *c, const Sent *s, guint from, guint j)
{
  if (!is_cat (c, s, WARTA_LEX_CLAIM_VERB, j))
    return FALSE;
  /* "reports that said …": "that" right before the verb relates it */
  if (j > from && is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, j - 1))
    return TRUE;
  for (guint k = j; k > from && k + 8 > j; k--)
    if (is_cat (c, s, WARTA_LEX_RELATIVIZER, k - 1))
      return TRUE;
  return FALSE;
}

/* The token after a complementizer within @limit tokens of @from (before
 * @to), or 0; with @stop_at_report, none behind another source's report
 * ("laporan Reuters yang menyebut bahwa"). */
static guint
complementizer_end (const Ctx *c, const Sent *s, guint from, guint to, guint limit, gboolean stop_at_report)
{
  for (guint j = from; j < to && j < from + limit; j++)
    {
      guint cn;
      if (cat_at (c, s, WARTA_LEX_COMPLEMENTIZER, j, &cn)
          && !(stop_at_report && relative_report_at (c, s, from, j + cn)))
        return j + cn;
      if (stop_at_report && relative_report_at (c, s, from, j))
        return 0;
    }
  return 0;
}

/* A speech noun whose source follows it: "a sharp denial from Havana",
 * "claims by Kyiv that …", "bantahan dari Kremlin".  Returns the source,
 * or NULL when the cue at @i (@n tokens) is a verb or no source follows. */
static const WartaActor *
nominal_cue_source (Ctx *c, const Sent *s, guint i, guint n)
{
  WartaVoice v = voice_of (c, s, i);
  if (v == WARTA_VOICE_PASSIVE || v == WARTA_VOICE_ACTIVE)
    return NULL;
  /* English nouns are known by a determiner before them ("a sharp denial") */
  if (c->wlang == WARTA_LANG_EN && !(i > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1))
      && !(i > 1 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 2)))
    return NULL;
  if (c->wlang != WARTA_LANG_EN && !is_noun_cue (c, s, i))
    return NULL;
  guint j = i + n, an;
  if (!cat_at (c, s, WARTA_LEX_PREP_AGENT, j, &an) && !cat_at (c, s, WARTA_LEX_PREP_ORIGIN, j, &an))
    return NULL;
  const Ment *m = ment_starting (s, j + an);
  return m ? ment_pick (m, FALSE) : NULL;
}

static gboolean is_any_trigger (const Ctx *c, const Sent *s, guint i);

/* After "…, said" / "…, kata": only the speaker follows, a few words with
 * no event of their own ("…, kata juru bicara Kremlin Dmitry Peskov").  A
 * longer tail with a trigger ("…, seen by Reuters, said Rwandan units had
 * been deployed …") makes the cue an ordinary verb. */
static gboolean
short_tail (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    if (is_any_trigger (c, s, k) || is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, k))
      return FALSE;
  return TRUE;
}

/* Does the cue at @i (@n tokens) close the clause before it: right after a
 * closing quote, or after a comma with no event or complementizer after
 * it ("…, demikian dilaporkan kantor berita TASS")? */
static gboolean
closes_clause (const Ctx *c, const Sent *s, Span cl, guint i, guint n)
{
  if (i <= cl.from)
    return FALSE;
  return tok_is_quote (s, i - 1) || (tok_is_punct (s, i - 1, ",") && short_tail (c, s, i + n, cl.to));
}

/* "menolak mengonfirmasi ataupun membantah", "declined to confirm or
 * deny": a verb coordinated right after a refusal or a non-confirmation is
 * refused too. */
static gboolean
under_refusal (const Ctx *c, const Sent *s, GArray *frames, guint i)
{
  if (i < 2 || !is_cat (c, s, WARTA_LEX_COORDINATOR, i - 1) || frames->len == 0)
    return FALSE;
  const Frame *f = &g_array_index (frames, Frame, frames->len - 1);
  return (f->stance == STANCE_NONCONF || f->stance == STANCE_REFUSAL) && f->cue + f->cue_n == i - 1;
}

/* Who "-nya" in "ujarnya", "katanya" is: the last speakers, else the
 * person the article introduced last ("Menteri … Birame Diop berbicara
 * kepada wartawan. "…," ujarnya."). */
static void
nya_speakers (Ctx *c, GPtrArray *sp)
{
  if (c->dis.speakers)
    for (guint k = 0; k < c->dis.speakers->len; k++)
      ptr_add_unique (sp, g_ptr_array_index (c->dis.speakers, k));
  if (sp->len == 0 && c->dis.person)
    g_ptr_array_add (sp, (gpointer) c->dis.person);
}

/* "juru bicara Kremlin Dmitry Peskov" read by the look-ahead, which learns
 * no title phrase: the body a person's title names is not a second
 * speaker beside that person. */
static void
drop_title_bodies (GPtrArray *sp)
{
  for (guint k = sp->len; k-- > 0;)
    {
      const WartaActor *body = g_ptr_array_index (sp, k);
      for (guint j = 0; j < sp->len; j++)
        {
          const WartaActor *p = g_ptr_array_index (sp, j);
          if (p->klass == WARTA_ACTOR_PERSON && g_strcmp0 (p->affiliation_iri, body->iri) == 0)
            {
              g_ptr_array_remove_index (sp, k);
              break;
            }
        }
    }
}

/* Finds the speech cues of a clause and what each governs. */
/* '"Kami belum bisa memastikan …," kata Hariyanto' and '"We cannot
 * confirm …," the spokesman said': a quotation closed by its attribution.
 * Returns the speakers the attribution names (or NULL) and sets @close to
 * the closing quote mark; cues inside the quotation with no subject of
 * their own, or with "kami", "we", speak for them. */
static GPtrArray *
closing_attribution (Ctx *c, const Sent *s, Span cl, guint *close)
{
  for (guint q = cl.from + 1; q + 1 < cl.to; q++)
    {
      if (!tok_is_quote (s, q) || tok (s, q - 1)->kind != WARTA_TOKEN_PUNCT || tok_is_quote (s, q - 1))
        continue; /* a closing mark follows the quotation's last comma or stop */
      guint n = 0, from = q + 1, to = cl.to;
      if (cat_at (c, s, WARTA_LEX_QUOTE_CUE, q + 1, &n))
        from = q + 1 + n;
      else
        {
          guint v = q + 1;
          /* '"…," Russian Foreign Ministry spokeswoman Maria Zakharova said' */
          while (v < cl.to && v < q + 10 && !cat_at (c, s, WARTA_LEX_CLAIM_VERB, v, &n))
            v++;
          if (v >= cl.to || v >= q + 10)
            return NULL;
          to = v;
        }
      GPtrArray *sp = g_ptr_array_new ();
      find_subjects (c, s, from, to, FALSE, sp);
      if (sp->len == 0 && n && tok (s, from - 1)->has_nya && from == q + 1 + n)
        nya_speakers (c, sp); /* '"…," ujarnya.' */
      filter_speakers (sp);
      drop_title_bodies (sp);
      if (sp->len == 0)
        {
          g_ptr_array_unref (sp);
          return NULL;
        }
      *close = q;
      return sp;
    }
  return NULL;
}

/* Where the words of clause @cl start right after a clause break ("… but
 * could not verify"), or 0 when no break opens it. */
static guint
after_clause_break (const Ctx *c, const Sent *s, Span cl)
{
  guint k = cl.from;
  while (k > 0 && tok (s, k - 1)->kind == WARTA_TOKEN_WORD && !clause_break_at (c, s, k - 1, NULL))
    k--;
  return k > 0 && clause_break_at (c, s, k - 1, NULL) ? k : 0;
}

/* Does clause @cl follow a clause break in a sentence whose earlier
 * clause named a speaker, with no name of its own before its first
 * verb? */
static gboolean
continues_speaker_clause (const Ctx *c, const Sent *s, Span cl)
{
  if (cl.from == 0 || c->dis.speakers_sentence != (gint) s->index_in_doc
      || c->dis.speakers->len == 0 || !after_clause_break (c, s, cl))
    return FALSE;
  for (guint j = cl.from; j < cl.to && tok (s, j)->voice != WARTA_VOICE_ACTIVE; j++)
    if (ment_at (s, j))
      return FALSE;
  return TRUE;
}

/* Is the cue at @i the asking of a press inquiry: inside one
 * ("ketika dikonfirmasi kumparan"), or after one with only the asker
 * between ("Asked by Reuters to confirm that …", "asked to confirm")? */
static gboolean
in_press_inquiry (const Ctx *c, const Sent *s, guint i)
{
  for (guint back = 1; back <= 6 && back <= i; back++)
    {
      guint k = i - back, pn;
      if (!cat_at (c, s, WARTA_LEX_PRESS_INQUIRY, k, &pn))
        continue;
      if (k + pn > i)
        return TRUE;
      gboolean asker_only = TRUE;
      for (guint j = k + pn; j < i && asker_only; j++)
        asker_only = ment_at (s, j) || is_preposition (c, s, j); /* "by Reuters to" */
      return asker_only;
    }
  return FALSE;
}

/* "The U.N. Panel of Experts examined debris but could not verify …":
 * a cue at @i in a clause that opens with "but" and names nobody before
 * the cue has the subject of the clause before, when a name opens that
 * clause (after perhaps a determiner) and it is no place. */
static void
coordinated_subject (const Ctx *c, const Sent *s, Span cl, guint i, GPtrArray *out)
{
  guint k = after_clause_break (c, s, cl);
  if (k == 0)
    return;
  for (guint j = cl.from; j < i; j++)
    if (ment_at (s, j))
      return;
  guint p = k - 1;
  while (p > 0 && !clause_break_at (c, s, p - 1, NULL) && !tok_is_punct (s, p - 1, ".")
         && !tok_is_punct (s, p - 1, ";"))
    p--;
  if (p < k - 1 && is_cat (c, s, WARTA_LEX_DETERMINER, p))
    p++;
  const Ment *m = ment_starting (s, p);
  if (m && !ment_has_class (m, WARTA_ACTOR_PLACE))
    ptr_add_unique (out, ment_pick (m, FALSE));
}

static GArray *
find_frames (Ctx *c, const Sent *s, Span cl)
{
  static const WartaLexCategory cues[] = {
    WARTA_LEX_REFUSAL_PHRASE, WARTA_LEX_NONCONFIRM_PHRASE, WARTA_LEX_DENIAL_PHRASE,
    WARTA_LEX_DENIAL_VERB, WARTA_LEX_REPORT_CONTINUATION, WARTA_LEX_ACCORDING_TO,
    WARTA_LEX_QUOTE_CUE, WARTA_LEX_CLAIM_VERB,
  };
  GArray *frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (frames, frame_clear);
  guint qclose = 0;
  g_autoptr (GPtrArray) quoted_sp = closing_attribution (c, s, cl, &qclose);
  /* a sentence inside a quotation attributed sentences later: the whole
   * clause is quoted */
  gboolean carried = !quoted_sp && c->carried_sp;
  if (carried)
    {
      quoted_sp = g_ptr_array_copy (c->carried_sp, NULL, NULL);
      qclose = cl.to;
    }
  for (guint i = cl.from; i < cl.to; i++)
    {
      const WartaLexEntry *e = NULL;
      guint n = 0;
      WartaLexCategory cat = 0;
      for (guint k = 0; k < G_N_ELEMENTS (cues) && !e; k++)
        {
          /* "kata", "said" report the clause before them only right after
           * a comma or a closing quote; elsewhere they are plain verbs */
          if ((e = cat_at (c, s, cues[k], i, &n)) && cues[k] == WARTA_LEX_QUOTE_CUE
              && !closes_clause (c, s, cl, i, n))
            e = NULL;
          if (e)
            cat = cues[k];
        }
      if (!e)
        continue;
      if (in_press_inquiry (c, s, i))
        continue; /* "… ketika dikonfirmasi kumparan", "asked to confirm" */
      if (cat == WARTA_LEX_DENIAL_VERB && under_refusal (c, s, frames, i))
        {
          i += n - 1;
          continue; /* "menolak mengonfirmasi ataupun membantah": refused to deny, too */
        }
      const WartaActor *noun_source = (cat == WARTA_LEX_CLAIM_VERB || cat == WARTA_LEX_DENIAL_VERB)
                                      ? nominal_cue_source (c, s, i, n) : NULL;
      if (!noun_source && (cat == WARTA_LEX_CLAIM_VERB || cat == WARTA_LEX_DENIAL_VERB) && is_noun_cue (c, s, i))
        continue; /* "laporan", "tuduhan tersebut": the noun, not the verb */
      if (cat == WARTA_LEX_CLAIM_VERB && conditional_in (c, s, i > cl.from + 3 ? i - 3 : cl.from, i))
        continue; /* "Jika laporan ini terkonfirmasi", "if confirmed": nobody confirms */
      Stance st = stance_of_category (cat);
      g_autoptr (GPtrArray) sp = g_ptr_array_new ();
      gboolean quoted = quoted_sp && i < qclose;
      c->cur_speakers = frames->len ? g_array_index (frames, Frame, frames->len - 1).speakers
                        : quoted ? quoted_sp : NULL;
      guint from = i + n, to = cl.to;
      const char *rule = "speech.verb";
      gboolean negated = cue_negated (c, s, cl.from, i);
      if (cat == WARTA_LEX_ACCORDING_TO)
        {
          /* Menurut X, CONTENT.  A pronoun further on is no source: in
           * "citing convoys of trucks they said they had seen" "they"
           * are the speakers named before the cue */
          guint j = i + n;
          while (j < cl.to && !tok_is_punct (s, j, ",")
                 && !(j > i + n + 1 && is_cat (c, s, WARTA_LEX_SPEAKER_ANAPHOR, j)))
            j++;
          find_subjects (c, s, i + n, j, FALSE, sp);
          /* "citing operational security": a reason, not a source */
          if (sp->len == 0 && warta_lex_entry_attr (e, "needsSource"))
            {
              i += n - 1;
              continue;
            }
          /* "Menurut X, yang memberi keterangan seusai rapat, CONTENT",
           * "According to X, who briefed reporters, CONTENT": the aside
           * is about the source, the content follows it */
          guint k;
          if (j + 1 < cl.to && is_cat (c, s, WARTA_LEX_RELATIVIZER, j + 1) && (k = appositive_close (s, j)))
            j = k;
          from = j < cl.to ? j + 1 : cl.to;
          to = cl.to;
          /* "CONTENT, according to AU figures." reports what precedes;
           * "Poland has deployed …, according to the ministry, and is
           * building …" and "Russia, according to Kyiv, has sent …"
           * report the whole clause around the source */
          if (i > cl.from && tok_is_punct (s, i - 1, ","))
            {
              from = content_lo (frames, cl.from, i);
              to = j < cl.to ? cl.to : i - 1;
            }
          rule = "speech.according-to";
        }
      else if (noun_source)
        {
          /* "drew a sharp denial from Havana", "menuai bantahan dari
           * Moskow": the source follows the noun; the content is what a
           * complementizer after it opens, else nothing in the clause (the
           * statement is about an earlier event) */
          ptr_add_unique (sp, (gpointer) noun_source);
          from = to = i + n;
          guint k = complementizer_end (c, s, i + n, cl.to, 8, FALSE);
          if (k)
            {
              from = k;
              to = cl.to;
            }
          /* "a report by AFP" with no content of its own claims nothing */
          if (from >= to && st == STANCE_CLAIM)
            {
              i += n - 1;
              continue;
            }
          rule = "speech.noun-source";
        }
      else if (cat == WARTA_LEX_REPORT_CONTINUATION)
        {
          if (c->dis.speakers)
            for (guint k = 0; k < c->dis.speakers->len; k++)
              ptr_add_unique (sp, g_ptr_array_index (c->dis.speakers, k));
          rule = "speech.continuation";
        }
      else if (cat == WARTA_LEX_QUOTE_CUE)
        {
          /* "CONTENT," kata X  — the speaker follows; -nya is the last
           * speaker.  '"…," Lana Nusseibeh, the UAE's assistant minister,
           * said': a name and its appositive before the cue */
          const Ment *before = i > cl.from + 2 && tok_is_punct (s, i - 1, ",")
                                   ? appositive_subject (s, cl.from, i - 1) : NULL;
          if (before && before->first > 0 && tok_is_quote (s, before->first - 1))
            ptr_add_unique (sp, ment_pick (before, FALSE));
          else
            find_subjects (c, s, i + n, cl.to, FALSE, sp);
          if (sp->len == 0 && tok (s, i + n - 1)->has_nya)
            nya_speakers (c, sp);
          from = cl.from;
          to = i;
          rule = "speech.quote-cue";
        }
      else if (cat == WARTA_LEX_DENIAL_PHRASE && qualifies_denial_verb (frames, i))
        {
          i += n - 1;
          continue; /* "rejected as \"groundless\" reports that …": the verb's own judgement */
        }
      else if (cat == WARTA_LEX_DENIAL_PHRASE)
        {
          /* "tidak benar bahwa X" denies what follows; "menyebut tuduhan
           * itu tidak berdasar", "… sebagai berita palsu" qualify what
           * precedes */
          guint lo2 = content_lo (frames, cl.from, i);
          /* inside another verb's report ("Kremlin menyebut tuduhan Iran …
           * tidak berdasar") or a quotation ('"Tuduhan bahwa Korea Utara
           * memasok amunisi … tidak berdasar," kata Peskov') the phrase is
           * that speaker's judgement; what stands before it is its topic,
           * not its subject */
          if ((lo2 > cl.from || quoted) && c->cur_speakers && c->cur_speakers->len)
            for (guint k = 0; k < c->cur_speakers->len; k++)
              ptr_add_unique (sp, g_ptr_array_index (c->cur_speakers, k));
          else
            denial_phrase_subjects (c, s, lo2, i, sp);
          guint cn;
          if (cat_at (c, s, WARTA_LEX_COMPLEMENTIZER, i + n, &cn))
            {
              from = i + n + cn;
              to = cl.to;
            }
          else
            {
              from = lo2;
              to = i;
            }
          rule = "speech.denial-phrase";
        }
      else if ((st == STANCE_CLAIM || st == STANCE_DENIAL) && i > cl.from
               && !is_cat (c, s, WARTA_LEX_PRESS_INQUIRY, cl.from) /* "Asked by Reuters …, X said" */
               && (!cue_has_content_after (c, s, i + n, cl.to) || attribution_after_comma (c, s, frames, cl, i)
                   || quotation_before_cue (c, s, cl, i, n)))
        {
          /* "CONTENT, X mengonfirmasi." */
          guint sstart = postposed_speaker_start (s, cl.from, i);
          find_subjects (c, s, sstart, i, FALSE, sp);
          from = cl.from;
          to = sstart;
          rule = "speech.postposed";
        }
      else if (voice_of (c, s, i) == WARTA_VOICE_PASSIVE && !warta_lex_entry_attr (e, "copular"))
        {
          /* "hal ini dibantah (oleh) Korea Utara": the speaker follows
           * ("was unable to confirm" is a copula and a predicate) */
          guint j = i + n;
          guint an;
          if (cat_at (c, s, WARTA_LEX_PREP_AGENT, j, &an))
            j += an;
          const Ment *m = ment_starting (s, j);
          if (m)
            ptr_add_unique (sp, ment_pick (m, FALSE));
          from = content_lo (frames, cl.from, i);
          to = cl.to;
          /* "X menuding …, tudingan yang langsung ditepis Moskow": a
           * relative passive judges the report before it and governs no
           * event of its own */
          if (relative_before (c, s, cl.from, i))
            from = i + n;
          rule = "speech.passive";
        }
      else
        {
          if (!continues_attribution (s, frames, i, sp)
              && !participle_attribution (c, s, frames, cl.from, i, sp))
            find_subjects (c, s, content_lo (frames, cl.from, i), i, FALSE, sp);
          const WartaActor *ante = sp->len == 0 ? relative_antecedent (c, s, cl.from, i) : NULL;
          if (ante)
            ptr_add_unique (sp, (gpointer) ante);
          if (sp->len == 0 && frames->len == 0)
            coordinated_subject (c, s, cl, i, sp);
          /* the content starts after a complementizer if one follows,
           * unless another's report comes first ("membantah laporan
           * Reuters yang menyebut bahwa …": the report is what is denied) */
          guint k = complementizer_end (c, s, i + n, cl.to, 6, TRUE);
          if (k)
            from = k;
        }
      filter_speakers (sp);
      /* a cue with no subject of its own inside another's report speaks
       * for that source: "X mengatakan tidak benar bahwa …" */
      if (sp->len == 0 && c->cur_speakers && i >= content_lo (frames, cl.from, i)
          && content_lo (frames, cl.from, i) > cl.from
          /* but "Kremlin membantah laporan yang menyebutkan bahwa …": the
           * report is what the source denies, not what it says */
          && !relative_report_at (c, s, content_lo (frames, cl.from, i), i)
          /* "rejected a report which …" */
          && !(i > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1)))
        for (guint k = 0; k < c->cur_speakers->len; k++)
          ptr_add_unique (sp, g_ptr_array_index (c->cur_speakers, k));
      /* "X mengatakan …, tetapi belum dapat memastikan …", "X said …, but
       * could not confirm …": a clause after a break in the same sentence
       * with no subject of its own goes on with the earlier clause's
       * speaker */
      if (sp->len == 0 && frames->len == 0 && continues_speaker_clause (c, s, cl))
        for (guint k = 0; k < c->dis.speakers->len; k++)
          ptr_add_unique (sp, g_ptr_array_index (c->dis.speakers, k));
      /* inside a quotation, the one its attribution names; what it
       * governs ends with the quotation */
      if (sp->len == 0 && quoted && cat != WARTA_LEX_QUOTE_CUE)
        for (guint k = 0; k < quoted_sp->len; k++)
          ptr_add_unique (sp, g_ptr_array_index (quoted_sp, k));
      if (quoted && to > qclose)
        to = qclose;
      if (from >= to && st != STANCE_REFUSAL && !noun_source)
        {
          i += n - 1;
          continue; /* nothing reported */
        }
      /* "X, tidak membantah bahwa …" with X unknown: still nothing is
       * asserted, so the frame stays (as a cancelled one, below) */
      gboolean cancels = negated && st == STANCE_DENIAL && cat != WARTA_LEX_DENIAL_PHRASE;
      if (sp->len == 0 && st != STANCE_REFUSAL && !cancels)
        {
          /* "diperkirakan", "dilaporkan" with nobody named: no source to
           * attribute anything to, so no frame; the analyst is told */
          if (c->warnings)
            {
              g_autofree char *cue = span_text (s, i, i + n);
              g_ptr_array_add (c->warnings,
                               g_strdup_printf ("%s: \"%s\" names no source that warta knows; "
                                                "not attributed: %s", c->doc->id, cue, s->text));
            }
          i += n - 1;
          continue;
        }
      if (negated)
        {
          if (st == STANCE_CLAIM && warta_lex_entry_attr (e, "negatedAs"))
            st = STANCE_NONCONF;
          else if (st == STANCE_DENIAL && cat == WARTA_LEX_DENIAL_PHRASE)
            continue; /* "bukan berita palsu" says nothing by itself */
          else
            st = STANCE_CANCELLED;
        }
      /* "rejected a report that Britain intended …": a report noun
       * between another cue and that cue's content is what the cue is
       * about, not a statement of its own */
      if (st == STANCE_CLAIM && i > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1) && frames->len
          && g_array_index (frames, Frame, frames->len - 1).cue < i
          && i < g_array_index (frames, Frame, frames->len - 1).from)
        {
          i += n - 1;
          continue;
        }
      if (to <= i)
        end_reports_before (frames, from, to);
      add_frame (frames, st, i, n, from, to, g_steal_pointer (&sp), rule, e);
      i += n - 1;
    }
  /* the quotation itself, as if its attribution closed the clause: the
   * cue sits right after the content, like "…," kata X */
  if (carried && cl.from < cl.to)
    add_frame (frames, STANCE_CLAIM, cl.to, 0, cl.from, cl.to,
               g_ptr_array_copy (c->carried_sp, NULL, NULL), "speech.quote-carried", NULL);
  c->cur_speakers = NULL;
  return frames;
}

/* The innermost frame governing token @i (frames are in text order; a
 * later cue whose content covers @i is nested deeper). */
static int
governing_frame (GArray *frames, guint i)
{
  int best = -1;
  for (guint k = 0; k < frames->len; k++)
    {
      Frame *f = &g_array_index (frames, Frame, k);
      if (i >= f->from && i < f->to && !(i >= f->cue && i < f->cue + f->cue_n))
        {
          if (best < 0)
            best = (int) k;
          else
            {
              Frame *b = &g_array_index (frames, Frame, best);
              if (f->to - f->from <= b->to - b->from)
                best = (int) k;
            }
        }
    }
  return best;
}

/* ------------------------------------------------------------------ */
/* Layer 4b: event frames                                              */

static void
ev_clear (gpointer p)
{
  Ev *e = p;
  g_clear_pointer (&e->fact, warta_fact_free);
  g_clear_pointer (&e->rule, g_free);
}

typedef struct {
  gboolean troops;       /* a troop noun heads the object */
  gboolean weapons;
  gboolean other;        /* some other object: a delegation, a warning */
  gint64 count;
  char *unit;
  const WartaActor *owner; /* "pasukan Korea Utara", "North Korean troops" */
  guint end;             /* token after the noun phrase */
  char *item;            /* weapons as written */
  char *quantity;        /* the count of the first weapons, as written ("20", "12 million") */
  gboolean anaphoric;    /* "pasukan tersebut", "mereka" */
  gboolean formation;    /* "dua brigade": a number counts units, not soldiers */
  gint64 pending;        /* a count not yet attached to a noun */
  guint start;           /* first token of the phrase */
  guint head;            /* the first troop noun (valid when troops) */
  gboolean former;       /* "mantan prajurit", "former soldiers": out of service */
  const char *irregular; /* "mercenaries": a force a state does not send (warta:irregular) */
  gboolean needs_side;   /* "warga": fighters only for a side the clause names (warta:needsSide) */
  const WartaActor *nationality; /* the state an irregular force comes from ("asal Kolombia") */
} NounPhrase;

static gboolean clause_verb_at (const Ctx *c, const Sent *s, guint i);

static void
np_clear (NounPhrase *np)
{
  g_clear_pointer (&np->unit, g_free);
  g_clear_pointer (&np->item, g_free);
  g_clear_pointer (&np->quantity, g_free);
}

static gboolean
number_is_count (const WartaToken *t)
{
  return t->kind == WARTA_TOKEN_NUMBER && !t->is_money && t->number >= 1
         && t->number < 1e7 && t->number == (double) (gint64) t->number;
}

/* A number at @j that can count weapons: "12 million", "6.5 million",
 * "250"; not money, and not negated ("tidak satu pun", not a single
 * one). */
static gboolean
weapon_quantity (const Ctx *c, const Sent *s, guint j)
{
  const WartaToken *t = tok (s, j);
  if (t->kind != WARTA_TOKEN_NUMBER || t->is_money || t->number < 1)
    return FALSE;
  return !(j > 0 && is_cat (c, s, WARTA_LEX_NEGATOR, j - 1));
}

/* A money amount ends right before @j ("1 miliar dolar", "US$1 billion"):
 * a state after it qualifies the currency ("dolar AS"). */
static gboolean
is_money_before (const Sent *s, guint j)
{
  const WartaToken *p = tok (s, j - 1);
  if (p->kind == WARTA_TOKEN_NUMBER)
    return p->is_money;
  if (p->kind != WARTA_TOKEN_WORD)
    return FALSE;
  g_autofree char *folded = g_utf8_casefold (p->text, -1);
  return warta_token_is_currency_word (folded);
}

/* A state that only qualifies a currency ("kontrak senilai 5,43 miliar
 * dolar AS", "worth 5.43 billion US dollars"): no treaty's party. */
static gboolean
currency_mention (const Sent *s, const Ment *m)
{
  if (m->first > 0 && is_money_before (s, m->first))
    return TRUE;
  guint end = m->first + m->n; /* "5.43 billion US dollars": a currency word after it */
  return end < s->n_toks && tok (s, end)->kind == WARTA_TOKEN_WORD && is_money_before (s, end + 1);
}

/* A mention of an organisation whose name is a troop word and its state
 * ("Tentara Rwanda", "Sudanese army" when the registry lists them). */
static gboolean
names_armed_forces (Ctx *c, const Sent *s, const Ment *m)
{
  if (!ment_has_class (m, WARTA_ACTOR_ORGANIZATION) || ment_has_class (m, WARTA_ACTOR_STATE))
    return FALSE;
  return troops_in (c, s, m->first, m->first + m->n);
}

/* "2,500 of the American soldiers": a count, "of" and a determiner */
static gboolean
partitive_of (const Ctx *c, const Sent *s, guint j)
{
  return c->wlang == WARTA_LANG_EN && j > 0 && j + 1 < s->n_toks && number_is_count (tok (s, j - 1))
         && g_ascii_strcasecmp (tok (s, j)->text, "of") == 0 && is_cat (c, s, WARTA_LEX_DETERMINER, j + 1);
}

/* "thousands", "ribuan": a quantity without a number */
static gboolean
is_vague_quantity (const WartaToken *t)
{
  if (t->kind != WARTA_TOKEN_WORD)
    return FALSE;
  g_autofree char *folded = g_utf8_casefold (t->text, -1);
  return warta_number_is_vague (folded);
}

/* English puts the head last: a troop noun inside a name ("Maritime
 * Self-Defense Force", "Marine Corps") followed by a plain noun of no
 * category ("destroyers", "headquarters") only modifies that noun. */
static gboolean
name_modifies_noun (const Ctx *c, const Sent *s, guint j, guint n)
{
  static const WartaLexCategory heads[] = {
    WARTA_LEX_TROOP_NOUN, WARTA_LEX_UNIT_NOUN, WARTA_LEX_WEAPON_NOUN, WARTA_LEX_RELATIVIZER,
    WARTA_LEX_ASPECT_ADVERB, WARTA_LEX_NEGATOR, WARTA_LEX_DETERMINER, WARTA_LEX_COORDINATOR,
  };
  guint k = j + n;
  if (c->wlang != WARTA_LANG_EN || k >= s->n_toks || !g_unichar_isupper (g_utf8_get_char (tok (s, j + n - 1)->text)))
    return FALSE;
  WartaToken *t = tok (s, k);
  return t->kind == WARTA_TOKEN_WORD && !g_unichar_isupper (g_utf8_get_char (t->text)) && !ment_at (s, k)
         && !is_cat_in (c, s, k, heads, G_N_ELEMENTS (heads)) && !is_preposition (c, s, k)
         && !is_any_trigger (c, s, k);
}

/* The length of a lexicon phrase of @n tokens at @j cut where a mention
 * starts inside it: in "instruktur militer Prancis" the name "militer
 * Prancis" (the French armed forces) owns the trainers, so the noun is
 * "instruktur" alone. */
static guint
clip_before_mention (const Sent *s, guint j, guint n)
{
  for (guint k = j + 1; k < j + n; k++)
    if (ment_starting (s, k))
      return k - j;
  return n;
}

/* Does a weapon noun start at @k, or right after a preposition there
 * ("units of tanks")?  *@skip: the tokens before it. */
static gboolean
weapons_follow (const Ctx *c, const Sent *s, guint k, guint *skip)
{
  *skip = is_preposition (c, s, k) ? 1 : 0;
  return is_cat (c, s, WARTA_LEX_WEAPON_NOUN, k + *skip);
}

/* After an Indonesian classifier ("unit", "satuan"), a plain noun that
 * is neither troops, weapons nor a name: "40 unit kendaraan", "dua unit
 * alat berat". */
static gboolean
things_follow (const Ctx *c, const Sent *s, guint k)
{
  static const WartaLexCategory not_things[] = {
    WARTA_LEX_TROOP_NOUN, WARTA_LEX_UNIT_NOUN, WARTA_LEX_WEAPON_NOUN, WARTA_LEX_RELATIVIZER,
    WARTA_LEX_DETERMINER, WARTA_LEX_COORDINATOR, WARTA_LEX_DEMONSTRATIVE, WARTA_LEX_ASPECT_ADVERB,
  };
  if (c->wlang != WARTA_LANG_ID || k >= s->n_toks)
    return FALSE;
  const WartaToken *t = tok (s, k);
  return t->kind == WARTA_TOKEN_WORD && !t->capitalized && !ment_at (s, k)
         && !is_preposition (c, s, k) && t->voice != WARTA_VOICE_ACTIVE
         && t->voice != WARTA_VOICE_PASSIVE && !is_any_trigger (c, s, k)
         && !is_cat_in (c, s, k, not_things, G_N_ELEMENTS (not_things));
}

/* Does a casualty word follow the troop noun ending before @k, after at
 * most an owner ("tentara Korea Utara tewas", "soldiers were killed")? */
static gboolean
casualties_follow (const Ctx *c, const Sent *s, guint k, guint to)
{
  const Ment *m = ment_starting (s, k);
  if (m)
    k = m->first + m->n;
  return k < to && is_cat (c, s, WARTA_LEX_CASUALTY_WORD, k);
}

/* "tentara bayaran asal Kolombia", "Colombian mercenaries": fighters of a
 * nationality are not troops their state sends.  They are a group of
 * their own ("Colombian mercenaries"), with no affiliation to the state. */
static const WartaActor *
irregular_force (Ctx *c, const WartaActor *state, const char *noun)
{
  WartaActor *a = actor_of_state (c, WARTA_ACTOR_ORGANIZATION, state, noun, "from", NULL);
  return a ? a : state;
}

/* The end of a negator phrase covering token @j ("satu" in "tidak ada
 * satu pun", "single" in "not a single"), or 0. */
static guint
negator_over (const Ctx *c, const Sent *s, guint j)
{
  for (guint back = 0; back <= 3 && back <= j; back++)
    {
      guint nn;
      if (cat_at (c, s, WARTA_LEX_NEGATOR, j - back, &nn) && j - back + nn > j)
        return j - back + nn;
    }
  return 0;
}

/* Does a casualty word stand shortly before the number at @k ("cost the
 * lives of at least 14 South African troops", "merenggut nyawa 14
 * tentara")?  Not across punctuation. */
static gboolean
casualties_before (const Ctx *c, const Sent *s, guint k)
{
  for (guint b = k; b > 0 && b + 5 > k; b--)
    {
      if (tok (s, b - 1)->kind == WARTA_TOKEN_PUNCT)
        return FALSE;
      if (is_cat (c, s, WARTA_LEX_CASUALTY_WORD, b - 1))
        return TRUE;
    }
  return FALSE;
}

/* Is the state mention @m the start of a route ("from Syria to Libya",
 * "dari Israel ke Jerman"): a destination preposition right after it? */
static gboolean
starts_route (const Ctx *c, const Sent *s, const Ment *m)
{
  return ment_has_class (m, WARTA_ACTOR_STATE)
         && is_cat (c, s, WARTA_LEX_PREP_DESTINATION, m->first + m->n);
}

/* Is a word in [@from, @to) owned by a pronoun: the clitic -nya
 * ("pasukannya", "personel militernya") or a possessive determiner ("its
 * troops")?  Such troops have their owner already: "from Syria" after
 * them is where they left from. */
static gboolean
possessed_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    {
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_DETERMINER, k, NULL);
      if (tok (s, k)->has_nya || (e && warta_lex_entry_attr (e, "possessive")))
        return TRUE;
    }
  return FALSE;
}

/* Are the troops of @np owned by a pronoun: "pasukannya", "its
 * soldiers"?  Only the head noun counts: "-nya" elsewhere is often no
 * possessive ("400 tentara lainnya"); former soldiers ("mantan
 * prajuritnya") are owned by nobody. */
static gboolean
np_possessed (const Ctx *c, const Sent *s, const NounPhrase *np)
{
  if (!np->troops || np->former)
    return FALSE;
  if (tok (s, np->head)->has_nya)
    return TRUE; /* "pasukannya" */
  /* "pasukan kami", "tentara kami": the first person after the noun */
  const WartaLexEntry *pro = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, np->head + 1, NULL);
  if (c->wlang == WARTA_LANG_ID && pro && refers_to (pro, "Speaker"))
    return TRUE;
  const WartaLexEntry *e = np->head > np->start
                               ? cat_at (c, s, WARTA_LEX_DETERMINER, np->head - 1, NULL) : NULL;
  return e && warta_lex_entry_attr (e, "possessive"); /* "its soldiers" */
}

/* "armed drones", "trained fighters": an English -ed form right before
 * a weapon or troop noun is an adjective of it, no verb. */
static gboolean
adjectival_participle (const Ctx *c, const Sent *s, guint i)
{
  return c->wlang == WARTA_LANG_EN && i + 1 < s->n_toks && g_str_has_suffix (tok (s, i)->fold, "ed")
         && (is_cat (c, s, WARTA_LEX_WEAPON_NOUN, i + 1) || is_cat (c, s, WARTA_LEX_TROOP_NOUN, i + 1));
}

/* Reads a noun phrase that may hold troops or weapons, starting at @i
 * (after a transitive trigger) or ending before a trigger (subject). */
static void
read_np (Ctx *c, const Sent *s, guint i, guint to, NounPhrase *np)
{
  np->count = -1;
  np->start = i;
  guint j = i;
  gint64 pending = -1;
  guint qty_at = 0; /* 1 + the last number read, a quantity of weapons however large */
  const WartaActor *pending_owner = NULL;
  for (guint steps = 0; j < to && steps < 10; steps++)
    {
      guint n;
      const WartaLexEntry *e;
      WartaToken *t = tok (s, j);
      guint nend = negator_over (c, s, j);
      if (nend)
        {
          j = nend; /* "tidak ada satu pun tentara": "satu" counts nobody */
          pending = -1;
          continue;
        }
      if (weapon_quantity (c, s, j))
        qty_at = j + 1;
      if (number_is_count (t))
        {
          pending = casualties_before (c, s, j) ? -1 : (gint64) t->number;
          j++;
          continue;
        }
      const Ment *m = ment_starting (s, j);
      guint tn = 0;
      gboolean force_name = m && cat_at (c, s, WARTA_LEX_TROOP_NOUN, j, &tn) && m->n > tn
                            && !ment_has_class (m, WARTA_ACTOR_PLACE);
      if (m && (force_name || (!np->troops && !np->weapons && names_armed_forces (c, s, m))))
        {
          /* "Tentara Rwanda dikerahkan", "Rwandan army units": a state's
           * army named as a body is its troops; so is a body whose name
           * opens with a troop noun ("personel Polisi Bersenjata Rakyat
           * (PAP) China") */
          WartaActor *a = ment_pick (m, FALSE);
          np->troops = TRUE;
          if (!np->owner)
            np->owner = (WartaActor *) (state_of (c, a) ?: a);
          if (pending >= 0 && np->count < 0)
            np->count = pending;
          j = m->first + m->n;
          continue;
        }
      /* the longer phrase wins ("fighter jets" are weapons, not fighters);
       * a troop or unit phrase at least as long is read below */
      guint nw = 0, nt = 0, nu = 0;
      const WartaLexEntry *we = cat_at (c, s, WARTA_LEX_WEAPON_NOUN, j, &nw);
      if (we && (!cat_at (c, s, WARTA_LEX_TROOP_NOUN, j, &nt) || nw > nt)
          && (!cat_at (c, s, WARTA_LEX_UNIT_NOUN, j, &nu) || nw > nu))
        {
          if (imitation_weapon (c, s, j, nw))
            {
              j += nw;
              continue;
            }
          np->weapons = TRUE;
          if (!np->item && qty_at)
            np->quantity = span_text (s, qty_at - 1, qty_at);
          if (!np->item)
            np->item = span_text (s, j, j + nw);
          j += nw;
          continue;
        }
      if ((e = cat_at (c, s, WARTA_LEX_UNIT_NOUN, j, &n)))
        {
          np->troops = TRUE;
          if (!np->unit)
            np->unit = g_strdup (warta_lex_entry_attr (e, "unitLabel") ?: entry_english (e));
          if (pending >= 0 && np->count < 0)
            np->count = pending;
          j += n;
          continue;
        }
      guint of = 0;
      if ((e = cat_at (c, s, WARTA_LEX_TROOP_NOUN, j, &n)))
        n = clip_before_mention (s, j, n);
      if (e && warta_lex_entry_attr (e, "classifier") && !np->troops && !np->weapons
          && things_follow (c, s, j + n))
        {
          /* "40 unit kendaraan dan alat berat": the classifier counts the
           * vehicles, and the phrase names no troops */
          np->other = TRUE;
          j += n + 1;
          break;
        }
      if (e && (name_modifies_noun (c, s, j, n)
              || (warta_lex_entry_attr (e, "classifier") && weapons_follow (c, s, j + n, &of))))
        {
          /* "Self-Defense Force destroyers": the ships are the head; "dua
           * unit tank", "units of tanks": a classifier counts the weapons */
          j += n + of;
          continue;
        }
      if (e && casualties_follow (c, s, j + n, to))
        {
          /* "300 tentara Korea Utara tewas", "1,200 soldiers were killed":
           * a count of the dead is no count of the troops sent */
          const Ment *om = ment_starting (s, j + n);
          np->troops = TRUE;
          np->count = pending = -1;
          if (om && !np->owner && !ment_has_class (om, WARTA_ACTOR_PLACE))
            np->owner = ment_pick (om, FALSE);
          if (!np->owner && c->wlang == WARTA_LANG_EN)
            np->owner = pending_owner;
          j = to;
          break;
        }
      if (e)
        {
          if (!np->troops)
            np->head = j;
          np->troops = TRUE;
          if (!np->irregular)
            np->irregular = warta_lex_entry_attr (e, "irregular");
          if (warta_lex_entry_attr (e, "needsSide"))
            np->needs_side = TRUE;
          if (warta_lex_entry_attr (e, "formation"))
            {
              pending = -1; /* "dua brigade": units, not soldiers */
              np->formation = TRUE;
            }
          if (pending >= 0 && np->count < 0)
            np->count = pending;
          j += n;
          continue;
        }
      if (m && j > 0 && is_money_before (s, j))
        {
          j = m->first + m->n; /* "senilai 1 miliar dolar AS": a currency, not an owner */
          continue;
        }
      /* "the troops leaving Senegal": in English a participle after the
       * noun starts a clause of its own; what it names owns nothing */
      if (m && (np->troops || np->weapons) && c->wlang == WARTA_LANG_EN && j > 0
          && clause_verb_at (c, s, j - 1))
        break;
      if (m && (np->troops || np->weapons) && !np->owner)
        {
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass != WARTA_ACTOR_PLACE)
            np->owner = a;
          j = m->first + m->n;
          continue;
        }
      if (m && !np->troops && !np->weapons && !pending_owner)
        {
          /* English puts the owner first: "North Korean soldiers" */
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass == WARTA_ACTOR_STATE || a->klass == WARTA_ACTOR_ORGANIZATION)
            pending_owner = a;
          j = m->first + m->n;
          continue;
        }
      if (!np->troops && is_cat (c, s, WARTA_LEX_FORMER_MARKER, j))
        np->former = TRUE; /* and read on as an ordinary word */
      if (is_cat (c, s, WARTA_LEX_EVENT_ANAPHOR, j) || is_cat (c, s, WARTA_LEX_SPEAKER_ANAPHOR, j))
        {
          np->anaphoric = TRUE;
          j++;
          continue;
        }
      if (is_preposition (c, s, j) && j + 1 < to
          && (number_is_count (tok (s, j + 1))
              || (j + 2 < to && number_is_count (tok (s, j + 2)) && tok (s, j + 1)->kind == WARTA_TOKEN_WORD
                  && !tok (s, j + 1)->capitalized && !is_any_trigger (c, s, j + 1))))
        {
          j++; /* "lebih dari 13.000", "at least 12,000": a bound on the number */
          continue;
        }
      guint on = 0;
      const WartaLexEntry *oe = !np->owner ? cat_at (c, s, WARTA_LEX_PREP_ORIGIN, j, &on) : NULL;
      const Ment *made = oe && np->weapons && warta_lex_entry_attr (oe, "madeBy") ? ment_starting (s, j + on) : NULL;
      if (made && !ment_has_class (made, WARTA_ACTOR_PLACE))
        {
          /* "drone buatan Baykar", "missiles made by Iran" */
          WartaActor *a = ment_pick (made, FALSE);
          np->owner = (WartaActor *) (state_of (c, a) ?: a);
          j = made->first + made->n;
          continue;
        }
      guint oat = j + on;
      if (oe && oat < to && (is_cat (c, s, WARTA_LEX_DETERMINER, oat) || is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, oat)))
        oat++; /* "soldiers from a U.S. Army brigade" */
      const Ment *origin = np->troops && oe ? ment_starting (s, oat) : NULL;
      if (origin && !ment_has_class (origin, WARTA_ACTOR_STATE) && ment_has_class (origin, WARTA_ACTOR_ORGANIZATION))
        {
          /* "soldiers from the U.S. Army", "prajurit dari TNI AD",
           * "fighters from Hezbollah" */
          WartaActor *a = ment_pick (origin, FALSE);
          np->owner = (WartaActor *) (state_of (c, a) ?: a);
          j = origin->first + origin->n;
          continue;
        }
      /* "flown military personnel from Syria to Libya", "dipindahkan
       * dari Suriah ke Libya": a state followed by where they went is the
       * start of a route, not their owner */
      if (origin && starts_route (c, s, origin))
        {
          j = origin->first + origin->n;
          continue;
        }
      if (origin && ment_has_class (origin, WARTA_ACTOR_STATE)
          && !possessed_in (c, s, np->start, j))
        {
          /* "tentara bayaran asal Kolombia", "troops from North Korea" */
          for (guint k = 0; k < origin->cands->len; k++)
            if (((WartaActor *) g_ptr_array_index (origin->cands, k))->klass == WARTA_ACTOR_STATE)
              np->owner = g_ptr_array_index (origin->cands, k);
          j = origin->first + origin->n;
          continue;
        }
      if (is_preposition (c, s, j) && j > i && !np->troops && !np->weapons
          && (is_vague_quantity (tok (s, j - 1)) || is_cat (c, s, WARTA_LEX_SUPPLY_TRIGGER, j - 1)
              || partitive_of (c, s, j)))
        {
          j++; /* "thousands of troops", "hundreds of drones", "shipments of
                * missiles", "2,500 of the soldiers" */
          continue;
        }
      if (is_cat (c, s, WARTA_LEX_RELATIVIZER, j) && !np->troops && !np->weapons)
        {
          /* "kontainer yang berisi amunisi": the relative clause says what
           * the containers hold */
          gboolean found = FALSE;
          for (guint k = j + 1; k < to && k < j + 5 && !found; k++)
            if (is_cat (c, s, WARTA_LEX_WEAPON_NOUN, k))
              {
                found = TRUE;
                j = k;
              }
          if (found)
            {
              np->other = FALSE;
              continue;
            }
        }
      /* "dozens of armed drones", "guided missiles": an English
       * participle right before the head noun is an adjective */
      if (adjectival_participle (c, s, j))
        {
          j++;
          continue;
        }
      if (t->kind == WARTA_TOKEN_PUNCT || is_preposition (c, s, j)
          || is_cat (c, s, WARTA_LEX_RELATIVIZER, j) || t->voice == WARTA_VOICE_ACTIVE
          || t->voice == WARTA_VOICE_PASSIVE)
        {
          /* "1.500 tentara, termasuk pasukan khusus," — a list intro after a
           * comma may add a unit */
          if (tok_is_punct (s, j, ",") && is_cat (c, s, WARTA_LEX_LIST_INTRO, j + 1))
            {
              j += 2;
              continue;
            }
          break;
        }
      /* an ordinary word: a head noun other than troops or weapons ends
       * the phrase unless we have not found anything yet */
      if (!np->troops && !np->weapons && !is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, j)
          && !number_is_count (t) && pending < 0 && steps >= 1)
        np->other = TRUE;
      j++;
    }
  np->end = j;
  np->pending = np->count < 0 ? pending : -1;
  if (!np->owner && (np->troops || np->weapons) && c->wlang == WARTA_LANG_EN)
    np->owner = pending_owner;
  if (np->irregular && np->owner && np->owner->klass == WARTA_ACTOR_STATE)
    {
      np->nationality = np->owner;
      np->owner = irregular_force (c, np->owner, np->irregular);
    }
}

/* The first word of the run of capitalised words, none a mention, that
 * ends at @k (not before @lo); @k itself when it is alone. */
static guint
capitalised_run_start (const Sent *s, guint lo, guint k)
{
  guint st = k;
  while (st > lo && unknown_name_word (s, k) && unknown_name_word (s, st - 1))
    st--;
  return st;
}

/* Is the verb at @trig in a relative clause whose head is no troop or
 * weapon phrase ('… sebagai "rumor tidak berdasar" yang sengaja
 * disebarkan Seoul', "propaganda which was sent by Seoul")?  The subject
 * of "yang"/"which" is the noun just before it; troops named earlier in
 * the clause are not what was spread.  (English "that" is no relativizer
 * here: it is mostly a complementizer.) */
static gboolean
relative_head_is_other (Ctx *c, const Sent *s, guint lo, guint trig)
{
  /* the relativizer stands right before the verb, or a few adverbs or
   * an auxiliary before it ("yang sengaja disebarkan", "which was sent") */
  guint r = trig;
  while (r > lo && !is_cat (c, s, WARTA_LEX_RELATIVIZER, r - 1))
    {
      WartaToken *t = tok (s, r - 1);
      gboolean aux = is_cat (c, s, WARTA_LEX_PASSIVE_AUX, r - 1);
      if (t->kind != WARTA_TOKEN_WORD || trig - r >= 3 || ment_at (s, r - 1)
          || (!aux && (t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE))
          || is_cat (c, s, WARTA_LEX_TROOP_NOUN, r - 1) || is_cat (c, s, WARTA_LEX_WEAPON_NOUN, r - 1))
        return FALSE;
      r--;
    }
  if (r == lo)
    return FALSE;
  r--; /* the relativizer */
  /* the head: the last two words before it, a name counting as one */
  for (guint j = r, seen = 0; j > lo && seen < 2; j--)
    {
      if (tok_is_quote (s, j - 1))
        continue;
      const Ment *m = ment_at (s, j - 1);
      if (m)
        {
          if (troops_in (c, s, m->first, m->first + m->n))
            return FALSE; /* "tentara Turki" */
          j = m->first + 1;
          seen++;
          continue;
        }
      if (is_cat (c, s, WARTA_LEX_TROOP_NOUN, j - 1) || is_cat (c, s, WARTA_LEX_UNIT_NOUN, j - 1)
          || is_cat (c, s, WARTA_LEX_WEAPON_NOUN, j - 1) || is_cat (c, s, WARTA_LEX_SPEAKER_ANAPHOR, j - 1))
        return FALSE;
      if (tok (s, j - 1)->kind == WARTA_TOKEN_PUNCT || is_preposition (c, s, j - 1))
        break;
      /* "600 personel Brigade Mekanis Terpisah yang dipindahkan": a
       * name the registry does not know counts as one word too, a unit
       * if a unit noun opens it */
      guint run = capitalised_run_start (s, lo, j - 1);
      if (run < j - 1)
        {
          for (guint q = run; q < j; q++)
            if (is_cat (c, s, WARTA_LEX_UNIT_NOUN, q) || is_cat (c, s, WARTA_LEX_TROOP_NOUN, q))
              return FALSE;
          j = run + 1;
        }
      seen++;
    }
  return TRUE;
}


/* A subject troop phrase to the left of a passive or intransitive trigger,
 * read from @lo: "1.500 pasukan khusus Korea Utara telah dikirim",
 * "Pasukan tersebut … ditempatkan", "tentara Korea Utara yang dikirim". */
static gboolean
read_subject_np_from (Ctx *c, const Sent *s, guint lo, guint trig, NounPhrase *np)
{
  /* Find the leftmost troop or weapon noun of the clause part before the
   * trigger and read the phrase from the number before it. */
  for (guint i = lo; i < trig; i++)
    {
      /* "mengutip seorang perwira Kamboja, bahwa sekitar 200 tentara
       * China …": the officer cited is a person, no troops */
      const Ment *pm = ment_at (s, i);
      if (pm && ment_pick (pm, FALSE)->klass == WARTA_ACTOR_PERSON)
        {
          i = pm->first + pm->n - 1;
          continue;
        }
      if (is_cat (c, s, WARTA_LEX_TROOP_NOUN, i) || is_cat (c, s, WARTA_LEX_UNIT_NOUN, i)
          || is_cat (c, s, WARTA_LEX_WEAPON_NOUN, i))
        {
          /* back to the count: "1.500 pasukan", "some 6,000 North Korean
           * soldiers" (an owner may stand between, in English) */
          guint st = i;
          while (st > lo && st + 5 > i
                 && (number_is_count (tok (s, st - 1)) || tok (s, st - 1)->kind == WARTA_TOKEN_WORD)
                 && (!is_preposition (c, s, st - 1) || partitive_of (c, s, st - 1)))
            {
              if (number_is_count (tok (s, st - 1)))
                {
                  st--;
                  break;
                }
              const Ment *om = ment_at (s, st - 1);
              if (om && c->wlang != WARTA_LANG_EN)
                break;
              st = om ? om->first : st - 1;
            }
          /* the words stepped over may not belong to the phrase ("Citra
           * satelit menunjukkan pasukan Rusia berada …"): start later */
          for (; st <= i; st++)
            {
              read_np (c, s, st, trig, np);
              if (np->troops || np->weapons)
                return TRUE;
              np_clear (np);
              memset (np, 0, sizeof *np);
            }
        }
    }
  /* "Mereka saat ini ditempatkan …": a pronoun for the troops; one that
   * stands for a person or body ("kementerian itu", "the ministry") is
   * no troops */
  for (guint i = lo; i < trig; i++)
    {
      const WartaLexEntry *pro = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, i, NULL);
      if (!pro || (warta_lex_entry_attr (pro, "refersTo") && !refers_to (pro, "Troops"))
          || !c->dis.troop_owner || ment_at (s, i))
        continue;
      np->troops = TRUE;
      np->anaphoric = TRUE;
      np->count = -1;
      return TRUE;
    }
  return FALSE;
}

/* The subject troop phrase of the clause part [@lo, @trig), or FALSE when
 * what the trigger's relative clause hangs on is something else. */
static gboolean
read_subject_np (Ctx *c, const Sent *s, guint lo, guint trig, NounPhrase *np)
{
  if (relative_head_is_other (c, s, lo, trig))
    return FALSE;
  /* "citing an official with the Haitian National Police, that 391
   * Kenyan officers were on the ground": after a cited source set off
   * by commas, the subject of the reported clause stands after its
   * complementizer, and the source's body is no troops; with no troops
   * there, read on from the clause start */
  for (guint k = trig; k > lo + 1; k--)
    if (is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, k - 1) && tok_is_punct (s, k - 2, ","))
      {
        if (read_subject_np_from (c, s, k, trig, np))
          return TRUE;
        break;
      }
  return read_subject_np_from (c, s, lo, trig, np);
}

/* Does a troop noun that starts before @i run over it ("military
 * presence": the noun, not the trigger "presence")? */
static gboolean
inside_troop_noun (const Ctx *c, const Sent *s, guint i)
{
  for (guint back = 1; back <= 2 && back <= i; back++)
    {
      guint n;
      if (cat_at (c, s, WARTA_LEX_TROOP_NOUN, i - back, &n) && i - back + n > i)
        return TRUE;
    }
  return FALSE;
}

/* Is any event trigger or speech verb at @i? */
static gboolean
is_any_trigger (const Ctx *c, const Sent *s, guint i)
{
  static const WartaLexCategory trig[] = {
    WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LEX_TRANSPORT_TRIGGER, WARTA_LEX_PRESENCE_TRIGGER,
    WARTA_LEX_SUPPLY_TRIGGER, WARTA_LEX_SIGNING_TRIGGER, WARTA_LEX_CLAIM_VERB,
    WARTA_LEX_DENIAL_VERB, WARTA_LEX_RATIFICATION_TRIGGER, WARTA_LEX_ACQUIRE_TRIGGER,
  };
  return is_cat_in (c, s, i, trig, G_N_ELEMENTS (trig)) && !inside_troop_noun (c, s, i);
}

/* Window in which slots of a trigger are looked for: up to the next
 * trigger, speech cue, or clause end. */
static guint
slot_window_end (const Ctx *c, const Sent *s, guint after, guint to)
{
  for (guint i = after; i < to; i++)
    {
      if (is_any_trigger (c, s, i) && tok (s, i)->voice != WARTA_VOICE_NOMINAL && !adjectival_participle (c, s, i))
        return i;
      /* "untuk membantu Rusia berperang di Ukraina": a purpose clause has
       * slots of its own */
      if (is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, i) || clause_break_at (c, s, i, NULL))
        return i;
      /* "…, according to Marles": the source is no slot of the event */
      if (is_cat (c, s, WARTA_LEX_ACCORDING_TO, i))
        return i;
    }
  return to;
}

/* Is @i inside a relative clause set off by a comma and not yet closed
 * (", yang kini beroperasi dari pengasingan di Kosta Rika,", ", which is
 * based in London,")? */
static gboolean
in_relative_aside (const Ctx *c, const Sent *s, guint i)
{
  for (guint k = i; k-- > 0;)
    if (tok_is_punct (s, k, ","))
      return k + 1 < i && is_cat (c, s, WARTA_LEX_RELATIVIZER, k + 1);
  return FALSE;
}

/* The last state before @k in the sentence that follows a preposition of
 * place ("In Burkina Faso, …", "di Mali …"), is not @agent_iri's and is
 * not named inside a relative aside. */
static const WartaActor *
located_state_before (const Ctx *c, const Sent *s, guint k, const char *agent_iri)
{
  const WartaActor *found = NULL;
  for (guint i = 1; i < k; i++)
    {
      const Ment *m = ment_starting (s, i);
      if (!m || !ment_has_class (m, WARTA_ACTOR_STATE)
          || !(is_cat (c, s, WARTA_LEX_PREP_LOCATION, i - 1)
               || is_cat (c, s, WARTA_LEX_PREP_DESTINATION, i - 1)))
        continue;
      const WartaActor *a = ment_pick (m, TRUE);
      if (a && a->klass == WARTA_ACTOR_STATE && g_strcmp0 (a->iri, agent_iri) != 0
          && !in_relative_aside (c, s, i))
        found = a;
    }
  return found;
}

/* The deployment a place anaphor points back to: @last, or when it went
 * nowhere named ("Kemlu menyebut Indonesia mengirim sekitar 1.000
 * personel"), the latest earlier one of the same agent that did. */
static const WartaFact *
last_placed (const Ctx *c, const WartaFact *last, const char *agent_iri)
{
  if (!last || last->destinations->len)
    return last;
  for (guint k = c->dis.events->len; k > 0; k--)
    {
      const WartaFact *f = g_ptr_array_index (c->dis.events, k - 1);
      if (f->kind == WARTA_FACT_DEPLOYMENT && f->destinations->len && g_strcmp0 (f->agent, agent_iri) == 0)
        return f;
    }
  return NULL;
}

/* "France deployed troops to Chad. … France kept about 1,000 soldiers in
 * the country": a place anaphor after a preposition in [@from, @to) names
 * the state the sentence put something in before, or the destination of
 * the last deployment told, unless that is the agent's own state; it is
 * added to @out. */
static void
anaphoric_destination (Ctx *c, const Sent *s, guint from, guint to, const char *agent_iri,
                       GPtrArray *out)
{
  const WartaFact *last = c->dis.by_kind[WARTA_FACT_DEPLOYMENT];
  for (guint k = from; k < to; k++)
    {
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_PLACE_ANAPHOR, k, NULL);
      if (!e || ment_at (s, k))
        continue;
      /* "Mereka berada di sini", "they are here": the dateline's place */
      if (refers_to (e, "Dateline"))
        {
          if (c->dateline_place && g_strcmp0 (c->dateline_place->iri, agent_iri) != 0)
            g_ptr_array_add (out, (gpointer) c->dateline_place);
          return;
        }
      /* "on our soil", "di wilayah kami": the speaker's state */
      if (refers_to (e, "SpeakerState"))
        {
          const WartaActor *st = c->cur_speakers && c->cur_speakers->len ? speaker_state (c) : NULL;
          if (st && st->klass == WARTA_ACTOR_STATE && g_strcmp0 (st->iri, agent_iri) != 0)
            g_ptr_array_add (out, (gpointer) st);
          return;
        }
      /* "or had any military presence there": an adverb needs no
       * preposition ("there are …" is no place) */
      gboolean adverb = refers_to (e, "Place");
      if (adverb && k + 1 < s->n_toks
          && (is_any_trigger (c, s, k + 1) || is_cat (c, s, WARTA_LEX_PASSIVE_AUX, k + 1)))
        continue;
      if (!adverb && (k == 0 || !is_preposition (c, s, k - 1))) /* "berada di" may end the trigger */
        continue;
      /* "In Burkina Faso, Kommersant reported … personnel were now in the
       * country": a state the sentence placed things in before */
      const WartaActor *here = located_state_before (c, s, k, agent_iri);
      if (here)
        {
          g_ptr_array_add (out, (gpointer) here);
          return;
        }
      const WartaFact *placed = last_placed (c, last, agent_iri);
      if (!placed)
        continue;
      for (guint j = 0; j < placed->destinations->len; j++)
        {
          const char *iri = g_ptr_array_index (placed->destinations, j);
          WartaActor *a = warta_lexicon_actor (c->ex->lex, iri);
          const WartaActor *st = a ? state_of (c, a) : NULL;
          if (a && g_strcmp0 (a->iri, agent_iri) != 0
              && !(st && g_strcmp0 (st->iri, agent_iri) == 0))
            g_ptr_array_add (out, a);
        }
      return;
    }
}

/* Is a place named in [@from, @to) by the speaker as its own ("on our
 * soil", "di wilayah kami"), even when whose it is is not known? */
static gboolean
own_soil_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    {
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_PLACE_ANAPHOR, k, NULL);
      if (e && refers_to (e, "SpeakerState"))
        return TRUE;
    }
  return FALSE;
}

/* The end of a purpose clause starting at @from: its clause's end, or a
 * comma, a relativizer or a second purpose marker, whichever comes first. */
static guint
purpose_end (const Ctx *c, const Sent *s, guint from)
{
  guint k = from;
  while (k < s->n_toks && !tok_is_punct (s, k, ",") && !tok_is_punct (s, k, ";")
         && !clause_break_at (c, s, k, NULL) && !is_cat (c, s, WARTA_LEX_RELATIVIZER, k)
         && !is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, k)
         && !is_cat (c, s, WARTA_LEX_ACCORDING_TO, k))
    k++;
  return k;
}

static gboolean
located_in (const Ctx *c, const WartaActor *place, const WartaActor *state)
{
  return chain_reaches (c, place, state, TRUE);
}

/* Adds the places of one noun phrase: "kota pelabuhan Rusia Vladivostok"
 * names Vladivostok, and Russia only as where it lies (a state comes back
 * through add_destination_states unless it sends the troops).  A city that
 * locates a base ("Pangkalan Udara 101 di Bamako") is a destination too. */
static void
flush_phrase (const Ctx *c, GPtrArray *phrase, GPtrArray *out)
{
  for (guint k = 0; k < phrase->len; k++)
    {
      WartaActor *a = g_ptr_array_index (phrase, k);
      gboolean container = FALSE;
      for (guint j = 0; j < phrase->len && !container && a->klass == WARTA_ACTOR_STATE; j++)
        if (j != k && located_in (c, g_ptr_array_index (phrase, j), a))
          container = TRUE;
      if (!container)
        ptr_add_unique (out, a);
    }
  g_ptr_array_set_size (phrase, 0);
}

/* Collects the places of every destination/location phrase in [from, to):
 * "ke Rusia", "di pangkalan militer di Vladivostok dan lokasi lain seperti
 * Ussuriysk, Khabarovsk dan Blagoveshchensk", "ke kota pelabuhan Rusia
 * Vladivostok" (the most specific place of one phrase wins). */
static gboolean
is_all_upper (const char *w)
{
  for (const char *p = w; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Token @i lies in a date ("in May", "pada Oktober"). */
static gboolean
in_date (const Sent *s, guint i)
{
  for (guint k = 0; k < s->dates->len; k++)
    {
      const WartaDateMatch *dm = &g_array_index (s->dates, WartaDateMatch, k);
      if (i >= dm->first_token && i < dm->first_token + dm->n_tokens)
        return TRUE;
    }
  return FALSE;
}

/* A hyphenated compound of known names ("perang Rusia-Ukraina") names a
 * relation between them, not a new place. */
static gboolean
names_known_part (Ctx *c, const Sent *s, guint i, guint nr)
{
  for (guint k = i; k < i + nr; k++)
    {
      g_auto (GStrv) parts = g_strsplit (tok (s, k)->text, "-", -1);
      if (g_strv_length (parts) < 2)
        continue;
      for (guint p = 0; parts[p]; p++)
        if (warta_lexicon_actor_by_label (c->ex->lex, parts[p]))
          return TRUE;
    }
  return FALSE;
}

/* "provinsi perbatasan Sisaket", "its border provinces of Sisaket and
 * Surin": a border noun next to a place noun qualifies it; the places
 * named are provinces, not a border. */
static gboolean
border_modifies_place (const Ctx *c, const Sent *s, guint k)
{
  return (k > 0 && is_cat (c, s, WARTA_LEX_PLACE_INTRO, k - 1))
         || is_cat (c, s, WARTA_LEX_PLACE_INTRO, k + 1);
}

/* The mention names a border, not a territory: "the Belarusian border",
 * "perbatasan Belarus", "frontiers with Belarus", and each of "the
 * Turkish and Iranian frontiers". */
static gboolean
names_border (Ctx *c, const Sent *s, const Ment *m)
{
  guint after = m->first + m->n;
  if (is_cat (c, s, WARTA_LEX_BORDER_NOUN, after))
    return TRUE;
  if (after + 1 < s->n_toks && is_cat (c, s, WARTA_LEX_COORDINATOR, after))
    {
      const Ment *next = ment_starting (s, after + 1);
      if (next && ment_has_class (next, WARTA_ACTOR_STATE)
          && is_cat (c, s, WARTA_LEX_BORDER_NOUN, next->first + next->n))
        return TRUE;
    }
  for (guint k = m->first; k > 0 && k + 3 > m->first; k--)
    if (is_cat (c, s, WARTA_LEX_BORDER_NOUN, k - 1))
      return !border_modifies_place (c, s, k - 1);
  return FALSE;
}

/* A lowercase word at @i that is no function word, verb or place noun
 * ("oil" in "the Central African oil producer"). */
static gboolean
common_noun_at (const Ctx *c, const Sent *s, guint i)
{
  const WartaToken *t = tok (s, i);
  if (t->kind != WARTA_TOKEN_WORD || t->capitalized || ment_at (s, i)
      || t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE)
    return FALSE;
  static const WartaLexCategory function[] = {
    WARTA_LEX_PLACE_INTRO, WARTA_LEX_PREP_DESTINATION, WARTA_LEX_PREP_LOCATION, WARTA_LEX_PREP_ORIGIN,
    WARTA_LEX_PREP_AGENT, WARTA_LEX_PREP_MEANS, WARTA_LEX_PREP_OTHER, WARTA_LEX_COORDINATOR,
    WARTA_LEX_RELATIVIZER, WARTA_LEX_COMPLEMENTIZER, WARTA_LEX_CLAUSE_BREAK, WARTA_LEX_PASSIVE_AUX,
    WARTA_LEX_CLAIM_VERB, WARTA_LEX_PURPOSE_MARKER, WARTA_LEX_DEMONSTRATIVE, WARTA_LEX_LIST_INTRO,
  };
  for (guint k = 0; k < G_N_ELEMENTS (function); k++)
    if (is_cat (c, s, function[k], i))
      return FALSE;
  return !is_any_trigger (c, s, i);
}

/* A capitalised name the registry does not know, where a motion frame
 * expects its destination ("dikerahkan ke Mandalay", "sent to Sake"): a
 * place.  Not the first word of the sentence, and not a name that runs
 * into a possessive or a title.  Returns the new mention or NULL. */
static const Ment *
learn_destination_name (Ctx *c, Sent *s, guint i)
{
  guint nr = name_run (c, s, i);
  if (c->known_places_only || i == 0 || nr == 0 || nr > 3
      || (nr == 1 && g_utf8_strlen (tok (s, i)->text, -1) < 3))
    return NULL;
  if (title_cased (s))
    return NULL; /* in a headline every word is capitalised */
  /* "Darfur Selatan": a word right after a known name qualifies it */
  if (ment_at (s, i - 1))
    return NULL;
  /* "Gulf of Aden", "Republic of Ruritania" */
  guint more;
  if (c->wlang == WARTA_LANG_EN && i + nr + 1 < s->n_toks && g_str_equal (tok (s, i + nr)->text, "of")
      && (more = name_run (c, s, i + nr + 1)) > 0 && nr + 1 + more <= 5)
    nr += 1 + more;
  /* "ke Presiden …" is handled as a person; an all-caps token may be an
   * acronym of a body, not a place */
  for (guint k = i; k < i + nr; k++)
    if (tok (s, k)->text[0] && g_utf8_strlen (tok (s, k)->text, -1) > 1
        && is_all_upper (tok (s, k)->text))
      return NULL;
  if (in_date (s, i) || names_known_part (c, s, i, nr))
    return NULL;
  /* "to Haftar's east Libya": a name that owns what follows is no place */
  if (tok_ends_possessive (s, i + nr - 1) || (i + nr < s->n_toks && tok_is_possessive (s, i + nr)))
    return NULL;
  /* "to the Central African oil producer": a name between "the" and a
   * lowercase noun qualifies the noun; it names no place */
  guint name_start = i;
  while (c->wlang == WARTA_LANG_EN && name_start > 1 && tok (s, name_start - 1)->kind == WARTA_TOKEN_WORD
         && tok (s, name_start - 1)->capitalized && !ment_at (s, name_start - 1)
         && !is_cat (c, s, WARTA_LEX_PLACE_INTRO, name_start - 1))
    name_start--;
  if (c->wlang == WARTA_LANG_EN && is_cat (c, s, WARTA_LEX_DETERMINER, name_start - 1) && i + nr < s->n_toks
      && common_noun_at (c, s, i + nr))
    return NULL;
  /* "unit rudal antikapal Tipe 12": a weapon's model name is no place */
  guint wn;
  if (learned_weapon_at (c, s, i, &wn))
    return NULL;
  /* "di Semenanjung Crimea": an intro word capitalised before a known
   * place only introduces it */
  guint intro;
  if (cat_at (c, s, WARTA_LEX_PLACE_INTRO, i, &intro) && intro == nr && ment_starting (s, i + nr))
    return NULL;
  /* "North and South Kivu": a word before a coordinator shares the last
   * word of the place after it ("North Kivu") */
  const Ment *pair = nr == 1 && i + 2 < s->n_toks && is_cat (c, s, WARTA_LEX_COORDINATOR, i + 1)
                         ? ment_starting (s, i + 2) : NULL;
  if (pair && pair->n >= 2 && ment_pick (pair, TRUE)->klass == WARTA_ACTOR_PLACE)
    {
      const char *label = ment_pick (pair, TRUE)->pref_label;
      const char *last = strrchr (label, ' ');
      if (!last)
        return NULL;
      g_autofree char *name = g_strdup_printf ("%s%s", tok (s, i)->text, last);
      return place_named (c, s, i, 1, name) ? ment_starting (s, i) : NULL;
    }
  /* "Kivu Utara dan Selatan": a word after a coordinator shares the first
   * word of the place before it ("Kivu Selatan") */
  const Ment *before = nr == 1 && i >= 2 && is_cat (c, s, WARTA_LEX_COORDINATOR, i - 1)
                           ? ment_at (s, i - 2) : NULL;
  if (before && before->n >= 2 && ment_pick (before, TRUE)->klass == WARTA_ACTOR_PLACE)
    {
      guint head = before->first; /* past "Provinsi", "wilayah" */
      while (head + 1 < before->first + before->n && is_cat (c, s, WARTA_LEX_PLACE_INTRO, head))
        head++;
      g_autofree char *name = g_strdup_printf ("%s %s", tok (s, head)->text, tok (s, i)->text);
      return place_named (c, s, i, 1, name) ? ment_starting (s, i) : NULL;
    }
  /* "di negara Afrika itu", "di kawasan Balkan tersebut": a name before a
   * demonstrative qualifies a noun spoken of before; it names no place */
  if (c->wlang == WARTA_LANG_ID && i + nr < s->n_toks && is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, i + nr))
    return NULL;
  return place_for_span (c, s, i, nr) ? ment_starting (s, i) : NULL;
}

/* Is @force the state @nationality, or a force of its nationals (the
 * irregular forces learned from it are named by its demonym: "Colombian
 * mercenaries")? */
static gboolean
same_nationality (const WartaActor *force, const WartaActor *nationality)
{
  if (!nationality)
    return FALSE;
  if (force == nationality)
    return TRUE;
  const char *adj = state_demonym (nationality);
  return force->klass == WARTA_ACTOR_ORGANIZATION && force->learned && adj
         && g_str_has_prefix (force->pref_label, adj) && force->pref_label[strlen (adj)] == ' ';
}

/* The side named by a PrepSide phrase at @i ("untuk Rusia", "di barisan
 * pasukan Rusia", "in the ranks of the Russian army"): a state or a body
 * within three words, not a place.  Sets @n to the phrase's length up to
 * and including the mention. */
static const WartaActor *
side_at (Ctx *c, const Sent *s, guint i, guint to, guint *n)
{
  guint pn;
  if (!cat_at (c, s, WARTA_LEX_PREP_SIDE, i, &pn))
    return NULL;
  for (guint j = i + pn; j < to && j < i + pn + 3; j++)
    {
      const Ment *m = ment_starting (s, j);
      if (m)
        {
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass == WARTA_ACTOR_PLACE)
            return NULL;
          *n = m->first + m->n - i;
          return a;
        }
      if (tok (s, j)->kind != WARTA_TOKEN_WORD)
        return NULL;
    }
  return NULL;
}

/* The side a deployment's fighters fight for, named after the trigger
 * (past the slot window, which a purpose "untuk" closes), before the next
 * punctuation. */
static const WartaActor *
side_after (Ctx *c, const Sent *s, guint from, guint to, guint *end)
{
  for (guint i = from; i < to && i < from + 8 && tok (s, i)->kind != WARTA_TOKEN_PUNCT; i++)
    {
      guint n;
      const WartaActor *a = side_at (c, s, i, to, &n);
      if (a)
        {
          *end = i + n;
          return a;
        }
    }
  return NULL;
}

/* "had joined the Russian armed forces", "bergabung dengan militer
 * Rusia": the object of a joining verb (warta:objectIs "side") is the side
 * its fighters fight for, a state or a body within three words; a place
 * is none.  Sets @end past the mention. */
static const WartaActor *
joined_side (Ctx *c, const Sent *s, guint from, guint *end)
{
  for (guint j = from; j < s->n_toks && j < from + 3; j++)
    {
      const Ment *m = ment_starting (s, j);
      if (m)
        {
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass == WARTA_ACTOR_PLACE || a->klass == WARTA_ACTOR_PERSON)
            return NULL;
          *end = m->first + m->n;
          return state_of (c, a) ?: a; /* the Russian armed forces fight for Russia */
        }
      if (tok (s, j)->kind != WARTA_TOKEN_WORD)
        return NULL;
    }
  return NULL;
}

/* "mengirim warganya untuk berperang", "sent its citizens to fight": a
 * fighting verb right after the object says the people sent are fighters. */
static gboolean
sent_to_fight (Ctx *c, const Sent *s, guint from, guint to)
{
  guint pn;
  for (guint i = from; i < to && i < from + 6 && tok (s, i)->kind != WARTA_TOKEN_PUNCT; i++)
    if (cat_at (c, s, WARTA_LEX_PURPOSE_MARKER, i, &pn))
      return i + pn < to && (is_cat (c, s, WARTA_LEX_PRESENCE_TRIGGER, i + pn)
                             || is_cat (c, s, WARTA_LEX_PRESENCE_TRIGGER, i + pn - 1));
  return FALSE;
}

/* A verb that can open a clause of its own: Indonesian meN-/di- forms,
 * English participles ("prompting", "raising"). */
static gboolean
clause_verb_at (const Ctx *c, const Sent *s, guint i)
{
  const WartaToken *t = tok (s, i);
  if (t->kind != WARTA_TOKEN_WORD || ment_at (s, i))
    return FALSE;
  if (c->wlang == WARTA_LANG_EN)
    return !t->capitalized && strlen (t->fold) > 5 && g_str_has_suffix (t->fold, "ing")
           && !is_cat (c, s, WARTA_LEX_LIST_INTRO, i); /* "…, including Sudzha" goes on */
  return t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE;
}

/* Does the double quotation mark at @i close a quotation: one opened
 * before it in the sentence, or one that ends a stop or comma and is
 * followed by its attribution ("…," ujar Nakatani; "…," he said), when
 * the quotation opened in an earlier sentence? */
static gboolean
closing_quote (const Ctx *c, const Sent *s, guint i)
{
  if (!is_double_quote (tok (s, i)))
    return FALSE;
  guint open = 0;
  for (guint k = 0; k < i; k++)
    open += is_double_quote (tok (s, k));
  if (open % 2 == 1)
    return TRUE;
  if (i == 0 || tok (s, i - 1)->kind != WARTA_TOKEN_PUNCT || tok_is_quote (s, i - 1))
    return FALSE;
  for (guint k = i + 1; k < s->n_toks && k < i + 6 && tok (s, k)->kind == WARTA_TOKEN_WORD; k++)
    if (is_cat (c, s, WARTA_LEX_QUOTE_CUE, k) || is_cat (c, s, WARTA_LEX_CLAIM_VERB, k))
      return TRUE;
  return FALSE;
}

/* Does a route that left from a place go on to a destination ("from
 * bases in Punjab to Ladakh") in [@from, @to), before the clause ends?
 * Not after a number ("tidak kurang dari 12.000"), and not for where an
 * act is done from ("operating drones from Nyala airport in South
 * Darfur"). */
static gboolean
route_goes_on (const Ctx *c, const Sent *s, guint from, guint to)
{
  if (from < to && tok (s, from)->kind == WARTA_TOKEN_NUMBER)
    return FALSE;
  for (guint k = from; k < to; k++)
    {
      if (is_cat (c, s, WARTA_LEX_PREP_DESTINATION, k))
        return TRUE;
      if (clause_break_at (c, s, k, NULL) || is_cat (c, s, WARTA_LEX_RELATIVIZER, k))
        return FALSE;
    }
  return FALSE;
}

/* "and the town of Uvira", "and the Kursk region": after an article, a
 * place noun or a place goes on with a list of places. */
static gboolean
place_follows_article (const Ctx *c, const Sent *s, guint j)
{
  if (j >= s->n_toks)
    return FALSE;
  const Ment *m = ment_at (s, j);
  return is_cat (c, s, WARTA_LEX_PLACE_INTRO, j)
         || (m && (ment_has_class (m, WARTA_ACTOR_PLACE) || ment_has_class (m, WARTA_ACTOR_STATE)));
}

static void
collect_destinations (Ctx *c, Sent *s, guint from, guint to, gboolean location_too, GPtrArray *out)
{
  gboolean in_pp = FALSE, seen_pp = FALSE, in_origin = FALSE;
  GPtrArray *phrase = g_ptr_array_new ();
  for (guint i = from; i < to; i++)
    {
      guint n;
      /* "…, memicu kekhawatiran di Kyiv dan Warsawa", "…, prompting alarm
       * in Kyiv": a verb after a comma opens another clause, whose places
       * are not these troops' */
      if (i > from && tok_is_punct (s, i - 1, ",") && clause_verb_at (c, s, i))
        break;
      /* "\"Penempatan pasukan kami di Ishigaki …,\" ujar Nakatani kepada
       * wartawan di Tokyo": where the words were said is no place of
       * what they tell */
      if (i > from && closing_quote (c, s, i))
        break;
      /* "… had been dispatched, a decision that drew criticism from
       * lawmakers in Yerevan": an indefinite article after a comma sums
       * up the clause */
      const WartaLexEntry *de = i > from && tok_is_punct (s, i - 1, ",")
                                    ? cat_at (c, s, WARTA_LEX_DETERMINER, i, &n) : NULL;
      if (de && warta_lex_entry_attr (de, "indefinite"))
        break;
      /* "… 7,000 Rwandan soldiers on our soil, and a signature in
       * Washington does not change that": after a comma and a
       * coordinator, an article opens a clause with a subject of its own
       * (a list of places goes on with places) */
      if (i > from + 1 && tok_is_punct (s, i - 2, ",") && is_cat (c, s, WARTA_LEX_COORDINATOR, i - 1)
          && is_cat (c, s, WARTA_LEX_DETERMINER, i) && !place_follows_article (c, s, i + 1))
        break;
      /* "… at the base as fantasies invented in Washington": once a
       * place phrase has been read, a description of the object follows,
       * not another destination ("sent as many as 10,000 troops to
       * Russia" has read none yet) */
      if (seen_pp && is_cat (c, s, WARTA_LEX_COMPLEMENT_MARKER, i))
        break;
      /* "deployed across North Kivu, and that Kigali exercised control":
       * a second complement of the saying verb is another clause */
      if (i > from && is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, i)
          && (tok_is_punct (s, i - 1, ",") || is_cat (c, s, WARTA_LEX_COORDINATOR, i - 1)))
        break;
      if (side_at (c, s, i, to, &n))
        {
          in_pp = FALSE; /* "di barisan pasukan Rusia": the side, not a place */
          i += n - 1;
          continue;
        }
      /* "to Philippine islands near Taiwan": a landmark for the place
       * just named is no destination */
      const WartaLexEntry *le = cat_at (c, s, WARTA_LEX_PREP_LOCATION, i, &n);
      if (le && warta_lex_entry_attr (le, "landmark") && phrase->len)
        break;
      /* "shifted from bases in Punjab and Himachal Pradesh to Ladakh":
       * where the route starts is no destination, until "to" */
      if (cat_at (c, s, WARTA_LEX_PREP_DESTINATION, i, &n)
          || (location_too && !in_origin && cat_at (c, s, WARTA_LEX_PREP_LOCATION, i, &n)))
        {
          in_pp = seen_pp = TRUE;
          in_origin = FALSE;
          i += n - 1;
          continue;
        }
      if (is_cat (c, s, WARTA_LEX_PREP_ORIGIN, i) && route_goes_on (c, s, i + 1, to))
        in_origin = TRUE;
      else if (in_origin && (tok (s, i)->kind == WARTA_TOKEN_PUNCT || clause_break_at (c, s, i, NULL)))
        in_origin = FALSE;
      if (!in_pp)
        continue;
      /* "into the provinces of Sisaket and Surin": "of" after a place
       * noun names the places */
      if (is_cat (c, s, WARTA_LEX_PREP_OTHER, i) && is_cat (c, s, WARTA_LEX_PLACE_INTRO, i - 1))
        continue;
      /* "stationed in Armenia under an agreement Moscow and Yerevan
       * signed": the states after a treaty noun are its parties */
      if (is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, i) || is_cat (c, s, WARTA_LEX_PREP_ORIGIN, i)
          || is_cat (c, s, WARTA_LEX_TREATY_NOUN, i)
          || is_cat (c, s, WARTA_LEX_PREP_MEANS, i) || is_cat (c, s, WARTA_LEX_RELATIVIZER, i)
          || (is_cat (c, s, WARTA_LEX_PREP_OTHER, i) && !is_cat (c, s, WARTA_LEX_LIST_INTRO, i))
          || clause_break_at (c, s, i, NULL))
        {
          in_pp = FALSE;
          continue;
        }
      /* "ke wilayah Kursk": the preposition phrase may end inside a
       * mention that began with its last word */
      const Ment *m = ment_starting (s, i) ?: ment_at (s, i);
      if (!m)
        m = learn_destination_name (c, s, i);
      if (m)
        {
          WartaActor *a = ment_pick (m, TRUE);
          if ((a->klass == WARTA_ACTOR_PLACE || a->klass == WARTA_ACTOR_STATE) && !names_border (c, s, m))
            g_ptr_array_add (phrase, a);
          i = m->first + m->n - 1;
          /* a list continues after a comma or "dan"; another word ends
           * the phrase's head */
          continue;
        }
      if (tok_is_punct (s, i, ",") || is_cat (c, s, WARTA_LEX_COORDINATOR, i)
          || is_cat (c, s, WARTA_LEX_LIST_INTRO, i))
        {
          flush_phrase (c, phrase, out);
          /* after a comma the list goes on only with another element
           * ("Ussuriysk, Khabarovsk dan …"), not with a new clause
           * ("ke Niger, Prancis Tarik Pasukan") */
          if (tok_is_punct (s, i, ",") && !is_list_element_after (c, s, i + 1)
              && !is_cat (c, s, WARTA_LEX_LIST_INTRO, i + 1)
              && !is_cat (c, s, WARTA_LEX_COORDINATOR, i + 1))
            in_pp = FALSE;
          continue;
        }
      if (tok (s, i)->kind == WARTA_TOKEN_PUNCT || tok (s, i)->voice == WARTA_VOICE_ACTIVE
          || tok (s, i)->voice == WARTA_VOICE_PASSIVE)
        in_pp = FALSE;
    }
  flush_phrase (c, phrase, out);
  g_ptr_array_unref (phrase);
}

static WartaActor *
first_mention_after (Ctx *c, Sent *s, WartaLexCategory prep, guint from, guint to, gboolean want_place)
{
  for (guint i = from; i < to; i++)
    {
      guint n;
      /* a passive's agent stands before the next comma: in "…, the
       * agency, known by its Ukrainian acronym HUR, said" no one acts;
       * nor after a subordinator: "personnel deployed in Mali when
       * contacted by AFP" */
      if (prep == WARTA_LEX_PREP_AGENT
          && (tok_is_punct (s, i, ",") || is_cat (c, s, WARTA_LEX_CLAUSE_BREAK, i)))
        break;
      if (!cat_at (c, s, prep, i, &n))
        continue;
      for (guint j = i + n; j < to && j < i + n + 5; j++)
        {
          const Ment *m = ment_starting (s, j);
          if (m)
            return ment_pick (m, want_place);
          if (tok (s, j)->kind == WARTA_TOKEN_PUNCT)
            break;
        }
    }
  return NULL;
}

/* The actor named by the first destination phrase in [@from, @to), or
 * NULL when that phrase names none: in "delivered armoured vehicles to
 * the Central African army under exemptions to a UN arms embargo" the
 * weapons went to the army, not to the UN named later. */
static const WartaActor *
first_destination_named (Ctx *c, Sent *s, guint from, guint to)
{
  guint n;
  while (from < to && !cat_at (c, s, WARTA_LEX_PREP_DESTINATION, from, &n))
    from++;
  return from < to ? first_mention_after (c, s, WARTA_LEX_PREP_DESTINATION, from, MIN (to, from + n + 5), FALSE)
                   : NULL;
}

static void
apply_dates (const Ctx *c, const Sent *s, guint from, guint to, WartaFact *f)
{
  /* a date after another verb or a relative clause belongs to that verb:
   * "dikerahkan ke Kursk, wilayah tempat pasukan Ukraina melancarkan
   * serangan pada bulan Agustus" */
  for (guint j = from; j < to; j++)
    if (tok (s, j)->voice == WARTA_VOICE_ACTIVE || tok (s, j)->voice == WARTA_VOICE_PASSIVE
        || is_cat (c, s, WARTA_LEX_RELATIVIZER, j))
      {
        to = j;
        break;
      }
  for (guint k = 0; k < s->dates->len; k++)
    {
      WartaDateMatch *dm = &g_array_index (s->dates, WartaDateMatch, k);
      if (dm->first_token < from || dm->first_token >= to)
        continue;
      /* the contract dates events by day, month of a year, or year; a
       * month without a year is only for a treaty's signing */
      if (dm->start.precision == WARTA_DATE_MONTH)
        continue;
      if (dm->end.precision != WARTA_DATE_NONE)
        {
          f->start_date = dm->start;
          f->end_date = dm->end;
        }
      else if (f->date.precision == WARTA_DATE_NONE)
        f->date = dm->start;
      return;
    }
}

static const char *
actor_state_iri (const Ctx *c, const WartaActor *a)
{
  if (!a)
    return NULL;
  if (a->klass == WARTA_ACTOR_PERSON)
    {
      const WartaActor *st = state_of (c, a);
      return st ? st->iri : NULL;
    }
  return a->iri;
}

/* The pronoun at @i follows a noun and owns it ("perekrutan mereka",
 * "pasukan mereka"): a possessor, not a subject. */
static gboolean
possessor_at (Ctx *c, const Sent *s, guint i)
{
  if (i == 0)
    return FALSE;
  return tok (s, i - 1)->voice == WARTA_VOICE_NOMINAL || is_cat (c, s, WARTA_LEX_TROOP_NOUN, i - 1)
         || is_cat (c, s, WARTA_LEX_WEAPON_NOUN, i - 1);
}

/* The speaker of the governing frame as the subject of a verb at @i that
 * has none of its own: "Rusia membantah mengirim pasukan", "Iran denied
 * supplying drones", '"… tidak pernah memasok senjata …," kata Lin Jian'.
 * Not across an attribution that follows the verb outside quotation
 * marks ("Mortar rounds sold to the UAE …, UN monitors said"): that
 * reports the clause, it is not its subject. */
static const WartaActor *
speaker_as_subject (Ctx *c, const Sent *s, guint i)
{
  if (!c->cur_speakers || c->cur_speakers->len == 0)
    return NULL;
  gboolean quoted = FALSE;
  for (guint j = i; j < c->cur_cue && j < s->n_toks && !quoted; j++)
    quoted = tok_is_quote (s, j);
  if (c->cur_cue > i && !quoted)
    return NULL;
  /* "reported that more than 200 had been delivered, carried across …":
   * a clause of its own after "that" has a subject of its own */
  for (guint j = c->cur_cue; j < i && c->cur_cue < i; j++)
    if (is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, j))
      return NULL;
  return g_ptr_array_index (c->cur_speakers, 0);
}

/* The comma that opens a relative clause set off by commas and closed by
 * the comma at @close (", which has supplied … loans,", ", yang …,"), or
 * 0.  The clause holds no other punctuation. */
static guint
relative_aside_open (const Ctx *c, const Sent *s, guint lo, guint close)
{
  if (!tok_is_punct (s, close, ","))
    return 0;
  for (guint j = close; j > lo && j + 30 > close; j--)
    {
      if (tok_is_punct (s, j - 1, ","))
        return j < close && is_cat (c, s, WARTA_LEX_RELATIVIZER, j) ? j - 1 : 0;
      if (tok (s, j - 1)->kind == WARTA_TOKEN_PUNCT && !tok_is_quote (s, j - 1))
        return 0;
    }
  return 0;
}

/* English "Iranian drones transferred to the Houthis": a participle
 * right after the weapons it tells of, with no auxiliary, modifies them
 * (a reduced relative). */
static gboolean
participle_after_weapons (const Ctx *c, const Sent *s, guint trig)
{
  const char *w = tok (s, trig)->fold;
  if (c->wlang != WARTA_LANG_EN || g_str_has_suffix (w, "ing") || g_str_has_suffix (w, "s"))
    return FALSE;
  for (guint k = trig; k > 0 && k + 3 > trig; k--)
    {
      guint wn;
      if (cat_at (c, s, WARTA_LEX_WEAPON_NOUN, k - 1, &wn) && k - 1 + wn == trig)
        return TRUE;
    }
  return FALSE;
}

/* English "a small vessel carrying missile parts", "the convoy bringing
 * weapons": an -ing form right after a noun phrase that a determiner
 * opens modifies that noun; its subject is the noun, not the clause's.
 * "Russia was sending", "Moscow began sending" have no determiner before
 * the verb. */
static gboolean
reduced_relative (const Ctx *c, const Sent *s, guint lo, guint trig)
{
  if (c->wlang != WARTA_LANG_EN || !g_str_has_suffix (tok (s, trig)->fold, "ing") || trig <= lo)
    return FALSE;
  guint skipped = 0;
  for (guint k = trig; k > lo && k + 4 + skipped >= trig; k--)
    {
      const WartaToken *t = tok (s, k - 1);
      const Ment *m = ment_at (s, k - 1);
      guint j = m ? m->first : 0;
      if (m && j > lo && is_cat (c, s, WARTA_LEX_DETERMINER, j - 1))
        j--;
      if (m && j > lo && is_preposition (c, s, j - 1) && !ment_has_class (m, WARTA_ACTOR_PERSON))
        {
          /* "a small vessel in the Arabian Sea carrying": a place phrase
           * inside the noun phrase */
          skipped += k - (j - 1);
          k = j;
          continue;
        }
      if (is_cat (c, s, WARTA_LEX_DETERMINER, k - 1))
        return k < trig;
      if (t->kind != WARTA_TOKEN_WORD || t->capitalized || ment_at (s, k - 1)
          || is_cat (c, s, WARTA_LEX_PASSIVE_AUX, k - 1) || is_cat (c, s, WARTA_LEX_NEGATOR, k - 1)
          || is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1) || is_preposition (c, s, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* Is the mention at @first the agent of a passive speech verb before it,
 * with or without "oleh"/"by" ("Korea Utara dituding Ukraina memasok …")?
 * Then it accuses, and the one accused, before the verb, acts.  (With
 * "oleh" the claim frame mostly starts after the accuser, so @lo already
 * leaves it out.) */
static gboolean
accuser_at (const Ctx *c, const Sent *s, guint lo, guint first)
{
  guint k = first;
  if (k > lo && is_cat (c, s, WARTA_LEX_PREP_AGENT, k - 1))
    k--;
  return k > lo && is_cat (c, s, WARTA_LEX_CLAIM_VERB, k - 1)
         && (tok (s, k - 1)->voice == WARTA_VOICE_PASSIVE
             || (k >= lo + 2 && is_cat (c, s, WARTA_LEX_PASSIVE_AUX, k - 2)));
}

/* Agent of a transitive trigger in active voice: its subject. */
static const WartaActor *
active_subject (Ctx *c, Sent *s, guint lo, guint trig)
{
  g_autoptr (GPtrArray) subj = g_ptr_array_new ();
  /* nearest clause-level subject: scan back for "X yang VERB" or the
   * subject of the clause */
  guint k = trig;
  while (k > lo && (is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1)
                    || is_cat (c, s, WARTA_LEX_NEGATOR, k - 1)))
    k--;
  if (k > lo && is_cat (c, s, WARTA_LEX_RELATIVIZER, k - 1))
    {
      const Ment *m = k >= lo + 2 ? ment_at (s, k - 2) : NULL;
      if (m)
        return ment_pick (m, FALSE);
      /* "mencegat sebuah kapal kecil yang membawa …": a common noun heads
       * the relative clause, and it is what carries, not the clause's
       * subject */
      if (k >= lo + 2 && tok (s, k - 2)->kind == WARTA_TOKEN_WORD && !tok (s, k - 2)->capitalized)
        return NULL;
    }
  if (reduced_relative (c, s, lo, k))
    return NULL; /* "intercepted a small vessel carrying …" */
  /* "Australia, PNG's former colonial ruler and largest aid donor, has
   * handed over …": the name before an appositive set off by commas */
  const Ment *appos = k > lo + 2 && tok_is_punct (s, k - 1, ",")
                          ? appositive_subject (s, lo, k - 1) : NULL;
  if (appos)
    return ment_pick (appos, FALSE);
  /* right before the verb: its subject, even after a word that is also a
   * preposition ("sejak Pyongyang mengirim", "since Moscow sent") */
  const Ment *adj = k > lo ? ment_at (s, k - 1) : NULL;
  if (adj && adj->first >= lo && ment_pick (adj, FALSE)->klass != WARTA_ACTOR_PLACE
      && adj->first > lo
      && (is_cat (c, s, WARTA_LEX_PREP_OTHER, adj->first - 1)
          || is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, adj->first - 1)))
    return ment_pick (adj, FALSE); /* "… agar Islamabad mengirim" */
  /* leftwards: the nearest mention not in a prepositional phrase */
  for (guint i = trig; i > lo; i--)
    {
      const Ment *m = ment_at (s, i - 1);
      guint open;
      if (!m && (open = relative_aside_open (c, s, lo, i - 1)) > 0)
        {
          /* "Japan, which has supplied the coast guard with …, sent":
           * the relative clause describes the subject before it */
          i = open + 1;
          continue;
        }
      if (!m)
        {
          guint n;
          const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, i - 1, &n);
          guint at = i - 1;
          if (e && n != 1)
            e = NULL;
          /* a two-word anaphor ends here: "his country had received" */
          if (!e && i >= lo + 2 && (e = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, i - 2, &n)) && n != 2)
            e = NULL;
          if (e && n == 2)
            at = i - 2;
          if (e && !possessor_at (c, s, at))
            {
              resolve_anaphor (c, s, at, n, e, subj);
              if (subj->len)
                return g_ptr_array_index (subj, 0);
            }
          continue;
        }
      i = m->first + 1;
      if (in_pp (c, s, lo, m->first) || contrasted_mention (c, s, lo, m)
          || accuser_at (c, s, lo, m->first))
        continue;
      WartaActor *a = ment_pick (m, FALSE);
      if (a->klass == WARTA_ACTOR_PLACE)
        continue;
      return a;
    }
  return NULL;
}

/* The mention right before the comma that opens the appositive closed by
 * the comma at @close ("Australia, PNG's former colonial ruler …,"),
 * when it names a state, body or person; NULL otherwise.  The appositive
 * holds no other punctuation and no verb. */
static const Ment *
appositive_subject (const Sent *s, guint lo, guint close)
{
  for (guint j = close; j > lo + 1 && j + 14 > close; j--)
    {
      const WartaToken *t = tok (s, j - 1);
      if (tok_is_punct (s, j - 1, ","))
        {
          const Ment *m = j - 1 > lo ? ment_at (s, j - 2) : NULL;
          if (!m || m->first + m->n != j - 1 || j == close)
            return NULL;
          WartaActor *a = ment_pick (m, FALSE);
          return a->klass == WARTA_ACTOR_PLACE ? NULL : m;
        }
      if (t->kind == WARTA_TOKEN_PUNCT || t->voice == WARTA_VOICE_ACTIVE
          || t->voice == WARTA_VOICE_PASSIVE)
        return NULL;
    }
  return NULL;
}

static Ev *
ev_new (GArray *evs, WartaFactKind kind, guint trig, guint n, const WartaLexEntry *e,
        WartaLexCategory cat)
{
  /* (the caller's Ctx records the fact as the clause's latest event) */
  Ev ev = { 0 };
  ev.kind = kind;
  ev.trig = trig;
  ev.trig_n = n;
  ev.entry = e;
  ev.cat = cat;
  ev.fact = warta_fact_new (kind);
  g_array_append_val (evs, ev);
  return &g_array_index (evs, Ev, evs->len - 1);
}

static void
ev_set_rule (Ev *ev, const char *name)
{
  g_free (ev->rule);
  ev->rule = g_strdup_printf ("%s %s", name, ev->entry ? ev->entry->iri : "");
}

/* The trigger at @i is the object of a blocking verb ("melarang pasokan
 * senjata", "condemned the sale of"), with at most two words
 * (determiners, adverbs) between. */
static gboolean
blocked_nominal (const Ctx *c, const Sent *s, guint lo, guint i)
{
  for (guint k = i; k > lo && k + 3 > i; k--)
    if (is_cat (c, s, WARTA_LEX_BLOCKING_VERB, k - 1))
      return TRUE;
  return FALSE;
}

/* Weapons sent "kepada Hizbullah di Lebanon", "bound for Yemen's Houthi
 * rebels": the armed group right after the destination preposition (after
 * the state that owns it, if any) receives them, not the state. */
/* Past an owner the registry does not know at @at ("to Haftar's Libyan
 * National Army"): the token after "Haftar 's", or @at itself. */
static guint
past_unknown_owner (const Sent *s, guint at, guint to)
{
  if (at >= to || ment_at (s, at) || !tok (s, at)->capitalized)
    return at;
  if (at + 2 < to && tok_is_possessive (s, at + 1))
    return at + 2;
  if (at + 1 < to && tok_ends_possessive (s, at))
    return at + 1;
  return at;
}

static const WartaActor *
group_after_destination (Ctx *c, Sent *s, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    {
      guint n;
      if (!cat_at (c, s, WARTA_LEX_PREP_DESTINATION, i, &n))
        continue;
      guint at = i + n;
      if (at < to && is_cat (c, s, WARTA_LEX_DETERMINER, at))
        at++; /* "to the Houthis in Yemen" */
      at = past_unknown_owner (s, at, to);
      const Ment *m = ment_starting (s, at);
      if (!m)
        return NULL;
      const WartaActor *a = ment_pick (m, FALSE);
      guint next = m->first + m->n;
      if (a->klass != WARTA_ACTOR_ORGANIZATION && next < to && tok_is_possessive (s, next))
        next++; /* "Yemen 's Houthi" */
      /* "Sudan's paramilitary Rapid Support Forces": a modifier or two */
      for (guint k = 0; k < 2 && a->klass == WARTA_ACTOR_STATE && next + 1 < to
                        && !ment_at (s, next) && tok (s, next)->kind == WARTA_TOKEN_WORD
                        && !tok (s, next)->capitalized
                        && tok (s, next)->voice == WARTA_VOICE_NONE && !is_preposition (c, s, next)
                        && !is_cat (c, s, WARTA_LEX_COORDINATOR, next);
           k++)
        next++;
      const Ment *m2 = a->klass == WARTA_ACTOR_ORGANIZATION ? NULL : ment_starting (s, next);
      if (m2)
        a = ment_pick (m2, FALSE);
      /* a state's army is that state ("to Sudan's army"); a force of no
       * state is a group of its own ("Rapid Support Forces") */
      return a->klass == WARTA_ACTOR_ORGANIZATION
                     && (!names_armed_forces (c, s, m2 ? m2 : m) || !state_of (c, a))
                 ? a
                 : NULL;
    }
  return NULL;
}

/* A destination preposition with a mention after it in [@from, @to). */
static gboolean
has_destination_after (Ctx *c, Sent *s, guint from, guint to)
{
  return first_mention_after (c, s, WARTA_LEX_PREP_DESTINATION, from, to, FALSE) != NULL;
}

/* The names listed right after the first destination preposition in
 * [@from, @to): "ke Mali, Niger dan Chad" gives all three; anything but a
 * comma or a coordinator between two names ends the list ("to Russia that
 * Moscow could fire at Ukraine" gives Russia alone), and a list needs its
 * coordinator ("ke Rusia, Pyongyang: Berita Palsu" gives Russia alone). */
static void
destination_list (Ctx *c, Sent *s, guint from, guint to, GPtrArray *out)
{
  guint i = from, n;
  while (i < to && !cat_at (c, s, WARTA_LEX_PREP_DESTINATION, i, &n))
    i++;
  if (i >= to)
    return;
  gboolean coordinated = FALSE;
  for (i += n; i < to;)
    {
      const Ment *m = ment_starting (s, i);
      if (!m)
        break;
      g_ptr_array_add (out, ment_pick (m, TRUE));
      i = m->first + m->n;
      if (i < to && tok_is_punct (s, i, ","))
        i++;
      if (i < to && is_cat (c, s, WARTA_LEX_COORDINATOR, i))
        {
          coordinated = TRUE;
          i++;
        }
    }
  /* a list ends with "dan"/"and"; "ke Rusia, Pyongyang: …" is none */
  if (!coordinated && out->len > 1)
    g_ptr_array_set_size (out, 1);
}

/* "memasok amunisi kepada kami", "supplied ammunition to us": the first
 * person after a destination preposition in [@from, @to) is the state of
 * the speaker in whose words it stands, or NULL. */
static const WartaActor *
speaker_after_prep (Ctx *c, const Sent *s, guint from, guint to)
{
  if (!c->cur_speakers || c->cur_speakers->len == 0)
    return NULL;
  for (guint k = from; k < to; k++)
    {
      guint n;
      if (!cat_at (c, s, WARTA_LEX_PREP_DESTINATION, k, &n))
        continue;
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, k + n, NULL);
      if (!e || !refers_to (e, "Speaker"))
        return NULL;
      return speaker_state (c);
    }
  return NULL;
}

/* Weapons go to a state or a group: "kepada Moskow" is Russia. */
static const WartaActor *
recipient_state (Ctx *c, const WartaActor *a)
{
  if (a && a->klass == WARTA_ACTOR_PLACE && state_of (c, a))
    return state_of (c, a);
  return a;
}

/* One arms transfer from @agent to @recipient, unless they are one state
 * or a second transfer of the same pair from this trigger.  @np may be
 * NULL. */
static void
add_arms_transfer (Ctx *c, guint i, guint n, const WartaLexEntry *e, WartaLexCategory cat,
                   const NounPhrase *np, const WartaActor *agent, const WartaActor *recipient,
                   const char *rule, GArray *evs)
{
  const char *ag = actor_state_iri (c, agent), *rc = actor_state_iri (c, recipient);
  if (!ag || !rc || g_strcmp0 (ag, rc) == 0)
    return;
  for (guint k = 0; k < evs->len; k++)
    {
      const Ev *old = &g_array_index (evs, Ev, k);
      if (old->trig == i && old->kind == WARTA_FACT_ARMS_TRANSFER && g_strcmp0 (old->fact->agent, ag) == 0
          && g_strcmp0 (old->fact->recipient, rc) == 0)
        return;
    }
  Ev *ev = ev_new (evs, WARTA_FACT_ARMS_TRANSFER, i, n, e, cat);
  ev->fact->agent = g_strdup (ag);
  ev->fact->recipient = g_strdup (rc);
  if (np && np->item)
    ev->fact->item = g_strdup (np->item);
  if (np && np->quantity)
    ev->fact->quantity = g_strdup (np->quantity);
  ev_set_rule (ev, rule);
}

/* The state a route in [@from, @to) starts from: "from Israel to
 * Germany", "dari Israel ke Jerman" (an origin right before a
 * destination preposition), or NULL. */
static const WartaActor *
route_start (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k < to; k++)
    {
      guint on;
      if (!cat_at (c, s, WARTA_LEX_PREP_ORIGIN, k, &on))
        continue;
      const Ment *m = ment_starting (s, k + on);
      return m && starts_route (c, s, m) ? ment_pick (m, FALSE) : NULL;
    }
  return NULL;
}

/* "Myanmar's main arms supplier": the name owning the noun phrase that
 * ends at @i, with at most three words between its "'s" and @i. */
static const Ment *
possessor_before (const Ctx *c, const Sent *s, guint lo, guint i)
{
  for (guint k = i; k > lo + 1 && k + 4 > i; k--)
    {
      if (tok_is_possessive (s, k - 1))
        {
          const Ment *m = ment_at (s, k - 2);
          return m && m->first >= lo ? m : NULL;
        }
      const WartaToken *t = tok (s, k - 1);
      const Ment *m = ment_at (s, k - 1);
      if (m && tok_ends_possessive (s, k - 1))
        return m->first >= lo ? m : NULL; /* "Myanmar's" as one token */
      if (t->kind != WARTA_TOKEN_WORD || m || is_preposition (c, s, k - 1))
        return NULL;
    }
  return NULL;
}

/* "… from where the shipments were trucked to RSF units": a noun act that
 * is the subject of a passive verb after it is no act of the clause's
 * subject (here a UN panel describing reports). */
static gboolean
nominal_is_subject (const Ctx *c, const Sent *s, guint i, guint n, gboolean nominal)
{
  return nominal && i + n < s->n_toks && is_cat (c, s, WARTA_LEX_PASSIVE_AUX, i + n);
}

/* "Russia delivered air-defence systems to the LNA as part of the
 * transfer": a definite noun act at the end of a prepositional phrase,
 * after a transfer told in the same clause, is that transfer again. */
static gboolean
restated_transfer (const Ctx *c, const Sent *s, guint i, guint n, GArray *evs)
{
  if (i < 2 || !is_cat (c, s, WARTA_LEX_DETERMINER, i - 1) || !is_preposition (c, s, i - 2))
    return FALSE;
  if (i + n < s->n_toks && tok (s, i + n)->kind == WARTA_TOKEN_WORD)
    return FALSE;
  for (guint k = 0; k < evs->len; k++)
    if (g_array_index (evs, Ev, k).kind == WARTA_FACT_ARMS_TRANSFER && g_array_index (evs, Ev, k).trig < i)
      return TRUE;
  return FALSE;
}

/* An arms transfer: supplier is the subject, recipient @given_recipient,
 * or after ke/kepada, or the state after the weapons ("pemasok senjata
 * Rusia"). */
static void
build_arms_transfer_to (Ctx *c, Sent *s, guint lo, guint i, guint n, guint wend,
                        const WartaLexEntry *e, WartaLexCategory cat, const NounPhrase *np,
                        const WartaActor *given_recipient, GArray *evs)
{
  WartaVoice v = voice_of (c, s, i);
  /* "Iranian drones shipped to the Houthis": a reduced relative is passive */
  gboolean reduced = participle_after_weapons (c, s, i);
  gboolean passive = v == WARTA_VOICE_PASSIVE || v == WARTA_VOICE_STATIVE || reduced;
  gboolean nominal = v == WARTA_VOICE_NOMINAL;
  if (nominal && restated_transfer (c, s, i, n, evs))
    return;
  /* "Resolusi 2216 melarang pasokan senjata kepada Houthi": who bans a
   * supply does not supply */
  gboolean blocked = blocked_nominal (c, s, lo, i);
  /* "Russia is Myanmar's main arms supplier": the owner of an agent noun
   * is who receives, and the clause subject before it supplies */
  const Ment *owner = warta_lex_entry_attr (e, "agentNoun") && !given_recipient ? possessor_before (c, s, lo, i) : NULL;
  if (owner)
    {
      const WartaActor *sup = active_subject (c, s, lo, owner->first);
      if (sup)
        add_arms_transfer (c, i, n, e, cat, np, sup, ment_pick (owner, FALSE), "arms.nominal", evs);
      return;
    }
  const WartaActor *agent = (passive || nominal || blocked) ? NULL : active_subject (c, s, lo, i);
  if (!agent && !passive && !nominal && !blocked)
    agent = speaker_as_subject (c, s, i); /* "Iran membantah memasok rudal" */
  if (!agent && (passive || nominal || blocked))
    {
      agent = first_mention_after (c, s, WARTA_LEX_PREP_AGENT, i + n, wend, FALSE);
      if (!agent && blocked)
        return;
      /* "launched drones at commercial ships": a noun inside a
       * prepositional phrase is not the clause subject's act */
      if (!agent && nominal && plural_after_preposition (c, s, i))
        return;
      /* "documented Iranian drones transferred to the Houthis": the
       * subject of the clause did not send what its object names */
      if (!agent && !reduced && !nominal_is_subject (c, s, i, n, nominal))
        agent = active_subject (c, s, lo, i);
      /* "launchers were shipped from Israel to Germany", "dikirim dari
       * Israel ke Jerman": the state a passive shipment leaves from */
      if (!agent && passive)
        agent = route_start (c, s, i + n, wend);
      /* "Israel mengumumkan penjualan rudal kepada UEA": an announced
       * sale with no seller of its own is the speaker's */
      if (!agent && nominal && c->cur_own_act)
        agent = speaker_state (c);
    }
  /* "a small vessel carrying Iranian-made missile parts", "kapal yang
   * membawa rudal buatan Iran": with no supplier in the clause, the
   * weapons' maker named in the sentence supplies them (a recipient must
   * be named too) */
  gboolean owner_agent = !agent && !blocked && np && np->owner && np->weapons
                         && (given_recipient || has_destination_after (c, s, i + n, wend));
  if (owner_agent)
    agent = np->owner;
  gboolean agent_from_discourse = FALSE;
  if (!agent && c->dis.event && c->dis.event->kind == WARTA_FACT_ARMS_TRANSFER)
    {
      agent = warta_lexicon_actor (c->ex->lex, c->dis.event->agent);
      agent_from_discourse = TRUE;
    }
  g_autoptr (GPtrArray) dest = g_ptr_array_new ();
  const WartaActor *group = given_recipient ? NULL : group_after_destination (c, s, i + n, wend);
  if (!given_recipient && !group)
    collect_destinations (c, s, i + n, wend, FALSE, dest);
  const WartaActor *recipient = given_recipient ?: group ?: dest->len ? recipient_state (c, g_ptr_array_index (dest, 0)) : NULL;
  gboolean recipient_from_dest = !given_recipient && !group && dest->len;
  if (!recipient && !given_recipient)
    {
      /* weapons go to armed groups too ("memasok senjata kepada RSF") */
      const WartaActor *grp = first_destination_named (c, s, i + n, wend);
      if (grp && grp->klass == WARTA_ACTOR_ORGANIZATION)
        recipient = grp;
    }
  if (!recipient && !given_recipient)
    recipient = speaker_after_prep (c, s, i + n, wend);
  /* "the first export of finished Japanese defence equipment": with no
   * supplier in the clause, the weapons' owner is more likely the supplier
   * than the recipient */
  if (!recipient && np && np->owner && !agent_from_discourse && !owner_agent)
    recipient = np->owner;
  /* "the drones were shipped with the authorisation of the Iranian
   * state": a supplier carried over from an earlier sentence does not
   * make the state after "of"/"with" its recipient */
  if (!recipient && !agent_from_discourse)
    recipient = first_mention_after (c, s, WARTA_LEX_PREP_OTHER, i + n, wend, FALSE);
  /* a region that is no state receives nothing ("hubungan Rusia dengan
   * negara-negara Asia Tenggara") */
  if (!agent || !recipient || (recipient->klass == WARTA_ACTOR_PLACE && !state_of (c, recipient)))
    return;
  const char *rule = nominal ? "arms.nominal" : passive ? "arms.passive" : "arms.active";
  add_arms_transfer (c, i, n, e, cat, np, agent, recipient, rule, evs);
  /* "supplied drones to Mali and Niger": one transfer per state named */
  if (recipient_from_dest)
    {
      g_autoptr (GPtrArray) list = g_ptr_array_new ();
      destination_list (c, s, i + n, wend, list);
      for (guint k = 1; k < list->len; k++)
        {
          const WartaActor *more = recipient_state (c, g_ptr_array_index (list, k));
          if (more && more->klass == WARTA_ACTOR_STATE)
            add_arms_transfer (c, i, n, e, cat, np, agent, more, rule, evs);
        }
    }
}

static void
build_arms_transfer (Ctx *c, Sent *s, guint lo, guint i, guint n, guint wend,
                     const WartaLexEntry *e, WartaLexCategory cat, const NounPhrase *np,
                     GArray *evs)
{
  build_arms_transfer_to (c, s, lo, i, n, wend, e, cat, np, NULL, evs);
}

/* The object right after a verb whose object receives ("arming Yemen's
 * Houthi movement"): the last actor of the noun phrase, a state only when
 * nothing more specific is named. */
static const WartaActor *
object_recipient (Ctx *c, Sent *s, guint from, guint to)
{
  const WartaActor *last = NULL;
  for (guint j = from; j < to;)
    {
      const Ment *m = ment_starting (s, j);
      if (m)
        {
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass != WARTA_ACTOR_PLACE && a->klass != WARTA_ACTOR_PERSON)
            last = a;
          j = m->first + m->n;
          continue;
        }
      const WartaToken *t = tok (s, j);
      if (is_cat (c, s, WARTA_LEX_DETERMINER, j) || tok_is_possessive (s, j)
          || g_str_equal (t->text, "'") || (last == NULL && t->kind == WARTA_TOKEN_WORD && !is_preposition (c, s, j)
                                             && t->voice != WARTA_VOICE_ACTIVE && t->voice != WARTA_VOICE_PASSIVE && j < from + 2))
        {
          j++;
          continue;
        }
      break;
    }
  return last;
}

/* "Iran supplied Russia with drones", "memasok Rusia dengan drone": the
 * recipient is the object, the weapons follow a preposition.  Fills @np
 * and @recipient and returns TRUE when the pattern is there. */
static gboolean
read_supplied_with (Ctx *c, Sent *s, guint from, guint to, NounPhrase *np, const WartaActor **recipient)
{
  guint j = from;
  const Ment *m = ment_starting (s, j);
  if (!m && j + 1 < to && is_cat (c, s, WARTA_LEX_DETERMINER, j))
    m = ment_starting (s, ++j);
  if (!m)
    return FALSE;
  WartaActor *a = ment_pick (m, FALSE);
  j = m->first + m->n;
  if (a->klass == WARTA_ACTOR_PLACE || j >= to || !is_cat (c, s, WARTA_LEX_PREP_OTHER, j))
    return FALSE;
  np_clear (np);
  memset (np, 0, sizeof *np);
  read_np (c, s, j + 1, to, np);
  if (!np->weapons || np->troops)
    return FALSE;
  *recipient = a;
  return TRUE;
}

/* The verb at @i is the complement of a speech verb right before it, with
 * only aspect words between ("membantah telah membeli"): the speaker is
 * its subject.  Not so across "bahwa" ("mengatakan bahwa junta membeli"). */
static gboolean
speech_verb_just_before (Ctx *c, Sent *s, guint i)
{
  guint k = i;
  while (k > 0 && (is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1) || is_cat (c, s, WARTA_LEX_NEGATOR, k - 1)))
    k--;
  return k > 0 && (is_cat (c, s, WARTA_LEX_DENIAL_VERB, k - 1) || is_cat (c, s, WARTA_LEX_CLAIM_VERB, k - 1));
}

/* Every actor named after @prep, with those coordinated with the first
 * ("dari Rusia dan China", "from Iran, Belarus and China"). */
/* A predicate begins at @j: a voiced Indonesian verb (meN-, di-, ter-),
 * a ber- verb ("bereaksi"), a negator, an aspect word or any trigger. */
static gboolean
predicate_at (const Ctx *c, const Sent *s, guint j)
{
  if (j >= s->n_toks)
    return FALSE;
  const WartaToken *t = tok (s, j);
  if (t->kind != WARTA_TOKEN_WORD)
    return FALSE;
  if (t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE || t->voice == WARTA_VOICE_STATIVE)
    return TRUE;
  if (t->ber_verb)
    return TRUE;
  return is_cat (c, s, WARTA_LEX_NEGATOR, j) || is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, j) || is_any_trigger (c, s, j);
}

/* "dari India, China Minta Stabilitas": in a title-case headline a bare
 * verb is capitalised too; a capitalised word that is no name and no
 * preposition after a name there starts the predicate. */
static gboolean
headline_word_at (const Ctx *c, const Sent *s, guint j)
{
  if (j >= s->n_toks || ment_at (s, j) || !title_cased (s))
    return FALSE;
  const WartaToken *t = tok (s, j);
  return t->kind == WARTA_TOKEN_WORD && t->capitalized && !t->all_caps && !is_preposition (c, s, j)
         && !is_cat (c, s, WARTA_LEX_COORDINATOR, j) && !is_cat (c, s, WARTA_LEX_WEAPON_NOUN, j);
}

static void
mentions_after (Ctx *c, Sent *s, WartaLexCategory prep, guint from, guint to, GPtrArray *out)
{
  const WartaActor *first = first_mention_after (c, s, prep, from, to, FALSE);
  if (!first)
    return;
  g_ptr_array_add (out, (gpointer) first);
  guint j = from;
  while (j < to && !(ment_starting (s, j) && ment_pick (ment_starting (s, j), FALSE) == first))
    j++;
  while (j < to)
    {
      const Ment *m = ment_starting (s, j);
      if (!m)
        break;
      j = m->first + m->n;
      if (j < to && !tok_is_punct (s, j, ",") && !is_cat (c, s, WARTA_LEX_COORDINATOR, j))
        break;
      gboolean coordinated = FALSE;
      while (j < to && (tok_is_punct (s, j, ",") || is_cat (c, s, WARTA_LEX_COORDINATOR, j)))
        coordinated = coordinated || is_cat (c, s, WARTA_LEX_COORDINATOR, j++);
      /* "dari Korea Selatan, Rusia Bereaksi": a name after a bare comma
       * that a verb follows opens a clause of its own */
      if (j < to && (m = ment_starting (s, j)) && !coordinated
          && (predicate_at (c, s, m->first + m->n) || headline_word_at (c, s, m->first + m->n)))
        break;
      if (j < to && (m = ment_starting (s, j)))
        g_ptr_array_add (out, ment_pick (m, FALSE));
    }
}

/* The verb that governs a deal noun before the nominal trigger at @i:
 * "menandatangani kontrak pengadaan", "merampungkan kesepakatan kedua
 * untuk pembelian", "signed a contract for the purchase".  At most one
 * modifier and a purpose word stand between the noun and the trigger,
 * at most a determiner between the verb and the noun.  G_MAXUINT when
 * no deal noun stands there. */
static guint
deal_verb_before (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint k = i;
  if (k > lo && is_cat (c, s, WARTA_LEX_DETERMINER, k - 1))
    k--;
  if (k > lo && (is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, k - 1)
                 || is_cat (c, s, WARTA_LEX_PREP_OTHER, k - 1)))
    k--;
  if (k > lo + 1 && !is_cat (c, s, WARTA_LEX_DEAL_NOUN, k - 1)
      && tok (s, k - 1)->kind == WARTA_TOKEN_WORD && !tok (s, k - 1)->capitalized
      && is_cat (c, s, WARTA_LEX_DEAL_NOUN, k - 2))
    k--; /* "kesepakatan kedua untuk …" */
  if (k == lo || !is_cat (c, s, WARTA_LEX_DEAL_NOUN, k - 1))
    return G_MAXUINT;
  k--;
  if (k > lo && is_cat (c, s, WARTA_LEX_DETERMINER, k - 1))
    k--;
  return k > lo ? k - 1 : G_MAXUINT;
}

/* The states in [@from, @to) named right before a weapon noun, perhaps
 * with one word between ("French howitzers", "Indian rocket launchers"),
 * or in Indonesian right after one ("jet tempur Prancis"), in order. */
static void
weapon_owners (const Ctx *c, const Sent *s, guint from, guint to, GPtrArray *out)
{
  for (guint k = from; k < to; k++)
    {
      const Ment *m = ment_starting (s, k);
      if (!m)
        continue;
      guint after = m->first + m->n;
      gboolean before_weapon = (after < to && is_cat (c, s, WARTA_LEX_WEAPON_NOUN, after))
                               || (after + 1 < to && is_cat (c, s, WARTA_LEX_WEAPON_NOUN, after + 1));
      /* Indonesian names the owner after the weapon: "kapal selam Korea
       * Selatan" */
      for (guint back = 1; c->wlang == WARTA_LANG_ID && !before_weapon && back <= 3 && back <= m->first; back++)
        {
          guint wn;
          before_weapon = cat_at (c, s, WARTA_LEX_WEAPON_NOUN, m->first - back, &wn)
                          && m->first - back + wn == m->first;
        }
      if (before_weapon && ment_has_class (m, WARTA_ACTOR_STATE))
        ptr_add_unique (out, ment_pick (m, FALSE));
      k = after - 1;
    }
}

static const WartaActor *passive_agent (Ctx *c, Sent *s, guint i, guint n, guint wend);

/* An arms transfer told from the receiving end ("Myanmar membeli jet dari
 * Rusia", "Iran imported drones from China"): the subject receives, each
 * actor after dari/from supplies, or else the state the weapons belong to
 * ("received Iranian missiles").  With no seller there is no fact. */
static void
build_acquisition (Ctx *c, Sent *s, guint lo, guint i, guint n, guint wend,
                   const WartaLexEntry *e, WartaLexCategory cat, const NounPhrase *np,
                   GArray *evs)
{
  WartaVoice v = voice_of (c, s, i);
  gboolean active = v != WARTA_VOICE_PASSIVE && v != WARTA_VOICE_STATIVE && v != WARTA_VOICE_NOMINAL;
  const WartaActor *recipient = NULL;
  guint deal_verb = v == WARTA_VOICE_NOMINAL ? deal_verb_before (c, s, lo, i) : G_MAXUINT;
  if (active)
    recipient = active_subject (c, s, lo, i);
  else if (deal_verb != G_MAXUINT)
    recipient = active_subject (c, s, lo, deal_verb); /* "Indonesia meneken kontrak …" */
  else
    recipient = passive_agent (c, s, i, n, wend); /* "dibeli Australia", "bought by Australia" */
  if (!recipient && active && c->cur_speakers && c->cur_speakers->len
      && speech_verb_just_before (c, s, i))
    recipient = g_ptr_array_index (c->cur_speakers, 0); /* "Iran membantah membeli rudal dari …" */
  const char *rc = actor_state_iri (c, recipient);
  if (!rc)
    return;
  g_autoptr (GPtrArray) suppliers = g_ptr_array_new ();
  /* every "dari X" / "from X" of the clause: "drones from Israel and
   * rocket systems from Turkey" */
  for (guint k = i + n; k < wend; k++)
    if (is_cat (c, s, WARTA_LEX_PREP_ORIGIN, k))
      {
        g_autoptr (GPtrArray) more = g_ptr_array_new ();
        mentions_after (c, s, WARTA_LEX_PREP_ORIGIN, k, wend, more);
        for (guint q = 0; q < more->len; q++)
          ptr_add_unique (suppliers, g_ptr_array_index (more, q));
      }
  /* "received six MiG-29 fighter jets donated by Russia", "menerima
   * jet tempur yang dihibahkan Rusia": a passive supply verb right after
   * the object names who supplied it */
  guint part = wend < s->n_toks && is_cat (c, s, WARTA_LEX_RELATIVIZER, wend) ? wend + 1 : wend;
  guint pn;
  if (suppliers->len == 0 && part < s->n_toks && cat_at (c, s, WARTA_LEX_SUPPLY_TRIGGER, part, &pn)
      && voice_of (c, s, part) == WARTA_VOICE_PASSIVE)
    {
      const WartaActor *by = passive_agent (c, s, part, pn, MIN (part + pn + 4, s->n_toks));
      if (by && by != recipient)
        g_ptr_array_add (suppliers, (gpointer) by);
    }
  /* "buying French howitzers and Indian rocket launchers": each state
   * named before weapons of the object sells its own */
  if (suppliers->len == 0 && np->owner)
    weapon_owners (c, s, i + n, MIN (np->end, wend), suppliers);
  if (suppliers->len < 2 && np->owner)
    {
      g_ptr_array_set_size (suppliers, 0);
      g_ptr_array_add (suppliers, (gpointer) np->owner); /* "menerima rudal Iran", "received Iranian missiles" */
    }
  for (guint k = 0; k < suppliers->len; k++)
    add_arms_transfer (c, i, n, e, cat, np, g_ptr_array_index (suppliers, k), recipient,
                       active ? "arms.acquire" : "arms.acquire-passive", evs);
}

/* The place right after a verb whose object is a place ("entering
 * Belarus", "memasuki wilayah Kursk"), after at most an article and a
 * place word. */
static void
object_place (Ctx *c, Sent *s, guint from, guint to, GPtrArray *out)
{
  guint k = from, n;
  if (k < to && is_cat (c, s, WARTA_LEX_DETERMINER, k))
    k++;
  /* "entered the border town of Nimule", "memasuki kota perbatasan X" */
  if (k + 1 < to && is_cat (c, s, WARTA_LEX_BORDER_NOUN, k) && is_cat (c, s, WARTA_LEX_PLACE_INTRO, k + 1))
    k++;
  if (k < to && cat_at (c, s, WARTA_LEX_PLACE_INTRO, k, &n))
    {
      k += n;
      if (k < to && c->wlang == WARTA_LANG_EN && g_str_equal (tok (s, k)->fold, "of"))
        k++;
      else if (k < to && c->wlang == WARTA_LANG_ID && is_cat (c, s, WARTA_LEX_BORDER_NOUN, k))
        k++;
    }
  const Ment *m = k < to ? ment_starting (s, k) ?: ment_at (s, k) : NULL;
  if (!m && k < to)
    m = learn_destination_name (c, s, k);
  if (!m)
    return;
  WartaActor *a = ment_pick (m, TRUE);
  if (a->klass == WARTA_ACTOR_PLACE || a->klass == WARTA_ACTOR_STATE)
    ptr_add_unique (out, a);
}

/* The agent of a passive verb at @i: after "oleh" / "by", or, in
 * Indonesian, a name right after the verb ("dikirim Turki").  Never a
 * place ("dikirim ke Libya" has its preposition first). */
static const WartaActor *
passive_agent (Ctx *c, Sent *s, guint i, guint n, guint wend)
{
  const WartaActor *a
      = first_mention_after (c, s, WARTA_LEX_PREP_AGENT, i + n, MIN (wend, i + n + 2), FALSE);
  if (!a && c->wlang != WARTA_LANG_EN && i + n < wend && !is_preposition (c, s, i + n - 1))
    {
      const Ment *m = ment_starting (s, i + n);
      a = m ? ment_pick (m, FALSE) : NULL;
    }
  return a && a->klass != WARTA_ACTOR_PLACE ? a : NULL;
}

/* "5.000 petempur Suriah yang dikirim Turki berada di Libya": the agent
 * of a passive sending verb between the subject and the verb at @i. */
static const WartaActor *
relative_sender (Ctx *c, Sent *s, const NounPhrase *np, guint i)
{
  for (guint k = np->start; k < i; k++)
    {
      guint kn;
      WartaVoice v = voice_of (c, s, k);
      if ((v == WARTA_VOICE_PASSIVE || v == WARTA_VOICE_STATIVE)
          && (cat_at (c, s, WARTA_LEX_DEPLOYMENT_TRIGGER, k, &kn)
              || cat_at (c, s, WARTA_LEX_TRANSPORT_TRIGGER, k, &kn)))
        return passive_agent (c, s, k, kn, i);
    }
  return NULL;
}

/* "Menurut Panglima TNI, 1.090 prajurit diberangkatkan ke Lebanon", told
 * before any troops have an owner in the article: troops a state's own
 * official reports sent, without naming who sent them or whose they are,
 * are that state's.  Not troops that merely went somewhere ("110 warga
 * Kolombia berangkat ke Sudan", said by Colombia's ministry). */
static const char *
speakers_state_iri (const Ctx *c)
{
  if (!c->cur_speakers || c->cur_speakers->len == 0)
    return NULL;
  const WartaActor *sp = g_ptr_array_index (c->cur_speakers, 0);
  const WartaActor *st = state_of (c, sp);
  if (st)
    return st->iri;
  /* "CSTO Secretary General Stanislav Zas said 2,030 servicemen had been
   * sent": a bloc that fields forces (warta:fieldsForces) sent them */
  for (guint hops = 0; sp && hops < 4; hops++)
    {
      if (sp->fields_forces)
        return sp->iri;
      sp = sp->affiliation_iri ? warta_lexicon_actor (c->ex->lex, sp->affiliation_iri) : NULL;
    }
  return NULL;
}

/* Is the word at @k a definite determiner or a demonstrative ("the",
 * "these", "itu"), not "a" or "its"? */
static gboolean
definite_at (const Ctx *c, const Sent *s, guint k)
{
  const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_DETERMINER, k, NULL);
  if (e)
    return !warta_lex_entry_attr (e, "indefinite") && !warta_lex_entry_attr (e, "possessive");
  return is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, k);
}

/* "the Marines", "these troops": troops named right after a definite
 * determiner in @np point back at troops told of before. */
static gboolean
np_definite (const Ctx *c, const Sent *s, const NounPhrase *np)
{
  for (guint k = np->start; k + 1 < np->end && k + 1 < s->n_toks; k++)
    if (definite_at (c, s, k)
        && (is_cat (c, s, WARTA_LEX_TROOP_NOUN, k + 1) || is_cat (c, s, WARTA_LEX_UNIT_NOUN, k + 1)))
      return TRUE;
  return FALSE;
}

/* 1 when a name of @a holds a warta:ForceBody word ("French Armed
 * Forces", "Korps Marinir AS"), -1 when one holds a word of a body that
 * only reports on forces ("Ukrainian military intelligence"), else 0. */
static int
force_body_words (const Ctx *c, const WartaActor *a)
{
  GPtrArray *entries = warta_lexicon_entries (c->ex->lex, WARTA_LEX_FORCE_BODY);
  int found = 0;
  for (guint k = 0; k < entries->len; k++)
    {
      const WartaLexEntry *e = g_ptr_array_index (entries, k);
      gboolean commands = g_strcmp0 (warta_lex_entry_attr (e, "commandsForces"), "false") != 0;
      for (guint t = 0; t < e->texts->len; t++)
        for (guint l = 0; l < a->labels->len; l++)
          {
            const WartaLabel *lb = g_ptr_array_index (a->labels, l);
            if (!label_has_words (lb->text, g_ptr_array_index (e->texts, t)))
              continue;
            if (!commands)
              return -1;
            found = 1;
          }
    }
  return found;
}

/* A body that commands forces named at @k, after "of (the)" or "dari"
 * ("members of the Revolutionary Guards", "anggota IRGC"). */
static gboolean
force_named_at (const Ctx *c, const Sent *s, guint k)
{
  for (guint skip = 0; skip < 2 && k < s->n_toks && !ment_at (s, k)
                       && (is_preposition (c, s, k) || is_cat (c, s, WARTA_LEX_DETERMINER, k));
       skip++)
    k++;
  const Ment *m = k < s->n_toks ? ment_starting (s, k) : NULL;
  return m && force_body_words (c, ment_pick (m, FALSE)) > 0;
}

/* Does the speaker of the claim being read command its state's forces:
 * a defence ministry, an army, the military, or one of their people ("a
 * Bundeswehr spokesperson")?  Only the bodies between the speaker and its
 * state are asked.  Not in a doubt: "Pentagon belum dapat memastikan
 * berapa banyak pasukan yang sudah dipindahkan ke Libya" doubts the
 * troops the article is about. */
static gboolean
speaker_commands_forces (const Ctx *c)
{
  if (c->cur_stance != STANCE_CLAIM || !c->cur_speakers || c->cur_speakers->len == 0)
    return FALSE;
  const WartaActor *sp = g_ptr_array_index (c->cur_speakers, 0);
  for (guint hops = 0; sp && sp->klass != WARTA_ACTOR_STATE && hops < 4; hops++)
    {
      int words = sp->klass == WARTA_ACTOR_ORGANIZATION ? force_body_words (c, sp) : 0;
      if (words != 0)
        return words > 0;
      sp = sp->affiliation_iri ? warta_lexicon_actor (c->ex->lex, sp->affiliation_iri) : NULL;
    }
  return FALSE;
}

/* English "have" before a past participle ("have expelled", "has sent",
 * "had taken over") is an auxiliary: @i is the word after it. */
static gboolean
auxiliary_have (const Ctx *c, const Sent *s, guint i)
{
  if (c->wlang != WARTA_LANG_EN || i >= s->n_toks || tok (s, i)->kind != WARTA_TOKEN_WORD
      || ment_at (s, i))
    return FALSE;
  const char *w = tok (s, i)->fold;
  return g_str_has_suffix (w, "ed") || g_str_has_suffix (w, "en") || is_any_trigger (c, s, i)
         || !strcmp (w, "been");
}

/* "300 Africa Corps personnel", "Iraq's defence ministry took delivery
 * of …": the state a body stands for when its troops or the arms it
 * receives are the state's, that is, when its affiliations reach a state
 * and it fields no forces of its own (warta:fieldsForces: the Wagner
 * Group); NULL otherwise. */
static const WartaActor *
state_of_body (const Ctx *c, const WartaActor *a)
{
  return a && a->klass == WARTA_ACTOR_ORGANIZATION && !a->fields_forces ? state_of (c, a) : NULL;
}

/* "Sementara itu, di Kamp Yonaguni, yang dibuka pada 2016 …, kini
 * bertugas 210 personel", "In Kursk, some 3,000 troops are fighting": a
 * place phrase opening the sentence or following its first comma, closed
 * by a comma, with no speech between it and the trigger at @i ("Di Kyiv,
 * pejabat mengatakan …" says where they spoke). */
static void
fronted_place (Ctx *c, Sent *s, guint i, GPtrArray *dest)
{
  guint k = 0, pn;
  if (!cat_at (c, s, WARTA_LEX_PREP_LOCATION, k, &pn))
    {
      while (k < i && k < 4 && !tok_is_punct (s, k, ","))
        k++;
      if (!tok_is_punct (s, k, ",") || ++k >= i || !cat_at (c, s, WARTA_LEX_PREP_LOCATION, k, &pn))
        return;
    }
  guint close = k + pn;
  while (close < i && !tok_is_punct (s, close, ","))
    close++;
  if (close >= i)
    return;
  for (guint j = close; j < i; j++)
    if (is_cat (c, s, WARTA_LEX_CLAIM_VERB, j) || is_cat (c, s, WARTA_LEX_QUOTE_CUE, j))
      return;
  collect_destinations (c, s, k, close, TRUE, dest);
}

/* Is there a preposition in the @n tokens before @at (not before @lo)? */
static gboolean
preposition_before (const Ctx *c, const Sent *s, guint lo, guint at, guint n)
{
  for (guint k = at; k > lo && k + n > at; k--)
    if (is_preposition (c, s, k - 1))
      return TRUE;
  return FALSE;
}

/* "put the number of French troops who had served at the three bases at
 * 1,150", "jumlah marinir yang kini berada di sana mencapai sekitar
 * 2.500 orang": troops named as what a figure noun counts ("the number of")
 * are counted by the first count of ten or more after the verb, from
 * @from; -1 when there is none. */
static gint64
figure_of_troops (const Ctx *c, const Sent *s, const NounPhrase *np, guint from)
{
  guint k = np->start;
  if (k > 0 && is_preposition (c, s, k - 1))
    k--; /* "of" */
  gboolean counted = FALSE;
  for (guint j = k > 2 ? k - 2 : 0; j <= np->start && !counted; j++)
    {
      guint fn;
      /* "the number" before the troops, or "jumlah marinir" naming them */
      counted = cat_at (c, s, WARTA_LEX_FIGURE_NOUN, j, &fn) && j + fn >= k;
    }
  if (!counted)
    return -1;
  for (guint j = from; j < s->n_toks && j < from + 8; j++)
    {
      const WartaToken *t = tok (s, j);
      if (number_is_count (t) && t->number >= 10 && !number_is_year (t))
        return (gint64) t->number;
    }
  return -1;
}

/* A troop deployment: who sent the troops, how many, where, how, when. */
static void
build_deployment (Ctx *c, Sent *s, guint lo, guint i, guint n, guint wend,
                  const WartaLexEntry *e, WartaLexCategory cat, const NounPhrase *np,
                  gboolean np_is_object, GArray *evs)
{
  WartaVoice v = voice_of (c, s, i);
  gboolean passive = v == WARTA_VOICE_PASSIVE || v == WARTA_VOICE_STATIVE;
  gboolean nominal = v == WARTA_VOICE_NOMINAL;
  const WartaActor *agent = NULL;
  const WartaActor *transporter = NULL;
  const char *rule = "deploy.active";
  if (cat == WARTA_LEX_TRANSPORT_TRIGGER && !passive)
    {
      /* "Kapal Rusia mengangkut tentara Korea Utara": the ship carries, the
       * owner sends; "Rusia memindahkan 5.000 tentara": its own troops */
      transporter = active_subject (c, s, lo, i);
      agent = np->owner;
      if (!agent && transporter && transporter->klass != WARTA_ACTOR_PLACE
          && (transporter->klass == WARTA_ACTOR_STATE || state_of (c, transporter) == transporter))
        {
          agent = transporter;
          transporter = NULL;
        }
      rule = "deploy.transport";
    }
  else if (passive || nominal || cat == WARTA_LEX_PRESENCE_TRIGGER || !np_is_object)
    {
      /* "5.000 petempur Suriah yang dikirim Turki", "Syrian fighters sent
       * by Turkey": who sent them, when named, wins over their nationality */
      const WartaActor *sender = passive && cat != WARTA_LEX_PRESENCE_TRIGGER
                                     ? passive_agent (c, s, i, n, wend)
                                 : !np_is_object ? relative_sender (c, s, np, i)
                                                 : NULL;
      agent = sender ?: np->owner;
      if (!agent)
        agent = first_mention_after (c, s, WARTA_LEX_PREP_AGENT, i + n, wend, FALSE);
      if (!agent && !np_is_object && np->start > lo && !preposition_before (c, s, lo, np->start, 3))
        {
          /* "Korea Utara menyiapkan 10 ribu tentara untuk dikirim": whoever
           * holds the troops in the clause sends them; not when they are
           * a preposition's ("Washington and Canberra gave differing
           * accounts of how many troops had arrived") */
          const WartaActor *holder = active_subject (c, s, lo, np->start);
          if (holder && holder->klass == WARTA_ACTOR_STATE)
            agent = holder;
        }
      rule = nominal ? "deploy.nominal" : cat == WARTA_LEX_PRESENCE_TRIGGER ? "deploy.presence"
                                                                          : "deploy.passive";
    }
  else
    {
      agent = active_subject (c, s, lo, i);
      if (np->owner && (!agent || agent->klass == WARTA_ACTOR_PERSON))
        agent = np->owner;
      /* "Rusia membantah mengirim pasukan": a verb with no subject of its
       * own in reported speech is the speaker's act */
      if (!agent)
        agent = speaker_as_subject (c, s, i);
    }
  /* "1.200 warga Nepal bertempur untuk Rusia", "recruits fighting in the
   * ranks of the Russian army": irregular fighters fielded by a state are
   * that state's; nationals are fighters only for a side */
  guint side_end = 0;
  const WartaActor *side = np->irregular ? side_after (c, s, i + n, s->n_toks, &side_end) : NULL;
  /* only nationals counted or named by state join a side: "setiap warga
   * asing yang bergabung" is no event */
  if (np->irregular && !side && (np->count > 0 || np->nationality)
      && g_strcmp0 (warta_lex_entry_attr (e, "objectIs"), "side") == 0)
    side = joined_side (c, s, i + n, &side_end);
  gboolean sender = agent && agent != np->owner && cat != WARTA_LEX_PRESENCE_TRIGGER;
  if (np->needs_side && !side && !(sender && sent_to_fight (c, s, i + n, s->n_toks)))
    {
      /* "42 warga Kolombia yang diyakini berada di Sudan", in an article
       * about Colombian mercenaries: nationals of the state whose fighters
       * the article was just talking about are those fighters */
      const WartaActor *force = c->dis.troop_owner ? warta_lexicon_actor (c->ex->lex, c->dis.troop_owner) : NULL;
      if (!force || sender || !same_nationality (force, np->nationality))
        return;
      agent = force;
    }
  /* a state that sends them stays the agent ("Nepal mengirim warganya
   * untuk Rusia") */
  if (side && !sender && (np->needs_side || side->klass == WARTA_ACTOR_STATE))
    agent = side;
  if (!transporter)
    transporter = first_mention_after (c, s, WARTA_LEX_PREP_MEANS, i + n, wend, FALSE);
  /* "Belarus mengatakan pasukannya telah tiba", "said its soldiers had
   * arrived in Kazakhstan": troops owned by a pronoun are the speaker's */
  if (!agent && !side && np_possessed (c, s, np))
    agent = speaker_state (c);
  /* "Pentagon mengumumkan pengerahan 2.200 marinir": an announcement of
   * troops without an owner announces the speaker's own */
  if (!agent && c->cur_own_act)
    agent = speaker_state (c);
  /* "mantan prajuritnya bertempur di Sudan", "its former soldiers": out
   * of service, they are no force of the state that held them, nor of a
   * state's troops told before; only of an irregular force the article is
   * about ("around 120 former soldiers had travelled to Sudan", after
   * Colombian mercenaries) */
  if (np->former && !np->owner && !side)
    {
      const WartaActor *force = c->dis.troop_owner
                                    ? warta_lexicon_actor (c->ex->lex, c->dis.troop_owner) : NULL;
      if (!force || force->klass == WARTA_ACTOR_STATE)
        return;
      agent = force;
    }
  /* "300 Africa Corps personnel", "personel Pasukan Quds": a state's body's
   * troops are the state's */
  if (state_of_body (c, agent))
    agent = state_of_body (c, agent);
  const char *agent_iri = actor_state_iri (c, agent);
  /* "The French military said about 350 troops had been stationed in
   * Senegal", after an article's talk of Hungarian troops: troops with no
   * owner that a state's forces or defence ministry tell of are its own;
   * troops pointed back at ("as the Marines were arriving", "pasukan
   * tersebut") are those told of before */
  if (!agent_iri && !np->irregular && !np->needs_side && !np->anaphoric && !np_definite (c, s, np)
      && speaker_commands_forces (c))
    agent_iri = speakers_state_iri (c);
  /* "Pasukan tersebut ditempatkan …", "Mereka tiba …": troops named without
   * their owner are the troops the article was just talking about */
  if (!agent_iri && c->dis.troop_owner)
    agent_iri = c->dis.troop_owner;
  if (!agent_iri && passive && cat == WARTA_LEX_DEPLOYMENT_TRIGGER && !np->irregular
      && !np->needs_side && !np->anaphoric)
    agent_iri = speakers_state_iri (c);
  if (!agent_iri)
    return;

  g_autoptr (GPtrArray) dest = g_ptr_array_new ();
  /* "entering Belarus", "memasuki wilayah Ukraina": the object is the place */
  if (g_strcmp0 (warta_lex_entry_attr (e, "objectIs"), "place") == 0)
    object_place (c, s, i + n, wend, dest);
  /* a trigger phrase may end in its preposition ("berada di", "tiba di") */
  collect_destinations (c, s, is_preposition (c, s, i + n - 1) ? i + n - 1 : i + n, wend, TRUE, dest);
  /* "bertempur untuk Rusia di Ukraina": the place after the side */
  if (dest->len == 0 && side_end > wend && side_end < s->n_toks && is_preposition (c, s, side_end))
    collect_destinations (c, s, side_end, MIN (side_end + 4, s->n_toks), TRUE, dest);
  /* "sent troops to fight alongside Russian forces in the Kursk region",
   * "mengirim pasukan untuk bertempur di wilayah Kursk": where the purpose
   * is carried out is where they go, when no place is named before it;
   * only places already known ("untuk mendampingi … di Skadron Udara 12"
   * names a unit, not a place).  Not for a plan: "berencana mengirim
   * satu kompi marinir untuk berlatih di Darwin" sends nobody there yet,
   * and where a planned purpose would be carried out is a guess twice
   * over */
  if (dest->len == 0 && wend < s->n_toks && is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, wend)
      && !prospective_before (c, s, lo, i, 4))
    {
      c->known_places_only = TRUE;
      collect_destinations (c, s, wend + 1, purpose_end (c, s, wend + 1), TRUE, dest);
      c->known_places_only = FALSE;
    }
  /* "Di Kamp Yonaguni, … kini bertugas sekitar 210 personel": a place
   * set before the clause */
  if (dest->len == 0)
    fronted_place (c, s, i, dest);
  /* "… in the country", "… di negara itu": where troops went last */
  if (dest->len == 0)
    anaphoric_destination (c, s, i + n, wend, agent_iri, dest);
  /* "Ethiopia has 3,000 troops in Somalia" stations them; "North Korea has
   * 1.2 million troops" says only how many it has */
  if (dest->len == 0 && warta_lex_entry_attr (e, "needsPlace") && !own_soil_in (c, s, i + n, wend))
    return;

  /* "Setiap orang … membebaskan satu tentara Rusia untuk bertempur",
   * "each one frees one soldier to fight": a single soldier is an
   * example, not a deployment */
  if (np->count == 1)
    return;
  Ev *ev = ev_new (evs, WARTA_FACT_DEPLOYMENT, i, n, e, cat);
  WartaFact *f = ev->fact;
  f->agent = g_strdup (agent_iri);
  if (agent_iri != c->dis.troop_owner)
    {
      g_free (c->dis.troop_owner);
      c->dis.troop_owner = g_strdup (agent_iri);
    }
  f->troops = np->count;
  if (np->count < 0 && np_is_object && !np->formation)
    {
      /* "mengirim total 12.000 ke Rusia. tentara …": a count right after
       * the trigger, with troops named later in the sentence */
      for (guint j = i + n; j < wend && j < i + n + 3; j++)
        if (number_is_count (tok (s, j)) && !negator_over (c, s, j))
          {
            f->troops = (gint64) tok (s, j)->number;
            break;
          }
    }
  if (np->count < 0)
    f->troops = figure_of_troops (c, s, np, i + n);
  if (np->unit)
    f->unit = g_strdup (np->unit);
  for (guint k = 0; k < dest->len; k++)
    {
      WartaActor *d = g_ptr_array_index (dest, k);
      if (g_strcmp0 (d->iri, agent_iri) != 0)
        warta_strv_set_add (f->destinations, d->iri);
    }
  if (transporter && transporter->klass != WARTA_ACTOR_PLACE)
    f->transported_by = g_strdup (transporter->iri);
  apply_dates (c, s, i + n, wend, f);
  ev_set_rule (ev, rule);
}

/* "are currently in the country", "masih di Transnistria": a place phrase
 * right after a copula, with at most two adverbs between ("They are the
 * first of …" is no presence). */
static gboolean
place_follows (const Ctx *c, const Sent *s, guint k, guint to)
{
  if (k > 0 && is_preposition (c, s, k - 1))
    return TRUE; /* the phrase ends in its preposition ("ada di") */
  for (guint j = k; j < to && j < k + 3; j++)
    {
      const WartaLexEntry *pa = cat_at (c, s, WARTA_LEX_PLACE_ANAPHOR, j, NULL);
      if (is_cat (c, s, WARTA_LEX_PREP_LOCATION, j) || is_cat (c, s, WARTA_LEX_PREP_DESTINATION, j)
          || (pa && refers_to (pa, "Dateline")))
        return TRUE; /* "in Luzon", "here" */
      if (!is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, j) && tok (s, j)->kind == WARTA_TOKEN_WORD
          && !(c->wlang == WARTA_LANG_EN && g_str_has_suffix (tok (s, j)->text, "ly")))
        return FALSE;
    }
  return FALSE;
}

static guint names_right_before (Ctx *c, const Sent *s, guint lo, guint v, GPtrArray *out);

/* The subjects coordinated with the last one right before the verb at @v:
 * "Rusia dan Cina telah memasok", "Russia, Iran and China supplied".  The
 * name nearest the verb must follow a coordinator, so that "Selain Korea
 * Utara, Rusia juga mengirim" names one subject. */
static void
coordinated_subjects (Ctx *c, const Sent *s, guint lo, guint v, GPtrArray *out)
{
  guint k = v;
  while (k > lo && (is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1) || is_cat (c, s, WARTA_LEX_NEGATOR, k - 1)))
    k--;
  const Ment *last = k > lo ? ment_at (s, k - 1) : NULL;
  if (!last || last->first < lo + 2 || !is_cat (c, s, WARTA_LEX_COORDINATOR, last->first - 1))
    return;
  names_right_before (c, s, lo, last->first - 1, out);
  if (out->len)
    ptr_add_unique (out, ment_pick (last, FALSE));
}

/* The event the builder just added at the end of @evs, done also by each
 * state or body coordinated with its agent ("Rusia dan Cina telah memasok
 * jet tempur kepada junta"): one event per agent, as for one per party of
 * a pact.  Only for an active verb whose agent is the last of the names. */
static void
add_coordinated_agents (Ctx *c, Sent *s, guint lo, guint v, GArray *evs)
{
  if (evs->len == 0)
    return;
  guint at = evs->len - 1;
  const Ev *ev = &g_array_index (evs, Ev, at);
  if (ev->trig != v || (ev->kind != WARTA_FACT_DEPLOYMENT && ev->kind != WARTA_FACT_ARMS_TRANSFER)
      || !ev->rule || !(g_str_has_prefix (ev->rule, "deploy.active ") || g_str_has_prefix (ev->rule, "arms.active ")))
    return;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  coordinated_subjects (c, s, lo, v, names);
  if (names->len < 2 || g_strcmp0 (actor_state_iri (c, g_ptr_array_index (names, names->len - 1)), ev->fact->agent))
    return;
  for (guint k = 0; k + 1 < names->len; k++)
    {
      const WartaActor *a = g_ptr_array_index (names, k);
      const char *iri = actor_state_iri (c, a);
      ev = &g_array_index (evs, Ev, at);
      if (!iri || a->klass == WARTA_ACTOR_PLACE || g_strcmp0 (iri, ev->fact->agent) == 0
          || g_strcmp0 (iri, ev->fact->recipient) == 0 || g_ptr_array_find_with_equal_func (ev->fact->destinations, iri, g_str_equal, NULL))
        continue;
      Ev copy = *ev;
      copy.fact = warta_fact_copy (ev->fact);
      copy.rule = g_strdup (ev->rule);
      g_free (copy.fact->agent);
      copy.fact->agent = g_strdup (iri);
      g_array_append_val (evs, copy);
    }
}

/* "its arms export rules", "the weapons delivery schedule": in English a
 * trigger between a weapon noun and another noun is part of a compound
 * noun that names no act. */
static gboolean
compound_modifier (const Ctx *c, const Sent *s, guint i, guint n)
{
  /* "pesawat angkut", "transport aircraft": the trigger word is inside a
   * longer weapon noun that began before it */
  for (guint back = 1; back <= 2 && back <= i; back++)
    {
      guint wn;
      if (cat_at (c, s, WARTA_LEX_WEAPON_NOUN, i - back, &wn) && i - back + wn >= i + n)
        return TRUE;
    }
  /* "more than 100 armed groups": a verb whose object receives, as a
   * participle before a plain noun, describes it */
  const WartaLexEntry *se = c->wlang == WARTA_LANG_EN && i + n < s->n_toks
                                ? cat_at (c, s, WARTA_LEX_SUPPLY_TRIGGER, i, NULL) : NULL;
  if (se && g_strcmp0 (warta_lex_entry_attr (se, "objectIs"), "recipient") == 0
      && g_str_has_suffix (tok (s, i + n - 1)->fold, "ed") && plain_modifier (c, s, i + n))
    return TRUE;
  if (c->wlang != WARTA_LANG_EN || i == 0 || i + n >= s->n_toks || !is_cat (c, s, WARTA_LEX_WEAPON_NOUN, i - 1))
    return FALSE;
  return plain_modifier (c, s, i + n) && !is_cat (c, s, WARTA_LEX_WEAPON_NOUN, i + n)
         && !is_any_trigger (c, s, i + n);
}

/* "Moscow had received the first Fath-360 shipments": a supply noun in
 * the object of a receiving verb is what was received, not a transfer of
 * its own (the receiving verb makes that one). */
static gboolean
acquired_object (const Ctx *c, const Sent *s, guint lo, guint i, WartaLexCategory cat)
{
  if (cat != WARTA_LEX_SUPPLY_TRIGGER)
    return FALSE;
  for (guint k = i; k > lo && k + 5 > i; k--)
    {
      if (is_cat (c, s, WARTA_LEX_ACQUIRE_TRIGGER, k - 1))
        return TRUE;
      if (tok (s, k - 1)->kind == WARTA_TOKEN_PUNCT || is_any_trigger (c, s, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* "sistem itu dikerahkan ke Luzon bersama sekitar 100 tentara AS", "the
 * system was deployed along with about 100 US soldiers": troops named
 * after a comitative in [@from, @to) are moved with the weapon.  Fills
 * @out and returns TRUE when they are troops. */
static gboolean
comitative_troops (Ctx *c, Sent *s, guint from, guint to, NounPhrase *out)
{
  for (guint k = from; k < to; k++)
    {
      guint cn;
      if (!cat_at (c, s, WARTA_LEX_COMITATIVE, k, &cn))
        continue;
      read_np (c, s, k + cn, to, out);
      if (out->troops)
        return TRUE;
      np_clear (out);
      return FALSE;
    }
  return FALSE;
}

/* Does a troop noun of @np stand for people only under a negation
 * (warta:negatedOnly: "siapa pun", "anyone")? */
static gboolean
np_negated_only (const Ctx *c, const Sent *s, const NounPhrase *np)
{
  for (guint k = np->start; k < np->end && k < s->n_toks; k++)
    if (negated_only_at (c, s, k))
      return TRUE;
  return FALSE;
}

/* Deployment, transport, presence and supply triggers: read the object (or
 * the subject, for passives and presence) and decide what event it is. */
/* Does the verb whose slots are [@from, @wend) share the object of a
 * second verb of @cat coordinated with it ("sent and deployed troops",
 * "has not sent and does not intend to send any personnel", "mengirim dan
 * menempatkan pasukan")?  Only a coordinator, auxiliaries, negators and
 * adverbs may stand between.  Sets *@wend2 to the end of the second
 * verb's window. */
static gboolean
shares_object (const Ctx *c, const Sent *s, guint from, guint wend, guint to, WartaLexCategory cat,
               guint *wend2)
{
  if (from >= wend || wend >= to || !is_cat (c, s, WARTA_LEX_COORDINATOR, from))
    return FALSE;
  for (guint k = from + 1; k < wend; k++)
    {
      const WartaToken *t = tok (s, k);
      /* "intend to send": the infinitive "to" right before the verb */
      gboolean infinitive = k + 1 == wend && c->wlang == WARTA_LANG_EN;
      if (t->kind != WARTA_TOKEN_WORD || ment_at (s, k) || t->voice == WARTA_VOICE_PASSIVE
          || (t->voice == WARTA_VOICE_ACTIVE && c->wlang != WARTA_LANG_EN) || number_is_count (t)
          || (is_preposition (c, s, k) && !infinitive))
        return FALSE;
    }
  guint n2 = 0;
  if (!cat_at (c, s, cat, wend, &n2))
    return FALSE;
  *wend2 = slot_window_end (c, s, wend + n2, to);
  return TRUE;
}

static void
build_motion_event (Ctx *c, Sent *s, Span cl, guint lo, guint i, guint n,
                    const WartaLexEntry *e, WartaLexCategory cat, GArray *evs)
{
  if (compound_modifier (c, s, i, n) || acquired_object (c, s, cl.from, i, cat))
    return;
  guint wend = slot_window_end (c, s, i + n, cl.to);
  /* "menerima kiriman rudal", "received shipments of missiles": the
   * shipment noun is the object, not a new event */
  if (cat == WARTA_LEX_ACQUIRE_TRIGGER && wend == i + n && i + n < cl.to)
    wend = slot_window_end (c, s, i + n + 1, cl.to);
  NounPhrase obj = { 0 }, subj = { 0 };
  gboolean have_obj = FALSE, have_subj = FALSE;
  if (cat != WARTA_LEX_PRESENCE_TRIGGER)
    {
      /* "the deployment of 2,200 Marines": a noun takes its object with "of" */
      guint from = i + n;
      if (c->wlang == WARTA_LANG_EN && voice_of (c, s, i) == WARTA_VOICE_NOMINAL && from < wend
          && is_cat (c, s, WARTA_LEX_PREP_OTHER, from))
        from++;
      read_np (c, s, from, wend, &obj);
      have_obj = obj.troops || obj.weapons;
      guint wend2 = 0;
      if (!have_obj && shares_object (c, s, i + n, wend, cl.to, cat, &wend2))
        {
          /* "has not sent and does not intend to send any military
           * personnel to Kazakhstan": the object of the second verb */
          np_clear (&obj);
          memset (&obj, 0, sizeof obj);
          guint n2 = 0;
          cat_at (c, s, cat, wend, &n2);
          read_np (c, s, wend + n2, wend2, &obj);
          have_obj = obj.troops || obj.weapons;
          if (have_obj)
            wend = wend2;
        }
    }
  const WartaActor *with_recipient = NULL;
  if (!have_obj && cat == WARTA_LEX_SUPPLY_TRIGGER)
    have_obj = read_supplied_with (c, s, i + n, wend, &obj, &with_recipient);
  if (!have_obj && cat == WARTA_LEX_SUPPLY_TRIGGER
      && g_strcmp0 (warta_lex_entry_attr (e, "objectIs"), "recipient") == 0)
    with_recipient = object_recipient (c, s, i + n, wend); /* "arming the Houthis" */
  if (!have_obj)
    have_subj = read_subject_np (c, s, lo, i, &subj);
  if (!have_obj && !have_subj && obj.pending > 0 && troops_in (c, s, obj.end, s->n_toks))
    {
      /* "mengirim total 12.000 ke Rusia. tentara di empat brigade": the
       * count comes first, the troops later in the sentence */
      obj.troops = TRUE;
      obj.count = obj.pending;
      have_obj = TRUE;
    }
  const NounPhrase *np = have_obj ? &obj : have_subj ? &subj : NULL;
  /* "could send anyone" names nobody sent, and "no intention of
   * attacking anyone" nobody moved */
  if (np && np->troops && np_negated_only (c, s, np)
      && (!negated_at (c, s, lo, i)
          || (cat != WARTA_LEX_DEPLOYMENT_TRIGGER && cat != WARTA_LEX_TRANSPORT_TRIGGER)))
    {
      np_clear (&obj);
      np_clear (&subj);
      return;
    }
  NounPhrase with = { 0 };
  /* what the verb moves is no troops: its object ("The U.S. Army deployed
   * the system … along with 100 soldiers"), or its passive subject; an
   * intransitive verb's companions are not moved ("bertugas bersama
   * pasukan junta") */
  gboolean passive = voice_of (c, s, i) == WARTA_VOICE_PASSIVE;
  gboolean moved_thing = passive ? !(have_subj && subj.troops)
                                 : (obj.weapons || obj.other) && !obj.troops;
  gboolean mover = cat == WARTA_LEX_DEPLOYMENT_TRIGGER || cat == WARTA_LEX_TRANSPORT_TRIGGER;
  gboolean companions = moved_thing && mover && comitative_troops (c, s, i + n, wend, &with);
  if (companions)
    np = &with;
  gboolean weapons = (np && np->weapons && !np->troops) || cat == WARTA_LEX_SUPPLY_TRIGGER;
  /* "Marines have deployed an anti-ship missile system to the Batanes
   * islands": weapons a force deploys (warta:keepsWeapons) stay its own;
   * the act deploys the force, with no count of soldiers */
  NounPhrase kept = { 0 };
  gboolean planned_weapons = FALSE;
  if (weapons && np && np->weapons && !np->troops && !with_recipient
      && warta_lex_entry_attr (e, "keepsWeapons"))
    {
      /* "Ankara was preparing to station air-defence batteries at T4":
       * weapons only planned to be placed put no force anywhere yet */
      planned_weapons = prospective_before (c, s, lo, i, 4);
      kept.troops = TRUE;
      kept.count = kept.pending = -1;
      kept.owner = np->owner;
      kept.start = np->start;
      kept.end = np->end;
      np = &kept;
      weapons = FALSE;
    }
  /* sending a delegation, a warning, a diplomat: no event; handing over
   * a report: none either */
  gboolean nothing = !companions && ((!np && cat != WARTA_LEX_SUPPLY_TRIGGER)
                     || (np && np->other && !np->troops && !np->weapons)
                     /* "it would send a delegation": not the troops named
                      * before (a supply verb still supplies: "shipped 13,000
                      * containers of shells") */
                     || (!have_obj && obj.other && cat != WARTA_LEX_SUPPLY_TRIGGER
                         /* troops before a passive verb are what it moves,
                          * whatever follows: "4.000 personel yang dikerahkan
                          * sebagai bagian dari pemeriksaan" */
                         && !(have_subj && subj.troops && voice_of (c, s, i) == WARTA_VOICE_PASSIVE))
                     || (warta_lex_entry_attr (e, "needsWeapons") && !(np && np->weapons)
                         && !with_recipient)
                     /* "Philippine and New Zealand ships trained": a noun */
                     || (warta_lex_entry_attr (e, "weaponsAfter") && !(have_obj && obj.weapons)));
  /* "kehadiran militer asing hanya akan menambah ketidakstabilan di
   * Teluk": troops before an active verb whose object is something else
   * are its subject, and nothing moves them */
  if (voice_of (c, s, i) == WARTA_VOICE_ACTIVE && !have_obj && have_subj && subj.troops
      && bare_noun_object (c, s, i + n, wend))
    nothing = TRUE;
  /* "satu fregat … sebelum bergerak ke arah Pasifik": weapons that move
   * or stand somewhere change no hands */
  if ((cat == WARTA_LEX_PRESENCE_TRIGGER && weapons) || planned_weapons)
    nothing = TRUE;
  /* "has 3,000 troops in Somalia" is a presence; "has launched drones"
   * and "has missiles" are not transfers */
  if (warta_lex_entry_attr (e, "needsPlace") && !(np && np->troops
           && (cat == WARTA_LEX_PRESENCE_TRIGGER ? place_follows (c, s, i + n, wend)
                                                 : have_obj && obj.start <= i + n + 3)))
    nothing = TRUE;
  /* "have expelled French forces", "has sent troops": an auxiliary, not
   * possession (the participle is the verb, read on its own) */
  if (warta_lex_entry_attr (e, "needsPlace") && auxiliary_have (c, s, i + n))
    nothing = TRUE;
  if (cat == WARTA_LEX_ACQUIRE_TRIGGER)
    {
      /* buying weapons is a transfer; buying anything else is not.
       * "rudal Tomahawk yang dibeli Australia dari Amerika Serikat",
       * "missiles bought by Australia": a passive verb's weapons are its
       * subject */
      if (have_obj && obj.weapons && !obj.troops)
        build_acquisition (c, s, lo, i, n, wend, e, cat, &obj, evs);
      else if (!have_obj && have_subj && subj.weapons && !subj.troops && passive)
        build_acquisition (c, s, lo, i, n, wend, e, cat, &subj, evs);
    }
  else if (!nothing && weapons && with_recipient)
    build_arms_transfer_to (c, s, lo, i, n, wend, e, cat, np, with_recipient, evs);
  else if (!nothing && weapons)
    build_arms_transfer (c, s, lo, i, n, wend, e, cat, np, evs);
  else if (!nothing && np->troops)
    build_deployment (c, s, lo, i, n, wend, e, cat, np, have_obj || companions, evs);
  if (!nothing && cat != WARTA_LEX_ACQUIRE_TRIGGER)
    add_coordinated_agents (c, s, lo, i, evs);
  np_clear (&obj);
  np_clear (&subj);
  np_clear (&with);
}

/* ------------------------------------------------------------------ */
/* Treaty coreference within an article                               */

static gboolean
same_set (GPtrArray *a, GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint k = 0; k < a->len; k++)
    if (strcmp (g_ptr_array_index (a, k), g_ptr_array_index (b, k)) != 0)
      return FALSE;
  return TRUE;
}

/* Two dates that may name the same day, month or year: one unknown, or
 * equal where both are known ("--06" and "2024-06"). */
static gboolean
dates_compatible (const WartaDate *a, const WartaDate *b)
{
  if (a->precision == WARTA_DATE_NONE || b->precision == WARTA_DATE_NONE)
    return TRUE;
  if (a->month && b->month && a->month != b->month)
    return FALSE;
  if (a->precision != WARTA_DATE_MONTH && b->precision != WARTA_DATE_MONTH && a->year != b->year)
    return FALSE;
  return !(a->day && b->day && a->day != b->day);
}

static gboolean
same_treaty (const WartaFact *a, const WartaFact *b)
{
  return g_strcmp0 (a->treaty_act, b->treaty_act) == 0 && same_set (a->parties, b->parties)
         && dates_compatible (&a->signed_on, &b->signed_on) && dates_compatible (&a->date, &b->date);
}

static void
more_precise (WartaDate *into, const WartaDate *from)
{
  gboolean better = from->precision == WARTA_DATE_DAY
                    || (from->precision == WARTA_DATE_YEAR_MONTH && into->precision != WARTA_DATE_DAY)
                    || into->precision == WARTA_DATE_NONE
                    || (into->precision == WARTA_DATE_MONTH && from->precision != WARTA_DATE_NONE
                        && from->precision != WARTA_DATE_YEAR);
  if (better && from->precision != WARTA_DATE_NONE)
    *into = *from;
}

/* Folds what @f says into @p. */
static void
profile_add (WartaFact *p, const WartaFact *f)
{
  for (guint k = 0; k < f->signatories->len; k++)
    warta_strv_set_add (p->signatories, g_ptr_array_index (f->signatories, k));
  more_precise (&p->signed_on, &f->signed_on);
  more_precise (&p->date, &f->date);
  if (!p->signed_at && f->signed_at)
    p->signed_at = g_strdup (f->signed_at);
}

/* What the whole article says of each treaty it mentions (from a first
 * reading into a scratch set), so that every mention of one treaty — the
 * one naming its signatories, the one naming only its month — becomes
 * the same fact. */
static GPtrArray *
treaty_profiles (const WartaFactSet *scratch)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_fact_free);
  for (guint k = 0; k < scratch->facts->len; k++)
    {
      const WartaFact *f = g_ptr_array_index (scratch->facts, k);
      if (f->kind != WARTA_FACT_TREATY)
        continue;
      WartaFact *p = NULL;
      for (guint j = 0; j < out->len && !p; j++)
        if (same_treaty (g_ptr_array_index (out, j), f))
          p = g_ptr_array_index (out, j);
      if (!p)
        {
          p = warta_fact_new (WARTA_FACT_TREATY);
          p->treaty_act = g_strdup (f->treaty_act);
          for (guint j = 0; j < f->parties->len; j++)
            warta_strv_set_add (p->parties, g_ptr_array_index (f->parties, j));
          g_ptr_array_add (out, p);
        }
      profile_add (p, f);
    }
  return out;
}

static void
enrich_from_profile (Ctx *c, WartaFact *f)
{
  if (!c->treaty_profiles)
    return;
  for (guint k = 0; k < c->treaty_profiles->len; k++)
    {
      const WartaFact *p = g_ptr_array_index (c->treaty_profiles, k);
      if (same_treaty (p, f))
        {
          profile_add (f, p);
          return;
        }
    }
}

/* The treaty noun of a clause ("pakta", "protokol"), or NULL. */
static const WartaLexEntry *
treaty_noun_in (const Ctx *c, const Sent *s, Span cl)
{
  for (guint j = cl.from; j < cl.to; j++)
    {
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_TREATY_NOUN, j, NULL);
      if (e)
        return e;
    }
  return NULL;
}

/* Where "menggantikan perjanjian tahun 1961" starts, or @to. */
static guint
replacement_at (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint j = from; j < to; j++)
    if (is_cat (c, s, WARTA_LEX_REPLACEMENT_VERB, j))
      return j;
  return to;
}

/* "…, yang menggantikan perjanjian tahun 1961": the earlier treaty between
 * the same parties is a treaty of its own, dated by the date after the
 * verb. */
static void
add_replaced_treaty (Ctx *c, Sent *s, Span cl, guint repl, const WartaFact *newer, GArray *evs)
{
  for (guint k = 0; k < s->dates->len; k++)
    {
      WartaDateMatch *dm = &g_array_index (s->dates, WartaDateMatch, k);
      if (dm->first_token < repl || dm->first_token >= cl.to)
        continue;
      Ev *ev = ev_new (evs, WARTA_FACT_TREATY, repl, 1, NULL, WARTA_LEX_REPLACEMENT_VERB);
      for (guint j = 0; j < newer->parties->len; j++)
        warta_strv_set_add (ev->fact->parties, g_ptr_array_index (newer->parties, j));
      ev->fact->signed_on = dm->start;
      ev->rule = g_strdup ("treaty.replaced");
      return;
    }
}

/* The coordinated names that end right before the verb at @v ("after
 * Egyptian President al-Sisi, Eritrean President Isaias Afwerki and
 * Somali President Hassan Sheikh Mohamud signed"): the subject of a
 * subordinate clause, which find_subjects skips as a prepositional
 * phrase.  Adds them to @out and returns where their run starts (@v when
 * there are none). */
static guint
names_right_before (Ctx *c, const Sent *s, guint lo, guint v, GPtrArray *out)
{
  guint k = v;
  while (k > lo && (is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1) || is_cat (c, s, WARTA_LEX_NEGATOR, k - 1)))
    k--;
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  while (k > lo)
    {
      const Ment *m = ment_at (s, k - 1);
      if (m && m->first >= lo)
        {
          WartaActor *a = ment_pick (m, FALSE);
          if (a->klass == WARTA_ACTOR_PLACE)
            break;
          g_ptr_array_insert (found, 0, a);
          k = m->first;
          continue;
        }
      if (found->len && (tok_is_punct (s, k - 1, ",") || is_cat (c, s, WARTA_LEX_COORDINATOR, k - 1)))
        {
          k--;
          continue;
        }
      break;
    }
  for (guint q = 0; q < found->len; q++)
    ptr_add_unique (out, g_ptr_array_index (found, q));
  return found->len ? k : v;
}

static gboolean after_location_prep (const Ctx *c, const Sent *s, guint first);

/* "the 2007 agreement between Australia and the Philippines, which
 * Teodoro signed": a relative clause signs the treaty noun before it, and
 * the states named with that noun are its parties. */
static void
treaty_antecedent_parties (Ctx *c, const Sent *s, guint trig, GPtrArray *parties)
{
  guint rel = trig;
  while (rel > 0 && !is_cat (c, s, WARTA_LEX_RELATIVIZER, rel - 1))
    rel--;
  if (rel == 0)
    return;
  guint noun = rel - 1;
  while (noun > 0 && !is_cat (c, s, WARTA_LEX_TREATY_NOUN, noun - 1))
    noun--;
  if (noun == 0)
    return;
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  for (guint j = noun; j < rel; j++)
    {
      const Ment *m = ment_starting (s, j);
      if (!m)
        continue;
      WartaActor *a = ment_pick (m, FALSE);
      if (a->klass == WARTA_ACTOR_STATE && !after_location_prep (c, s, m->first))
        ptr_add_unique (found, a);
      j = m->first + m->n - 1;
    }
  if (found->len >= 2)
    for (guint k = 0; k < found->len; k++)
      ptr_add_unique (parties, g_ptr_array_index (found, k));
}

/* The mention at @first is where something happened ("di Bishkek", "in
 * the Kyrgyz capital Bishkek"): a location preposition a few words before,
 * with no other name or verb between. */
static gboolean
after_location_prep (const Ctx *c, const Sent *s, guint first)
{
  for (guint k = first; k > 0 && k + 4 > first; k--)
    {
      if (is_cat (c, s, WARTA_LEX_PREP_LOCATION, k - 1))
        return TRUE;
      const WartaToken *t = tok (s, k - 1);
      if (t->kind != WARTA_TOKEN_WORD || t->voice == WARTA_VOICE_ACTIVE || t->voice == WARTA_VOICE_PASSIVE
          || is_cat (c, s, WARTA_LEX_COORDINATOR, k - 1))
        return FALSE;
    }
  return FALSE;
}

/* Does "oleh"/"by" at @j name the agent of some other word than the
 * signing verb ending before @after: "in a ceremony witnessed by
 * President Marcos", "during a visit by Ruslan Tagirov", "disaksikan oleh
 * Presiden"?  The signing's own agent follows the verb, its place or its
 * date ("signed in Manila in July 2024 by …"). */
static gboolean
agent_of_other_word (Ctx *c, const Sent *s, guint after, guint j)
{
  if (j <= after || !is_cat (c, s, WARTA_LEX_PREP_AGENT, j))
    return FALSE;
  const WartaToken *t = tok (s, j - 1);
  if (t->kind != WARTA_TOKEN_WORD || t->capitalized || ment_at (s, j - 1) || number_is_count (t)
      || is_cat (c, s, WARTA_LEX_PASSIVE_AUX, j - 1))
    return FALSE;
  for (guint d = 0; s->dates && d < s->dates->len; d++)
    {
      const WartaDateMatch *dm = &g_array_index (s->dates, WartaDateMatch, d);
      if (j - 1 >= dm->first_token && j - 1 < dm->first_token + dm->n_tokens)
        return FALSE;
    }
  /* a participle or a nominalised verb ("witnessed", "disaksikan"), or
   * a noun after an article ("a visit"); not a time word ("in March of
   * that year by", "last week by") */
  if (t->voice == WARTA_VOICE_PASSIVE || t->voice == WARTA_VOICE_NOMINAL)
    return TRUE;
  if (c->wlang == WARTA_LANG_EN && g_str_has_suffix (t->text, "ed"))
    return TRUE;
  /* Indonesian marks no article: "dalam kunjungan oleh" */
  if (c->wlang == WARTA_LANG_ID && j >= 2 && is_preposition (c, s, j - 2))
    return TRUE;
  return j >= 2 && is_cat (c, s, WARTA_LEX_DETERMINER, j - 2);
}

/* Do the words from @j on name those who watched a signing: a witness
 * marker there ("disaksikan Presiden Ruto", "witnessed by"), or a
 * preposition with one before the next punctuation ("with President
 * William Ruto looking on")? */
static gboolean
witnesses_at (const Ctx *c, const Sent *s, guint j, guint to)
{
  if (is_cat (c, s, WARTA_LEX_WITNESS_MARKER, j))
    return TRUE;
  if (!is_cat (c, s, WARTA_LEX_PREP_OTHER, j))
    return FALSE;
  for (guint k = j + 1; k < to && tok (s, k)->kind != WARTA_TOKEN_PUNCT; k++)
    if (is_cat (c, s, WARTA_LEX_WITNESS_MARKER, k))
      return TRUE;
  return FALSE;
}

/* Is the nominal signing at @i what its subjects watched: "Sjafrie dan
 * Güler hadir untuk menyaksikan penandatanganan", "attended the signing"?
 * Those before the marker are witnesses, not signers. */
static gboolean
witnessed_signing (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint k = i;
  if (voice_of (c, s, i) != WARTA_VOICE_NOMINAL)
    return FALSE;
  if (k > lo && is_cat (c, s, WARTA_LEX_DETERMINER, k - 1))
    k--;
  return k > lo && is_cat (c, s, WARTA_LEX_WITNESS_MARKER, k - 1);
}

/* "kontrak senilai 374,9 juta dollar AS yang ditandatangani …": a state
 * before the signing verb that only names the currency of the deal is no
 * subject.  Drops from @subj each actor whose every mention in [@lo, @v)
 * is a currency's. */
static void
drop_currency_subjects (const Sent *s, guint lo, guint v, GPtrArray *subj)
{
  for (guint k = subj->len; k-- > 0;)
    {
      const WartaActor *a = g_ptr_array_index (subj, k);
      gboolean currency = FALSE, other = FALSE;
      for (guint q = 0; q < s->ments->len; q++)
        {
          const Ment *m = &g_array_index (s->ments, Ment, q);
          if (m->first < lo || m->first >= v || ment_pick (m, FALSE) != a)
            continue;
          if (currency_mention (s, m))
            currency = TRUE;
          else
            other = TRUE;
        }
      if (currency && !other)
        g_ptr_array_remove_index (subj, k);
    }
}

/* Is @a, or a body or person of it, named in the sentence? */
static gboolean
named_in_sentence (const Ctx *c, const Sent *s, const WartaActor *a)
{
  for (guint k = 0; k < s->ments->len; k++)
    {
      const Ment *m = &g_array_index (s->ments, Ment, k);
      const WartaActor *b = ment_pick (m, FALSE);
      if (b == a || state_of (c, b) == a)
        return TRUE;
    }
  return FALSE;
}

/* "Kerja sama militer kedua negara berpijak pada perjanjian yang
 * ditandatangani … oleh Wakil Menteri Pertahanan Rusia … dan Panglima
 * Angkatan Darat Nikaragua": when the signers' states are two or more,
 * a party brought in only by an anaphor ("kedua negara" read as two
 * states of earlier sentences) and named nowhere in the sentence is no
 * party. */
static void
drop_unnamed_parties (const Ctx *c, const Sent *s, GPtrArray *signers, GPtrArray *parties)
{
  g_autoptr (GPtrArray) theirs = g_ptr_array_new ();
  for (guint k = 0; k < signers->len; k++)
    {
      const WartaActor *st = state_of (c, g_ptr_array_index (signers, k));
      if (st)
        ptr_add_unique (theirs, (gpointer) st);
    }
  if (theirs->len < 2)
    return;
  for (guint k = parties->len; k-- > 0;)
    {
      const WartaActor *p = g_ptr_array_index (parties, k);
      if (p && !g_ptr_array_find (theirs, p, NULL) && !named_in_sentence (c, s, p))
        g_ptr_array_remove_index (parties, k);
    }
}

/* The state @a stands for as a party: itself, a person's state, or an
 * arms maker's (warta:makesArms: "meneken kontrak … buatan Baykar", "with
 * Roketsan"); NULL for anything else. */
static const WartaActor *
party_state (const Ctx *c, const WartaActor *a)
{
  if (a->klass == WARTA_ACTOR_STATE)
    return a;
  gboolean maker = a->klass == WARTA_ACTOR_ORGANIZATION && a->makes_arms;
  return a->klass == WARTA_ACTOR_PERSON || maker ? state_of (c, a) : NULL;
}

/* The states the subjects @subj name as parties, persons by their
 * state.  Free with g_ptr_array_unref. */
static GPtrArray *
subject_states (const Ctx *c, GPtrArray *subj)
{
  GPtrArray *states = g_ptr_array_new ();
  for (guint k = 0; k < subj->len; k++)
    {
      const WartaActor *st = party_state (c, g_ptr_array_index (subj, k));
      if (st)
        ptr_add_unique (states, (gpointer) st);
    }
  return states;
}

/* "Hongaria dan Serbia Teken Rencana Aliansi Pertahanan, Kroasia dan
 * Albania Waspada": once the subjects name two parties, a comma after a
 * common word (not one inside a list of names) ends the parties; after
 * it only their own people, or persons of no known state ("…, with
 * Presidents Vladimir Putin and Masoud Pezeshkian putting their names to
 * the pact"), still sign.  A capitalised word inside a headline's name
 * ("Pakta Pertahanan Bersama, India Kaji Dampaknya") is a common word
 * here, though it may be a preposition elsewhere. */
static gboolean
parties_complete_at (const Ctx *c, const Sent *s, guint j, guint from, GPtrArray *have)
{
  return have->len >= 2 && j > from && tok_is_punct (s, j, ",") && !ment_at (s, j - 1)
         && tok (s, j - 1)->kind != WARTA_TOKEN_PUNCT
         && (tok (s, j - 1)->capitalized || !is_cat (c, s, WARTA_LEX_PREP_OTHER, j - 1));
}

/* A demonstrative at @k that is no English "that" opening a clause. */
static gboolean
demonstrative_at (const Ctx *c, const Sent *s, guint k)
{
  return is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, k) && !is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, k)
         && !is_cat (c, s, WARTA_LEX_RELATIVIZER, k);
}

/* Is the passive signing at @i said of a thing named before as
 * definite: "Kontrak itu diteken", "The agreement was signed",
 * "perjanjian yang diteken di Canberra … tersebut"?  In a relative
 * clause only a demonstrative right around it counts ("melalui kontrak
 * yang diteken pada Februari 2022" is another contract; in "Pesawat itu
 * dipesan melalui kontrak yang diteken …" the "itu" is the planes'). */
static gboolean
signing_restated (const Ctx *c, const Sent *s, Span cl, guint lo, guint i, guint n)
{
  if (voice_of (c, s, i) != WARTA_VOICE_PASSIVE)
    return FALSE;
  guint rel = i;
  while (rel > lo && !is_cat (c, s, WARTA_LEX_RELATIVIZER, rel - 1))
    rel--;
  if (rel == lo)
    {
      for (guint k = lo; k < i; k++)
        if (demonstrative_at (c, s, k) || is_cat (c, s, WARTA_LEX_EVENT_ANAPHOR, k))
          return TRUE;
      return FALSE;
    }
  if (rel >= lo + 2 && demonstrative_at (c, s, rel - 2))
    return TRUE;
  for (guint k = i + n; k < cl.to; k++)
    {
      if (tok (s, k)->kind == WARTA_TOKEN_PUNCT)
        return FALSE;
      if (demonstrative_at (c, s, k))
        return TRUE;
    }
  return FALSE;
}

/* Signing (and ratification) of a treaty. */
static void
build_treaty_event (Ctx *c, Sent *s, Span cl, guint lo, guint i, guint n, const WartaLexEntry *e,
                    WartaLexCategory cat, GArray *evs)
{
  /* "tawaran itu hanya berlaku jika …", "would take effect only if …": a
   * condition on validity is no act */
  if (cat == WARTA_LEX_RATIFICATION_TRIGGER && conditional_in (c, s, i + n, MIN (i + n + 2, cl.to)))
    return;
  g_autoptr (GPtrArray) signers = g_ptr_array_new ();
  g_autoptr (GPtrArray) parties = g_ptr_array_new ();
  /* subjects: persons sign, states are parties */
  g_autoptr (GPtrArray) subj = g_ptr_array_new ();
  find_subjects (c, s, lo, i, FALSE, subj);
  /* "Juru bicara itu merujuk pada perjanjian yang ditandatangani Putin dan
   * Kim": a passive relative's signers follow it; what stands before the
   * relative pronoun is the treaty's clause, not its signers */
  if (i > lo && is_cat (c, s, WARTA_LEX_RELATIVIZER, i - 1) && voice_of (c, s, i) == WARTA_VOICE_PASSIVE)
    g_ptr_array_set_size (subj, 0);
  /* "three days after X, Y and Z signed"; "under an agreement Moscow and
   * Yerevan signed in 1992": names right after a treaty noun are the whole
   * subject of the relative */
  g_autoptr (GPtrArray) before = g_ptr_array_new ();
  guint run = names_right_before (c, s, lo, i, before);
  if (before->len && run > lo && is_cat (c, s, WARTA_LEX_TREATY_NOUN, run - 1))
    g_ptr_array_set_size (subj, 0);
  for (guint k = 0; k < before->len; k++)
    ptr_add_unique (subj, g_ptr_array_index (before, k));
  drop_currency_subjects (s, lo, i, subj);
  if (witnessed_signing (c, s, lo, i))
    g_ptr_array_set_size (subj, 0); /* "X hadir untuk menyaksikan penandatanganan" */
  gboolean pronoun = FALSE;
  for (guint k = lo; k < i; k++)
    {
      const WartaLexEntry *pe = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, k, NULL);
      if (pe && !ment_at (s, k) && !refers_to (pe, "Troops"))
        pronoun = TRUE;
    }
  gboolean named = FALSE;
  for (guint k = 0; k < subj->len; k++)
    {
      WartaActor *a = g_ptr_array_index (subj, k);
      named = named || a->klass == WARTA_ACTOR_PERSON || a->klass == WARTA_ACTOR_STATE;
    }
  if (pronoun && !named && c->dis.states->len >= 2)
    {
      /* "Mereka menandatangani …": the states just named */
      g_ptr_array_set_size (subj, 0);
      for (guint q = 0; q < c->dis.states->len; q++)
        ptr_add_unique (subj, g_ptr_array_index (c->dis.states, q));
    }
  if (subj->len == 0)
    {
      /* "perjanjian yang ia tandatangani": a pronoun right before */
      for (guint k = i; k > lo && k + 3 > i; k--)
        {
          guint an;
          const WartaLexEntry *ae = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, k - 1, &an);
          if (ae)
            {
              resolve_anaphor (c, s, k - 1, an, ae, subj);
              if (subj->len == 0 && c->dis.states)
                for (guint q = 0; q < c->dis.states->len; q++)
                  ptr_add_unique (subj, g_ptr_array_index (c->dis.states, q));
              break;
            }
        }
    }
  /* "dengan Kim Jong-un", "antara Rusia dan Korea Utara"; the treaty's
   * own clause only: a relative clause after it ("a treaty … that
   * extends …, as Poland and Lithuania moved troops") names other things */
  g_autoptr (GPtrArray) have = subject_states (c, subj);
  gboolean closed = FALSE;
  for (guint j = i + n; j < cl.to; j++)
    {
      closed = closed || parties_complete_at (c, s, j, i + n, have);
      /* "oleh X, yang kini menjabat Presiden RI, dan Y": an aside between
       * commas about one signer */
      guint aside = is_cat (c, s, WARTA_LEX_RELATIVIZER, j) && j > 0 && tok_is_punct (s, j - 1, ",")
                        ? appositive_close (s, j - 1) : 0;
      if (aside && aside < cl.to)
        {
          j = aside;
          continue;
        }
      /* "in March of that year with X": after a preposition "that" points,
       * it opens no clause */
      gboolean pointing = j > 0 && is_preposition (c, s, j - 1);
      if ((is_cat (c, s, WARTA_LEX_RELATIVIZER, j) && !pointing) || clause_break_at (c, s, j, NULL)
          || (is_cat (c, s, WARTA_LEX_COMPLEMENTIZER, j) && !pointing))
        break;
      if (agent_of_other_word (c, s, i + n, j) || witnesses_at (c, s, j, cl.to))
        break;
      const Ment *m = ment_starting (s, j);
      if (!m)
        continue;
      if (m->first > 0 && tok_is_punct (s, m->first - 1, ",") && speech_at (c, s, m->first + m->n))
        break; /* "…, officials said": those who tell of the signing */
      WartaActor *a = ment_pick (m, FALSE);
      /* "kontrak yang diteken Kemhan dan Baykar": after a passive verb, a
       * state's body signs for its state ("Cubans who signed contracts
       * with the Russian Defence Ministry" are no pact with Russia) */
      gboolean body = a->klass == WARTA_ACTOR_ORGANIZATION && state_of (c, a)
                      && voice_of (c, s, i) == WARTA_VOICE_PASSIVE;
      if ((a->klass == WARTA_ACTOR_PERSON || party_state (c, a) || body)
          && !after_location_prep (c, s, m->first) && !currency_mention (s, m)
          && (!closed || !party_state (c, a) || g_ptr_array_find (have, party_state (c, a), NULL)))
        ptr_add_unique (subj, a);
      j = m->first + m->n - 1;
    }
  for (guint k = 0; k < subj->len; k++)
    {
      WartaActor *a = g_ptr_array_index (subj, k);
      if (a->klass == WARTA_ACTOR_PERSON)
        {
          ptr_add_unique (signers, a);
          ptr_add_unique (parties, (gpointer) state_of (c, a));
        }
      /* a body learned with no state ("Dewan Perwakilan Rakyat (DPR)")
       * is no party */
      else if (a->klass == WARTA_ACTOR_STATE
               || (a->klass == WARTA_ACTOR_ORGANIZATION && (state_of (c, a) || !a->learned)))
        ptr_add_unique (parties, (gpointer) (state_of (c, a) ? state_of (c, a) : a));
    }
  drop_unnamed_parties (c, s, signers, parties);
  /* "are expected to sign … next year", "akan menandatangani": an act
   * still to come is no treaty yet */
  if (prospective_before (c, s, cl.from, i, 3) || prospective_after_nominal (c, s, i, n, cl.to, 6))
    return;
  /* the act: signing, or what the trigger's entry names (ratification,
   * entry into force, exchange of instruments); a protocol's signing is
   * an act of its own, never the treaty's */
  const char *act = cat == WARTA_LEX_RATIFICATION_TRIGGER
                        ? (warta_lex_entry_attr (e, "treatyAct") ?: "ratification")
                        : NULL;
  const WartaLexEntry *noun = treaty_noun_in (c, s, cl);
  if (!act && noun && warta_lex_entry_attr (noun, "treatyAct"))
    act = warta_lex_entry_attr (noun, "treatyAct");
  /* "signed a defence cooperation protocol in Cairo": with no treaty told
   * before, a protocol is an agreement of its own, not an instrument
   * under one */
  if (act && strcmp (act, "protocol") == 0 && !c->dis.by_kind[WARTA_FACT_TREATY])
    act = NULL;
  if (parties->len < 2)
    treaty_antecedent_parties (c, s, i, parties);
  WartaFact *known = c->dis.by_kind[WARTA_FACT_TREATY];
  /* "Kontrak itu diteken di Kuala Lumpur pada Jumat (24/2/2023)", "The
   * agreement was signed in Kuala Lumpur on Feb. 24": a passive signing
   * that names no party at all tells more of the treaty just read */
  gboolean restated = !act && parties->len == 0 && signers->len == 0 && signing_restated (c, s, cl, lo, i, n);
  if (parties->len < 2 && (act || restated) && known && known->parties->len >= 2)
    {
      /* "Pakta tersebut mulai berlaku …": the treaty just read */
      g_ptr_array_set_size (parties, 0);
      for (guint k = 0; k < known->parties->len; k++)
        ptr_add_unique (parties, warta_lexicon_actor (c->ex->lex, g_ptr_array_index (known->parties, k)));
    }
  if (parties->len < 2)
    return;
  Ev *ev = ev_new (evs, WARTA_FACT_TREATY, i, n, e, cat);
  WartaFact *f = ev->fact;
  for (guint k = 0; k < parties->len; k++)
    warta_strv_set_add (f->parties, ((WartaActor *) g_ptr_array_index (parties, k))->iri);
  /* who ratifies or brings a treaty into force did not sign it: "the
   * agreement that X and Y signed in July took effect in September" */
  gboolean signing = !act || strcmp (act, "protocol") == 0;
  for (guint k = 0; signing && k < signers->len; k++)
    warta_strv_set_add (f->signatories, ((WartaActor *) g_ptr_array_index (signers, k))->iri);
  if (act)
    f->treaty_act = g_strdup (act);
  f->signed_on.precision = WARTA_DATE_NONE;
  /* date and place anywhere in the clause, up to a replaced treaty: the
   * first date after the trigger, else the first before it */
  guint repl = replacement_at (c, s, i + n, cl.to);
  const WartaDateMatch *when = NULL;
  for (guint k = 0; k < s->dates->len; k++)
    {
      const WartaDateMatch *dm = &g_array_index (s->dates, WartaDateMatch, k);
      /* "The Journal reported in July 2019 that the two countries had
       * signed …": a date before the report's content is the report's */
      if (dm->first_token < lo || dm->first_token >= repl)
        continue;
      if (!when || (when->first_token < i && dm->first_token >= i + n))
        when = dm;
      if (when->first_token >= i + n)
        break;
    }
  if (when && signing)
    f->signed_on = when->start;
  else if (when)
    f->date = when->start;
  enrich_from_profile (c, f);
  if (repl < cl.to)
    add_replaced_treaty (c, s, cl, repl, f, evs);
  WartaActor *place = first_mention_after (c, s, WARTA_LEX_PREP_LOCATION, cl.from, cl.to, TRUE);
  if (place && place->klass == WARTA_ACTOR_PLACE)
    f->signed_at = g_strdup (place->iri);
  /* provisions: "perjanjian yang menyediakan X" */
  for (guint j = i + n; j < cl.to; j++)
    {
      guint pn;
      if (!cat_at (c, s, WARTA_LEX_PROVISION_VERB, j, &pn))
        continue;
      guint k = j + pn;
      while (k < cl.to && !tok_is_punct (s, k, ",") && !tok_is_punct (s, k, "."))
        k++;
      if (k > j + pn)
        {
          g_autofree char *prov = span_text (s, j + pn, k);
          g_ptr_array_add (f->provisions, g_steal_pointer (&prov));
        }
      break;
    }
  ev_set_rule (ev, cat == WARTA_LEX_RATIFICATION_TRIGGER ? "treaty.ratification" : "treaty.signing");
}

/* An acquisition verb just before @i, whose object the noun at @i is. */
static gboolean
acquired_before (Ctx *c, const Sent *s, guint from, guint i)
{
  for (guint k = i; k > from && k + 3 > i; k--)
    if (is_cat (c, s, WARTA_LEX_ACQUIRE_TRIGGER, k - 1))
      return TRUE;
  return FALSE;
}

/* "Penandatanganan itu disaksikan Presiden Prabowo", "The signing was
 * witnessed by …", "Penandatanganan berlangsung di tengah …", "The signing
 * took place …": a signing pointed back at, or named as the clause's
 * subject with no treaty, party or preposition after it, is the one told
 * before, and who and when is named with it now is not its signing. */
static gboolean
signing_anaphor (const Ctx *c, const Sent *s, guint lo, guint i, guint n)
{
  gboolean nominal
      = voice_of (c, s, i) == WARTA_VOICE_NOMINAL
        || (c->wlang == WARTA_LANG_EN && i > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1));
  /* "penandatanganan itu"; "kesepakatan itu", a treaty noun a signing
   * trigger also matches by stem */
  if (is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, i + n)
      && (voice_of (c, s, i) == WARTA_VOICE_NOMINAL || is_cat (c, s, WARTA_LEX_TREATY_NOUN, i)))
    return TRUE;
  if (c->wlang == WARTA_LANG_EN && i > 0 && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1)
      && is_cat (c, s, WARTA_LEX_PASSIVE_AUX, i + n))
    return TRUE;
  guint start = i > lo && is_cat (c, s, WARTA_LEX_DETERMINER, i - 1) ? i - 1 : i;
  const WartaToken *next = i + n < s->n_toks ? tok (s, i + n) : NULL;
  return nominal && start == lo && next && next->kind == WARTA_TOKEN_WORD && !ment_at (s, i + n)
         && !is_preposition (c, s, i + n) && !is_cat (c, s, WARTA_LEX_TREATY_NOUN, i + n)
         && !is_cat (c, s, WARTA_LEX_PREP_AGENT, i + n);
}

/* English "armed gangs", "the deployed units": a one-word past participle
 * at the clause start or after a determiner, a preposition or a
 * clause-break word, with a plain lowercase word after it, modifies that
 * word; it is no act.  "Iran armed the Houthis", "which armed the rebels"
 * keep their verb. */
static gboolean
attributive_participle (const Ctx *c, const Sent *s, guint lo, guint i, guint n)
{
  static const WartaLexCategory function[] = {
    WARTA_LEX_DETERMINER, WARTA_LEX_PASSIVE_AUX, WARTA_LEX_ASPECT_ADVERB, WARTA_LEX_NEGATOR,
    WARTA_LEX_COORDINATOR, WARTA_LEX_RELATIVIZER, WARTA_LEX_COMPLEMENTIZER,
  };
  if (c->wlang != WARTA_LANG_EN || n != 1 || i + 1 >= s->n_toks
      || !g_str_has_suffix (tok (s, i)->fold, "ed"))
    return FALSE;
  const WartaToken *next = tok (s, i + 1);
  /* "Armed Forces Minister Birame Diop": inside a name written with
   * capitals (not a title-case headline) */
  if (i > lo && tok (s, i)->capitalized && next->kind == WARTA_TOKEN_WORD && next->capitalized
      && !ment_at (s, i + 1) && !title_cased (s))
    return TRUE;
  if (next->kind != WARTA_TOKEN_WORD || next->capitalized || ment_at (s, i + 1)
      || is_preposition (c, s, i + 1) || is_cat_in (c, s, i + 1, function, G_N_ELEMENTS (function)))
    return FALSE;
  return i == lo || is_cat (c, s, WARTA_LEX_DETERMINER, i - 1) || is_preposition (c, s, i - 1)
         || is_cat (c, s, WARTA_LEX_CLAUSE_BREAK, i - 1);
}

/* "The 3rd Armored Brigade Combat Team, based at Fort Carson, Colorado,
 * is bringing tanks": a trigger marked warta:homeWhenAside, right after a
 * comma that follows troops with no count, names where they come from.
 * "About 300 Turkish soldiers, based at Camp TURKSOM, …" counts them
 * there. */
static gboolean
home_aside (const Ctx *c, const Sent *s, guint lo, guint i, const WartaLexEntry *e)
{
  if (!warta_lex_entry_attr (e, "homeWhenAside") || i <= lo + 1 || !tok_is_punct (s, i - 1, ","))
    return FALSE;
  for (guint k = lo; k + 1 < i; k++)
    if (number_is_count (tok (s, k)))
      return FALSE;
  return TRUE;
}

/* "tidak pernah dan tidak akan memindahkan", "has never and will never
 * send": a negated past coordinated before the future; the act is denied
 * as well as ruled out.  A coordinator within six words before @i with a
 * negator ending right before it. */
static gboolean
past_and_future (const Ctx *c, const Sent *s, guint lo, guint i)
{
  for (guint k = i; k > lo + 1 && k + 6 > i; k--)
    if (is_cat (c, s, WARTA_LEX_COORDINATOR, k - 1) && negator_ends_at (c, s, lo, k - 1))
      return TRUE;
  return FALSE;
}

/* "permintaan Riyadh agar Islamabad mengirim pasukan", "Riyadh asked
 * Islamabad to send troops", "supaya Rusia menarik …": an act someone
 * asks for or wants done is neither done nor denied.  A request word
 * within six words before the trigger, with only names, determiners and
 * the words that link a request to its act between ("to", "agar",
 * "that"; not "asked whether any troops remained"); or a purpose marker
 * with a subject of its own (only a mention and aspect adverbs between it
 * and the trigger). */
static gboolean
wished_act (const Ctx *c, const Sent *s, guint lo, guint i)
{
  static const WartaLexCategory links[] = {
    WARTA_LEX_DETERMINER, WARTA_LEX_PURPOSE_MARKER, WARTA_LEX_COMPLEMENTIZER,
    WARTA_LEX_ASPECT_ADVERB, WARTA_LEX_PREP_DESTINATION, WARTA_LEX_PREP_OTHER,
  };
  for (guint k = i; k > lo && k + 6 >= i; k--)
    {
      if (is_cat (c, s, WARTA_LEX_REQUEST_WORD, k - 1))
        return TRUE;
      if (!ment_at (s, k - 1) && !is_cat_in (c, s, k - 1, links, G_N_ELEMENTS (links)))
        break;
    }
  guint k = i;
  while (k > lo && is_cat (c, s, WARTA_LEX_ASPECT_ADVERB, k - 1))
    k--;
  const Ment *m = k > lo ? ment_at (s, k - 1) : NULL;
  return m && m->first > lo && is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, m->first - 1);
}

/* "kesepakatan kedua untuk pembelian", "a deal for the purchase": the
 * purpose word at @i gives a deal its content, not an aim. */
static gboolean
deal_content_at (const Ctx *c, const Sent *s, guint lo, guint i)
{
  guint k = i;
  if (k > lo + 1 && !is_cat (c, s, WARTA_LEX_DEAL_NOUN, k - 1) && !tok (s, k - 1)->capitalized)
    k--;
  return k > lo && is_cat (c, s, WARTA_LEX_DEAL_NOUN, k - 1);
}

static void
find_events (Ctx *c, Sent *s, Span cl, GArray *frames, GArray *evs)
{
  static const WartaLexCategory motion[] = {
    WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_LEX_TRANSPORT_TRIGGER, WARTA_LEX_PRESENCE_TRIGGER,
    WARTA_LEX_SUPPLY_TRIGGER, WARTA_LEX_ACQUIRE_TRIGGER,
  };
  gboolean intent = FALSE; /* inside a purpose clause after an event */
  for (guint i = cl.from; i < cl.to; i++)
    {
      guint n = 0;
      const WartaLexEntry *e = NULL;
      WartaLexCategory cat = 0;
      if (evs->len && is_cat (c, s, WARTA_LEX_PURPOSE_MARKER, i)
          && !deal_content_at (c, s, cl.from, i))
        intent = TRUE;
      if (intent)
        continue; /* "… ke Rusia untuk kemungkinan penempatan di Ukraina": an aim, not an act */
      /* the longest entry wins: "reinforced positions" (presence) over
       * "reinforced" (deployment); the first category on a tie */
      for (guint k = 0; k < G_N_ELEMENTS (motion); k++)
        {
          guint kn;
          const WartaLexEntry *ke = cat_at (c, s, motion[k], i, &kn);
          if (ke && (!e || kn > n))
            e = ke, n = kn, cat = motion[k];
        }
      if (e && (cat == WARTA_LEX_SUPPLY_TRIGGER || cat == WARTA_LEX_DEPLOYMENT_TRIGGER)
          && acquired_before (c, s, cl.from, i))
        continue; /* "received shipments of missiles": the shipment is what was received */
      /* "had a military presence in Chad": the verb before has read the
       * noun as its object ("a growing Turkish military presence in …"
       * has no verb, and the noun's trigger reads it) */
      if (e && inside_troop_noun (c, s, i) && evs->len
          && g_array_index (evs, Ev, evs->len - 1).trig + 5 > i)
        continue;
      if (!e && (e = cat_at (c, s, WARTA_LEX_SIGNING_TRIGGER, i, &n)))
        cat = WARTA_LEX_SIGNING_TRIGGER;
      if (!e && (e = cat_at (c, s, WARTA_LEX_RATIFICATION_TRIGGER, i, &n)))
        cat = WARTA_LEX_RATIFICATION_TRIGGER;
      if (!e)
        continue;
      if (home_aside (c, s, cl.from, i, e))
        continue; /* "The 3rd Armored Brigade, based at Fort Carson, is bringing tanks" */
      if (attributive_participle (c, s, cl.from, i, n))
        continue; /* "as armed gangs tighten their grip": no one arms */
      if (cat == WARTA_LEX_SIGNING_TRIGGER && signing_anaphor (c, s, cl.from, i, n))
        continue;
      /* "perjanjian penempatan senjata nuklir": what a treaty is about, not
       * an act */
      if (voice_of (c, s, i) == WARTA_VOICE_NOMINAL && i > cl.from
          && cat != WARTA_LEX_ACQUIRE_TRIGGER && is_cat (c, s, WARTA_LEX_TREATY_NOUN, i - 1))
        continue;
      /* the left edge: the governing cue, or the clause start */
      int fi = governing_frame (frames, i);
      guint lo = cl.from;
      if (fi >= 0)
        {
          Frame *f = &g_array_index (frames, Frame, fi);
          if (f->from > lo && f->from <= i)
            lo = f->from;
        }
      guint before = evs->len;
      c->cur_speakers = fi >= 0 ? g_array_index (frames, Frame, fi).speakers : NULL;
      c->cur_own_act = fi >= 0 && g_array_index (frames, Frame, fi).own_act;
      c->cur_stance = fi >= 0 ? g_array_index (frames, Frame, fi).stance : STANCE_NONE;
      c->cur_cue = fi >= 0 ? g_array_index (frames, Frame, fi).cue : G_MAXUINT;
      if (cat == WARTA_LEX_SIGNING_TRIGGER || cat == WARTA_LEX_RATIFICATION_TRIGGER)
        build_treaty_event (c, s, cl, lo, i, n, e, cat, evs);
      else
        build_motion_event (c, s, cl, lo, i, n, e, cat, evs);
      for (guint k = before; k < evs->len; k++)
        {
          Ev *ev = &g_array_index (evs, Ev, k);
          c->clause_event = ev->fact;
          /* "…, bukan bertempur": an act set aside is neither done nor denied */
          gboolean negated = negated_at (c, s, lo, i);
          gboolean contrast = negated && contrastive_negation (c, s, lo, i);
          ev->negated = (negated && !contrast) || subject_negated (c, s, lo, i);
          ev->prospective = (prospective_before (c, s, lo, i, 4) && !past_and_future (c, s, lo, i))
                            || prospective_after_nominal (c, s, i, n, cl.to, 6);
          ev->possible = ev->prospective && possibility_before (c, s, lo, i, 4);
          ev->conditional = contrast || wished_act (c, s, cl.from, i)
                            || (ev->kind != WARTA_FACT_TREATY
                                && conditional_in (c, s, lo, before_relative (c, s, i, cl.to)));
        }
      c->cur_speakers = NULL;
      c->cur_own_act = FALSE;
      c->cur_stance = STANCE_NONE;
      c->cur_cue = G_MAXUINT;
      i += n - 1;
    }
}

/* Where the troop noun at @i begins its phrase: English puts the owner
 * before it ("the presence of North Korean troops"), Indonesian after
 * ("kehadiran pasukan Korea Utara"). */
static guint
implicit_np_start (const Ctx *c, const Sent *s, guint from, guint i)
{
  if (c->wlang != WARTA_LANG_EN || i == from)
    return i;
  const Ment *m = ment_at (s, i - 1);
  if (!m || !ment_has_class (m, WARTA_ACTOR_STATE) || m->first < from)
    return i;
  /* "Cubans fighting for Russian forces", "alongside Russian troops": the
   * side fought for or with is not the one denied to have sent them */
  if (m->first > from && (is_cat (c, s, WARTA_LEX_PREP_SIDE, m->first - 1)
                          || is_cat (c, s, WARTA_LEX_COMITATIVE, m->first - 1)))
    return i;
  return m->first;
}

/* Denials and non-confirmations often name the event only by a noun
 * phrase: "membantah menggunakan pasukan Korea Utara", "bukti keterlibatan
 * pasukan Korea Utara".  Troops with a known owner make a Deployment. */
static void
implicit_event (Ctx *c, Sent *s, Frame *f, GArray *evs)
{
  for (guint i = f->from; i < f->to; i++)
    {
      if (!is_cat (c, s, WARTA_LEX_TROOP_NOUN, i))
        continue;
      NounPhrase np = { 0 };
      read_np (c, s, implicit_np_start (c, s, f->from, i), f->to, &np);
      if (np.troops && np.owner && np.owner->klass == WARTA_ACTOR_STATE)
        {
          Ev *ev = ev_new (evs, WARTA_FACT_DEPLOYMENT, i, 1, NULL, WARTA_LEX_TROOP_NOUN);
          ev->fact->agent = g_strdup (np.owner->iri);
          ev->rule = g_strdup ("deploy.implicit-troops");
          np_clear (&np);
          return;
        }
      np_clear (&np);
    }
}

/* ------------------------------------------------------------------ */
/* Layer 6: facts                                                      */

/* A transfer from a state to itself or its own forces is a misreading. */
static gboolean
self_transfer (Ctx *c, const WartaFact *f)
{
  if (!f || !f->agent || !f->recipient)
    return FALSE;
  const WartaActor *a = warta_lexicon_actor (c->ex->lex, f->agent);
  const WartaActor *r = warta_lexicon_actor (c->ex->lex, f->recipient);
  const WartaActor *sa = a ? state_of (c, a) : NULL, *sr = r ? state_of (c, r) : NULL;
  return g_strcmp0 (f->agent, f->recipient) == 0 || (sa && sa == sr);
}

/* "landed at Bangui M'Poko airport": troops in a city are troops in its
 * state too, and a query for deployments to the Central African Republic
 * should find them.  The state joins the city among the destinations
 * (the contract allows several), unless it sends the troops itself
 * ("Russia moved troops to Kursk").  Only the registry's places are
 * lifted: where a place learned from the text lies is a guess ("the
 * Salcininkai district along the Belarusian border"). */
static void
add_destination_states (Ctx *c, WartaFact *f)
{
  if (f->kind != WARTA_FACT_DEPLOYMENT)
    return;
  g_autoptr (GPtrArray) states = g_ptr_array_new ();
  for (guint k = 0; k < f->destinations->len; k++)
    {
      const WartaActor *d = warta_lexicon_actor (c->ex->lex, g_ptr_array_index (f->destinations, k));
      const WartaActor *st = d && d->klass == WARTA_ACTOR_PLACE && (!d->learned || d->located_in_iri) ? warta_lexicon_actor_state (c->ex->lex, d) : NULL;
      if (st && g_strcmp0 (st->iri, f->agent) != 0)
        g_ptr_array_add (states, st->iri);
    }
  for (guint k = 0; k < states->len; k++)
    warta_strv_set_add (f->destinations, g_ptr_array_index (states, k));
}

static WartaFact *
commit_event (Ctx *c, Sent *s, Ev *ev)
{
  WartaFact *f = g_steal_pointer (&ev->fact);
  add_destination_states (c, f);
  /* "Iraq's defence ministry had taken delivery of TB2 drones": arms a
   * state's body receives go to the state */
  const WartaActor *body = f->kind == WARTA_FACT_ARMS_TRANSFER && f->recipient
                               ? warta_lexicon_actor (c->ex->lex, f->recipient) : NULL;
  const WartaActor *st = state_of_body (c, body);
  if (st)
    {
      g_free (f->recipient);
      f->recipient = g_strdup (st->iri);
    }
  if (c->clause_event == f)
    c->clause_event = NULL;
  warta_fact_add_source (f, c->doc->id, s->text, s->start, s->end, ev->rule ? ev->rule : "event");
  WartaFact *in = warta_fact_set_add (c->facts, f);
  ev->fact = NULL;
  return in;
}

static WartaFact *
add_statement (Ctx *c, Sent *s, WartaFactKind kind, const WartaActor *speaker, WartaFact *about,
               const char *rule)
{
  WartaFact *st = warta_fact_new (kind);
  st->speaker = g_strdup (speaker->iri);
  st->about = about;
  warta_fact_add_source (st, c->doc->id, s->text, s->start, s->end, rule);
  if (kind == WARTA_FACT_DENIAL || kind == WARTA_FACT_NON_CONFIRMATION)
    {
      c->dis.doubted = about;
      c->dis.doubt_kind = kind;
      c->dis.doubter = speaker;
      c->dis.doubt_sentence = (gint) s->index_in_doc;
    }
  return warta_fact_set_add (c->facts, st);
}

static WartaFactKind
kind_of_stance (Stance st)
{
  return st == STANCE_DENIAL ? WARTA_FACT_DENIAL
         : st == STANCE_NONCONF ? WARTA_FACT_NON_CONFIRMATION
                                : WARTA_FACT_CLAIM;
}

/* An unnamed speaker the text ties to no state or body ("defence ministry
 * officials said" with no state named): the "unnamed …" person of
 * learn_unaffiliated_speaker with no region. */
static gboolean
nameless_source (const WartaActor *a)
{
  return a->learned && a->klass == WARTA_ACTOR_PERSON && !a->affiliation_iri
         && g_str_has_prefix (a->pref_label, UNNAMED_SPEAKER " ");
}

/* Who speaks for a frame nested in @outer: "Pat Ryder said the United
 * States could not verify": the outer speaker speaks for the inner one, so
 * the more specific outer speaker is kept, and so is a named outer source,
 * even one that only relays, before nameless inner ones ("The Hindu
 * reported that defence ministry officials said"); otherwise the innermost
 * source.
 * A relaying cue ("Moscow denied …, TASS reported") speaks for nobody. */
static GPtrArray *
effective_speakers (Ctx *c, GArray *frames, guint fi)
{
  Frame *f = &g_array_index (frames, Frame, fi);
  gboolean nameless = f->speakers->len > 0;
  for (guint j = 0; j < f->speakers->len; j++)
    if (!nameless_source (g_ptr_array_index (f->speakers, j)))
      nameless = FALSE;
  for (guint k = 0; k < frames->len; k++)
    {
      Frame *o = &g_array_index (frames, Frame, k);
      if (k == fi || !(f->cue >= o->from && f->cue < o->to) || o->speakers->len != 1
          || (o->relays && !nameless))
        continue;
      if (nameless)
        return o->speakers;
      WartaActor *outer = g_ptr_array_index (o->speakers, 0);
      gboolean all = f->speakers->len > 0;
      for (guint j = 0; j < f->speakers->len; j++)
        if (!affiliated_with (c, outer, g_ptr_array_index (f->speakers, j)))
          all = FALSE;
      if (all)
        return o->speakers;
      if (f->speakers->len == 0)
        return o->speakers;
    }
  return f->speakers;
}

static void
remember_speakers (Ctx *c, GPtrArray *sp)
{
  if (!sp || sp->len == 0)
    return;
  g_ptr_array_set_size (c->dis.speakers, 0);
  for (guint k = 0; k < sp->len; k++)
    {
      WartaActor *a = g_ptr_array_index (sp, k);
      g_ptr_array_add (c->dis.speakers, a);
      if (a->klass == WARTA_ACTOR_PERSON)
        c->dis.person = a;
      else if (a->klass == WARTA_ACTOR_ORGANIZATION)
        c->dis.org = a;
    }
}

static void
remember_event (Ctx *c, const Sent *s, WartaFact *f)
{
  c->dis.event = f;
  c->dis.event_sentence = (gint) s->index_in_doc;
  if (f->kind <= WARTA_FACT_TREATY)
    c->dis.by_kind[f->kind] = f;
  g_ptr_array_add (c->dis.events, f);
  if (f->kind == WARTA_FACT_DEPLOYMENT)
    {
      g_free (c->dis.troop_owner);
      c->dis.troop_owner = g_strdup (f->agent);
    }
}

/* "Israel menuding Iran memasok senjata …" then "Iran menepis tudingan
 * tersebut": the claim's cue word and the anaphor's noun share a stem
 * (tuding-, accus-, klaim), so the anaphor can be traced to the claim
 * that cue made even when another claim ("Dia juga mengklaim …") came
 * since. */
static void
remember_cue (Ctx *c, const Sent *s, const Frame *f, WartaFact *claim)
{
  if (f->cue >= s->n_toks || f->cue_n != 1)
    return;
  const WartaToken *t = tok (s, f->cue);
  /* "Ukraina dan Korea Selatan menuduh …": several accusers of one event,
   * so "tuduhan tersebut" is the event itself */
  const WartaFact *had = g_hash_table_lookup (c->dis.cue_events, t->stem);
  WartaFact *ref = had && had->about == claim->about && g_strcmp0 (had->speaker, claim->speaker) != 0
                       ? claim->about : claim;
  g_hash_table_insert (c->dis.cue_events, g_strdup (t->stem), ref);
  if (t->alt_stem)
    g_hash_table_insert (c->dis.cue_events, g_strdup (t->alt_stem), ref);
}

/* The claim an event anaphor in [from, to) refers to: "tudingan
 * tersebut" after "menuding".  NULL when none shares a stem. */
static WartaFact *
event_of_anaphor (Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    {
      guint n;
      if (!cat_at (c, s, WARTA_LEX_EVENT_ANAPHOR, i, &n))
        continue;
      for (guint k = i; k < i + n; k++)
        {
          if (is_cat (c, s, WARTA_LEX_DEMONSTRATIVE, k) || is_cat (c, s, WARTA_LEX_DETERMINER, k))
            continue; /* "tersebut" shares its stem with "menyebutkan" */
          const WartaToken *t = tok (s, k);
          WartaFact *e = g_hash_table_lookup (c->dis.cue_events, t->stem);
          if (!e && t->alt_stem)
            e = g_hash_table_lookup (c->dis.cue_events, t->alt_stem);
          if (e)
            return e;
        }
    }
  return NULL;
}

/* What a denial or doubt without a topic echoes: "Kemlu Iran menepis
 * tudingan tersebut. Juru bicaranya menyebut klaim Israel sebagai
 * kebohongan" (the same side, the next sentence, the same stance), or
 * "Senada, UNIFIL belum dapat memverifikasi laporan tersebut" (a marker
 * saying so).  NULL when it echoes nothing. */
static WartaFact *
echoed_target (Ctx *c, const Sent *s, const Frame *f, const WartaActor *speaker)
{
  if (!c->dis.doubted || (f->stance != STANCE_DENIAL && f->stance != STANCE_NONCONF))
    return NULL;
  gboolean marked = FALSE;
  for (guint i = 0; i < MIN (s->n_toks, 3) && !marked; i++)
    marked = is_cat (c, s, WARTA_LEX_CONCURRENCE, i);
  if (marked)
    return c->dis.doubted;
  const WartaActor *st = state_of (c, speaker);
  if (kind_of_stance (f->stance) == c->dis.doubt_kind && c->dis.doubt_sentence + 1 == (gint) s->index_in_doc && st
      && st == state_of (c, c->dis.doubter))
    return c->dis.doubted;
  return NULL;
}

/* "laporan mengenai pengiriman jet tempur tersebut": the weapons the
 * statement names pick the transfer of those weapons, even when another
 * transfer was reported since.  @fallback when none matches. */
static WartaFact *
transfer_of_item (Ctx *c, const Sent *s, const Frame *f, WartaFact *fallback)
{
  for (guint i = f->from; i < f->to; i++)
    {
      guint n;
      if (!cat_at (c, s, WARTA_LEX_WEAPON_NOUN, i, &n))
        continue;
      g_autofree char *said = span_text (s, i, i + n);
      g_autofree char *key = g_utf8_casefold (said, -1);
      for (guint k = c->dis.events->len; k-- > 0;)
        {
          WartaFact *e = g_ptr_array_index (c->dis.events, k);
          if (e->kind != WARTA_FACT_ARMS_TRANSFER || !e->item)
            continue;
          g_autofree char *item = g_utf8_casefold (e->item, -1);
          if (strstr (item, key) || strstr (key, item))
            return e;
        }
    }
  return fallback;
}

/* "declined to confirm the NIS figures": the latest transfer that was
 * counted, else @fallback. */
static WartaFact *
counted_transfer (Ctx *c, WartaFact *fallback)
{
  for (guint k = c->dis.events->len; k-- > 0;)
    {
      WartaFact *e = g_ptr_array_index (c->dis.events, k);
      if (e->kind == WARTA_FACT_ARMS_TRANSFER && e->quantity)
        return e;
    }
  return fallback;
}

/* "Juru bicara Kementerian Luar Negeri Iran membantah tuduhan tersebut":
 * a denial by anaphora is about what the speaker's own state is said to
 * have done, even when another state's act was reported since.  (Not a
 * doubt: "Washington could not verify the Polish account" is about
 * Russia's move, not the US brigade reported before it.)  @event as picked
 * from the discourse; with @same_kind (the statement named its topic,
 * "troop claims"), only an act of that kind.  @event when the speaker's
 * state did nothing in the article so far, or is its agent. */
static gboolean
agent_of_state (Ctx *c, const WartaFact *e, const WartaActor *st)
{
  if (e->kind != WARTA_FACT_DEPLOYMENT && e->kind != WARTA_FACT_ARMS_TRANSFER)
    return FALSE;
  return state_of (c, warta_lexicon_actor (c->ex->lex, e->agent)) == st; /* the Bundeswehr is Germany */
}

static WartaFact *
own_state_event (Ctx *c, const WartaActor *speaker, WartaFact *event, gboolean same_kind)
{
  const WartaActor *st = state_of (c, speaker);
  WartaFact *about = event->kind == WARTA_FACT_CLAIM && event->about ? event->about : event;
  if (!st || (about->kind != WARTA_FACT_DEPLOYMENT && about->kind != WARTA_FACT_ARMS_TRANSFER)
      || agent_of_state (c, about, st))
    return event;
  for (guint k = c->dis.events->len; k-- > 0;)
    {
      WartaFact *e = g_ptr_array_index (c->dis.events, k);
      if ((!same_kind || e->kind == about->kind) && agent_of_state (c, e, st))
        return e;
    }
  return event;
}

/* The count a figure statement gives: the first count in [from, to) that
 * is no year and counts no weapons; -1 if none. */
static gint64
figure_count (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    {
      const WartaToken *t = tok (s, i);
      if (!number_is_count (t) || number_is_year (t))
        continue;
      if (i + 1 < s->n_toks && is_cat (c, s, WARTA_LEX_WEAPON_NOUN, i + 1))
        return -1;
      return (gint64) t->number;
    }
  return -1;
}

/* Whose troops a figure counts: the owner the frame names ("jumlah
 * personel Rusia"), or NULL for those of the deployment told before. */
static const char *
estimate_owner (Ctx *c, const Sent *s, const Frame *f)
{
  for (guint i = f->from; i < f->to; i++)
    if (is_cat (c, s, WARTA_LEX_TROOP_NOUN, i))
      {
        NounPhrase np = { 0 };
        /* English names the owner first ("Russian personnel") */
        read_np (c, s, c->wlang == WARTA_LANG_EN && i > f->from ? i - 1 : i, f->to, &np);
        const char *iri = actor_state_iri (c, np.owner);
        np_clear (&np);
        return iri;
      }
  return NULL;
}

/* Where a figure counts the troops: the place the frame names ("di
 * Mali"), the speaker's own country ("di negaranya"), or else the
 * destinations of the deployment told before. */
static void
estimate_places (Ctx *c, Sent *s, const Frame *f, const WartaActor *speaker, const WartaFact *last,
                 GPtrArray *out)
{
  const WartaActor *place = first_mention_after (c, s, WARTA_LEX_PREP_LOCATION, f->from, f->to, TRUE);
  if (!place)
    place = first_mention_after (c, s, WARTA_LEX_PREP_DESTINATION, f->from, f->to, TRUE);
  for (guint i = f->from; i < f->to && !place; i++)
    {
      const WartaLexEntry *e = cat_at (c, s, WARTA_LEX_SPEAKER_ANAPHOR, i, NULL);
      const char *kind = e ? warta_lex_entry_attr (e, "refersTo") : NULL;
      if (kind && g_ascii_strcasecmp (kind, "SpeakerState") == 0)
        place = state_of (c, speaker);
    }
  if (place && (place->klass == WARTA_ACTOR_PLACE || place->klass == WARTA_ACTOR_STATE))
    {
      warta_strv_set_add (out, place->iri);
      return;
    }
  for (guint k = 0; k < last->destinations->len; k++)
    warta_strv_set_add (out, g_ptr_array_index (last->destinations, k));
}

/* "… put the number closer to 1,700 if locals recruited into the force
 * are counted", "… mendekati 1.700 tentara, jika warga setempat ikut
 * dihitung": a condition after the count says how it was counted, not
 * whether anything happened.  Returns where such a tail begins: the first
 * comma or conditional after a count in [@from, @to), or @to. */
static guint
qualifier_start (const Ctx *c, const Sent *s, guint from, guint to)
{
  gboolean counted = FALSE;
  for (guint i = from; i < to; i++)
    {
      if (number_is_count (tok (s, i)))
        counted = TRUE;
      else if (counted && (tok_is_punct (s, i, ",") || is_cat (c, s, WARTA_LEX_CONDITIONAL, i)))
        return i;
    }
  return to;
}

/* "A senior Taiwanese official put the figure far lower, at about 60",
 * "Seoul menyebut jumlahnya sekitar 800": a claim with a figure noun and a
 * count but no event of its own gives that count for the deployment told
 * last.  Returns the new deployment (in the fact set), or NULL. */
static WartaFact *
counter_estimate (Ctx *c, Sent *s, const Frame *f, const WartaActor *speaker)
{
  WartaFact *last = c->dis.by_kind[WARTA_FACT_DEPLOYMENT];
  if (f->stance != STANCE_CLAIM || !last
      || conditional_in (c, s, f->from, qualifier_start (c, s, f->from, f->to)))
    return NULL;
  const WartaLexEntry *figure = NULL;
  guint at = MIN (f->from, f->cue);
  for (; at < f->to && !figure; at++)
    figure = cat_at (c, s, WARTA_LEX_FIGURE_NOUN, at, NULL);
  /* the count follows the figure noun: in "Reuters melaporkan, mengutip
   * dua pejabat AS, bahwa jumlahnya mendekati 4.000" the two count the
   * officials */
  gint64 count = figure ? figure_count (c, s, MAX (f->from, at), f->to) : -1;
  /* a count of ten or more, and of no dead or wounded ("jumlah tentara
   * Korut yang tewas dan terluka") */
  if (count < 10 || count == last->troops)
    return NULL;
  for (guint i = f->from; i < f->to; i++)
    if (is_cat (c, s, WARTA_LEX_CASUALTY_WORD, i))
      return NULL;
  WartaFact *d = warta_fact_new (WARTA_FACT_DEPLOYMENT);
  d->agent = g_strdup (estimate_owner (c, s, f) ?: last->agent);
  estimate_places (c, s, f, speaker, last, d->destinations);
  /* "the Lithuania brigade will number about 4,800 troops": an owner read
   * in the claim is not sent to its own soil */
  if (d->agent)
    warta_strv_set_remove (d->destinations, d->agent);
  d->troops = count;
  add_destination_states (c, d);
  g_autofree char *rule = g_strdup_printf ("deploy.figure %s", figure->iri);
  warta_fact_add_source (d, c->doc->id, s->text, s->start, s->end, rule);
  return warta_fact_set_add (c->facts, d);
}

/* The counter-estimate of frame @fi read up to @to (its end, or where an
 * inner statement begins), with its speakers' claims added.  TRUE when
 * there was one. */
static gboolean
claimed_estimate (Ctx *c, Sent *s, GArray *frames, guint fi, guint to)
{
  Frame head = g_array_index (frames, Frame, fi);
  head.to = to;
  GPtrArray *sp = effective_speakers (c, frames, fi);
  WartaFact *estimate = sp->len ? counter_estimate (c, s, &head, g_ptr_array_index (sp, 0)) : NULL;
  for (guint j = 0; estimate && j < sp->len; j++)
    add_statement (c, s, WARTA_FACT_CLAIM, g_ptr_array_index (sp, j), estimate, head.rule);
  return estimate != NULL;
}

/* Has @speaker denied or doubted @event earlier in sentence @s? */
static gboolean
denied_here (const Ctx *c, const Sent *s, const WartaActor *speaker, const WartaFact *event)
{
  return c->dis.doubted == event && c->dis.doubter == speaker
         && c->dis.doubt_sentence == (gint) s->index_in_doc;
}

/* A two-word warta:EventAnaphor with the name of its source between its
 * words at @i: "the La Repubblica report", "laporan Reuters tersebut". */
static gboolean
named_event_anaphor_at (const Ctx *c, const Sent *s, guint i)
{
  const Ment *m = i + 1 < s->n_toks ? ment_starting (s, i + 1) : NULL;
  guint k = m ? i + 1 + m->n : s->n_toks;
  if (k >= s->n_toks || ment_at (s, i))
    return FALSE;
  GPtrArray *entries = warta_lexicon_entries (c->ex->lex, WARTA_LEX_EVENT_ANAPHOR);
  for (guint e = 0; e < entries->len; e++)
    {
      const WartaLexEntry *en = g_ptr_array_index (entries, e);
      for (guint f = 0; f < en->forms->len; f++)
        {
          GArray *form = g_ptr_array_index (en->forms, f);
          if (form->len == 2 && strcmp (g_array_index (form, WartaToken, 0).fold, tok (s, i)->fold) == 0
              && strcmp (g_array_index (form, WartaToken, 1).fold, tok (s, k)->fold) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Was @e told in a sentence that holds @name? */
static gboolean
told_naming (const WartaFact *e, const char *name)
{
  for (guint j = 0; j < e->sources->len; j++)
    if (strstr (((const WartaSource *) g_ptr_array_index (e->sources, j))->sentence, name))
      return TRUE;
  return FALSE;
}

/* "declined to confirm the La Repubblica report": the latest event told
 * in a sentence that names the source a named event anaphor in [@from,
 * @to) names, or NULL. */
static WartaFact *
event_of_named_source (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    {
      if (!named_event_anaphor_at (c, s, i))
        continue;
      const Ment *m = ment_starting (s, i + 1);
      if (!m)
        continue;
      g_autofree char *name = span_text (s, m->first, m->first + m->n);
      for (guint k = c->dis.events->len; k-- > 0;)
        if (told_naming (g_ptr_array_index (c->dis.events, k), name))
          return g_ptr_array_index (c->dis.events, k);
    }
  return NULL;
}

/* Does a warta:EventAnaphor ("the report", "laporan tersebut", "the La
 * Repubblica report") start in [@from, @to)? */
static gboolean
event_anaphor_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint i = from; i < to; i++)
    if (is_cat (c, s, WARTA_LEX_EVENT_ANAPHOR, i) || named_event_anaphor_at (c, s, i))
      return TRUE;
  return FALSE;
}

/* A denial or doubt @f whose content holds an inner statement (its cue at
 * @inner_cue, after the comma at @comma, or 0): where the doubt's own
 * content ends when that statement is only a remark after it, else
 * G_MAXUINT.
 *  - "declined to confirm the La Repubblica report, saying the ministry
 *    does not comment …", "membantah laporan tersebut, seraya mengatakan
 *    …": a report pointed back at before the comma is what is doubted;
 *  - "he declined to confirm, saying he would refer questions …": a bare
 *    doubt before the comma is about what was told last. */
static guint
doubt_before_remark (const Ctx *c, const Sent *s, const Frame *f, guint inner_cue, guint comma)
{
  if (f->stance != STANCE_DENIAL && f->stance != STANCE_NONCONF)
    return G_MAXUINT;
  if (comma > f->from && tok_is_punct (s, comma, ",") && event_anaphor_in (c, s, f->from, comma))
    return comma;
  if (inner_cue != G_MAXUINT && f->from < s->n_toks && tok_is_punct (s, f->from, ",")
      && inner_cue <= f->from + 2)
    return f->from;
  return G_MAXUINT;
}

/* What a statement by @speaker without an event of its own is about: the
 * last claim ("membantah klaim tersebut") or the last event. */
static WartaFact *
anaphoric_target (Ctx *c, const Sent *s, const Frame *f, const WartaActor *speaker)
{
  WartaFact *event = c->dis.event;
  if (!event_anaphor_in (c, s, f->from, f->to) && f->stance == STANCE_CLAIM)
    return NULL;
  /* "Angka itu belum tentu mencerminkan jumlah sebenarnya": a hedged or
   * conditional remark about the figure asserts nothing */
  if (f->stance == STANCE_CLAIM && conditional_in (c, s, f->from, f->to))
    return NULL;
  /* what the clause talks about picks the event: "jumlah rudal yang
   * dikirim" is about the weapons, not the treaty mentioned since */
  static const struct { WartaLexCategory cat; WartaFactKind kind; } topics[] = {
    { WARTA_LEX_WEAPON_NOUN, WARTA_FACT_ARMS_TRANSFER },
    { WARTA_LEX_TROOP_NOUN, WARTA_FACT_DEPLOYMENT },
    { WARTA_LEX_TREATY_NOUN, WARTA_FACT_TREATY },
    { WARTA_LEX_FIGURE_NOUN, WARTA_FACT_DEPLOYMENT }, /* "could not confirm the figures" */
    /* "declined to confirm the NIS figures" with no deployment told:
     * the counts of the shipment */
    { WARTA_LEX_FIGURE_NOUN, WARTA_FACT_ARMS_TRANSFER },
    /* "belum dapat memverifikasi apakah komponen tersebut dipasok …": the
     * act named without an event of its own */
    { WARTA_LEX_SUPPLY_TRIGGER, WARTA_FACT_ARMS_TRANSFER },
    { WARTA_LEX_DEPLOYMENT_TRIGGER, WARTA_FACT_DEPLOYMENT },
  };
  /* a phrase that judges what precedes it names its topic after it:
   * "rejects \"groundless\" troop claims" */
  guint to = f->to;
  if (f->to <= f->cue)
    for (to = f->cue + f->cue_n; to < s->n_toks && to < f->cue + f->cue_n + 3; to++)
      if (tok (s, to)->kind == WARTA_TOKEN_PUNCT && !tok_is_quote (s, to))
        break;
  WartaFact *sourced = event_of_named_source (c, s, f->from, to);
  if (sourced)
    return sourced;
  gboolean topical = FALSE, unmatched = FALSE, figures = FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (topics) && !topical; t++)
    for (guint i = f->from; i < to; i++)
      if (is_cat (c, s, topics[t].cat, i) && !negated_only_at (c, s, i))
        {
          if (!c->dis.by_kind[topics[t].kind])
            {
              unmatched = TRUE;
              continue;
            }
          event = c->dis.by_kind[topics[t].kind];
          figures = topics[t].cat == WARTA_LEX_FIGURE_NOUN;
          topical = TRUE;
          break;
        }
  /* "rejects \"groundless\" troop claims" before any deployment was
   * reported: about troops, so not about the arms shipment before it */
  if (unmatched && !topical)
    return NULL;
  if (topical && event->kind == WARTA_FACT_ARMS_TRANSFER)
    event = transfer_of_item (c, s, f, figures ? counted_transfer (c, event) : event);
  WartaFact *named = topical ? NULL : event_of_anaphor (c, s, f->from, to);
  if (named)
    return named;
  WartaFact *echoed = topical ? NULL : echoed_target (c, s, f, speaker);
  if (echoed)
    return echoed;
  if (!topical && event && event->kind == WARTA_FACT_TREATY)
    {
      /* a denial or doubt without a topic is about the contested event,
       * not the treaty in between */
      WartaFact *d = c->dis.by_kind[WARTA_FACT_DEPLOYMENT], *a = c->dis.by_kind[WARTA_FACT_ARMS_TRANSFER];
      if (d || a)
        event = d && a ? (c->dis.claim && c->dis.claim->about == a ? a : d) : d ? d : a;
    }
  /* a signed treaty is not what a denial or doubt by anaphora is about:
   * "membantah bahwa pakta itu ditujukan terhadap negara ketiga" denies
   * something said of the pact, not its signing */
  if (event && event->kind == WARTA_FACT_TREATY
      && (f->stance == STANCE_DENIAL || f->stance == STANCE_NONCONF))
    return NULL;
  if (f->stance == STANCE_DENIAL && event)
    {
      WartaFact *own = own_state_event (c, speaker, event, topical);
      if (own != event)
        return own;
    }
  /* "Ukraina dan Korea Selatan menuduh …" then "… membantah tuduhan
   * tersebut": several accusers, so the denial is of the event itself */
  if (c->dis.claim && c->dis.claim->about == event && c->dis.n_claims_last == 1)
    return c->dis.claim;
  return event;
}

/* "tidak ada keraguan", "belum memiliki bukti", "has no doubt": a
 * trigger that needs a place (ada, memiliki, has) is a plain verb when no
 * troops follow it. */
static gboolean
bare_possession (const Ctx *c, const Sent *s, guint i)
{
  guint n;
  if (!existential_at (c, s, i, &n))
    return FALSE;
  return !troops_in (c, s, i + n, i + n + 6);
}

static gboolean
weapons_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  for (guint k = from; k < to && k < s->n_toks; k++)
    if (is_cat (c, s, WARTA_LEX_WEAPON_NOUN, k))
      return TRUE;
  return FALSE;
}

static gboolean
is_treaty_act (const Ctx *c, const Sent *s, guint i)
{
  return is_cat (c, s, WARTA_LEX_SIGNING_TRIGGER, i)
         || is_cat (c, s, WARTA_LEX_RATIFICATION_TRIGGER, i);
}

/* Is @subject (or none named) of the state that is the agent of @target
 * (an event, or a claim's event)? */
static gboolean
same_side (Ctx *c, const WartaActor *subject, const WartaFact *target)
{
  const WartaFact *e = target->kind == WARTA_FACT_CLAIM && target->about ? target->about : target;
  const WartaActor *st = subject ? state_of (c, subject) : NULL;
  if (!st || !e->agent || (e->kind != WARTA_FACT_DEPLOYMENT && e->kind != WARTA_FACT_ARMS_TRANSFER))
    return TRUE;
  const WartaActor *agent = warta_lexicon_actor (c->ex->lex, e->agent);
  return state_of (c, agent) == st;
}

/* A presence ("berada", "stationed") or an existential ("ada", "there
 * are") at @i. */
static gboolean
is_presence (const Ctx *c, const Sent *s, guint i)
{
  guint n;
  return is_cat (c, s, WARTA_LEX_PRESENCE_TRIGGER, i) || existential_at (c, s, i, &n);
}

/* Is the presence at @i in [@from, @to) one of troops: troops before it
 * ("pasukan AS tidak berada di …"), or after it before any preposition
 * ("tidak ada pasukan asing di …")?  "Belum ada keputusan mengenai postur
 * pasukan kami" negates a decision, and "there is no decision on the
 * posture of our forces" too. */
static gboolean
presence_of_troops (const Ctx *c, const Sent *s, guint from, guint i, guint to)
{
  if (troops_in (c, s, from, i))
    return TRUE;
  for (guint j = i + 1; j < to; j++)
    {
      if (troops_in (c, s, j, j + 1))
        return TRUE;
      if (is_preposition (c, s, j))
        return FALSE;
    }
  return FALSE;
}

/* A negated act in [from, to) that denies (its index + 1, or 0): not a
 * possession ("tidak ada keraguan"), not a promise ("tidak akan bergabung
 * dengan blok mana pun"), and a presence verb only with troops named
 * ("bergabung" alone joins anything). */
static guint
negated_trigger_in (const Ctx *c, const Sent *s, guint from, guint to)
{
  /* "belum ada kesepakatan yang diteken": an act not signed is no
   * treaty, and denies no other act; nor does "no purchase has been
   * agreed" with no weapons named */
  for (guint i = from; i < to; i++)
    if (is_any_trigger (c, s, i) && !is_cat (c, s, WARTA_LEX_CLAIM_VERB, i)
        && !is_cat (c, s, WARTA_LEX_DENIAL_VERB, i) && !is_treaty_act (c, s, i)
        && !bare_possession (c, s, i) && negated_at (c, s, from, i)
        && !prospective_before (c, s, from, i, 3)
        && !(is_presence (c, s, i) && !presence_of_troops (c, s, from, i, to))
        && !(is_cat (c, s, WARTA_LEX_ACQUIRE_TRIGGER, i) && !weapons_in (c, s, from, to)))
      return i + 1;
  return 0;
}

static gboolean
speakers_share (GPtrArray *a, GPtrArray *b)
{
  for (guint k = 0; a && k < a->len; k++)
    if (b && g_ptr_array_find (b, g_ptr_array_index (a, k), NULL))
      return TRUE;
  return FALSE;
}

/* "Fernandez de Cossio dismissed as groundless a report by AFP which put
 * the number of Cubans … at 1,076", "tidak dapat memverifikasi laporan
 * Reuters yang menyebut …": a denial or non-confirmation whose content holds
 * another source's claim is about what that claim asserts.  Not when the
 * speakers are the same ("X denied the report, saying Russia only sent
 * instructors": that is X's own account). */
static void
judge_reported_claim (Ctx *c, Sent *s, GArray *frames, guint fi, WartaFact *event)
{
  const Frame *f = &g_array_index (frames, Frame, fi);
  for (guint k = 0; k < frames->len; k++)
    {
      const Frame *o = &g_array_index (frames, Frame, k);
      /* the report is the denial's object, after it: not "…, the army
       * said, … a charge Abu Dhabi has rejected" */
      if (k == fi || !(f->cue >= o->from && f->cue < o->to) || o->cue > f->cue
          || (o->stance != STANCE_DENIAL && o->stance != STANCE_NONCONF)
          || speakers_share (o->speakers, f->speakers))
        continue;
      for (guint j = 0; j < o->speakers->len; j++)
        add_statement (c, s, kind_of_stance (o->stance), g_ptr_array_index (o->speakers, j), event, o->rule);
    }
}

static gboolean
frame_has_events (GArray *frames, GArray *evs, guint fi)
{
  for (guint k = 0; k < evs->len; k++)
    if (governing_frame (frames, g_array_index (evs, Ev, k).trig) == (int) fi)
      return TRUE;
  return FALSE;
}

/* Does an event's trigger stand in [@from, @to)? */
static gboolean
event_within (GArray *evs, guint from, guint to)
{
  for (guint k = 0; k < evs->len; k++)
    {
      guint t = g_array_index (evs, Ev, k).trig;
      if (t >= from && t < to)
        return TRUE;
    }
  return FALSE;
}

static void
process_clause (Ctx *c, Sent *s, Span cl)
{
  c->clause_event = NULL;
  g_autoptr (GArray) frames = find_frames (c, s, cl);
  g_autoptr (GArray) evs = g_array_new (FALSE, TRUE, sizeof (Ev));
  g_array_set_clear_func (evs, ev_clear);
  find_events (c, s, cl, frames, evs);

  /* frames without an event of their own */
  for (guint fi = 0; fi < frames->len; fi++)
    {
      Frame *f = &g_array_index (frames, Frame, fi);
      gboolean has = FALSE;
      for (guint k = 0; k < evs->len; k++)
        if (governing_frame (frames, g_array_index (evs, Ev, k).trig) == (int) fi)
          has = TRUE;
      if (!has && (f->stance == STANCE_DENIAL || f->stance == STANCE_NONCONF))
        {
          guint before = evs->len;
          /* "said Iranian personnel were on the ground … to help Russian
           * troops fly the drones, a claim Iran rejected": an event read
           * in the content is what is denied, not troops named there */
          if (!event_within (evs, f->from, f->to))
            implicit_event (c, s, f, evs);
          /* the event stands where this frame governs: after a cue that
           * opens the content, before one that closes it ('"… cerita soal
           * perwira Korea Utara di Rusia adalah berita bohong," kata X') */
          guint at = f->from <= f->cue ? MAX (f->from, f->cue + f->cue_n) : f->from;
          if (f->to <= f->cue && f->cue > f->from)
            at = f->cue - 1;
          for (guint k = before; k < evs->len; k++)
            g_array_index (evs, Ev, k).trig = at;
        }
    }

  GPtrArray *said = NULL;
  GPtrArray *outer_said = NULL; /* speakers of a frame holding another */
  /* events and the statements governing them */
  for (guint k = 0; k < evs->len; k++)
    {
      Ev *ev = &g_array_index (evs, Ev, k);
      if (ev->conditional)
        continue;
      int fi = governing_frame (frames, ev->trig);
      Frame *f = fi >= 0 ? &g_array_index (frames, Frame, fi) : NULL;
      if (f && (f->stance == STANCE_REFUSAL || f->stance == STANCE_CANCELLED))
        continue; /* "Putin tidak membantah bahwa …": nothing is asserted */
      if (ev->negated && !f)
        continue; /* the article says it did not happen: no event */
      if (ev->negated && ev->prospective)
        continue; /* "tidak akan mengirim", "has no plans to station": no act, nothing denied */
      if (ev->prospective && ev->kind != WARTA_FACT_TREATY
          && (!f || ev->kind == WARTA_FACT_ARMS_TRANSFER || ev->possible))
        continue; /* "Japanese troops can now be sent", "akan dikirim" in the
                   * article's own voice: not yet an act; a source saying
                   * troops will be sent still makes a claim, but "akan
                   * membeli 48 jet" is a purchase yet to be made */
      if (ev->negated && ev->kind == WARTA_FACT_TREATY)
        continue; /* "kontraknya belum diteken": no treaty, nothing denied */
      if (ev->kind == WARTA_FACT_ARMS_TRANSFER && self_transfer (c, ev->fact))
        continue; /* "the delivery … of the American military footprint" */
      WartaFact *in = commit_event (c, s, ev);
      remember_event (c, s, in);
      if (!f)
        continue;
      Stance st = f->stance;
      if (ev->negated)
        st = st == STANCE_CLAIM ? STANCE_DENIAL : STANCE_NONE;
      if (st == STANCE_NONE)
        continue;
      GPtrArray *sp = effective_speakers (c, frames, fi);
      if (st == STANCE_CLAIM)
        judge_reported_claim (c, s, frames, fi, in);
      for (guint j = 0; j < sp->len; j++)
        {
          WartaFact *stf = add_statement (c, s, kind_of_stance (st), g_ptr_array_index (sp, j), in, f->rule);
          if (stf->kind == WARTA_FACT_CLAIM)
            {
              if (c->sentence_claims++ == 0)
                c->dis.n_claims_last = 0;
              c->dis.claim = stf;
              c->dis.n_claims_last++;
              remember_cue (c, s, f, stf);
            }
        }
      said = sp;
    }
  /* "X mengatakan Beijing tidak pernah memberikan senjata kepada pihak mana
   * pun": a negated act too vague to be an event of its own still denies
   * the event the article is about */
  for (guint fi = 0; fi < frames->len; fi++)
    {
      Frame *f = &g_array_index (frames, Frame, fi);
      guint neg = f->stance == STANCE_CLAIM ? negated_trigger_in (c, s, f->from, f->to) : 0;
      if (neg && !frame_has_events (frames, evs, fi))
        {
          f->stance = STANCE_DENIAL;
          f->negated_act = TRUE;
          f->act_subject = active_subject (c, s, f->from, neg - 1);
        }
    }
  /* statements about earlier events or claims */
  for (guint fi = 0; fi < frames->len; fi++)
    {
      Frame *f = &g_array_index (frames, Frame, fi);
      gboolean has = FALSE;
      for (guint k = 0; k < evs->len; k++)
        if (governing_frame (frames, g_array_index (evs, Ev, k).trig) == (int) fi)
          has = TRUE;
      /* an outer frame whose inner frame holds the events or a statement
       * of its own says nothing more; an inner frame that is only a
       * passive relative participle with no event ("pengiriman Iran yang
       * disebut dalam laporan PBB") does not silence it */
      gboolean has_event = has;
      guint inner_cue = G_MAXUINT;
      for (guint k = 0; k < frames->len && !has; k++)
        {
          Frame *o = &g_array_index (frames, Frame, k);
          if (k != fi && o->cue >= f->from && o->cue < f->to
              && !(o->cue > 0 && is_cat (c, s, WARTA_LEX_RELATIVIZER, o->cue - 1)
                   && voice_of (c, s, o->cue) == WARTA_VOICE_PASSIVE && !frame_has_events (frames, evs, k)))
            {
              has = TRUE;
              inner_cue = o->cue;
            }
        }
      /* "put the number at about 1,800, saying the troops were …",
       * "menyebut jumlahnya sekitar 1.800, seraya mengatakan …": a figure
       * before an inner statement set off by a comma (and a conjunction)
       * is a count of its own */
      guint comma = inner_cue != G_MAXUINT && inner_cue > f->from + 2 ? inner_cue - 1 : 0;
      if (comma && !tok_is_punct (s, comma, ",") && tok (s, comma)->kind == WARTA_TOKEN_WORD)
        comma--; /* "seraya", "sambil" */
      if (has && !has_event && comma > f->from && tok_is_punct (s, comma, ",")
          && claimed_estimate (c, s, frames, fi, comma))
        {
          said = effective_speakers (c, frames, fi);
          continue;
        }
      guint own_end = has && !has_event ? doubt_before_remark (c, s, f, inner_cue, comma) : G_MAXUINT;
      gboolean adjunct = own_end != G_MAXUINT;
      if ((has && !adjunct) || f->stance == STANCE_REFUSAL || f->stance == STANCE_CANCELLED)
        {
          if (f->speakers->len)
            said = said ? said : f->speakers;
          /* "X membantah laporan media India yang menyebut …": X, who
           * holds the other report inside, is whom "-nya" means next */
          if (has && f->speakers->len && !f->relays && !outer_said)
            outer_said = f->speakers;
          continue;
        }
      Frame head = *f;
      if (adjunct)
        head.to = own_end;
      GPtrArray *sp = effective_speakers (c, frames, fi);
      if (claimed_estimate (c, s, frames, fi, head.to))
        {
          said = sp;
          continue;
        }
      /* inside a quotation carried back, and at the attribution that
       * closes it, only what its own sentences name is claimed: no
       * reaching back to earlier events.  A negated act does reach back
       * ('"Tidak ada pengerahan tambahan. …," kata Peskov'): it names
       * what it denies only by the kind of act. */
      if (((c->closes_carried && f->from == cl.from) || c->carried_sp) && !f->negated_act)
        {
          said = said ? said : sp;
          continue;
        }
      /* "officials have provided no evidence for the claim, and Reuters
       * was unable to verify it": a lone pronoun after a doubt or denial
       * earlier in the sentence is what that one was about */
      gboolean same_doubt = c->dis.doubted && c->dis.doubt_sentence == (gint) s->index_in_doc
                            && lone_pronoun (c, s, head.from, head.to);
      WartaFact *target = same_doubt ? c->dis.doubted
                          : sp->len  ? anaphoric_target (c, s, &head, g_ptr_array_index (sp, 0))
                                     : NULL;
      if (!target)
        {
          if (f->speakers->len)
            said = said ? said : f->speakers;
          continue;
        }
      for (guint j = 0; j < sp->len; j++)
        {
          const WartaActor *a = g_ptr_array_index (sp, j);
          /* "kedua negara membantah": each party denies its own act */
          if (j > 0)
            target = anaphoric_target (c, s, &head, a);
          if (!target)
            continue;
          /* nobody denies their own claim by anaphora */
          if (target->kind == WARTA_FACT_CLAIM && g_strcmp0 (target->speaker, a->iri) == 0)
            continue;
          /* "membantah laporan tersebut, seraya mengatakan bahwa laporan
           * itu dibuat media Barat": what a speaker has just denied or
           * doubted, it does not claim in the same sentence */
          if (f->stance == STANCE_CLAIM && denied_here (c, s, a, target))
            continue;
          /* "… mengingat Moskow tidak memberikan bantuan militer kepada
           * Teheran": a negated act of another state than the one the
           * article accuses denies nothing of it */
          if (f->negated_act && !same_side (c, f->act_subject, target))
            continue;
          add_statement (c, s, kind_of_stance (f->stance), a, target, f->rule);
        }
      said = sp;
    }
  if (outer_said)
    said = outer_said;
  if (said)
    {
      g_autoptr (GPtrArray) copy = g_ptr_array_copy (said, NULL, NULL);
      remember_speakers (c, copy);
      c->dis.speakers_sentence = (gint) s->index_in_doc;
    }
}

/* Keeps the last few bodies named, for "kementerian itu", "the ministry". */
static void
remember_org (Ctx *c, const WartaActor *a)
{
  g_ptr_array_remove (c->dis.orgs, (gpointer) a);
  g_ptr_array_add (c->dis.orgs, (gpointer) a);
  if (c->dis.orgs->len > 8)
    g_ptr_array_remove_index (c->dis.orgs, 0);
}

/* "Manila already has visiting forces agreements with …": the state a
 * sentence opens with, named or by its capital; NULL when it opens with
 * anything else. */
static const WartaActor *
opening_state (const Ctx *c, const Sent *s)
{
  const Ment *m = s->n_toks ? ment_starting (s, 0) : NULL;
  if (!m)
    return NULL;
  const WartaActor *a = ment_pick (m, FALSE);
  if (a->klass == WARTA_ACTOR_STATE)
    return a;
  return a->klass == WARTA_ACTOR_PLACE ? state_of (c, a) : NULL;
}

static void
remember_states (Ctx *c, const Sent *s)
{
  g_autoptr (GPtrArray) states = g_ptr_array_new ();
  for (guint k = 0; k < s->ments->len; k++)
    {
      const Ment *m = &g_array_index (s->ments, Ment, k);
      WartaActor *a = ment_pick (m, FALSE);
      if (a->klass == WARTA_ACTOR_STATE)
        ptr_add_unique (states, a);
      /* "Lloyd Austin spoke to reporters. He said …" */
      if (a->klass == WARTA_ACTOR_PERSON && k == 0)
        c->dis.person = a;
      /* "Intelijen militer Ukraina (HUR) memberikan angka yang berbeda.
       * … direktorat itu menyebut …": a body that opens a sentence is
       * what a later "direktorat itu" means */
      if (a->klass == WARTA_ACTOR_ORGANIZATION && k == 0 && m->first <= 2)
        c->dis.org = a;
      if (a->klass == WARTA_ACTOR_ORGANIZATION)
        remember_org (c, a);
    }
  c->dis.sole_state = states->len == 1 ? g_ptr_array_index (states, 0) : NULL;
  c->dis.opening_state = opening_state (c, s);
  if (states->len >= 2)
    {
      /* "Hubungan Rusia dan Korea Utara … menginvasi Ukraina": the pair
       * named first is what a following "mereka" most often means */
      g_ptr_array_set_size (c->dis.states, 0);
      for (guint k = 0; k < 2; k++)
        g_ptr_array_add (c->dis.states, g_ptr_array_index (states, k));
      c->dis.states_sentence = (gint) s->index_in_doc;
    }
}

static guint
count_double_quotes (const Sent *s)
{
  guint n = 0;
  for (guint i = 0; i < s->n_toks; i++)
    n += is_double_quote (tok (s, i));
  return n;
}

/* '"Kami tidak pernah mengirim amunisi ke Ukraina. Itu tidak benar,"
 * kata Vucic.': the splitter rightly cuts the quotation in two, and only
 * its last sentence names the speaker.  A sentence that opens a quotation
 * it does not close looks ahead (at most three sentences, none opening a
 * quotation of its own) for the sentence that closes it; the speakers
 * that closing attribution names are carried back over the sentences in
 * between.  The sentence that closes the quotation is learned early, so
 * that a speaker warta meets there for the first time is known; learning
 * a sentence again when its turn comes finds the same actors. */
static void
carry_quotation (Ctx *c, const Sent *s, GArray *sentences, guint k)
{
  if (c->carry_left > 0)
    return;
  g_clear_pointer (&c->carried_sp, g_ptr_array_unref);
  if (s->n_toks < 2 || !is_double_quote (tok (s, 0)) || count_double_quotes (s) != 1)
    return;
  for (guint j = k + 1; j < sentences->len && j <= k + 3; j++)
    {
      g_autoptr (Sent) next = sent_new (c, &g_array_index (sentences, WartaSentence, j), FALSE);
      guint nq = count_double_quotes (next);
      if (nq == 0)
        continue; /* the quotation goes on */
      if (is_double_quote (tok (next, 0)) || nq % 2 == 0)
        return; /* a new quotation: the first was never closed */
      /* the attribution names its speaker ("government spokeswoman
       * Claudine Mukamana said"): learn that sentence now, as its own
       * reading would, without letting it become the person "he" refers
       * to before its turn */
      const WartaActor *person = c->dis.person;
      g_clear_pointer (&next, sent_free);
      next = sent_new (c, &g_array_index (sentences, WartaSentence, j), TRUE);
      c->dis.person = person;
      guint close;
      c->carried_sp = closing_attribution (c, next, (Span){ 0, next->n_toks }, &close);
      if (c->carried_sp)
        c->carry_left = j - k;
      return;
    }
}

/* "MANILA, KOMPAS.com -", "ADEN, Yemen (Reuters) -": the first place a
 * dateline names is where "di sini" and "here" are.  A dateline of two
 * cities ("TRIPOLI/BANGUI (Reuters) -") leaves "here" unknown. */
static void
note_dateline_place (Ctx *c, const Sent *s)
{
  guint end = !c->dateline_place && s->index_in_doc < 4 ? dateline_end (s) : 0;
  for (guint k = 0; k < end; k++)
    if (tok_is_punct (s, k, "/"))
      return;
  for (guint k = 0; k < end; k++)
    {
      const Ment *m = ment_at (s, k);
      if (m && (ment_has_class (m, WARTA_ACTOR_PLACE) || ment_has_class (m, WARTA_ACTOR_STATE)))
        {
          c->dateline_place = ment_pick (m, FALSE); /* "MANILA": the Philippines */
          return;
        }
    }
}

static void
process_sentence (Ctx *c, GArray *sentences, guint idx)
{
  c->sentence_claims = 0;
  g_autoptr (Sent) s = sent_new (c, &g_array_index (sentences, WartaSentence, idx), TRUE);
  c->closes_carried = c->carried_sp && c->carry_left == 0;
  carry_quotation (c, s, sentences, idx);
  if (c->carry_left > 0)
    c->carry_left--;
  else
    g_clear_pointer (&c->carried_sp, g_ptr_array_unref);
  if (s->n_toks == 0)
    return;
  note_dateline_place (c, s);
  g_autoptr (GArray) clauses = split_clauses (c, s);
  for (guint k = 0; k < clauses->len; k++)
    process_clause (c, s, g_array_index (clauses, Span, k));
  remember_states (c, s);
}

/* The reference date: the publication date, else the latest full date the
 * text itself gives. */
static WartaDate
reference_date (Ctx *c, GArray *sentences, const WartaArticleMeta *meta)
{
  WartaDate best = { 0 };
  if (meta && meta->date.precision != WARTA_DATE_NONE)
    return meta->date;
  WartaStemmer *st = warta_lexicon_stemmer (c->ex->lex, c->wlang);
  for (guint k = 0; k < sentences->len; k++)
    {
      WartaSentence *ws = &g_array_index (sentences, WartaSentence, k);
      g_autoptr (WartaTokens) toks = warta_tokenize (st, c->doc->text, ws->start, ws->end);
      g_autoptr (GArray) dates = warta_date_find_all (toks, NULL);
      for (guint j = 0; j < dates->len; j++)
        {
          WartaDateMatch *dm = &g_array_index (dates, WartaDateMatch, j);
          WartaDate d = dm->end.precision == WARTA_DATE_DAY ? dm->end : dm->start;
          if (d.precision != WARTA_DATE_DAY)
            continue;
          if (best.precision == WARTA_DATE_NONE || warta_date_compare (&d, &best) > 0)
            best = d;
        }
    }
  return best;
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

WartaExtractor *
warta_extractor_new (WartaLexicon *lex)
{
  g_return_val_if_fail (lex != NULL, NULL);
  WartaExtractor *ex = g_new0 (WartaExtractor, 1);
  ex->lex = lex;
  return ex;
}

void
warta_extractor_free (WartaExtractor *ex)
{
  if (!ex)
    return;
  g_free (ex);
}

static void
read_article (WartaExtractor *ex, const WartaDocument *doc, const WartaArticleMeta *meta,
              WartaFactSet *facts, GPtrArray *warnings, GPtrArray *profiles)
{
  Ctx c = { 0 };
  c.ex = ex;
  c.doc = doc;
  c.facts = facts;
  c.cur_cue = G_MAXUINT; /* no frame being read */
  c.warnings = warnings;
  c.treaty_profiles = profiles;
  if (meta && meta->language)
    c.wlang = g_str_equal (meta->language, "en") ? WARTA_LANG_EN : WARTA_LANG_ID;
  else
    c.wlang = warta_guess_language (doc->text, doc->len);
  c.lang = c.wlang == WARTA_LANG_EN ? "en" : "id";
  c.dis.speakers = g_ptr_array_new ();
  c.dis.speakers_sentence = -1;
  c.dis.doubt_sentence = -1;
  c.dis.states_sentence = -1;
  c.dis.event_sentence = -1;
  c.dis.events = g_ptr_array_new ();
  c.dis.cue_events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c.dis.states = g_ptr_array_new ();
  c.dis.orgs = g_ptr_array_new ();
  c.dis.titled = g_hash_table_new (g_str_hash, g_str_equal);
  c.linker = warta_linker_new_registry (ex->lex);
  c.learned = g_ptr_array_new ();

  g_autoptr (GArray) sentences = warta_split_sentences (doc->text, doc->len);
  c.dis.ref = reference_date (&c, sentences, meta);
  for (guint k = 0; k < sentences->len; k++)
    {
      process_sentence (&c, sentences, k);
      /* learned actors become linkable in the next sentences */
      for (guint j = 0; j < c.learned->len; j++)
        warta_linker_add_actor (c.linker, g_ptr_array_index (c.learned, j));
      g_ptr_array_set_size (c.learned, 0);
    }
  warta_linker_free (c.linker);
  g_ptr_array_unref (c.learned);
  g_ptr_array_unref (c.dis.speakers);
  g_ptr_array_unref (c.dis.events);
  g_hash_table_unref (c.dis.cue_events);
  g_ptr_array_unref (c.dis.states);
  g_ptr_array_unref (c.dis.orgs);
  g_hash_table_unref (c.dis.titled);
  g_clear_pointer (&c.carried_sp, g_ptr_array_unref);
  g_clear_pointer (&c.weapon_names, g_ptr_array_unref);
  g_free (c.dis.troop_owner);
}

void
warta_extract_document (WartaExtractor *ex, const WartaDocument *doc,
                        const WartaArticleMeta *meta, WartaFactSet *facts,
                        GPtrArray *warnings)
{
  g_return_if_fail (ex != NULL && doc != NULL && facts != NULL);
  /* Read twice: the first reading, into a scratch set, only learns what
   * the article says of each treaty as a whole; the second is the one
   * that counts. */
  g_autoptr (WartaFactSet) scratch = warta_fact_set_new ();
  read_article (ex, doc, meta, scratch, NULL, NULL);
  g_autoptr (GPtrArray) profiles = treaty_profiles (scratch);
  read_article (ex, doc, meta, facts, warnings, profiles);
}
