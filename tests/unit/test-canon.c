/* test-canon.c: canonical N-Quads and RDFC-1.0.
 *
 * Runs every test of the W3C RDF Dataset Canonicalization suite (one GTest
 * case per W3C test, named after its id in manifest.ttl: test001c for the
 * evaluation test, test003m for the map test) from, in order:
 * $WARTA_RDF_CANON_DIR, $WARTA_SHARED/rdf-canon,
 * $WARTA_SRCDIR/../shared/rdf-canon, ../shared/rdf-canon.  When none is
 * there, one case is skipped saying where it looked.  Then tests of our
 * own: the line parser, escaping, isomorphism, the work limit. */
#include <string.h>
#include <time.h>

#include "warta-canon.h"
#include "warta-error.h"

typedef enum { KIND_EVAL, KIND_MAP, KIND_NEGATIVE } W3cKind;

typedef struct {
  char *id;
  char *base;        /* e.g. test020 */
  char *name;
  W3cKind kind;
  WartaCanonHash hash;
} W3cTest;

static char *suite_dir;
static guint n_passed, n_run;

/* ---------------------------------------------------------------- helpers */

static WartaLineSet *
canon_file (const char *path, WartaCanonHash hash, guint64 limit, GHashTable **map,
            guint64 *work, GError **error)
{
  g_autoptr (WartaLineSet) in = warta_line_set_new ();
  WartaCanonOptions opts;

  warta_canon_options_init (&opts);
  opts.hash = hash;
  opts.work_limit = limit;
  if (!warta_line_set_read_file (in, path, "nquads", NULL, error))
    return NULL;
  return warta_canonicalize (in, &opts, map, work, error);
}

static char *
canon_string (const char *nquads, guint64 *work, GError **error)
{
  g_autoptr (WartaLineSet) in = warta_line_set_new ();
  g_autoptr (WartaLineSet) out = NULL;

  if (!warta_line_set_add_nquads (in, nquads, strlen (nquads), error))
    return NULL;
  out = warta_canonicalize (in, NULL, NULL, work, error);
  return out ? warta_line_set_to_string (out, NULL) : NULL;
}

/* A flat JSON object of strings {"a": "b", …}, as the suite's maps are. */
static GHashTable *
parse_flat_json (const char *text)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *p = strchr (text, '{');
  char *pending = NULL;

  g_assert_nonnull (p);
  while (p != NULL && (p = strchr (p, '"')) != NULL)
    {
      const char *end = strchr (p + 1, '"');
      char *s;

      g_assert_nonnull (end);
      s = g_strndup (p + 1, end - p - 1);
      g_assert_null (strchr (s, '\\'));  /* the suite's labels need no escapes */
      if (pending == NULL)
        pending = s;
      else
        {
          g_hash_table_insert (map, pending, s);
          pending = NULL;
        }
      p = end + 1;
    }
  g_assert_null (pending);
  return map;
}

/* ---------------------------------------------------------------- W3C suite */

