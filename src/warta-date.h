/* warta-date.h: calendar dates as news writes them, with their precision.
 *
 * Recognised over tokens (Indonesian and English): "24/10/2024",
 * "Kamis (24/10/2024)", "(24/10)", "18 Oktober 2024", "8 hingga 13
 * Oktober" (a range), "pada bulan Juni", "Juni 2024", "Agustus tahun lalu",
 * "pada tahun 2022", "October 8-13", "June 2024", "on 23 October".  A date
 * without a year takes it from the reference date (the article's
 * publication date) and moves to the previous year when that would put it
 * after the reference; without a reference the date stays year-less
 * (xsd:gMonth / gMonthDay is not written: a day without a year is kept at
 * month precision). */
#pragma once

#include <glib.h>
#include "warta-token.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_DATE_NONE = 0,
  WARTA_DATE_MONTH,      /* month only, year unknown -> xsd:gMonth "--06" */
  WARTA_DATE_YEAR,       /* xsd:gYear "2022" */
  WARTA_DATE_YEAR_MONTH, /* xsd:gYearMonth "2024-06" */
  WARTA_DATE_DAY,        /* xsd:date "2024-10-24" */
} WartaDatePrecision;

typedef struct {
  int year, month, day;
  WartaDatePrecision precision;
} WartaDate;

typedef struct {
  WartaDate start;
  WartaDate end;       /* precision NONE unless a range was written */
  guint first_token;   /* index of the first token of the expression */
  guint n_tokens;      /* tokens consumed */
} WartaDateMatch;

/* Tries to read a date expression starting exactly at token @i.  @ref may be
 * NULL or have precision NONE.  Returns FALSE when no date starts there. */
gboolean warta_date_match (const WartaTokens *toks, guint i, const WartaDate *ref,
                           WartaDateMatch *out);

/* Every date expression in the sentence, left to right, non-overlapping
 * (element-type WartaDateMatch). */
GArray *warta_date_find_all (const WartaTokens *toks, const WartaDate *ref);

/* Month number for an Indonesian or English month name or abbreviation
 * (folded), or 0. */
int warta_date_month_from_name (const char *folded);
/* Is @folded the name of a weekday or a month ("selasa", "tuesday",
 * "mei")?  Such a word after a name is no part of it. */
gboolean warta_date_is_calendar_word (const char *folded);

/* Lexical form and XSD datatype IRI for @d ("2024-06",
 * "http://www.w3.org/2001/XMLSchema#gYearMonth").  NULL for NONE. */
char *warta_date_to_xsd (const WartaDate *d, const char **datatype_iri);

/* Parses an ISO date "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as in MANIFEST.tsv). */
gboolean warta_date_parse_iso (const char *s, WartaDate *out);

/* Compares two dates by their first instant, then by precision. */
int warta_date_compare (const WartaDate *a, const WartaDate *b);

G_END_DECLS
