/* test-date.c: every date form, year resolution, ranges, ISO, xsd. */
#include <string.h>
#include "warta-date.h"

typedef struct {
  const char *text;
  const char *ref;      /* ISO or NULL */
  const char *start;    /* xsd lexical form of the first match, NULL: no date */
  const char *end;      /* or NULL */
  const char *first;    /* text of the first token of the match */
} Case;

static const Case cases[] = {
  { "pada hari Kamis (24/10/2024) bahwa", NULL, "2024-10-24", NULL, "Kamis" },
  { "dilansir CNA, Jumat (25/10).", "2024-10-25", "2024-10-25", NULL, "Jumat" },
  { "pada (24/10) lalu", "2024-10-25", "2024-10-24", NULL, "24/10" },
  { "tanggal 24/10/2024", NULL, "2024-10-24", NULL, "24/10/2024" },
  { "diterbitkan pada 18 Oktober 2024 ini", NULL, "2024-10-18", NULL, "18" },
  { "dari tanggal 8 hingga 13 Oktober.", "2024-10-25", "2024-10-08", "2024-10-13", "8" },
  { "pada 8-13 Oktober", "2024-10-25", "2024-10-08", "2024-10-13", "8" },
  { "8 sampai 13 Oktober 2023", NULL, "2023-10-08", "2023-10-13", "8" },
  { "8 hingga 13 Oktober", NULL, "--10", "--10", "8" },
  { "ditandatangani pada bulan Juni", "2024-10-25", "2024-06", NULL, "bulan" },
  { "pada bulan November", "2024-10-25", "2023-11", NULL, "bulan" },
  { "pada bulan Juni", NULL, "--06", NULL, "bulan" },
  { "Sejak Agustus tahun lalu, Korea", "2024-10", "2023-08", NULL, "Agustus" },
  { "Agustus tahun lalu", NULL, "--08", NULL, "Agustus" },
  { "pada tahun 2022", NULL, "2022", NULL, "tahun" },
  { "pada tahun 1973, namun", NULL, "1973", NULL, "tahun" },
  { "pada bulan Februari 2022", NULL, "2022-02", NULL, "bulan" },
  { "Februari 2022", NULL, "2022-02", NULL, "Februari" },
  { "pada awal bulan ini", "2024-10-25", "2024-10", NULL, "awal" },
  { "pada awal bulan ini", NULL, NULL, NULL, NULL },
  { "US$540 juta tahun lalu", "2024-10-25", "2023", NULL, "tahun" },
  { "konferensi pers pekan lalu", "2024-10-25", NULL, NULL, NULL },
  { "said last week", "2024-10-25", NULL, NULL, NULL },
  { "on 23 October", "2024-10-25", "2024-10-23", NULL, "23" },
  { "on October 23, 2024", NULL, "2024-10-23", NULL, "October" },
  { "between October 8-13", "2024-10-25", "2024-10-08", "2024-10-13", "October" },
  { "in June 2024", NULL, "2024-06", NULL, "June" },
  { "in May", "2024-10-25", "2024-05", NULL, "May" },
  { "you may go", "2024-10-25", NULL, NULL, NULL },
  { "pada 1950 hingga 1953", NULL, "1950", "1953", "1950" },
  { "pada 23 Des. 2023", NULL, "2023-12-23", NULL, "23" },
  { "on Oct. 8, 2024", NULL, "2024-10-08", NULL, "Oct" },
  { "Kamis, 24 Oktober 2024", NULL, "2024-10-24", NULL, "Kamis" },
  { "mengirim 3.000 tentara", "2024-10-25", NULL, NULL, NULL },
  { "31 Februari 2024", NULL, "2024-02", NULL, "Februari" }, /* no 31 Feb */
  { "pada hari Jumat", "2024-10-25", NULL, NULL, NULL },
};

static void
check_case (WartaStemmer *st, const Case *c)
{
  g_autoptr (WartaTokens) toks = warta_tokenize (st, c->text, 0, strlen (c->text));
  WartaDate ref;
  g_autoptr (GArray) found = NULL;
  const WartaDateMatch *m;
  g_autofree char *s = NULL, *e = NULL;

  g_test_message ("%s", c->text);
  if (c->ref)
    g_assert_true (warta_date_parse_iso (c->ref, &ref));
  found = warta_date_find_all (toks, c->ref ? &ref : NULL);
  if (c->start == NULL)
    {
      g_assert_cmpuint (found->len, ==, 0);
      return;
    }
  g_assert_cmpuint (found->len, >=, 1);
  m = &g_array_index (found, WartaDateMatch, 0);
  s = warta_date_to_xsd (&m->start, NULL);
  e = warta_date_to_xsd (&m->end, NULL);
  g_assert_cmpstr (s, ==, c->start);
  g_assert_cmpstr (e, ==, c->end);
  g_assert_cmpstr (warta_tokens_get (toks, m->first_token)->text, ==, c->first);
  g_assert_cmpuint (m->n_tokens, >=, 1);
}

static void
test_forms (void)
{
  g_autoptr (WartaStemmer) st = warta_stemmer_new (WARTA_LANG_ID);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    check_case (st, &cases[i]);
}

