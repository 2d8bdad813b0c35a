/* warta-token.h: tokens with offsets, folded forms, stems and voice.
 *
 * The tokenizer turns one sentence into WartaTokens.  Each token keeps its
 * byte offsets in the document, a case-folded (NFKC + casefold) form, and a
 * stem from Snowball (Indonesian or English).  For Indonesian the affixes
 * that matter to extraction are recorded *before* stemming:
 *   - voice: di- (passive), meN- (active), ter- (stative), peN-/-an (nominal);
 *   - ber- (bertempur, berada), an intransitive predicate, as ber_verb;
 *   - the clitic -nya (stripped before stemming, flag kept);
 *   - for meN-/peN- words whose stem lost its first consonant (mengirim ->
 *     "irim"), alt_stem holds the restored stem ("kirim"), so that a
 *     lexicon entry "kirim" matches mengirim, dikirim and pengiriman alike.
 * Numbers are normalised here, not later: "1.500" is one NUMBER token of
 * value 1500, "10 ribu" is ONE token spanning both words, value 10000,
 * "US$540 juta" one token of value 540e6 with is_money set; number words
 * combine ("lima ribu" 5000, "dua puluh lima" 25, "ten thousand" 10000,
 * "tiga" 3).  Vague quantities stay WORDs ("ribuan", and "ribu" after
 * "beberapa").  Years are NUMBERs ("2024", value 2024).  Slash dates
 * ("24/10/2024", "24/10") are ONE token of kind WORD, parsed by date.c;
 * "8-13" is three tokens (8, "-", 13).  Hyphenated and apostrophe words are
 * one token ("mata-mata", "Hong-kyun", "Jum'at"); dotted acronyms too
 * ("U.S.").  Every other punctuation character, quotes included, is its own
 * PUNCT token.  For NUMBER and PUNCT tokens, and slash dates, stem is a copy
 * of fold and alt_stem is NULL.
 *
 * Matching rule used across libwarta (warta_token_matches_form): a token
 * matches a lexicon form when their folded forms are equal, or any of the
 * token's {stem, alt_stem} equals any of the form's {stem, alt_stem}
 * (NULLs never match).
 *
 * Ownership: a WartaTokens owns its tokens and their strings. */
#pragma once

#include <glib.h>
#include "warta-number.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_TOKEN_WORD,
  WARTA_TOKEN_NUMBER, /* value in ->number */
  WARTA_TOKEN_PUNCT,  /* one punctuation character, quotes included */
} WartaTokenKind;

typedef enum {
  WARTA_VOICE_NONE,
  WARTA_VOICE_ACTIVE,  /* meN- (mengirim, membantah) */
  WARTA_VOICE_PASSIVE, /* di- (dikirim, dibantah) */
  WARTA_VOICE_STATIVE, /* ter- (terdeteksi) */
  WARTA_VOICE_NOMINAL, /* peN-…-an, per-…-an (pengiriman, pengerahan) */
} WartaVoice;

typedef struct {
  gsize start, end;   /* byte offsets in the document text */
  char *text;         /* surface form */
  char *fold;         /* NFKC, case-folded */
  char *stem;         /* Snowball stem of fold (without -nya) */
  char *alt_stem;     /* restored stem for meN-/peN- or NULL */
  WartaTokenKind kind;
  WartaVoice voice;
  guint has_nya : 1;      /* ended in the clitic -nya */
  guint capitalized : 1;  /* first character upper case */
  guint all_caps : 1;     /* every letter upper case, at least two letters */
  guint is_money : 1;     /* number carried a currency (US$, Rp, $) */
  guint ber_verb : 1;     /* Indonesian ber- word whose prefix the stemmer strips
                           * (bertempur, berada): an intransitive predicate */
  double number;      /* for NUMBER tokens */
} WartaToken;

typedef struct {
  GArray *tokens;   /* (element-type WartaToken) */
  WartaLang lang;
} WartaTokens;

typedef struct _WartaStemmer WartaStemmer;

/* One stemmer per language; not thread-safe (use one per thread). */
WartaStemmer *warta_stemmer_new (WartaLang lang);
void warta_stemmer_free (WartaStemmer *st);
/* Stem of an already folded word (returns a new string). */
char *warta_stemmer_stem (WartaStemmer *st, const char *folded);

/* Tokenizes text[start..end) (a sentence).  Offsets are absolute. */
WartaTokens *warta_tokenize (WartaStemmer *st, const char *text, gsize start, gsize end);
void warta_tokens_free (WartaTokens *toks);

static inline WartaToken *
warta_tokens_get (const WartaTokens *toks, guint i)
{
  return &g_array_index (toks->tokens, WartaToken, i);
}

/* Analyses one folded form the way the tokenizer analyses a word (used for
 * lexicon forms so both sides meet on the same keys).  Fills stem, alt_stem
 * and voice of @out (other fields zeroed); free with warta_token_clear. */
void warta_token_analyse_word (WartaStemmer *st, const char *folded, WartaToken *out);
void warta_token_clear (WartaToken *tok);

/* See the matching rule above.  @form is an analysed lexicon form. */
gboolean warta_token_matches_form (const WartaToken *tok, const WartaToken *form);

/* Guesses the language of a text from function-word counts
 * ("yang", "dan", "di", "itu" vs "the", "and", "of", "said"). */
WartaLang warta_guess_language (const char *text, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaTokens, warta_tokens_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaStemmer, warta_stemmer_free)

/* TRUE if @folded (casefolded) names a currency: "dolar", "dollar", "euro". */
gboolean warta_token_is_currency_word (const char *folded);

G_END_DECLS
