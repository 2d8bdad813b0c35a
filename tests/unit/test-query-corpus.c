/* test-query-corpus.c: the competency queries on the sample corpus.
 *
 * Extracts $WARTA_SRCDIR/corpus with warta_build_graph, runs every query of
 * ontology/queries over the graph in memory (warta_query_run_graph, TSV) and
 * checks the answer against tests/data/expected-corpus/NAME.tsv, written by
 * hand from the five articles (not from warta's output).  An expectation
 * names the rows the articles clearly state (required), the rows they rule
 * out (forbidden, "!") and the rows warta is known to miss ("?"); see the
 * header of any expectation file for the format.  Only a projection of the
 * columns is compared, by human-readable value: labels without language
 * tags, literals without datatypes, article file names by prefix, numbers as
 * integers; fact IRIs (hashes) are compared only through $variables.
 *
 * A missing required row or a present forbidden row fails the case.  Known
 * gaps ("?" rows) that are still missing mark the case incomplete (TAP
 * "# TODO", an expected failure) and are listed with g_test_message; with
 * WARTA_CORPUS_STRICT=1 they fail it.  When one starts to pass, the message
 * says so: promote it to a required row.  Run by `make check` (TAP); it
 * does not test the query engine itself (tests/unit/test-query.c does). */
#include <stdlib.h>
#include <string.h>

#include "warta-build.h"
#include "warta-error.h"
#include "warta-graph.h"
#include "warta-query.h"
#include "warta-test.h"


/* ------------------------------------------------------------ paths */


/* $WARTA_SRCDIR/a/b/c/d (NULL ends the list early). */
static char *
src_path (const char *a, const char *b, const char *c, const char *d)
{
  g_autofree char *root = warta_test_srcdir ();

  return g_build_filename (root, a, b, c, d, NULL);
}

/* ------------------------------------------------------------ the graph */

static WartaGraph *corpus_graph;

/* The corpus graph, built once for every case. */
static const WartaGraph *
get_corpus_graph (void)
{
  if (corpus_graph == NULL)
    {
      g_autofree char *corpus = src_path ("corpus", NULL, NULL, NULL);
      const char *paths[] = { corpus, NULL };
      const char *ontology = g_getenv ("WARTA_ONTOLOGY_DIR");
      g_autoptr (GError) error = NULL;
      WartaBuildReport rep;

      warta_build_report_init (&rep);
      corpus_graph = warta_build_graph (paths, ontology != NULL && *ontology ? ontology : NULL,
                                        &rep, &error);
      g_assert_no_error (error);
      g_assert_nonnull (corpus_graph);
      g_assert_cmpuint (rep.n_articles, ==, 5);
      g_assert_cmpuint (rep.errors->len, ==, 0);
      warta_build_report_clear (&rep);
    }
  return corpus_graph;
}

/* ------------------------------------------------------------ results */

/* One result table: column names (without '?') and rows of normalized
 * values, NULL for an unbound cell. */
typedef struct {
  GPtrArray *columns; /* (element-type utf8) */
  GPtrArray *rows;    /* (element-type GPtrArray of utf8-or-NULL) */
} Table;

static void
table_clear (Table *t)
{
  g_clear_pointer (&t->columns, g_ptr_array_unref);
  g_clear_pointer (&t->rows, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Table, table_clear)

/* Undoes the TSV/Turtle string escapes of a quoted literal starting after
 * its opening quote; stops at the closing quote. */
static char *
unescape_literal (const char *p)
{
  GString *s = g_string_new (NULL);

  for (; *p != '\0' && *p != '"'; p++)
    {
      if (*p != '\\' || p[1] == '\0')
        {
          g_string_append_c (s, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 't': g_string_append_c (s, '\t'); break;
        case 'n': g_string_append_c (s, '\n'); break;
        case 'r': g_string_append_c (s, '\r'); break;
        default: g_string_append_c (s, *p); break;
        }
    }
  return g_string_free (s, FALSE);
}

/* A TSV cell -> its human-readable value: IRIs without <>, literals without
 * quotes, language tag and datatype; NULL when unbound. */
static char *
normalize_cell (const char *cell)
{
  gsize n = strlen (cell);

  if (n == 0)
    return NULL;
  if (cell[0] == '<' && cell[n - 1] == '>')
    return g_strndup (cell + 1, n - 2);
  if (cell[0] == '"')
    return unescape_literal (cell + 1);
  return g_strdup (cell);
}

static void
parse_table (const char *tsv, Table *out)
{
  g_auto (GStrv) lines = g_strsplit (tsv, "\n", -1);

  out->columns = g_ptr_array_new_with_free_func (g_free);
  out->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_assert_nonnull (lines[0]);
  {
    g_auto (GStrv) head = g_strsplit (lines[0], "\t", -1);

    for (guint i = 0; head[i] != NULL; i++)
      g_ptr_array_add (out->columns, g_strdup (head[i][0] == '?' ? head[i] + 1 : head[i]));
  }
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = NULL;
      GPtrArray *row;

      if (lines[i][0] == '\0')
        continue;
      cells = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, out->columns->len);
      row = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 0; cells[j] != NULL; j++)
        g_ptr_array_add (row, normalize_cell (cells[j]));
      g_ptr_array_add (out->rows, row);
    }
}

