/* date.c: calendar dates over tokens, with their precision.
 *
 * What it does: recognises the date expressions of Indonesian and English
 * news in a token sequence ("24/10/2024", "Kamis (24/10/2024)", "(24/10)",
 * "18 Oktober 2024", "8 hingga 13 Oktober", "8-13 Oktober", "October 8-13",
 * "pada bulan Juni", "Februari 2022", "Agustus tahun lalu", "pada tahun
 * 2022", "pada awal bulan ini", "tahun lalu", "June 2024", "on 23 October")
 * and resolves missing years against a reference date (the publication
 * date): same year, or the previous one when that would put the date after
 * the reference.  Without a reference a year-less date keeps month
 * precision.  Also ISO parsing (for MANIFEST.tsv), comparison and xsd
 * lexical forms.
 *
 * What it does not: guess which date belongs to which event (the extractor
 * does), or resolve weekdays ("pada hari Jumat") and weeks ("pekan lalu"),
 * which are not calendar dates.  Month, day and relative-time words below
 * are grammar, not names.  Callers: the extractor, manifest.c, the tests. */
#include "warta-date.h"

#include <stdio.h>
#include <string.h>

#define XSD "http://www.w3.org/2001/XMLSchema#"

typedef struct {
  const char *name;
  int month;
  gboolean ambiguous; /* also an ordinary word or short: needs a number or "bulan" nearby */
} MonthName;

static const MonthName month_names[] = {
  { "januari", 1, FALSE }, { "februari", 2, FALSE }, { "pebruari", 2, FALSE },
  { "maret", 3, FALSE }, { "april", 4, FALSE }, { "mei", 5, FALSE },
  { "juni", 6, FALSE }, { "juli", 7, FALSE }, { "agustus", 8, FALSE },
  { "september", 9, FALSE }, { "oktober", 10, FALSE }, { "november", 11, FALSE },
  { "desember", 12, FALSE },
  { "january", 1, FALSE }, { "february", 2, FALSE }, { "march", 3, TRUE },
  { "may", 5, TRUE }, { "june", 6, FALSE }, { "july", 7, FALSE },
  { "august", 8, FALSE }, { "october", 10, FALSE }, { "december", 12, FALSE },
  { "jan", 1, TRUE }, { "feb", 2, TRUE }, { "mar", 3, TRUE }, { "apr", 4, TRUE },
  { "jun", 6, TRUE }, { "jul", 7, TRUE }, { "agu", 8, TRUE }, { "agt", 8, TRUE },
  { "ags", 8, TRUE }, { "aug", 8, TRUE }, { "sep", 9, TRUE }, { "sept", 9, TRUE },
  { "okt", 10, TRUE }, { "oct", 10, TRUE }, { "nov", 11, TRUE }, { "des", 12, TRUE },
  { "dec", 12, TRUE },
};

static const char *const day_names[] = {
  "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "sabtu",
  "minggu", "ahad", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday",
};

static const char *const range_words[] = {
  "hingga", "sampai", "-", "–", "—", "to", "until", "through", "till",
};

/* Words before a bare year that make it a year ("pada 2022", "since 1953"). */
static const char *const year_cues[] = {
  "pada", "tahun", "sejak", "hingga", "sampai", "sebelum", "setelah", "awal",
  "akhir", "pertengahan", "in", "since", "until", "before", "after", "early",
  "late", "mid", "-", "–",
};

static const MonthName *
month_entry (const char *folded)
{
  for (gsize i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strcmp (month_names[i].name, folded) == 0)
      return &month_names[i];
  return NULL;
}

gboolean
warta_date_is_calendar_word (const char *folded)
{
  for (gsize i = 0; i < G_N_ELEMENTS (day_names); i++)
    if (strcmp (day_names[i], folded) == 0)
      return TRUE;
  return month_entry (folded) != NULL;
}

int
warta_date_month_from_name (const char *folded)
{
  const MonthName *m;
  g_return_val_if_fail (folded != NULL, 0);
  m = month_entry (folded);
  return m ? m->month : 0;
}

static gboolean
in_list (const char *const *list, gsize n, const char *w)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], w) == 0)
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Token helpers                                                        */

static const WartaToken *
tok_at (const WartaTokens *toks, guint i)
{
  return i < toks->tokens->len ? warta_tokens_get (toks, i) : NULL;
}

static gboolean
fold_is (const WartaTokens *toks, guint i, const char *w)
{
  const WartaToken *t = tok_at (toks, i);
  return t != NULL && strcmp (t->fold, w) == 0;
}