static void
run_w3c (gconstpointer data)
{
  const W3cTest *t = data;
  g_autofree char *in = g_strdup_printf ("%s/rdfc10/%s-in.nq", suite_dir, t->base);
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaLineSet) out = NULL;
  g_autoptr (GHashTable) map = NULL;
  g_autofree char *got = NULL, *expected = NULL;
  gint64 t0 = g_get_monotonic_time ();
  guint64 work = 0;

  n_run++;
  g_test_message ("%s: %s", t->id, t->name);
  out = canon_file (in, t->hash, WARTA_CANON_WORK_AUTO, &map, &work, &error);
  if (t->kind == KIND_NEGATIVE)
    {
      g_assert_null (out);
      g_assert_error (error, WARTA_ERROR, WARTA_ERROR_LIMIT);
      /* refused as soon as the limit was reached (about 0.3 s natively;
       * the wall-clock bound is loose enough for valgrind) */
      g_assert_cmpuint (work, ==, WARTA_CANON_WORK_BASE + 1 + WARTA_CANON_WORK_PER_BNODE * 10);
      g_assert_cmpint (g_get_monotonic_time () - t0, <, 120 * G_USEC_PER_SEC);
      n_passed++;
      return;
    }
  g_assert_no_error (error);
  g_test_message ("work: %" G_GUINT64_FORMAT, work);
  if (t->kind == KIND_EVAL)
    {
      g_autofree char *res = g_strdup_printf ("%s/rdfc10/%s-rdfc10.nq", suite_dir, t->base);

      g_assert_true (g_file_get_contents (res, &expected, NULL, NULL));
      got = warta_line_set_to_string (out, NULL);
      g_assert_cmpstr (got, ==, expected);
    }
  else
    {
      g_autofree char *res = g_strdup_printf ("%s/rdfc10/%s-rdfc10map.json", suite_dir, t->base);
      g_autoptr (GHashTable) want = NULL;
      GHashTableIter it;
      gpointer k, v;

      g_assert_true (g_file_get_contents (res, &expected, NULL, NULL));
      want = parse_flat_json (expected);
      g_assert_cmpuint (g_hash_table_size (map), ==, g_hash_table_size (want));
      g_hash_table_iter_init (&it, want);
      while (g_hash_table_iter_next (&it, &k, &v))
        g_assert_cmpstr (g_hash_table_lookup (map, k), ==, v);
    }
  n_passed++;
}

/* Splits a CSV line (fields may be quoted, with "" for a quote). */
static GPtrArray *
split_csv (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *f = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line;; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (f, '"'), p++;
      else if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0' || *p == '\r')
        {
          g_ptr_array_add (fields, g_strdup (f->str));
          g_string_truncate (f, 0);
          if (*p != ',')
            break;
        }
      else
        g_string_append_c (f, *p);
    }
  g_string_free (f, TRUE);
  return fields;
}

static void
w3c_test_free (gpointer p)
{
  W3cTest *t = p;

  g_free (t->id);
  g_free (t->base);
  g_free (t->name);
  g_free (t);
}

static W3cTest *
w3c_test_new (GPtrArray *f, W3cKind kind, const char *suffix)
{
  W3cTest *t = g_new0 (W3cTest, 1);

  t->base = g_strdup (f->pdata[0]);
  t->id = g_strconcat (t->base, suffix, NULL);
  t->name = g_strdup (f->pdata[1]);
  t->kind = kind;
  t->hash = g_ascii_strcasecmp (f->pdata[5], "SHA384") == 0 ? WARTA_CANON_SHA384
                                                            : WARTA_CANON_SHA256;
  return t;
}

/* Reads manifest.csv: test,name,comment,complexity,approval,hashAlgorithm,
 * rdfc10,rdfc10map. */
static GPtrArray *
load_manifest (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "manifest.csv", NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *tests = g_ptr_array_new_with_free_func (w3c_test_free);

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return tests;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autoptr (GPtrArray) f = split_csv (lines[i]);

      if (f->len < 8)
        continue;
      if (strcmp (f->pdata[6], "TRUE") == 0)
        g_ptr_array_add (tests, w3c_test_new (f, KIND_EVAL, "c"));
      else if (strstr (f->pdata[6], "Negative") != NULL)
        g_ptr_array_add (tests, w3c_test_new (f, KIND_NEGATIVE, "c"));
      if (strcmp (f->pdata[7], "TRUE") == 0)
        g_ptr_array_add (tests, w3c_test_new (f, KIND_MAP, "m"));
    }
  return tests;
}