static void
run_query (const char *name, Table *out)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) tsv = g_string_new (NULL);
  g_autofree char *text = warta_query_resolve (name, &error);

  g_assert_no_error (error);
  g_assert_true (warta_query_run_graph (get_corpus_graph (), text, WARTA_QUERY_FORMAT_TSV,
                                        tsv, &error));
  g_assert_no_error (error);
  parse_table (tsv->str, out);
}

/* ------------------------------------------------------------ expectations */

/* ROW_GAP: required but known to be missing; ROW_WRONG: forbidden but known
 * to be present. */
typedef enum { ROW_REQUIRED, ROW_FORBIDDEN, ROW_GAP, ROW_WRONG } RowKind;

typedef struct {
  RowKind kind;
  guint line;
  char *text;   /* the line as written, for messages */
  char **cells; /* one pattern per projected column */
} ExpRow;

typedef struct {
  GPtrArray *rows; /* (element-type ExpRow) */
  gboolean ordered;
} Block;

typedef struct {
  char *path;
  GArray *projection; /* (element-type guint) result column of each cell */
  GPtrArray *blocks;  /* (element-type Block) */
} Expectation;

static void
exp_row_free (gpointer p)
{
  ExpRow *r = p;

  g_free (r->text);
  g_strfreev (r->cells);
  g_free (r);
}

static void
block_free (gpointer p)
{
  Block *b = p;

  g_ptr_array_unref (b->rows);
  g_free (b);
}

static Block *
block_new (void)
{
  Block *b = g_new0 (Block, 1);

  b->rows = g_ptr_array_new_with_free_func (exp_row_free);
  return b;
}

static void
expectation_clear (Expectation *e)
{
  g_clear_pointer (&e->path, g_free);
  g_clear_pointer (&e->projection, g_array_unref);
  g_clear_pointer (&e->blocks, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Expectation, expectation_clear)

static guint
column_index (const Table *t, const char *name, const char *path)
{
  for (guint i = 0; i < t->columns->len; i++)
    if (strcmp (g_ptr_array_index (t->columns, i), name) == 0)
      return i;
  g_error ("%s: the query has no column \"%s\"", path, name);
  return 0;
}

static void
parse_columns (Expectation *e, const Table *t, const char *spec)
{
  g_auto (GStrv) names = g_strsplit_set (spec, " \t", -1);

  e->projection = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; names[i] != NULL; i++)
    if (names[i][0] != '\0')
      {
        guint col = column_index (t, names[i][0] == '?' ? names[i] + 1 : names[i], e->path);

        g_array_append_val (e->projection, col);
      }
  g_assert_cmpuint (e->projection->len, >, 0);
}

static ExpRow *
parse_row (const Expectation *e, const char *line, guint lineno)
{
  ExpRow *r = g_new0 (ExpRow, 1);
  const char *body = line;

  r->kind = ROW_REQUIRED;
  if (g_str_has_prefix (line, "?!"))
    {
      r->kind = ROW_WRONG;
      body = line + 2;
    }
  else if (line[0] == '!' || line[0] == '?')
    {
      r->kind = line[0] == '!' ? ROW_FORBIDDEN : ROW_GAP;
      body = line + 1;
    }
  r->line = lineno;
  r->text = g_strdup (line);
  r->cells = g_strsplit (body, "\t", -1);
  if (g_strv_length (r->cells) != e->projection->len)
    g_error ("%s:%u: %u cells for %u columns", e->path, lineno, g_strv_length (r->cells),
             e->projection->len);
  return r;
}

/* Blank lines separate blocks; "#" starts a comment; "@columns a b c"
 * chooses the projection (before any row); "@ordered" asks for the
 * required rows of the block it stands in (or the next one) in result
 * order. */