static gboolean
fold_in (const WartaTokens *toks, guint i, const char *const *list, gsize n)
{
  const WartaToken *t = tok_at (toks, i);
  return t != NULL && in_list (list, n, t->fold);
}

static gboolean
all_digits (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* A plain integer token (no separators, no money) in [lo, hi]. */
static gboolean
int_at (const WartaTokens *toks, guint i, int lo, int hi, int *value)
{
  const WartaToken *t = tok_at (toks, i);
  if (t == NULL || t->kind != WARTA_TOKEN_NUMBER || t->is_money || !all_digits (t->text))
    return FALSE;
  if (t->number < lo || t->number > hi)
    return FALSE;
  *value = (int) t->number;
  return TRUE;
}

static gboolean
day_at (const WartaTokens *toks, guint i, int *d)
{
  return int_at (toks, i, 1, 31, d);
}

static gboolean
year_at (const WartaTokens *toks, guint i, int *y)
{
  const WartaToken *t = tok_at (toks, i);
  return t != NULL && strlen (t->text) == 4 && int_at (toks, i, 1800, 2199, y);
}

/* A month name at @i (with an optional abbreviation '.').  @context says
 * whether a number or "bulan" backs it up; ambiguous names need it, and
 * every name must be capitalised unless backed up.  Returns tokens used. */
static guint
month_at (const WartaTokens *toks, guint i, gboolean context, int *month)
{
  const WartaToken *t = tok_at (toks, i);
  const MonthName *m;
  if (t == NULL || t->kind != WARTA_TOKEN_WORD || (m = month_entry (t->fold)) == NULL)
    return 0;
  if (!context && (m->ambiguous || !t->capitalized))
    return 0;
  *month = m->month;
  /* "Des. 2023", "Oct. 8": the stop belongs to the date only before a number. */
  if (fold_is (toks, i + 1, ".") && tok_at (toks, i + 2) != NULL
      && tok_at (toks, i + 2)->kind == WARTA_TOKEN_NUMBER)
    return 2;
  return 1;
}

/* ------------------------------------------------------------------ */
/* Raw dates: year 0 means "not written"                                */

typedef struct {
  int y, m, d;
  WartaDatePrecision p; /* precision once the year is known */
} Raw;

static gboolean
valid_raw (const Raw *r)
{
  if (r->p == WARTA_DATE_DAY)
    return g_date_valid_dmy ((GDateDay) r->d, (GDateMonth) r->m,
                             (GDateYear) (r->y ? r->y : 2000));
  if (r->p == WARTA_DATE_YEAR_MONTH)
    return r->m >= 1 && r->m <= 12;
  return r->y > 0;
}

static gboolean
ref_known (const WartaDate *ref)
{
  return ref != NULL && ref->precision != WARTA_DATE_NONE && ref->precision != WARTA_DATE_MONTH;
}

/* Is month/day (year assumed equal) after the reference? */
static gboolean
after_ref (const Raw *r, const WartaDate *ref)
{
  if (ref->precision == WARTA_DATE_YEAR)
    return FALSE;
  if (r->m != ref->month)
    return r->m > ref->month;
  return r->p == WARTA_DATE_DAY && ref->precision == WARTA_DATE_DAY && r->d > ref->day;
}

static WartaDate
resolve (const Raw *r, const WartaDate *ref)
{
  WartaDate d = { r->y, r->m, r->d, r->p };
  if (r->y != 0 || r->p == WARTA_DATE_YEAR)
    return d;
  if (!ref_known (ref))
    {
      d.precision = WARTA_DATE_MONTH;
      return d;
    }
  d.year = ref->year - (after_ref (r, ref) ? 1 : 0);
  return d;
}

/* Month @delta months from the reference month. */
static Raw
ref_month (const WartaDate *ref, int delta)
{
  Raw r = { ref->year, ref->month + delta, 0, WARTA_DATE_YEAR_MONTH };
  while (r.m < 1)
    r.m += 12, r.y--;
  while (r.m > 12)
    r.m -= 12, r.y++;
  return r;
}

/* ------------------------------------------------------------------ */
/* Single expressions.  Each returns tokens consumed or 0.              */

static guint
match_slash (const WartaTokens *toks, guint i, Raw *r)
{
  const WartaToken *t = tok_at (toks, i);
  int d, m, y = 0, n;
  char tail;

  if (t == NULL || t->kind != WARTA_TOKEN_WORD || strchr (t->text, '/') == NULL)
    return 0;
  n = sscanf (t->text, "%2d/%2d/%4d%c", &d, &m, &y, &tail);
  if (n == 3 && strlen (strrchr (t->text, '/') + 1) == 2)
    y += 2000;
  else if (n == 3 && strlen (strrchr (t->text, '/') + 1) != 4)
    return 0;
  if (n != 3 && !(n == 2 && strchr (strchr (t->text, '/') + 1, '/') == NULL))
    return 0;
  *r = (Raw) { n == 3 ? y : 0, m, d, WARTA_DATE_DAY };
  return valid_raw (r) ? 1 : 0;
}

/* "23 Oktober [2024]" */
static guint
match_day_month (const WartaTokens *toks, guint i, Raw *r)
{
  int d, m, y = 0;
  guint n;
  if (!day_at (toks, i, &d) || (n = month_at (toks, i + 1, TRUE, &m)) == 0)
    return 0;
  n += 1;
  if (year_at (toks, i + n, &y))
    n++;
  *r = (Raw) { y, m, d, WARTA_DATE_DAY };
  return valid_raw (r) ? n : 0;
}

/* "October 23[, 2024]" */
static guint
match_month_day (const WartaTokens *toks, guint i, Raw *r)
{
  int d, m, y = 0;
  guint n = month_at (toks, i, TRUE, &m);
  const WartaToken *t = tok_at (toks, i);
  if (n == 0 || !t->capitalized || !day_at (toks, i + n, &d))
    return 0;
  n++;
  if (fold_is (toks, i + n, ",") && year_at (toks, i + n + 1, &y))
    n += 2;
  else if (year_at (toks, i + n, &y))
    n++;
  *r = (Raw) { y, m, d, WARTA_DATE_DAY };
  return valid_raw (r) ? n : 0;
}

/* "Februari 2022", "Agustus tahun lalu", "August last year", "[bulan] Juni" */
static guint
match_month (const WartaTokens *toks, guint i, const WartaDate *ref, Raw *r)
{
  guint lead = fold_is (toks, i, "bulan") ? 1 : 0;
  gboolean cue = lead || (i > 0 && (fold_is (toks, i - 1, "in") || fold_is (toks, i - 1, "pada")
                                    || fold_is (toks, i - 1, "sejak")));
  int m, y;
  guint n = month_at (toks, i + lead, cue, &m);

  if (n == 0)
    {
      int dummy;
      n = month_at (toks, i + lead, TRUE, &m);
      if (n == 0 || !year_at (toks, i + lead + n, &dummy))
        return 0;
    }
  n += lead;
  *r = (Raw) { 0, m, 0, WARTA_DATE_YEAR_MONTH };
  if (year_at (toks, i + n, &y))
    {
      r->y = y;
      return n + 1;
    }
  if ((fold_is (toks, i + n, "tahun") && fold_is (toks, i + n + 1, "lalu"))
      || (fold_is (toks, i + n, "last") && fold_is (toks, i + n + 1, "year")))
    {
      if (ref_known (ref))
        r->y = ref->year - 1;
      return n + 2;
    }
  if ((fold_is (toks, i + n, "tahun") && fold_is (toks, i + n + 1, "ini"))
      || (fold_is (toks, i + n, "this") && fold_is (toks, i + n + 1, "year")))
    {
      if (ref_known (ref))
        r->y = ref->year;
      return n + 2;
    }
  return n;
}

/* "tahun 2022", "pada 2022" (the year token only), "tahun lalu", "last year" */
static guint
match_year (const WartaTokens *toks, guint i, const WartaDate *ref, Raw *r)
{
  int y;
  if (fold_is (toks, i, "tahun") && year_at (toks, i + 1, &y))
    {
      *r = (Raw) { y, 0, 0, WARTA_DATE_YEAR };
      return 2;
    }
  if (year_at (toks, i, &y) && i > 0 && fold_in (toks, i - 1, year_cues, G_N_ELEMENTS (year_cues)))
    {
      *r = (Raw) { y, 0, 0, WARTA_DATE_YEAR };
      return 1;
    }
  if (!ref_known (ref))
    return 0;
  if ((fold_is (toks, i, "tahun") || fold_is (toks, i, "this") || fold_is (toks, i, "last"))
      && (fold_is (toks, i + 1, "lalu") || fold_is (toks, i + 1, "ini") || fold_is (toks, i + 1, "year")))
    {
      gboolean last = fold_is (toks, i, "last") || fold_is (toks, i + 1, "lalu");
      if (fold_is (toks, i, "tahun") == fold_is (toks, i + 1, "year"))
        return 0; /* "tahun year", "this ini" */
      *r = (Raw) { ref->year - (last ? 1 : 0), 0, 0, WARTA_DATE_YEAR };
      return 2;
    }
  return 0;
}

/* "[awal] bulan ini", "bulan lalu", "this month", "last month" */
static guint
match_this_month (const WartaTokens *toks, guint i, const WartaDate *ref, Raw *r)
{
  static const char *const parts[] = { "awal", "akhir", "pertengahan", "early", "late", "mid" };
  guint lead = fold_in (toks, i, parts, G_N_ELEMENTS (parts)) ? 1 : 0;
  guint j = i + lead;
  int delta;

  if (!ref_known (ref) || ref->precision == WARTA_DATE_YEAR)
    return 0;
  if (fold_is (toks, j, "bulan") && fold_is (toks, j + 1, "ini"))
    delta = 0;
  else if (fold_is (toks, j, "bulan") && fold_is (toks, j + 1, "lalu"))
    delta = -1;
  else if (fold_is (toks, j, "this") && fold_is (toks, j + 1, "month"))
    delta = 0;
  else if (fold_is (toks, j, "last") && fold_is (toks, j + 1, "month"))
    delta = -1;
  else
    return 0;
  *r = ref_month (ref, delta);
  return lead + 2;
}

static guint match_simple (const WartaTokens *toks, guint i, const WartaDate *ref, Raw *r);

/* "Kamis (24/10/2024)", "Jumat, 25 Oktober 2024" */
static guint
match_day_name (const WartaTokens *toks, guint i, const WartaDate *ref, Raw *r)
{
  guint n;
  if (!fold_in (toks, i, day_names, G_N_ELEMENTS (day_names)))
    return 0;
  if (fold_is (toks, i + 1, "(") && (n = match_slash (toks, i + 2, r)) != 0
      && fold_is (toks, i + 2 + n, ")"))
    return n + 3;
  if (fold_is (toks, i + 1, ",") && (n = match_simple (toks, i + 2, ref, r)) != 0
      && r->p == WARTA_DATE_DAY)
    return n + 2;
  if ((n = match_day_month (toks, i + 1, r)) != 0)
    return n + 1;
  return 0;
}

static guint
match_simple (const WartaTokens *toks, guint i, const WartaDate *ref, Raw *r)
{
  guint n;
  if ((n = match_day_name (toks, i, ref, r)) != 0)
    return n;
  if ((n = match_slash (toks, i, r)) != 0)
    return n;
  if ((n = match_day_month (toks, i, r)) != 0)
    return n;
  if ((n = match_month_day (toks, i, r)) != 0)
    return n;
  if ((n = match_month (toks, i, ref, r)) != 0)
    return n;
  if ((n = match_this_month (toks, i, ref, r)) != 0)
    return n;
  return match_year (toks, i, ref, r);
}

/* ------------------------------------------------------------------ */
/* Ranges                                                               */

static gboolean
range_word_at (const WartaTokens *toks, guint i)
{
  return fold_in (toks, i, range_words, G_N_ELEMENTS (range_words));
}

/* "8 hingga 13 Oktober [2024]", "8-13 Oktober" */
static guint
match_day_range (const WartaTokens *toks, guint i, Raw *a, Raw *b)
{
  int d1;
  guint n;
  if (!day_at (toks, i, &d1) || !range_word_at (toks, i + 1)
      || (n = match_day_month (toks, i + 2, b)) == 0)
    return 0;
  *a = *b;
  a->d = d1;
  return valid_raw (a) && d1 < b->d ? n + 2 : 0;
}

/* "October 8-13[, 2024]" */
static guint
match_month_day_range (const WartaTokens *toks, guint i, Raw *a, Raw *b)
{
  int d2, y;
  guint n = match_month_day (toks, i, a);
  if (n == 0 || a->y != 0 || !range_word_at (toks, i + n) || !day_at (toks, i + n + 1, &d2))
    return 0;
  n += 2;
  *b = *a;
  b->d = d2;
  if (fold_is (toks, i + n, ",") && year_at (toks, i + n + 1, &y))
    n += 2, a->y = b->y = y;
  else if (year_at (toks, i + n, &y))
    n++, a->y = b->y = y;
  return valid_raw (b) && a->d < d2 ? n : 0;
}

static void
fill_match (WartaDateMatch *out, guint i, guint n, const Raw *a, const Raw *b,
            const WartaDate *ref)
{
  memset (out, 0, sizeof *out);
  out->first_token = i;
  out->n_tokens = n;
  out->start = resolve (a, ref);
  if (b != NULL)
    out->end = resolve (b, ref);
}

gboolean
warta_date_match (const WartaTokens *toks, guint i, const WartaDate *ref,
                  WartaDateMatch *out)
{
  Raw a, b;
  guint n, m;

  g_return_val_if_fail (toks != NULL && out != NULL, FALSE);
  if (i >= toks->tokens->len)
    return FALSE;
  if ((n = match_day_range (toks, i, &a, &b)) != 0
      || (n = match_month_day_range (toks, i, &a, &b)) != 0)
    {
      fill_match (out, i, n, &a, &b, ref);
      return TRUE;
    }
  if ((n = match_simple (toks, i, ref, &a)) == 0)
    return FALSE;
  if (a.p == WARTA_DATE_YEAR_MONTH && a.y == 0 && !ref_known (ref)
      && (fold_is (toks, i + n - 1, "lalu") || fold_is (toks, i + n - 1, "ini")
          || fold_is (toks, i + n - 1, "year")))
    n -= 2; /* "Agustus tahun lalu" without a reference: the month only */
  if (range_word_at (toks, i + n) && (m = match_simple (toks, i + n + 1, ref, &b)) != 0
      && b.p == a.p)
    {
      if (a.y == 0 && b.y != 0)
        a.y = b.y;
      fill_match (out, i, n + 1 + m, &a, &b, ref);
      return TRUE;
    }
  fill_match (out, i, n, &a, NULL, ref);
  return TRUE;
}

GArray *
warta_date_find_all (const WartaTokens *toks, const WartaDate *ref)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (WartaDateMatch));
  g_return_val_if_fail (toks != NULL, out);
  for (guint i = 0; i < toks->tokens->len;)
    {
      WartaDateMatch m;
      if (warta_date_match (toks, i, ref, &m))
        {
          g_array_append_val (out, m);
          i += m.n_tokens;
        }
      else
        i++;
    }
  return out;
}

