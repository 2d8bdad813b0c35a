/* number.c: numerals, scale words, number words and vague quantities.
 *
 * Reads one numeral string ("1.500", "12,000", "3,5", "US$540") with the
 * thousands/decimal convention of the language, and classifies single
 * folded words (scale words "ribu"/"million", number words "lima"/"ten",
 * vague words "ribuan"/"several").  It does not combine words: joining
 * "10" + "ribu" or "dua" + "puluh" into one value is the tokenizer's job
 * (token.c), which is the only caller besides the tests.  The word lists
 * here are grammar (numerals of Indonesian and English), not names. */
#include "warta-number.h"

#include <string.h>
#include <stdlib.h>

typedef struct {
  const char *word;
  double value;
} NumberWord;

static const NumberWord scale_words[] = {
  { "ribu", 1e3 }, { "rb", 1e3 }, { "juta", 1e6 }, { "jt", 1e6 },
  { "miliar", 1e9 }, { "milyar", 1e9 }, { "triliun", 1e12 },
  { "trilyun", 1e12 },
  { "thousand", 1e3 }, { "million", 1e6 }, { "billion", 1e9 },
  { "trillion", 1e12 }, { "bn", 1e9 }, { "mn", 1e6 },
};

static const NumberWord number_words[] = {
  /* Indonesian */
  { "nol", 0 }, { "satu", 1 }, { "dua", 2 }, { "tiga", 3 }, { "empat", 4 },
  { "lima", 5 }, { "enam", 6 }, { "tujuh", 7 }, { "delapan", 8 },
  { "sembilan", 9 }, { "sepuluh", 10 }, { "sebelas", 11 },
  { "seratus", 100 }, { "seribu", 1000 }, { "sejuta", 1e6 },
  /* English */
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
  { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 },
  { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 },
  { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 },
  { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
  { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 },
  { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
  { "hundred", 100 }, { "dozen", 12 },
};

static const char *const vague_words[] = {
  "ribuan", "puluhan", "ratusan", "belasan", "jutaan", "miliaran",
  "beberapa", "sejumlah", "banyak",
  "thousands", "hundreds", "dozens", "tens", "millions", "billions",
  "several", "many", "numerous",
};

static double
lookup (const NumberWord *table, gsize n, const char *word, double missing)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (table[i].word, word) == 0)
      return table[i].value;
  return missing;
}

double
warta_number_scale_word (const char *folded_word)
{
  g_return_val_if_fail (folded_word != NULL, 0);
  return lookup (scale_words, G_N_ELEMENTS (scale_words), folded_word, 0);
}

double
warta_number_word (const char *folded_word)
{
  g_return_val_if_fail (folded_word != NULL, -1);
  return lookup (number_words, G_N_ELEMENTS (number_words), folded_word, -1);
}

gboolean
warta_number_is_vague (const char *folded_word)
{
  g_return_val_if_fail (folded_word != NULL, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (vague_words); i++)
    if (strcmp (vague_words[i], folded_word) == 0)
      return TRUE;
  return FALSE;
}

/* Skips a currency prefix ("US$", "S$", "$", "Rp", "Rp.", "€", "£"). */
static const char *
skip_currency (const char *s)
{
  static const char *const prefixes[] = {
    "US$", "us$", "S$", "A$", "Rp.", "Rp", "RP", "rp", "$", "€", "£", "¥",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (s, prefixes[i]))
      {
        s += strlen (prefixes[i]);
        while (*s == ' ')
          s++;
        return s;
      }
  return s;
}

typedef struct {
  char sep;            /* the separator seen ('.' or ','), or 0 */
  guint n_groups;      /* groups after the first */
  gboolean all_three;  /* every group after the first has 3 digits */
  gboolean first_ok;   /* first group has 1..3 digits */
} GroupShape;

/* Describes "d+ (sep d+)*" with a single separator kind.  Returns FALSE
 * when @s has another shape. */
static gboolean
group_shape (const char *s, GroupShape *shape)
{
  const char *p = s;
  gsize len = 0;

  memset (shape, 0, sizeof *shape);
  shape->all_three = TRUE;
  while (g_ascii_isdigit (*p))
    p++, len++;
  if (len == 0)
    return FALSE;
  shape->first_ok = len <= 3;
  while (*p == '.' || *p == ',')
    {
      if (shape->sep && *p != shape->sep)
        return FALSE;
      shape->sep = *p++;
      len = 0;
      while (g_ascii_isdigit (*p))
        p++, len++;
      if (len == 0)
        return FALSE;
      shape->n_groups++;
      if (len != 3)
        shape->all_three = FALSE;
    }
  return *p == '\0';
}

/* Copies @s without the characters equal to @drop, turning @dec into '.'. */
static double
strip_and_parse (const char *s, char drop, char dec)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  for (const char *p = s; *p; p++)
    {
      if (*p == drop)
        continue;
      g_string_append_c (buf, *p == dec ? '.' : *p);
    }
  return g_ascii_strtod (buf->str, NULL);
}

/* Mixed separators: "1.500,25" (id) or "1,500.25" (en); the last one is the
 * decimal mark. */
static gboolean
parse_mixed (const char *s, double *value)
{
  const char *last_dot = strrchr (s, '.');
  const char *last_comma = strrchr (s, ',');
  char dec = last_dot > last_comma ? '.' : ',';
  char thou = dec == '.' ? ',' : '.';
  const char *decpos = dec == '.' ? last_dot : last_comma;

  for (const char *p = s; *p; p++)
    {
      if (g_ascii_isdigit (*p) || *p == thou || p == decpos)
        continue;
      return FALSE;
    }
  if (!g_ascii_isdigit (s[0]) || !g_ascii_isdigit (decpos[1]))
    return FALSE;
  *value = strip_and_parse (s, thou, dec);
  return TRUE;
}

gboolean
warta_number_parse_numeral (const char *s, WartaLang lang, double *value)
{
  GroupShape shape;
  char thou = lang == WARTA_LANG_EN ? ',' : '.';
  char dec = lang == WARTA_LANG_EN ? '.' : ',';
  double v;

  g_return_val_if_fail (s != NULL, FALSE);
  s = skip_currency (s);
  if (!g_ascii_isdigit (*s))
    return FALSE;
  if (!group_shape (s, &shape))
    {
      if (!parse_mixed (s, &v))
        return FALSE;
    }
  else if (shape.sep == 0)
    v = g_ascii_strtod (s, NULL);
  else if (shape.sep == thou && shape.first_ok && shape.all_three)
    v = strip_and_parse (s, thou, 0);
  else if (shape.sep == dec && shape.n_groups == 1)
    v = strip_and_parse (s, 0, dec);
  else if (shape.sep == dec && shape.first_ok && shape.all_three)
    /* "10,000,000" in Indonesian text: only valid as thousands groups. */
    v = strip_and_parse (s, dec, 0);
  else if (shape.sep == thou && shape.n_groups == 1)
    /* "3.5" in Indonesian text: only valid as a decimal mark. */
    v = strip_and_parse (s, 0, thou);
  else
    return FALSE;
  if (value)
    *value = v;
  return TRUE;
}
