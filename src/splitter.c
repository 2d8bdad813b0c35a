/* splitter.c: sentence boundaries in news text.
 *
 * What it does: finds where sentences start and end (byte offsets) in a
 * cleaned document.  Every newline ends a sentence.  '.', '!', '?' and '…'
 * (with any closing quotes after them) end one when followed by white space
 * and something that can open a sentence (a capital, a digit, an opening
 * quote), unless the word before the stop is an abbreviation or an initial.
 * Text glued by bad scraping is split as well: "Ukraina.Rusia" (a stop
 * between a lower-case letter and a capitalised word) and headlines run into
 * the first paragraph ("Poin-Poin PentingUkraina": a capitalised word of at
 * least four letters whose lower-case tail is followed directly by a
 * capitalised word of at least three letters, near the start of a line).
 * Stray punctuation at a sentence start (". .Kapal") is dropped.
 *
 * What it does not: tokenize, or know any names.  The abbreviation table
 * below is orthography (titles, ranks, Latin abbreviations).  Callers: the
 * extraction pipeline and the tests. */
#include "warta-splitter.h"

#include <string.h>

/* Words that take a full stop without ending a sentence (case-sensitive). */
static const char *const abbreviations[] = {
  /* titles and ranks (Indonesian) */
  "Dr", "dr", "Prof", "Ir", "Drs", "Dra", "H", "Hj", "Bpk", "Sdr", "Sdri",
  "Tn", "Ny", "Nn", "Jend", "Jen", "Mayjen", "Brigjen", "Letjen", "Kol",
  "Letkol", "Mayor", "Kapt", "Lettu", "Letda", "Serma", "Irjen", "Kombes",
  "Marsda", "Marsdya", "Marsma", "Laksda", "Laksdya", "Laksma", "Pdt", "Mgr",
  /* titles and ranks (English) */
  "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cpl",
  "Sen", "Rep", "Gov", "Pres", "Jr", "Sr", "St", "Rev", "Amb", "Cmdr",
  /* places, numbers, misc. */
  "Jl", "Jln", "No", "Kec", "Kab", "Kel", "Prov", "Rp", "hlm", "Vol",
  "dkk", "dll", "dsb", "dst", "tsb", "Yth", "yth", "vs", "etc", "approx",
  "Inc", "Ltd", "Corp", "Co", "Bros", "Fig", "Dept", "Univ",
  /* month abbreviations */
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Aug", "Sep",
  "Sept", "Okt", "Oct", "Nov", "Des", "Dec",
};

