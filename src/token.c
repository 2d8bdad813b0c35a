/* token.c: the tokenizer, the Snowball stemmer wrapper, Indonesian affix
 * analysis and the language guess.
 *
 * What it does: cuts a sentence into words, numbers and punctuation with
 * absolute byte offsets; folds every token (NFKC + casefold); stems words
 * with Snowball; for Indonesian records voice (di-/meN-/ter-/peN-..-an),
 * the clitic -nya and the consonant restored by meN-/peN- morphophonemics
 * (alt_stem); merges numerals with their scale words ("10 ribu" -> 10000,
 * "US$540 juta" -> 540e6 money, "lima ribu" -> 5000).  Date-like numerals
 * "24/10/2024" and "24/10" stay ONE token of kind WORD, for date.c.
 *
 * What it does not: decide what words mean (lexicon.c/linker.c), find dates
 * (date.c), split sentences (splitter.c).  Callers: the linker, the
 * lexicon loader (warta_token_analyse_word for lexicon forms), date.c, the
 * extractor, manifest.c (warta_guess_language) and the tests. */
#include "warta-token.h"

#include <libstemmer.h>
#include <string.h>

struct _WartaStemmer {
  WartaLang lang;
  struct sb_stemmer *sb;
};

WartaStemmer *
warta_stemmer_new (WartaLang lang)
{
  WartaStemmer *st = g_new0 (WartaStemmer, 1);
  st->lang = lang;
  st->sb = sb_stemmer_new (lang == WARTA_LANG_EN ? "english" : "indonesian", NULL);
  g_assert (st->sb != NULL);
  return st;
}

void
warta_stemmer_free (WartaStemmer *st)
{
  if (st == NULL)
    return;
  sb_stemmer_delete (st->sb);
  g_free (st);
}

char *
warta_stemmer_stem (WartaStemmer *st, const char *folded)
{
  const sb_symbol *r;

  g_return_val_if_fail (st != NULL && folded != NULL, NULL);
  r = sb_stemmer_stem (st->sb, (const sb_symbol *) folded, (int) strlen (folded));
  if (r == NULL)
    return g_strdup (folded);
  return g_strndup ((const char *) r, sb_stemmer_length (st->sb));
}

/* ------------------------------------------------------------------ */
/* Indonesian affix analysis                                           */

/* Roots and loanwords that look prefixed but are not (orthography, not
 * names): they get no voice and no restored stem. */
static const char *const unprefixed_words[] = {
  "diplomat", "diplomasi", "diplomatik", "diskusi", "direktur", "direksi",
  "digital", "dinamis", "disiplin", "diktator", "dimensi", "distrik",
  "divisi", "dialog", "diesel", "dinasti", "diaspora", "distribusi",
  "dilema", "direktorat", "diploma", "dinamika", "dividen", "diskon",
  "mereka", "menteri", "media", "medan", "merah", "meski", "meskipun",
  "memang", "mesin", "metode", "mental", "menit", "menu", "merek",
  "merdeka", "meja", "medis", "megah", "mekanisme", "menara", "mentah",
  "melayu", "meter", "mesir", "mentor",
  "teroris", "terorisme", "teror", "teritori", "teritorial", "terminal",
  "terapi", "teras", "termin",
  "pendidikan",
};