static void
test_match_at (void)
{
  const char *text = "dari tanggal 8 hingga 13 Oktober dan Kamis (24/10/2024)";
  g_autoptr (WartaStemmer) st = warta_stemmer_new (WARTA_LANG_ID);
  g_autoptr (WartaTokens) toks = warta_tokenize (st, text, 0, strlen (text));
  g_autoptr (GArray) all = warta_date_find_all (toks, NULL);
  WartaDateMatch m;

  g_assert_false (warta_date_match (toks, 0, NULL, &m));
  g_assert_true (warta_date_match (toks, 2, NULL, &m));
  g_assert_cmpuint (m.first_token, ==, 2);
  g_assert_cmpuint (m.n_tokens, ==, 4);
  g_assert_cmpint (m.start.precision, ==, WARTA_DATE_MONTH);
  g_assert_cmpint (m.start.day, ==, 8);
  g_assert_cmpint (m.end.day, ==, 13);
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpint (g_array_index (all, WartaDateMatch, 1).start.precision, ==, WARTA_DATE_DAY);
  g_assert_cmpuint (g_array_index (all, WartaDateMatch, 1).n_tokens, ==, 4);
}

static void
test_stop_not_consumed (void)
{
  const char *text = "pada bulan Juni. Lalu";
  g_autoptr (WartaStemmer) st = warta_stemmer_new (WARTA_LANG_ID);
  g_autoptr (WartaTokens) toks = warta_tokenize (st, text, 0, strlen (text));
  WartaDateMatch m;
  g_assert_true (warta_date_match (toks, 1, NULL, &m));
  g_assert_cmpuint (m.n_tokens, ==, 2);
}

static void
test_month_names (void)
{
  g_assert_cmpint (warta_date_month_from_name ("januari"), ==, 1);
  g_assert_cmpint (warta_date_month_from_name ("agt"), ==, 8);
  g_assert_cmpint (warta_date_month_from_name ("okt"), ==, 10);
  g_assert_cmpint (warta_date_month_from_name ("des"), ==, 12);
  g_assert_cmpint (warta_date_month_from_name ("mei"), ==, 5);
  g_assert_cmpint (warta_date_month_from_name ("december"), ==, 12);
  g_assert_cmpint (warta_date_month_from_name ("rabu"), ==, 0);
  /* weekdays and months are calendar words, names are not */
  g_assert_true (warta_date_is_calendar_word ("selasa"));
  g_assert_true (warta_date_is_calendar_word ("tuesday"));
  g_assert_true (warta_date_is_calendar_word ("mei"));
  g_assert_false (warta_date_is_calendar_word ("lukusa"));
}

static void
test_iso_and_xsd (void)
{
  WartaDate d, e;
  const char *dt = NULL;
  g_autofree char *s1 = NULL, *s2 = NULL, *s3 = NULL, *s4 = NULL;

  g_assert_true (warta_date_parse_iso ("2024-10-25", &d));
  g_assert_cmpint (d.precision, ==, WARTA_DATE_DAY);
  s1 = warta_date_to_xsd (&d, &dt);
  g_assert_cmpstr (s1, ==, "2024-10-25");
  g_assert_cmpstr (dt, ==, "http://www.w3.org/2001/XMLSchema#date");
  g_assert_true (warta_date_parse_iso ("2024-06", &e));
  s2 = warta_date_to_xsd (&e, &dt);
  g_assert_cmpstr (s2, ==, "2024-06");
  g_assert_cmpstr (dt, ==, "http://www.w3.org/2001/XMLSchema#gYearMonth");
  g_assert_true (warta_date_parse_iso ("2022", &e));
  s3 = warta_date_to_xsd (&e, &dt);
  g_assert_cmpstr (dt, ==, "http://www.w3.org/2001/XMLSchema#gYear");
  e = (WartaDate) { 0, 6, 0, WARTA_DATE_MONTH };
  s4 = warta_date_to_xsd (&e, &dt);
  g_assert_cmpstr (s4, ==, "--06");
  g_assert_cmpstr (dt, ==, "http://www.w3.org/2001/XMLSchema#gMonth");
  e.precision = WARTA_DATE_NONE;
  g_assert_null (warta_date_to_xsd (&e, &dt));
  g_assert_false (warta_date_parse_iso ("2024-13", &e));
  g_assert_false (warta_date_parse_iso ("2024-02-30", &e));
  g_assert_false (warta_date_parse_iso ("24/10/2024", &e));
  g_assert_false (warta_date_parse_iso ("", &e));
}

static void
test_compare (void)
{
  WartaDate a, b, c;
  warta_date_parse_iso ("2024-10", &a);
  warta_date_parse_iso ("2024-10-01", &b);
  warta_date_parse_iso ("2024-09-30", &c);
  g_assert_cmpint (warta_date_compare (&c, &a), <, 0);
  g_assert_cmpint (warta_date_compare (&a, &b), <, 0); /* same instant, coarser first */
  g_assert_cmpint (warta_date_compare (&b, &b), ==, 0);
  g_assert_cmpint (warta_date_compare (&b, &c), >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/forms", test_forms);
  g_test_add_func ("/date/match-at", test_match_at);
  g_test_add_func ("/date/stop-not-consumed", test_stop_not_consumed);
  g_test_add_func ("/date/month-names", test_month_names);
  g_test_add_func ("/date/iso-xsd", test_iso_and_xsd);
  g_test_add_func ("/date/compare", test_compare);
  return g_test_run ();
}