/* ------------------------------------------------------------------ */

char *
warta_date_to_xsd (const WartaDate *d, const char **datatype_iri)
{
  const char *dt = NULL;
  char *s = NULL;

  g_return_val_if_fail (d != NULL, NULL);
  switch (d->precision)
    {
    case WARTA_DATE_MONTH:
      dt = XSD "gMonth";
      s = g_strdup_printf ("--%02d", d->month);
      break;
    case WARTA_DATE_YEAR:
      dt = XSD "gYear";
      s = g_strdup_printf ("%04d", d->year);
      break;
    case WARTA_DATE_YEAR_MONTH:
      dt = XSD "gYearMonth";
      s = g_strdup_printf ("%04d-%02d", d->year, d->month);
      break;
    case WARTA_DATE_DAY:
      dt = XSD "date";
      s = g_strdup_printf ("%04d-%02d-%02d", d->year, d->month, d->day);
      break;
    case WARTA_DATE_NONE:
    default:
      break;
    }
  if (datatype_iri)
    *datatype_iri = dt;
  return s;
}

gboolean
warta_date_parse_iso (const char *s, WartaDate *out)
{
  int y = 0, m = 0, d = 0;
  gsize len;

  g_return_val_if_fail (s != NULL && out != NULL, FALSE);
  len = strlen (s);
  memset (out, 0, sizeof *out);
  if (len == 4 && sscanf (s, "%4d", &y) == 1 && all_digits (s))
    *out = (WartaDate) { y, 0, 0, WARTA_DATE_YEAR };
  else if (len == 7 && sscanf (s, "%4d-%2d", &y, &m) == 2 && s[4] == '-'
           && m >= 1 && m <= 12)
    *out = (WartaDate) { y, m, 0, WARTA_DATE_YEAR_MONTH };
  else if (len == 10 && sscanf (s, "%4d-%2d-%2d", &y, &m, &d) == 3 && s[4] == '-'
           && s[7] == '-' && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    *out = (WartaDate) { y, m, d, WARTA_DATE_DAY };
  else
    return FALSE;
  return TRUE;
}

int
warta_date_compare (const WartaDate *a, const WartaDate *b)
{
  int ka[3] = { a->year, a->month ? a->month : 1, a->day ? a->day : 1 };
  int kb[3] = { b->year, b->month ? b->month : 1, b->day ? b->day : 1 };
  for (int i = 0; i < 3; i++)
    if (ka[i] != kb[i])
      return ka[i] < kb[i] ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  return 0;
}