static gboolean
is_unprefixed (const char *w)
{
  for (gsize i = 0; i < G_N_ELEMENTS (unprefixed_words); i++)
    if (strcmp (unprefixed_words[i], w) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static gboolean
char_in (char c, const char *set)
{
  return c != '\0' && strchr (set, c) != NULL;
}

/* TRUE when @w is made of ASCII lower-case letters and hyphens only. */
static gboolean
is_plain_word (const char *w)
{
  if (!g_ascii_islower (*w))
    return FALSE;
  for (const char *p = w; *p; p++)
    if (!g_ascii_islower (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* Strips the clitic -nya (words longer than five letters: "hanya" keeps
 * it, and so do "ditanya" and "bertanya", whose root is "tanya"; but
 * "katanya" is "kata" + -nya).  Returns a new string. */
static char *
strip_nya (const char *w, gboolean *has_nya)
{
  gsize n = strlen (w);
  *has_nya = FALSE;
  if (n > 5 && g_str_has_suffix (w, "nya") && strcmp (w, "ditanya") != 0
      && strcmp (w, "bertanya") != 0)
    {
      *has_nya = TRUE;
      return g_strndup (w, n - 3);
    }
  return g_strdup (w);
}

/* Strips the particles -lah/-kah when at least five letters remain. */
static char *
strip_particle (const char *w)
{
  gsize n = strlen (w);
  if (n >= 8 && (g_str_has_suffix (w, "lah") || g_str_has_suffix (w, "kah")))
    return g_strndup (w, n - 3);
  return g_strdup (w);
}

typedef struct {
  const char *prefix;
  const char *followers; /* letters that may follow the prefix */
  char restore;          /* consonant restored before a vowel, or 0 */
} NasalPrefix;

/* meN- and peN- allomorphs, longest first. */
static const NasalPrefix nasal_prefixes[] = {
  { "ng", "aeiougkh", 'k' },
  { "ny", "aeiou", 's' },
  { "m", "aeioubpfv", 'p' },
  { "n", "aeioucdjtzs", 't' },
  { "", "lmnrwy", 0 },
};

/* Matches "me"/"pe" + nasal allomorph at the start of @w.  Returns the
 * remainder (the base as written) and the consonant to restore before it
 * (0 if none), or NULL. */
static const char *
match_nasal (const char *w, const char *head, char *restore)
{
  gsize hl = strlen (head);
  if (strncmp (w, head, hl) != 0)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (nasal_prefixes); i++)
    {
      const NasalPrefix *np = &nasal_prefixes[i];
      gsize pl = strlen (np->prefix);
      const char *rest = w + hl + pl;
      if (strncmp (w + hl, np->prefix, pl) != 0 || !char_in (rest[0], np->followers))
        continue;
      if (strlen (rest) < 3)
        return NULL;
      *restore = is_vowel (rest[0]) ? np->restore : 0;
      return rest;
    }
  return NULL;
}

/* Decides the voice of @w and, for meN-/peN- words whose first consonant
 * was dropped, the restored base (without -an for nominals) in *restored. */
static WartaVoice
indonesian_voice (const char *w, char **restored)
{
  gsize n = strlen (w);
  const char *rest;
  char restore = 0;

  *restored = NULL;
  if (is_unprefixed (w))
    return WARTA_VOICE_NONE;
  if (g_str_has_prefix (w, "di") && n - 2 >= 4)
    return WARTA_VOICE_PASSIVE;
  if ((rest = match_nasal (w, "me", &restore)) != NULL)
    {
      if (restore)
        *restored = g_strdup_printf ("%c%s", restore, rest);
      return WARTA_VOICE_ACTIVE;
    }
  if (g_str_has_prefix (w, "ter") && n - 3 >= 4)
    return WARTA_VOICE_STATIVE;
  if (n < 7 || !g_str_has_suffix (w, "an"))
    return WARTA_VOICE_NONE;
  if (g_str_has_prefix (w, "per") && n - 5 >= 3)
    return WARTA_VOICE_NOMINAL;
  if ((rest = match_nasal (w, "pe", &restore)) != NULL && strlen (rest) - 2 >= 3)
    {
      if (restore)
        *restored = g_strdup_printf ("%c%.*s", restore, (int) (strlen (rest) - 2), rest);
      return WARTA_VOICE_NOMINAL;
    }
  return WARTA_VOICE_NONE;
}

static void
analyse_indonesian (WartaStemmer *st, const char *folded, WartaToken *out)
{
  gboolean has_nya;
  g_autofree char *base = strip_nya (folded, &has_nya);
  g_autofree char *bare = NULL;
  g_autofree char *restored = NULL;

  out->has_nya = has_nya;
  out->stem = warta_stemmer_stem (st, base);
  out->ber_verb = g_str_has_prefix (folded, "ber") && strlen (out->stem) + 3 <= strlen (folded);
  if (!is_plain_word (base))
    return;
  bare = strip_particle (base);
  out->voice = indonesian_voice (bare, &restored);
  if (restored != NULL)
    {
      /* Stemming "di" + base keeps Snowball from reading the restored
       * consonant as yet another prefix ("kerahkan" -> "rahkan", but
       * "dikerahkan" -> "kerah"). */
      g_autofree char *di_form = g_strconcat ("di", restored, NULL);
      char *alt = warta_stemmer_stem (st, di_form);
      if (g_strcmp0 (alt, out->stem) == 0)
        g_free (alt);
      else
        out->alt_stem = alt;
    }
}

void
warta_token_analyse_word (WartaStemmer *st, const char *folded, WartaToken *out)
{
  g_return_if_fail (st != NULL && folded != NULL && out != NULL);
  memset (out, 0, sizeof *out);
  out->kind = WARTA_TOKEN_WORD;
  out->fold = g_strdup (folded);
  if (st->lang == WARTA_LANG_EN)
    out->stem = warta_stemmer_stem (st, folded);
  else
    analyse_indonesian (st, folded, out);
}

void
warta_token_clear (WartaToken *tok)
{
  if (tok == NULL)
    return;
  g_clear_pointer (&tok->text, g_free);
  g_clear_pointer (&tok->fold, g_free);
  g_clear_pointer (&tok->stem, g_free);
  g_clear_pointer (&tok->alt_stem, g_free);
}

static gboolean
stem_eq (const char *a, const char *b)
{
  return a != NULL && b != NULL && strcmp (a, b) == 0;
}

gboolean
warta_token_matches_form (const WartaToken *tok, const WartaToken *form)
{
  g_return_val_if_fail (tok != NULL && form != NULL, FALSE);
  if (tok->fold != NULL && form->fold != NULL && strcmp (tok->fold, form->fold) == 0)
    return TRUE;
  return stem_eq (tok->stem, form->stem) || stem_eq (tok->stem, form->alt_stem)
         || stem_eq (tok->alt_stem, form->stem) || stem_eq (tok->alt_stem, form->alt_stem);
}

/* ------------------------------------------------------------------ */
/* Raw scanning                                                        */

typedef enum { RAW_WORD, RAW_NUMERAL, RAW_PUNCT } RawKind;

typedef struct {
  gsize start, end;
  RawKind kind;
  gboolean money;
  gboolean has_slash;
} RawTok;

static gunichar
char_at (const char *p, const char *end)
{
  if (p >= end)
    return 0;
  return g_utf8_get_char (p);
}

static gboolean
is_word_char (gunichar c)
{
  return c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));
}

/* Length of a currency prefix at @p that is followed by a digit, or 0. */
static gsize
currency_prefix_len (const char *p, const char *end)
{
  static const char *const prefixes[] = { "US$", "S$", "A$", "Rp.", "Rp", "$", "€", "£" };
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize l = strlen (prefixes[i]);
      const char *q = p + l;
      if ((gsize) (end - p) <= l || strncmp (p, prefixes[i], l) != 0)
        continue;
      if (q < end && *q == ' ' && prefixes[i][0] == 'R')
        q++;
      if (q < end && g_ascii_isdigit (*q))
        return (gsize) (q - p);
    }
  return 0;
}

/* Scans digits with internal '.', ',' and '/' between digits. */
static const char *
scan_numeral (const char *p, const char *end, gboolean *has_slash)
{
  while (p < end)
    {
      if (g_ascii_isdigit (*p))
        p++;
      else if ((*p == '.' || *p == ',' || *p == '/') && p + 1 < end
               && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[-1]))
        {
          if (*p == '/')
            *has_slash = TRUE;
          p++;
        }
      else
        break;
    }
  return p;
}