static gboolean
is_abbreviation (const char *w, gsize n)
{
  for (gsize i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (strlen (abbreviations[i]) == n && strncmp (abbreviations[i], w, n) == 0)
      return TRUE;
  return FALSE;
}

static gunichar
uchar_at (const char *text, gsize len, gsize i)
{
  if (i >= len)
    return 0;
  return g_utf8_get_char (text + i);
}

static gunichar
uchar_before (const char *text, gsize i, gsize *prev_pos)
{
  const char *p;
  if (i == 0)
    return 0;
  p = g_utf8_find_prev_char (text, text + i);
  if (p == NULL)
    return 0;
  if (prev_pos)
    *prev_pos = (gsize) (p - text);
  return g_utf8_get_char (p);
}

static gboolean
is_terminator (gunichar c)
{
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB
         || c == ')' || c == ']';
}

static gboolean
is_opener (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0x00AB
         || c == '(' || c == '[';
}

static gboolean
is_hspace (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == '\r' || c == '\f' || c == '\v';
}

/* Start and length of the run of letters ending just before byte @i. */
static gsize
letters_before (const char *text, gsize i, gsize *word_start)
{
  gsize n = 0, pos = i, prev;
  gunichar c;
  while ((c = uchar_before (text, pos, &prev)) != 0 && g_unichar_isalpha (c))
    {
      pos = prev;
      n++;
    }
  *word_start = pos;
  return n;
}

/* TRUE when the stop at @i follows an abbreviation, an initial ("S.") or a
 * dotted acronym ("U.S."). */
static gboolean
stop_after_abbreviation (const char *text, gsize i)
{
  gsize ws;
  gsize n = letters_before (text, i, &ws);
  gunichar first = uchar_at (text, i, ws);

  if (n == 0)
    return FALSE;
  if (n == 1 && g_unichar_isupper (first))
    return TRUE;
  if (n == 1 && ws > 0 && text[ws - 1] == '.')
    return TRUE;
  return is_abbreviation (text + ws, i - ws);
}

/* Can the character at @k open a sentence? */
static gboolean
opens_sentence (const char *text, gsize len, gsize k)
{
  gunichar c = uchar_at (text, len, k);
  if (g_unichar_isupper (c) || g_unichar_istitle (c) || g_unichar_isdigit (c))
    return TRUE;
  if (c == '.' || c == 0x2022 || c == '-' || c == 0x2013 || c == 0x2014)
    return TRUE;
  if (is_opener (c))
    {
      gunichar d = uchar_at (text, len, (gsize) (g_utf8_next_char (text + k) - text));
      return g_unichar_isupper (d) || g_unichar_isdigit (d) || d == 0x2026 || d == '.';
    }
  return FALSE;
}

/* Decides whether the terminator run starting at @i ends a sentence.
 * Returns the byte offset where the next sentence may start, or 0. */
static gsize
stop_boundary (const char *text, gsize len, gsize i)
{
  gsize j = i, k;
  gunichar c, prev = uchar_before (text, i, NULL);

  while (j < len && is_terminator (c = uchar_at (text, len, j)))
    j = (gsize) (g_utf8_next_char (text + j) - text);
  while (j < len && is_closer (c = uchar_at (text, len, j)))
    j = (gsize) (g_utf8_next_char (text + j) - text);
  if (j >= len)
    return 0;
  c = uchar_at (text, len, j);
  if (text[i] == '.' && stop_after_abbreviation (text, i))
    return 0;
  if (!is_hspace (c))
    {
      /* Glued: "Ukraina.Rusia", "Hong-kyun.Kremlin". */
      gunichar d = uchar_at (text, len, (gsize) (g_utf8_next_char (text + j) - text));
      if ((g_unichar_islower (prev) || g_unichar_isdigit (prev) || is_closer (prev))
          && g_unichar_isupper (c)
          && g_unichar_islower (d))
        return j;
      return 0;
    }
  k = j;
  while (k < len && is_hspace (uchar_at (text, len, k)))
    k = (gsize) (g_utf8_next_char (text + k) - text);
  if (k >= len || text[k] == '\n')
    return 0;
  return opens_sentence (text, len, k) ? j : 0;
}

/* Number of words between the start of the line and @pos. */
static guint
words_into_line (const char *text, gsize pos)
{
  guint words = 0;
  gboolean in_word = FALSE;
  gsize p = pos;
  while (p > 0 && text[p - 1] != '\n')
    p--;
  for (; p < pos; p++)
    {
      gboolean space = text[p] == ' ' || text[p] == '\t';
      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

/* Does a word of five letters or more that starts in lower case stand
 * between the start of the line and @pos?  A headline is in title case,
 * with only short function words ("ke", "di", "and") in lower case. */
static gboolean
lowercase_word_before (const char *text, gsize pos)
{
  gsize p = pos;
  while (p > 0 && text[p - 1] != '\n')
    p--;
  while (p < pos)
    {
      while (p < pos && (text[p] == ' ' || text[p] == '\t'))
        p++;
      gsize w = p;
      guint n = 0;
      while (p < pos && text[p] != ' ' && text[p] != '\t')
        {
          n++;
          p = (gsize) (g_utf8_next_char (text + p) - text);
        }
      if (n >= 5 && g_unichar_islower (g_utf8_get_char (text + w)))
        return TRUE;
    }
  return FALSE;
}

/* A sentence stop after @i on the same line: a paragraph glued to a
 * headline ends in one, a headline alone ("Filipina Terima Rudal BrahMos
 * dari India, China Bereaksi") does not. */
static gboolean
stop_later_on_line (const char *text, gsize len, gsize i)
{
  for (gsize k = i; k < len && text[k] != '\n'; k = (gsize) (g_utf8_next_char (text + k) - text))
    if (is_terminator (g_utf8_get_char (text + k)))
      return TRUE;
  return FALSE;
}

/* A headline glued to a paragraph: at @i an upper-case letter directly
 * after a lower-case one, the left word capitalised and >= 4 letters, the
 * right one >= 3 letters with a lower-case second letter, near the start of
 * a line in title case, with a sentence stop later on the line
 * ("McDonald", "iPhone" are left alone, and so is "BrahMos" in "India
 * mengirimkan rudal BrahMos" and in a headline on a line of its own). */
static gboolean
glued_headline (const char *text, gsize len, gsize i)
{
  gsize ws, k = i;
  gsize left = letters_before (text, i, &ws);
  guint right = 0;
  gunichar second;

  if (left < 4 || !g_unichar_isupper (uchar_at (text, len, ws)))
    return FALSE;
  second = uchar_at (text, len, (gsize) (g_utf8_next_char (text + i) - text));
  if (!g_unichar_islower (second))
    return FALSE;
  while (k < len && g_unichar_isalpha (uchar_at (text, len, k)))
    {
      right++;
      k = (gsize) (g_utf8_next_char (text + k) - text);
    }
  return right >= 3 && words_into_line (text, ws) < 12 && !lowercase_word_before (text, ws)
         && stop_later_on_line (text, len, k);
}

static gboolean
is_stray (gunichar c)
{
  return g_unichar_isspace (c) || c == '.' || c == ',' || c == ';' || c == ':'
         || c == 0xFEFF || c == 0x200B;
}

static void
emit (GArray *out, const char *text, gsize s, gsize e, guint line)
{
  WartaSentence sent;
  gboolean any_alnum = FALSE;

  while (s < e && is_stray (g_utf8_get_char (text + s)))
    s = (gsize) (g_utf8_next_char (text + s) - text);
  while (e > s && g_unichar_isspace (uchar_before (text, e, NULL)))
    e = (gsize) (g_utf8_find_prev_char (text, text + e) - text);
  for (gsize p = s; p < e; p = (gsize) (g_utf8_next_char (text + p) - text))
    if (g_unichar_isalnum (g_utf8_get_char (text + p)))
      {
        any_alnum = TRUE;
        break;
      }
  if (!any_alnum)
    return;
  sent.start = s;
  sent.end = e;
  sent.index = out->len;
  sent.paragraph = line;
  g_array_append_val (out, sent);
}

GArray *
warta_split_sentences (const char *text, gsize len)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (WartaSentence));
  gsize s = 0, i = 0;
  guint line = 0, s_line = 0;

  g_return_val_if_fail (text != NULL, out);
  while (i < len)
    {
      gunichar c = g_utf8_get_char (text + i);
      gsize next = (gsize) (g_utf8_next_char (text + i) - text);
      gsize b;

      if (c == '\n')
        {
          emit (out, text, s, i, s_line);
          s = next;
          s_line = ++line;
        }
      else if (is_terminator (c) && (b = stop_boundary (text, len, i)) != 0)
        {
          emit (out, text, s, b, s_line);
          s = b;
          next = b;
        }
      else if (g_unichar_isupper (c) && g_unichar_islower (uchar_before (text, i, NULL))
               && glued_headline (text, len, i))
        {
          emit (out, text, s, i, s_line);
          s = i;
        }
      i = next;
    }
  emit (out, text, s, len, s_line);
  return out;
}

char *
warta_sentence_dup_text (const WartaSentence *s, const char *text)
{
  g_return_val_if_fail (s != NULL && text != NULL && s->end >= s->start, NULL);
  return g_strndup (text + s->start, s->end - s->start);
}