static char *
find_suite (GString *looked)
{
  const char *env;
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);

  if ((env = g_getenv ("WARTA_RDF_CANON_DIR")) != NULL)
    g_ptr_array_add (candidates, g_strdup (env));
  if ((env = g_getenv ("WARTA_SHARED")) != NULL)
    g_ptr_array_add (candidates, g_build_filename (env, "rdf-canon", NULL));
  if ((env = g_getenv ("WARTA_SRCDIR")) != NULL)
    g_ptr_array_add (candidates, g_build_filename (env, "..", "shared", "rdf-canon", NULL));
  g_ptr_array_add (candidates, g_strdup ("../shared/rdf-canon"));
  for (guint i = 0; i < candidates->len; i++)
    {
      g_autofree char *m = g_build_filename (candidates->pdata[i], "manifest.csv", NULL);

      g_string_append_printf (looked, "%s%s", i ? ", " : "", (char *) candidates->pdata[i]);
      if (g_file_test (m, G_FILE_TEST_EXISTS))
        return g_strdup (candidates->pdata[i]);
    }
  return NULL;
}

static void
skip_suite (gconstpointer looked)
{
  g_test_skip_printf ("W3C rdf-canon suite not found (looked in: %s)", (const char *) looked);
}

static void
report_suite (void)
{
  g_test_message ("W3C RDFC-1.0 suite: %u of %u tests passed", n_passed, n_run);
  g_assert_cmpuint (n_passed, ==, n_run);
}

/* ---------------------------------------------------------------- our own */