/* A joiner inside a word: hyphen between word characters (but not between
 * two digits: "8-13" is a range), apostrophe between letters. */
static gboolean
is_joiner (const char *p, const char *end, gunichar prev)
{
  gunichar c = char_at (p, end);
  gunichar next = char_at (g_utf8_next_char (p), end);
  if (!is_word_char (next))
    return FALSE;
  if (c == '-' || c == 0x2010)
    return !(g_unichar_isdigit (prev) && g_unichar_isdigit (next));
  if (c == '\'' || c == 0x2019)
    return g_unichar_isalpha (prev) && g_unichar_isalpha (next);
  return FALSE;
}

/* "then-Japanese Foreign Minister", "ex-Soviet": a temporal prefix before
 * a capitalised word is a word of its own, so the name after it links. */
static gboolean
is_temporal_prefix (const char *start, const char *p, const char *end)
{
  gsize n = (gsize) (p - start);
  gunichar next = char_at (g_utf8_next_char (p), end);
  return g_unichar_isupper (next)
         && ((n == 4 && g_ascii_strncasecmp (start, "then", 4) == 0)
             || (n == 2 && g_ascii_strncasecmp (start, "ex", 2) == 0));
}

/* "Iranian-made", "Russian-built": a capitalised word before a maker's
 * participle is a name of its own (the maker), so it links; the
 * participle is a word after it.  A closed class of English morphology,
 * like the temporal prefixes above. */
