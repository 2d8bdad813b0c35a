/* manifest.c: article metadata from corpus/MANIFEST.tsv and from the text.
 *
 * What it does: loads the manifest (TSV: file, publisher, place, date,
 * language; '#' comments; one header line), and guesses the same facts
 * from an article's own words: a dateline "KONTAN.CO.ID - JAKARTA.",
 * "Liputan6.com, Kyiv -" or "JAKARTA, KOMPAS.com -" gives publisher and
 * place; the first full date in the opening paragraph gives the
 * publication date, moved forward to a later weekday-anchored date in the
 * article ("Jumat (25/10)") within a week of it, since such a date is the
 * day the article reports from; the language comes from
 * warta_guess_language.
 *
 * What it does not: know any publisher (the name is read off the dateline),
 * or decide how metadata is written to the graph (emit.c).  Callers: the
 * build command and the tests. */
#include "warta-manifest.h"
#include "warta-error.h"

#include <string.h>

WartaArticleMeta *
warta_article_meta_new (const char *id)
{
  WartaArticleMeta *m = g_new0 (WartaArticleMeta, 1);
  m->id = g_strdup (id);
  return m;
}

void
warta_article_meta_free (WartaArticleMeta *m)
{
  if (m == NULL)
    return;
  g_free (m->id);
  g_free (m->publisher);
  g_free (m->place);
  g_free (m->language);
  g_free (m);
}

void
warta_article_meta_merge (WartaArticleMeta *into, const WartaArticleMeta *from)
{
  g_return_if_fail (into != NULL);
  if (from == NULL)
    return;
  if (into->id == NULL)
    into->id = g_strdup (from->id);
  if (into->publisher == NULL)
    into->publisher = g_strdup (from->publisher);
  if (into->place == NULL)
    into->place = g_strdup (from->place);
  if (into->language == NULL)
    into->language = g_strdup (from->language);
  if (into->date.precision == WARTA_DATE_NONE)
    into->date = from->date;
}

/* ------------------------------------------------------------------ */
/* Loading                                                              */

static char *
field_or_null (char **fields, guint n, guint i)
{
  const char *f;
  if (i >= n)
    return NULL;
  f = g_strstrip (fields[i]);
  return *f ? g_strdup (f) : NULL;
}

static gboolean
parse_row (const char *line, WartaArticleMeta **out, GError **error)
{
  g_auto (GStrv) fields = g_strsplit (line, "\t", -1);
  guint n = g_strv_length (fields);
  g_autoptr (WartaArticleMeta) m = NULL;
  g_autofree char *date = NULL;

  if (n > 5)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%u fields, expected at most 5", n);
      return FALSE;
    }
  m = warta_article_meta_new (NULL);
  m->id = field_or_null (fields, n, 0);
  if (m->id == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "empty file name");
      return FALSE;
    }
  m->publisher = field_or_null (fields, n, 1);
  m->place = field_or_null (fields, n, 2);
  date = field_or_null (fields, n, 3);
  m->language = field_or_null (fields, n, 4);
  if (date != NULL && !warta_date_parse_iso (date, &m->date))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE,
                   "bad date “%s” (expected YYYY-MM-DD, YYYY-MM or YYYY)", date);
      return FALSE;
    }
  *out = g_steal_pointer (&m);
  return TRUE;
}

GHashTable *
warta_manifest_load (const char *path, GError **error)
{
  g_autoptr (GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) warta_article_meta_free);
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  gboolean header_seen = FALSE;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&table);
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  if (!g_utf8_validate_len (data, len, NULL))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_INVALID_UTF8, "%s: not valid UTF-8", path);
      return NULL;
    }
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      WartaArticleMeta *m = NULL;
      g_strchomp (line); /* also drops a CR */
      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (!header_seen)
        {
          header_seen = TRUE;
          continue;
        }
      if (!parse_row (line, &m, error))
        {
          g_prefix_error (error, "%s:%u: ", path, i + 1);
          return NULL;
        }
      g_hash_table_replace (table, m->id, m);
    }
  return g_steal_pointer (&table);
}

/* ------------------------------------------------------------------ */
/* Guessing from the text                                               */

/* "JAKARTA" -> "Jakarta"; mixed-case names are kept as written. */
static char *
tidy_name (const char *s)
{
  g_autofree char *down = NULL;
  GString *out;
  gboolean start = TRUE;
  gboolean any_lower = FALSE;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      any_lower = TRUE;
  if (any_lower)
    return g_strdup (s);
  down = g_utf8_strdown (s, -1);
  out = g_string_new (NULL);
  for (const char *p = down; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, start ? g_unichar_totitle (c) : c);
      start = !g_unichar_isalpha (c);
    }
  return g_string_free (out, FALSE);
}

typedef struct {
  const char *pattern;
  int publisher_group;
  int place_group;
} DatelineForm;

#define PUB "([A-Za-z][A-Za-z0-9]*)(?:\\.[A-Za-z]{2,3})+"
#define PLACE "(\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*){0,2})"
#define DASH "[-–—]"