static void
assert_line (const char *in, const char *canonical)
{
  WartaCanonLine cl;
  g_autoptr (GError) error = NULL;

  warta_canon_line_init (&cl);
  g_assert_true (warta_canon_parse_line (in, strlen (in), &cl, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cl.buf->str, ==, canonical);
  warta_canon_line_clear (&cl);
}

static void
assert_bad_line (const char *in)
{
  WartaCanonLine cl;
  g_autoptr (GError) error = NULL;

  warta_canon_line_init (&cl);
  g_assert_false (warta_canon_parse_line (in, strlen (in), &cl, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_PARSE);
  warta_canon_line_clear (&cl);
}

static void
test_parse_line (void)
{
  WartaCanonLine cl;
  const char *q = "_:x1\t <a:p> \"v\\u00e9\"@en-GB <a:g>.   # comment";

  assert_line ("  <a:s>   <a:p>\t<a:o>   .  ", "<a:s> <a:p> <a:o> .");
  assert_line ("<a:s> <a:p> \"x\"^^<http://www.w3.org/2001/XMLSchema#string> .",
               "<a:s> <a:p> \"x\" .");
  assert_line ("<a:s> <a:p> \"\\u0009\\'\\u007f\\U0001F303\t\" .",
               "<a:s> <a:p> \"\\t'\\u007F\xF0\x9F\x8C\x83\\t\" .");
  assert_line ("<a:\\u00e9> <a:p> _:b.", "<a:\xC3\xA9> <a:p> _:b .");
  assert_line ("# only a comment", "");
  assert_line ("", "");
  assert_bad_line ("<a:s> <a:p> <a:o>");
  assert_bad_line ("<a:s> _:p <a:o> .");
  assert_bad_line ("\"lit\" <a:p> <a:o> .");
  assert_bad_line ("<a:s> <a:p> \"open .");
  assert_bad_line ("<a b> <a:p> <a:o> .");
  assert_bad_line ("<a:s> <a:p> \"\\q\" .");
  assert_bad_line ("<a:s> <a:p> \"\\ud800\" .");
  assert_bad_line ("<a:s> <a:p> <a:o> . <a:x>");

  warta_canon_line_init (&cl);
  g_assert_true (warta_canon_parse_line (q, strlen (q), &cl, NULL));
  g_assert_cmpuint (cl.n_terms, ==, 4);
  g_assert_true (cl.has_blank);
  g_assert_cmpstr (cl.buf->str, ==, "_:x1 <a:p> \"v\xC3\xA9\"@en-GB <a:g> .");
  g_assert_cmpint (strncmp (cl.buf->str + cl.start[2], "\"v\xC3\xA9\"@en-GB", cl.len[2]), ==, 0);
  g_assert_cmpuint (cl.len[3], ==, strlen ("<a:g>"));
  warta_canon_line_clear (&cl);
}

static void
test_append_term (void)
{
  g_autoptr (GString) s = g_string_new (NULL);
  WartaTerm lit = { WARTA_TERM_LITERAL, "a\"b\\c\nd\x01", NULL, NULL };
  WartaTerm typed = { WARTA_TERM_LITERAL, "12", "http://www.w3.org/2001/XMLSchema#integer", NULL };
  WartaTerm lang = { WARTA_TERM_LITERAL, "Rusia", NULL, "id" };
  WartaTerm blank = { WARTA_TERM_BLANK, "x", NULL, NULL };

  warta_canon_append_term (s, &lit);
  g_string_append_c (s, ' ');
  warta_canon_append_term (s, &typed);
  g_string_append_c (s, ' ');
  warta_canon_append_term (s, &lang);
  g_string_append_c (s, ' ');
  warta_canon_append_term (s, &blank);
  g_assert_cmpstr (s->str, ==,
                   "\"a\\\"b\\\\c\\nd\\u0001\" \"12\"^^<http://www.w3.org/2001/XMLSchema#integer> "
                   "\"Rusia\"@id _:x");
}

/* Two renamings and reorderings of a 5-cycle of blank nodes plus a chord
 * give the same bytes; a different graph does not. */
static void
test_isomorphic (void)
{
  const char *a = "_:a <p:n> _:b .\n_:b <p:n> _:c .\n_:c <p:n> _:d .\n_:d <p:n> _:e .\n"
                  "_:e <p:n> _:a .\n_:a <p:x> \"1\" .\n_:c <p:y> _:e <g:1> .\n";
  const char *b = "_:v3 <p:n> _:v4 .\n_:v1 <p:n> _:v2 .\n_:v4 <p:n> _:v5 .\n"
                  "_:v5 <p:n> _:v1 .\n_:v2 <p:n> _:v3 .\n_:v3 <p:y> _:v5 <g:1> .\n"
                  "_:v1 <p:x> \"1\" .\n_:v1 <p:x> \"1\" .\n";
  const char *c = "_:a <p:n> _:b .\n_:b <p:n> _:c .\n_:c <p:n> _:d .\n_:d <p:n> _:e .\n"
                  "_:e <p:n> _:a .\n_:a <p:x> \"1\" .\n_:b <p:y> _:e <g:1> .\n";
  g_autoptr (GError) error = NULL;
  g_autofree char *ca = canon_string (a, NULL, &error);
  g_autofree char *cb = canon_string (b, NULL, &error);
  g_autofree char *cc = canon_string (c, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ca, ==, cb);
  g_assert_cmpstr (ca, !=, cc);
  g_assert_nonnull (strstr (ca, "_:c14n0"));
  g_assert_null (strstr (ca, "_:a "));
  /* 7 distinct statements (the duplicate in b dropped) */
  {
    g_auto (GStrv) lines = g_strsplit (cb, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 8);  /* 7 lines + "" */
  }
}

/* A 5-clique needs permutations; a tiny limit refuses it with
 * WARTA_ERROR_LIMIT, no limit (0) computes it. */
static void
test_work_limit (void)
{
  g_autoptr (GString) clique = g_string_new (NULL);
  g_autoptr (WartaLineSet) in = warta_line_set_new ();
  g_autoptr (WartaLineSet) out = NULL;
  g_autoptr (GError) error = NULL;
  WartaCanonOptions opts;
  guint64 work = 0;

  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 5; j++)
      if (i != j)
        g_string_append_printf (clique, "_:n%d <p:q> _:n%d .\n", i, j);
  g_assert_true (warta_line_set_add_nquads (in, clique->str, clique->len, NULL));
  warta_canon_options_init (&opts);
  opts.work_limit = 10;
  out = warta_canonicalize (in, &opts, NULL, &work, &error);
  g_assert_null (out);
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_LIMIT);
  g_clear_error (&error);
  opts.work_limit = 0;
  out = warta_canonicalize (in, &opts, NULL, &work, &error);
  g_assert_no_error (error);
  g_assert_nonnull (out);
  g_assert_cmpuint (warta_line_set_size (out), ==, 20);
  g_assert_cmpuint (work, >, 10);
}