static gboolean
is_maker_suffix (const char *start, const char *p, const char *end)
{
  static const char *const participles[] = {
    "made", "built", "manufactured", "produced", "designed", "supplied",
  };
  if (!g_unichar_isupper (g_utf8_get_char (start)))
    return FALSE;
  const char *w = g_utf8_next_char (p), *we = w;
  while (we < end && g_ascii_islower (*we))
    we++;
  if (we < end && is_word_char (char_at (we, end)))
    return FALSE;
  for (gsize k = 0; k < G_N_ELEMENTS (participles); k++)
    if ((gsize) (we - w) == strlen (participles[k]) && strncmp (w, participles[k], (gsize) (we - w)) == 0)
      return TRUE;
  return FALSE;
}

static const char *
scan_word (const char *p, const char *end)
{
  const char *start = p;
  gunichar prev = 0;
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      if (is_word_char (c))
        {
          prev = c;
          p = g_utf8_next_char (p);
        }
      else if (prev != 0 && is_joiner (p, end, prev) && !is_temporal_prefix (start, p, end)
               && !is_maker_suffix (start, p, end))
        p = g_utf8_next_char (p);
      else
        break;
    }
  return p;
}

/* "U.S." / "A.S.": single letters each followed by '.', two or more. */
static const char *
scan_dotted_acronym (const char *p, const char *end)
{
  const char *q = p;
  guint groups = 0;

  while (q + 1 < end && g_ascii_isalpha (q[0]) && q[1] == '.')
    {
      groups++;
      q += 2;
    }
  if (groups >= 2 && !is_word_char (char_at (q, end)))
    return q;
  return NULL;
}

static gboolean
only_digits_and_seps (const char *p, const char *end)
{
  for (; p < end; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',' && *p != '/')
      return FALSE;
  return TRUE;
}

static void
scan_one (const char *text, const char **pp, const char *end, GArray *raw)
{
  const char *p = *pp;
  gunichar c = g_utf8_get_char (p);
  RawTok t = { (gsize) (p - text), 0, RAW_WORD, FALSE, FALSE };
  gsize cur = currency_prefix_len (p, end);
  const char *q;

  if (cur > 0)
    {
      t.money = TRUE;
      t.kind = RAW_NUMERAL;
      q = scan_numeral (p + cur, end, &t.has_slash);
    }
  else if (g_ascii_isdigit (c))
    {
      q = scan_numeral (p, end, &t.has_slash);
      if (is_word_char (char_at (q, end)) || is_joiner (q, end, '0'))
        q = scan_word (p, end); /* "F16", "2024an", "COVID-19" */
      else
        t.kind = t.has_slash ? RAW_WORD : RAW_NUMERAL;
      if (t.kind == RAW_WORD && only_digits_and_seps (p, q))
        t.has_slash = TRUE;
    }
  else if (is_word_char (c))
    {
      q = scan_dotted_acronym (p, end);
      if (q == NULL)
        q = scan_word (p, end);
    }
  else
    {
      t.kind = RAW_PUNCT;
      q = g_utf8_next_char (p);
    }
  t.end = (gsize) (q - text);
  g_array_append_val (raw, t);
  /* "then-Japanese": the hyphen after a temporal prefix is no token (a
   * lone "-" reads as a dateline's dash) */
  if (t.kind == RAW_WORD && q < end && (*q == '-')
      && (is_temporal_prefix (p, q, end) || is_maker_suffix (p, q, end)))
    q++;
  *pp = q;
}