static void
load_expectation (const char *name, const Table *t, Expectation *e)
{
  g_autofree char *file = g_strconcat (name, ".tsv", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  Block *cur = NULL;
  gboolean ordered = FALSE;

  e->path = src_path ("tests", "data", "expected-corpus", file);
  e->blocks = g_ptr_array_new_with_free_func (block_free);
  g_assert_true (g_file_get_contents (e->path, &text, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      if (l[0] == '#')
        continue;
      if (l[0] == '\0')
        cur = NULL;
      else if (g_str_has_prefix (l, "@columns "))
        parse_columns (e, t, l + strlen ("@columns "));
      else if (strcmp (l, "@ordered") == 0 && cur != NULL)
        cur->ordered = TRUE;
      else if (strcmp (l, "@ordered") == 0)
        ordered = TRUE;
      else
        {
          g_assert_nonnull (e->projection);
          if (cur == NULL)
            {
              cur = block_new ();
              cur->ordered = ordered;
              ordered = FALSE;
              g_ptr_array_add (e->blocks, cur);
            }
          g_ptr_array_add (cur->rows, parse_row (e, l, i + 1));
        }
    }
  g_assert_cmpuint (e->blocks->len, >, 0);
}

/* ------------------------------------------------------------ matching */

static gboolean
parse_integer (const char *s, gint64 *out)
{
  char *end = NULL;

  if (s == NULL || *s == '\0' || !(g_ascii_isdigit (*s) || *s == '-'))
    return FALSE;
  *out = g_ascii_strtoll (s, &end, 10);
  return end != NULL && *end == '\0';
}

/* One alternative of a pattern against a bound value: integers compare as
 * integers, the rest as a glob (g_pattern_match_simple: '*' and '?'). */
static gboolean
match_alternative (const char *pat, const char *value)
{
  gint64 a, b;

  if (parse_integer (pat, &a) && parse_integer (value, &b))
    return a == b;
  return g_pattern_match_simple (pat, value);
}

/* Cell patterns: "*" anything, "-" unbound, "+" bound, "$x" a variable
 * (the same value everywhere in the block), "A|B" alternatives. */
static gboolean
match_cell (const char *pat, const char *value, GHashTable *bindings)
{
  g_auto (GStrv) alts = NULL;

  if (strcmp (pat, "*") == 0)
    return TRUE;
  if (strcmp (pat, "-") == 0)
    return value == NULL;
  if (value == NULL)
    return FALSE;
  if (strcmp (pat, "+") == 0)
    return TRUE;
  if (pat[0] == '$')
    {
      const char *bound = g_hash_table_lookup (bindings, pat);

      if (bound != NULL)
        return strcmp (bound, value) == 0;
      g_hash_table_insert (bindings, g_strdup (pat), g_strdup (value));
      return TRUE;
    }
  alts = g_strsplit (pat, "|", -1);
  for (guint i = 0; alts[i] != NULL; i++)
    if (match_alternative (alts[i], value))
      return TRUE;
  return FALSE;
}

static GHashTable *
bindings_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static GHashTable *
bindings_copy (GHashTable *b)
{
  GHashTable *c = bindings_new ();
  GHashTableIter it;
  gpointer k, v;

  g_hash_table_iter_init (&it, b);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_hash_table_insert (c, g_strdup (k), g_strdup (v));
  return c;
}

/* Does result row @got match @r under @bindings?  On success the bindings
 * are extended in place; on failure they are left as they were. */
static gboolean
match_row (const Expectation *e, const ExpRow *r, GPtrArray *got, GHashTable *bindings)
{
  g_autoptr (GHashTable) trial = bindings_copy (bindings);
  GHashTableIter it;
  gpointer k, v;

  for (guint i = 0; i < e->projection->len; i++)
    {
      guint col = g_array_index (e->projection, guint, i);

      if (!match_cell (r->cells[i], g_ptr_array_index (got, col), trial))
        return FALSE;
    }
  g_hash_table_iter_init (&it, trial);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_hash_table_replace (bindings, g_strdup (k), g_strdup (v));
  return TRUE;
}

/* Index of the first result row at or after @from matching @r, or -1. */
static gint
find_row (const Expectation *e, const ExpRow *r, const Table *t, guint from, GHashTable *bindings)
{
  for (guint i = from; i < t->rows->len; i++)
    if (match_row (e, r, g_ptr_array_index (t->rows, i), bindings))
      return (gint) i;
  return -1;
}

static guint
count_gaps_found (const Expectation *e, GPtrArray *gaps, const Table *t, GHashTable *bindings,
                  guint64 *found_mask)
{
  guint n = 0;

  *found_mask = 0;
  for (guint i = 0; i < gaps->len && i < 64; i++)
    {
      g_autoptr (GHashTable) b = bindings_copy (bindings);

      if (find_row (e, g_ptr_array_index (gaps, i), t, 0, b) >= 0)
        {
          n++;
          *found_mask |= G_GUINT64_CONSTANT (1) << i;
        }
    }
  return n;
}

typedef struct {
  const Expectation *e;
  const Table *t;
  gboolean ordered;
  GPtrArray *required; /* (element-type ExpRow) borrowed */
  GPtrArray *gaps;     /* (element-type ExpRow) borrowed */
  gboolean solved;
  guint best_gaps;
  guint64 best_mask;
  guint steps;
} Search;

/* Backtracking over the required rows of a block: every row matched by a
 * result row with consistent $variables (and, when ordered, at increasing
 * positions); among the solutions, the one that also matches most gaps. */
static void
search (Search *s, guint i, guint from, GHashTable *bindings)
{
  if (s->best_gaps == s->gaps->len && s->solved)
    return;
  g_assert_cmpuint (++s->steps, <, 1000000);
  if (i == s->required->len)
    {
      guint64 mask;
      guint n = count_gaps_found (s->e, s->gaps, s->t, bindings, &mask);

      if (!s->solved || n > s->best_gaps)
        {
          s->best_gaps = n;
          s->best_mask = mask;
        }
      s->solved = TRUE;
      return;
    }
  for (guint k = s->ordered ? from : 0; k < s->t->rows->len; k++)
    {
      g_autoptr (GHashTable) b = bindings_copy (bindings);

      if (match_row (s->e, g_ptr_array_index (s->required, i), g_ptr_array_index (s->t->rows, k), b))
        search (s, i + 1, k + 1, b);
    }
}

static char *
describe_row (const Expectation *e, const ExpRow *r)
{
  return g_strdup_printf ("%s:%u: %s", e->path, r->line, r->text);
}

/* A "?!" row: reports whether the known wrong row is still there. */
static void
check_wrong_row (const Expectation *e, ExpRow *r, const Table *t, GPtrArray *known)
{
  g_autoptr (GHashTable) fresh = bindings_new ();
  g_autofree char *d = describe_row (e, r);

  if (find_row (e, r, t, 0, fresh) >= 0)
    g_ptr_array_add (known, r);
  else
    g_test_message ("known wrong row now gone, make it a ! row: %s", d);
}

/* Checks one block; returns the number of failures, appends the known
 * failures still there ("?" rows missing, "?!" rows present) to @known. */
static guint
check_block (const Expectation *e, const Block *blk, const Table *t, GPtrArray *known)
{
  g_autoptr (GPtrArray) required = g_ptr_array_new ();
  g_autoptr (GPtrArray) gaps = g_ptr_array_new ();
  g_autoptr (GHashTable) start = bindings_new ();
  Search s = { e, t, blk->ordered, required, gaps, FALSE, 0, 0, 0 };
  guint failures = 0;

  for (guint i = 0; i < blk->rows->len; i++)
    {
      ExpRow *r = g_ptr_array_index (blk->rows, i);
      g_autoptr (GHashTable) fresh = bindings_new ();

      if (r->kind == ROW_FORBIDDEN && find_row (e, r, t, 0, fresh) >= 0)
        {
          g_autofree char *d = describe_row (e, r);
          g_test_message ("forbidden row present: %s", d);
          failures++;
        }
      else if (r->kind == ROW_REQUIRED && find_row (e, r, t, 0, fresh) < 0)
        {
          g_autofree char *d = describe_row (e, r);
          g_test_message ("required row missing: %s", d);
          failures++;
        }
      if (r->kind == ROW_REQUIRED)
        g_ptr_array_add (required, r);
      else if (r->kind == ROW_GAP)
        g_ptr_array_add (gaps, r);
      else if (r->kind == ROW_WRONG)
        check_wrong_row (e, r, t, known);
    }
  if (failures > 0)
    return failures;
  search (&s, 0, 0, start);
  if (!s.solved)
    {
      g_test_message ("%s: the block starting at line %u matches row by row but not as a whole "
                      "(variables or order)", e->path, ((ExpRow *) g_ptr_array_index (blk->rows, 0))->line);
      return 1;
    }
  for (guint i = 0; i < gaps->len; i++)
    if (i >= 64 || !(s.best_mask & (G_GUINT64_CONSTANT (1) << i)))
      g_ptr_array_add (known, g_ptr_array_index (gaps, i));
    else
      {
        g_autofree char *d = describe_row (e, g_ptr_array_index (gaps, i));
        g_test_message ("known gap now found, make it a required row: %s", d);
      }
  return 0;
}

static void
log_table (const Table *t)
{
  for (guint i = 0; i < t->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (t->rows, i);
      g_autoptr (GString) s = g_string_new ("got:");

      for (guint j = 0; j < row->len; j++)
        {
          const char *v = g_ptr_array_index (row, j);
          g_string_append_printf (s, "%s%s", j ? " | " : " ", v ? v : "-");
        }
      g_test_message ("%s", s->str);
    }
}

static void
test_corpus_query (gconstpointer data)
{
  const char *name = data;
  g_auto (Table) t = { 0 };
  g_auto (Expectation) e = { 0 };
  g_autoptr (GPtrArray) known = g_ptr_array_new ();
  guint failures = 0;

  run_query (name, &t);
  load_expectation (name, &t, &e);
  for (guint i = 0; i < e.blocks->len; i++)
    failures += check_block (&e, g_ptr_array_index (e.blocks, i), &t, known);
  if (failures > 0)
    {
      log_table (&t);
      g_test_fail_printf ("%u expectation(s) of %s not met", failures, e.path);
      return;
    }
  for (guint i = 0; i < known->len; i++)
    {
      ExpRow *r = g_ptr_array_index (known, i);
      g_autofree char *d = describe_row (&e, r);

      g_test_message ("known %s: %s", r->kind == ROW_GAP ? "gap still missing" : "wrong row still present", d);
    }
  if (known->len == 0)
    return;
  if (g_strcmp0 (g_getenv ("WARTA_CORPUS_STRICT"), "1") == 0)
    g_test_fail_printf ("%u known failure(s) in %s (WARTA_CORPUS_STRICT=1)", known->len, name);
  else
    g_test_incomplete_printf ("%u known failure(s) in %s", known->len, name);
}

/* The matcher itself, on a table made up here: it must be able to say no. */
static void
test_matcher (void)
{
  g_auto (Table) t = { 0 };
  g_auto (Expectation) e = { 0 };
  g_autoptr (GHashTable) b = bindings_new ();
  ExpRow *r;

  parse_table ("?who\t?n\t?fact\t?article\n"
               "\"National Intelligence Service\"@en\t1500\t<http://x/d1>\t\"000_a.txt\"\n"
               "\"Kremlin\"@en\t\t<http://x/d2>\t\"004_b.txt\"\n"
               "\"Kremlin\"@en\t\"3000\"^^<http://www.w3.org/2001/XMLSchema#integer>\t<http://x/d1>\t\"001_c.txt\"\n",
               &t);
  e.path = g_strdup ("inline");
  parse_columns (&e, &t, "who n fact article");
  r = parse_row (&e, "National Intelligence Service\t1500\t$f\t000_*", 1);
  g_assert_true (match_row (&e, r, g_ptr_array_index (t.rows, 0), b));
  g_assert_cmpstr (g_hash_table_lookup (b, "$f"), ==, "http://x/d1");
  exp_row_free (r);
  /* $f is now http://x/d1: d2 does not match, the third row does */
  r = parse_row (&e, "Kremlin\t*\t$f\t*", 2);
  g_assert_cmpint (find_row (&e, r, &t, 0, b), ==, 2);
  exp_row_free (r);
  r = parse_row (&e, "Kremlin\t-\t*\t004_*", 3);
  g_assert_cmpint (find_row (&e, r, &t, 0, b), ==, 1);
  exp_row_free (r);
  r = parse_row (&e, "Kremlin\t+\t*\t004_*", 4);
  g_assert_cmpint (find_row (&e, r, &t, 0, b), ==, -1);
  exp_row_free (r);
  r = parse_row (&e, "Kremlin|NATO\t03000\t*\t001_*", 5);
  g_assert_cmpint (find_row (&e, r, &t, 0, b), ==, 2);
  exp_row_free (r);
  r = parse_row (&e, "National Intelligence Service\t1500\t*\t001_*", 6);
  g_assert_cmpint (find_row (&e, r, &t, 0, b), ==, -1);
  exp_row_free (r);
}

int
main (int argc, char **argv)
{
  g_autofree char *qdir = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  qdir = src_path ("ontology", "queries", NULL, NULL);
  g_setenv ("WARTA_QUERY_DIR", qdir, TRUE);
  g_test_add_func ("/query-corpus/matcher", test_matcher);
  for (gsize i = 0; i < G_N_ELEMENTS (warta_test_competency_queries); i++)
    {
      g_autofree char *name = g_strconcat ("/query-corpus/", warta_test_competency_queries[i], NULL);
      g_test_add_data_func (name, warta_test_competency_queries[i], test_corpus_query);
    }
  status = g_test_run ();
  g_clear_pointer (&corpus_graph, warta_graph_free);
  return status;
}