static void
test_sha384_differs (void)
{
  /* Two blank nodes with equal first-degree hashes: labels depend on the
   * hash function's output order, so only check both work and give c14n
   * labels; and the map has both nodes. */
  const char *nq = "_:x <p:p> _:y .\n_:y <p:p> _:x .\n";
  g_autoptr (WartaLineSet) in = warta_line_set_new ();
  g_autoptr (WartaLineSet) out = NULL;
  g_autoptr (GHashTable) map = NULL;
  g_autofree char *json = NULL;
  WartaCanonOptions opts;

  g_assert_true (warta_line_set_add_nquads (in, nq, strlen (nq), NULL));
  warta_canon_options_init (&opts);
  g_assert_true (warta_canon_hash_from_name ("SHA-384", &opts.hash));
  g_assert_cmpint (opts.hash, ==, WARTA_CANON_SHA384);
  g_assert_false (warta_canon_hash_from_name ("md5", &opts.hash));
  out = warta_canonicalize (in, &opts, &map, NULL, NULL);
  g_assert_nonnull (out);
  g_assert_cmpuint (warta_line_set_size (out), ==, 2);
  json = warta_canon_map_to_json (map);
  g_assert_true (g_str_has_prefix (json, "{\n  \"x\": \"c14n"));
  g_assert_nonnull (strstr (json, "\"y\": \"c14n"));
}

static void
test_bad_input (void)
{
  g_autoptr (WartaLineSet) in = warta_line_set_new ();
  g_autoptr (GError) error = NULL;
  const char *bad = "<a:s> <a:p> <a:o> .\n<a:s> <a:p> .\n";

  g_assert_false (warta_line_set_add_nquads (in, bad, strlen (bad), &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, ":2:"));
  g_clear_error (&error);
  g_assert_false (warta_line_set_add_nquads (in, "<a:s> <a:p> \"\xff\" .\n", 19, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_INVALID_UTF8);
}

int
main (int argc, char **argv)
{
  g_autoptr (GString) looked = g_string_new (NULL);
  g_autoptr (GPtrArray) tests = NULL;
  int rc;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/canon/parse-line", test_parse_line);
  g_test_add_func ("/canon/append-term", test_append_term);
  g_test_add_func ("/canon/isomorphic", test_isomorphic);
  g_test_add_func ("/canon/work-limit", test_work_limit);
  g_test_add_func ("/canon/sha384", test_sha384_differs);
  g_test_add_func ("/canon/bad-input", test_bad_input);

  suite_dir = find_suite (looked);
  tests = load_manifest (suite_dir ? suite_dir : "");
  if (suite_dir == NULL || tests->len == 0)
    g_test_add_data_func ("/canon/w3c/suite-missing", looked->str, skip_suite);
  else
    {
      for (guint i = 0; i < tests->len; i++)
        {
          W3cTest *t = tests->pdata[i];
          g_autofree char *path = g_strdup_printf ("/canon/w3c/%s", t->id);

          g_test_add_data_func (path, t, run_w3c);
        }
      g_test_add_func ("/canon/w3c/zz-all-passed", report_suite);
    }
  rc = g_test_run ();
  if (suite_dir != NULL)
    g_printerr ("# W3C RDFC-1.0 suite (%s): %u of %u tests passed\n", suite_dir, n_passed, n_run);
  g_free (suite_dir);
  return rc;
}