static GArray *
scan_raw (const char *text, gsize start, gsize end)
{
  GArray *raw = g_array_new (FALSE, FALSE, sizeof (RawTok));
  const char *p = text + start;
  const char *e = text + end;

  while (p < e)
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF || c == 0x00AD)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      scan_one (text, &p, e, raw);
    }
  return raw;
}

/* ------------------------------------------------------------------ */
/* Building tokens                                                     */

static char *
fold_text (const char *s, gssize len)
{
  g_autofree char *nfkc = g_utf8_normalize (s, len, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return g_utf8_casefold (s, len);
  return g_utf8_casefold (nfkc, -1);
}

static char *
raw_fold (const char *text, const RawTok *r)
{
  return fold_text (text + r->start, (gssize) (r->end - r->start));
}

static void
set_case_flags (WartaToken *tok)
{
  guint letters = 0;
  gboolean any_lower = FALSE;

  tok->capitalized = g_unichar_isupper (g_utf8_get_char (tok->text))
                     || g_unichar_istitle (g_utf8_get_char (tok->text));
  for (const char *p = tok->text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      /* "UAE's" is the acronym UAE with a possessive */
      if ((c == '\'' || c == 0x2019) && g_str_equal (g_utf8_next_char (p), "s"))
        break;
      if (!g_unichar_isalpha (c))
        continue;
      letters++;
      if (g_unichar_islower (c))
        any_lower = TRUE;
    }
  tok->all_caps = letters >= 2 && !any_lower;
}

static void
append_token (WartaTokens *toks, const char *text, gsize start, gsize end,
              WartaTokenKind kind, double number, gboolean money)
{
  WartaToken tok = { 0 };
  tok.start = start;
  tok.end = end;
  tok.text = g_strndup (text + start, end - start);
  tok.fold = fold_text (tok.text, -1);
  tok.stem = g_strdup (tok.fold);
  tok.kind = kind;
  tok.number = number;
  tok.is_money = money;
  set_case_flags (&tok);
  g_array_append_val (toks->tokens, tok);
}

static void
append_word (WartaTokens *toks, WartaStemmer *st, const char *text, const RawTok *r)
{
  WartaToken an;
  WartaToken *tok;
  g_autofree char *fold = raw_fold (text, r);

  append_token (toks, text, r->start, r->end, WARTA_TOKEN_WORD, 0, FALSE);
  tok = &g_array_index (toks->tokens, WartaToken, toks->tokens->len - 1);
  if (r->has_slash)
    return;
  warta_token_analyse_word (st, fold, &an);
  g_free (tok->stem);
  tok->stem = g_steal_pointer (&an.stem);
  tok->alt_stem = g_steal_pointer (&an.alt_stem);
  tok->voice = an.voice;
  tok->has_nya = an.has_nya;
  tok->ber_verb = an.ber_verb;
  warta_token_clear (&an);
}

static gboolean
raw_is_word (const char *text, const GArray *raw, guint i)
{
  return i < raw->len && g_array_index (raw, RawTok, i).kind == RAW_WORD
         && !g_array_index (raw, RawTok, i).has_slash;
}

static const char *const currency_words[] = {
  "dolar", "dollar", "dollars", "rupiah", "usd", "idr", "euro", "euros",
};

gboolean
warta_token_is_currency_word (const char *fold)
{
  for (gsize i = 0; i < G_N_ELEMENTS (currency_words); i++)
    if (strcmp (currency_words[i], fold) == 0)
      return TRUE;
  return FALSE;
}

/* Scale multiplier of raw word @i, or 0. */
static double
raw_scale (const char *text, const GArray *raw, guint i)
{
  g_autofree char *fold = NULL;
  if (!raw_is_word (text, raw, i))
    return 0;
  fold = raw_fold (text, &g_array_index (raw, RawTok, i));
  return warta_number_scale_word (fold);
}

static gboolean
raw_is_currency (const char *text, const GArray *raw, guint i)
{
  g_autofree char *fold = NULL;
  if (!raw_is_word (text, raw, i))
    return FALSE;
  fold = raw_fold (text, &g_array_index (raw, RawTok, i));
  return warta_token_is_currency_word (fold);
}

/* A numeral, then optionally a scale word.  Returns raw tokens consumed. */
static guint
emit_numeral (WartaTokens *toks, const char *text, const GArray *raw, guint i)
{
  const RawTok *r = &g_array_index (raw, RawTok, i);
  g_autofree char *s = g_strndup (text + r->start, r->end - r->start);
  double value, scale;
  guint n = 1;
  gboolean money = r->money;

  if (!warta_number_parse_numeral (s, toks->lang, &value))
    return 0;
  if ((scale = raw_scale (text, raw, i + 1)) > 0)
    {
      value *= scale;
      n++;
    }
  if (raw_is_currency (text, raw, i + n))
    money = TRUE;
  append_token (toks, text, r->start, g_array_index (raw, RawTok, i + n - 1).end,
                WARTA_TOKEN_NUMBER, value, money);
  return n;
}

typedef enum { NW_START, NW_UNIT, NW_TENS, NW_MULT, NW_SCALE } NwState;

typedef struct {
  double total, cur, last_unit, last_scale;
  NwState state;
  guint n_fed;          /* words accepted so far */
  guint n_committed;    /* words up to and including the last scale word */
  gboolean rollback;    /* a larger scale followed: keep only the committed part */
} NwAcc;

/* Feeds one folded word to the number-word accumulator; FALSE when the
 * word does not continue the number. */
static gboolean
nw_feed (NwAcc *a, const char *w)
{
  double v = warta_number_word (w);
  double scale = warta_number_scale_word (w);
  gboolean after_unit = a->state == NW_UNIT || a->state == NW_TENS;

  if (strcmp (w, "puluh") == 0 || strcmp (w, "ratus") == 0 || strcmp (w, "hundred") == 0)
    {
      double m = w[0] == 'p' ? 10 : 100;
      if (a->state != NW_UNIT)
        return FALSE;
      a->cur += a->last_unit * (m - 1);
      a->state = NW_MULT;
      return TRUE;
    }
  if (strcmp (w, "belas") == 0)
    {
      if (a->state != NW_UNIT || a->last_unit >= 10)
        return FALSE;
      a->cur += 10;
      a->state = NW_MULT;
      return TRUE;
    }
  if (scale > 0 || v >= 1000)
    {
      if (v >= 1000 && a->state == NW_START)
        scale = v, a->cur = 1;
      else if (a->state == NW_START || a->state == NW_SCALE)
        return FALSE;
      if (a->last_scale > 0 && scale >= a->last_scale)
        {
          /* "lima ribu sepuluh ribu": two numbers, not one. */
          a->rollback = TRUE;
          return FALSE;
        }
      a->total += a->cur * scale;
      a->cur = 0;
      a->last_scale = scale;
      a->state = NW_SCALE;
      a->n_committed = a->n_fed + 1;
      return TRUE;
    }
  if (v < 0)
    return FALSE;
  if (after_unit && !(a->state == NW_TENS && v < 10))
    return FALSE;
  a->cur += v;
  a->last_unit = v;
  a->state = (v >= 20 && v < 100 && (int) v % 10 == 0) ? NW_TENS
             : v == 100 ? NW_MULT : NW_UNIT;
  return TRUE;
}

/* "two and a half thousand", "dua setengah juta": a half after a unit,
 * counted only when a scale word follows it.  Returns the words the half
 * takes, or 0. */
static guint
nw_half (const char *text, const GArray *raw, guint j, const NwAcc *a)
{
  static const char *const en[] = { "and", "a", "half" };
  if (a->state != NW_UNIT && a->state != NW_TENS)
    return 0;
  guint n = 0;
  g_autofree char *w0 = raw_is_word (text, raw, j) ? raw_fold (text, &g_array_index (raw, RawTok, j)) : NULL;
  if (w0 && strcmp (w0, "setengah") == 0)
    n = 1;
  for (guint k = 0; w0 && n == 0 && k < G_N_ELEMENTS (en); k++)
    {
      if (!raw_is_word (text, raw, j + k))
        break;
      g_autofree char *w = raw_fold (text, &g_array_index (raw, RawTok, j + k));
      if (strcmp (w, en[k]) != 0)
        break;
      if (k + 1 == G_N_ELEMENTS (en))
        n = k + 1;
    }
  if (n == 0 || !raw_is_word (text, raw, j + n))
    return 0;
  g_autofree char *next = raw_fold (text, &g_array_index (raw, RawTok, j + n));
  return warta_number_scale_word (next) > 0 ? n : 0;
}

/* Number words ("lima ribu", "dua puluh lima", "ten thousand"). */
static guint
emit_number_words (WartaTokens *toks, const char *text, const GArray *raw, guint i)
{
  NwAcc acc = { 0, 0, 0, 0, NW_START, 0, 0, FALSE };
  guint n;
  double value;

  while (raw_is_word (text, raw, i + acc.n_fed))
    {
      guint half = nw_half (text, raw, i + acc.n_fed, &acc);
      if (half > 0)
        {
          acc.cur += 0.5;
          acc.n_fed += half;
          continue;
        }
      g_autofree char *fold = raw_fold (text, &g_array_index (raw, RawTok, i + acc.n_fed));
      if (!nw_feed (&acc, fold))
        break;
      acc.n_fed++;
    }
  n = acc.rollback ? acc.n_committed : acc.n_fed;
  value = acc.rollback ? acc.total : acc.total + acc.cur;
  if (n == 0)
    return 0;
  append_token (toks, text, g_array_index (raw, RawTok, i).start,
                g_array_index (raw, RawTok, i + n - 1).end, WARTA_TOKEN_NUMBER,
                value, raw_is_currency (text, raw, i + n));
  return n;
}

WartaTokens *
warta_tokenize (WartaStemmer *st, const char *text, gsize start, gsize end)
{
  WartaTokens *toks;
  g_autoptr (GArray) raw = NULL;

  g_return_val_if_fail (st != NULL && text != NULL && start <= end, NULL);
  toks = g_new0 (WartaTokens, 1);
  toks->lang = st->lang;
  toks->tokens = g_array_new (FALSE, TRUE, sizeof (WartaToken));
  g_array_set_clear_func (toks->tokens, (GDestroyNotify) warta_token_clear);
  raw = scan_raw (text, start, end);

  for (guint i = 0; i < raw->len;)
    {
      const RawTok *r = &g_array_index (raw, RawTok, i);
      guint used = 0;

      if (r->kind == RAW_NUMERAL)
        used = emit_numeral (toks, text, raw, i);
      else if (raw_is_word (text, raw, i))
        used = emit_number_words (toks, text, raw, i);
      if (used > 0)
        {
          i += used;
          continue;
        }
      if (r->kind == RAW_PUNCT)
        append_token (toks, text, r->start, r->end, WARTA_TOKEN_PUNCT, 0, FALSE);
      else
        append_word (toks, st, text, r);
      i++;
    }
  return toks;
}

void
warta_tokens_free (WartaTokens *toks)
{
  if (toks == NULL)
    return;
  g_array_unref (toks->tokens);
  g_free (toks);
}

/* ------------------------------------------------------------------ */
/* Language guess                                                      */

static const char *const id_function_words[] = {
  "yang", "dan", "di", "itu", "ini", "dengan", "untuk", "dari", "pada",
  "tidak", "akan", "dalam", "ke", "bahwa", "adalah", "oleh", "telah", "kata",
};

static const char *const en_function_words[] = {
  "the", "and", "of", "to", "in", "is", "that", "said", "was", "for", "on",
  "with", "by", "from", "has", "have", "it",
};

static gboolean
in_list (const char *const *list, gsize n, const char *w)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], w) == 0)
      return TRUE;
  return FALSE;
}

WartaLang
warta_guess_language (const char *text, gsize len)
{
  guint id = 0, en = 0;
  const char *p = text, *e = text + len;

  g_return_val_if_fail (text != NULL, WARTA_LANG_ID);
  while (p < e)
    {
      const char *w;
      while (p < e && !g_ascii_isalpha (*p))
        p++;
      w = p;
      while (p < e && g_ascii_isalpha (*p))
        p++;
      if (p > w && p - w < 16)
        {
          char buf[16];
          memcpy (buf, w, (gsize) (p - w));
          buf[p - w] = '\0';
          for (char *b = buf; *b; b++)
            *b = g_ascii_tolower (*b);
          id += in_list (id_function_words, G_N_ELEMENTS (id_function_words), buf);
          en += in_list (en_function_words, G_N_ELEMENTS (en_function_words), buf);
        }
    }
  return en > id ? WARTA_LANG_EN : WARTA_LANG_ID;
}