static const DatelineForm dateline_forms[] = {
  /* KONTAN.CO.ID - JAKARTA. */
  { "^\\s*" PUB "\\s*" DASH "\\s*" PLACE "\\s*[.,:]?\\s", 1, 2 },
  /* Liputan6.com, Kyiv - */
  { "^\\s*" PUB "\\s*,\\s*" PLACE "\\s*" DASH "\\s", 1, 2 },
  /* JAKARTA, KOMPAS.com - */
  { "^\\s*" PLACE "\\s*,\\s*" PUB "\\s*" DASH "\\s", 2, 1 },
};

static void
guess_dateline (const char *line, WartaArticleMeta *m)
{
  for (gsize i = 0; i < G_N_ELEMENTS (dateline_forms); i++)
    {
      g_autoptr (GRegex) re = g_regex_new (dateline_forms[i].pattern, 0, 0, NULL);
      g_autoptr (GMatchInfo) mi = NULL;
      if (re == NULL || !g_regex_match (re, line, 0, &mi))
        continue;
      {
        g_autofree char *pub = g_match_info_fetch (mi, dateline_forms[i].publisher_group);
        g_autofree char *place = g_match_info_fetch (mi, dateline_forms[i].place_group);
        m->publisher = tidy_name (pub);
        m->place = tidy_name (place);
      }
      return;
    }
}

/* The first non-empty line of the document, [start, end). */
static gboolean
opening_paragraph (const WartaDocument *doc, gsize *start, gsize *end)
{
  gsize s = 0;
  while (s < doc->len)
    {
      gsize e = s;
      while (e < doc->len && doc->text[e] != '\n')
        e++;
      for (gsize k = s; k < e; k++)
        if (!g_ascii_isspace (doc->text[k]))
          {
            *start = s;
            *end = e;
            return TRUE;
          }
      s = e + 1;
    }
  return FALSE;
}

static gboolean
first_full_date (const WartaTokens *toks, WartaDate *out)
{
  g_autoptr (GArray) dates = warta_date_find_all (toks, NULL);
  for (guint i = 0; i < dates->len; i++)
    {
      const WartaDateMatch *dm = &g_array_index (dates, WartaDateMatch, i);
      if (dm->start.precision == WARTA_DATE_DAY)
        {
          *out = dm->start;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
starts_with_day_name (const WartaTokens *toks, guint i)
{
  static const char *const names[] = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };
  const char *f = warta_tokens_get (toks, i)->fold;
  for (gsize k = 0; k < G_N_ELEMENTS (names); k++)
    if (strcmp (names[k], f) == 0)
      return TRUE;
  return FALSE;
}

static int
day_number (const WartaDate *d)
{
  g_autoptr (GDate) g = g_date_new_dmy ((GDateDay) d->day, (GDateMonth) d->month,
                                        (GDateYear) d->year);
  return (int) g_date_get_julian (g);
}

/* Moves @date to the latest weekday-anchored date ("Jumat (25/10)") of the
 * text that lies within a week after it. */
static void
latest_anchored_date (WartaStemmer *st, const WartaDocument *doc, WartaDate *date)
{
  g_autoptr (WartaTokens) toks = warta_tokenize (st, doc->text, 0, doc->len);
  g_autoptr (GDate) week_later = g_date_new_dmy ((GDateDay) date->day, (GDateMonth) date->month,
                                                 (GDateYear) date->year);
  g_autoptr (GArray) dates = NULL;
  WartaDate ref, best = *date;

  /* Year-less dates resolve against a week later, so "(25/10)" after
   * "(24/10/2024)" stays in 2024. */
  g_date_add_days (week_later, 7);
  ref = (WartaDate) { g_date_get_year (week_later), g_date_get_month (week_later),
                      g_date_get_day (week_later), WARTA_DATE_DAY };
  dates = warta_date_find_all (toks, &ref);

  for (guint i = 0; i < dates->len; i++)
    {
      const WartaDateMatch *dm = &g_array_index (dates, WartaDateMatch, i);
      int delta;
      if (dm->start.precision != WARTA_DATE_DAY || !starts_with_day_name (toks, dm->first_token))
        continue;
      delta = day_number (&dm->start) - day_number (date);
      if (delta > 0 && delta <= 7 && warta_date_compare (&dm->start, &best) > 0)
        best = dm->start;
    }
  *date = best;
}

static void
guess_date (WartaStemmer *st, const WartaDocument *doc, WartaArticleMeta *m)
{
  gsize s, e;
  g_autoptr (WartaTokens) toks = NULL;

  if (!opening_paragraph (doc, &s, &e))
    return;
  toks = warta_tokenize (st, doc->text, s, e);
  if (first_full_date (toks, &m->date))
    latest_anchored_date (st, doc, &m->date);
}

WartaArticleMeta *
warta_article_meta_guess (const WartaDocument *doc)
{
  WartaArticleMeta *m;
  WartaLang lang;
  g_autoptr (WartaStemmer) st = NULL;
  gsize s, e;

  g_return_val_if_fail (doc != NULL, NULL);
  m = warta_article_meta_new (doc->id);
  lang = warta_guess_language (doc->text, doc->len);
  m->language = g_strdup (lang == WARTA_LANG_EN ? "en" : "id");
  if (opening_paragraph (doc, &s, &e))
    {
      g_autofree char *line = g_strndup (doc->text + s, e - s);
      guess_dateline (line, m);
    }
  st = warta_stemmer_new (lang);
  guess_date (st, doc, m);
  return m;
}
