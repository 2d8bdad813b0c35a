/* test-query.c: warta_query_* over tests/data/sparql-sample.nq.
 *
 * Every competency query in ontology/queries is run and its TSV compared,
 * as a set of rows, with the hand-written tests/data/expected/NAME.tsv.
 * Then the formats (CSV quoting, JSON escaping and term types, the table),
 * the dataset (union default graph without duplicates, named graphs),
 * query lookup by name, and the errors. */
#include <string.h>

#include <glib/gstdio.h>

#include "warta-error.h"
#include "warta-graph.h"
#include "warta-query.h"
#include "warta-test.h"



static char *
src_path (const char *first, ...)
{
  g_autofree char *root = warta_test_srcdir ();
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (parts, root);
  va_start (ap, first);
  for (const char *p = first; p != NULL; p = va_arg (ap, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (ap);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static char *
sample_graph (void)
{
  return src_path ("tests", "data", "sparql-sample.nq", NULL);
}

/* Runs @query over @path; fails the test on error. */
static char *
run_file (const char *path, const char *query, WartaQueryFormat format)
{
  const char *files[] = { path, NULL };
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = warta_query_resolve (query, &error);

  g_assert_no_error (error);
  g_assert_true (warta_query_run (files, text, format, out, &error));
  g_assert_no_error (error);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
run_sample (const char *query, WartaQueryFormat format)
{
  g_autofree char *path = sample_graph ();
  return run_file (path, query, format);
}

static int
compare_lines (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The header line, then the other lines sorted. */
static char **
rows_of (const char *tsv)
{
  char **lines = g_strsplit (tsv, "\n", -1);
  guint n = g_strv_length (lines);

  if (n > 0 && lines[n - 1][0] == '\0')
    {
      g_free (lines[n - 1]);
      lines[--n] = NULL;
    }
  if (n > 1)
    qsort (lines + 1, n - 1, sizeof (char *), compare_lines);
  return lines;
}

static void
test_competency_query (gconstpointer data)
{
  const char *name = data;
  g_autofree char *file = g_strconcat (name, ".tsv", NULL);
  g_autofree char *expected_path = src_path ("tests", "data", "expected", file, NULL);
  g_autofree char *expected = NULL;
  g_autofree char *got = run_sample (name, WARTA_QUERY_FORMAT_TSV);
  g_auto (GStrv) want_rows = NULL, got_rows = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  g_assert_no_error (error);
  want_rows = rows_of (expected);
  got_rows = rows_of (got);
  g_assert_cmpuint (g_strv_length (want_rows), >, 1);
  for (guint i = 0; want_rows[i] != NULL && got_rows[i] != NULL; i++)
    g_assert_cmpstr (got_rows[i], ==, want_rows[i]);
  g_assert_cmpuint (g_strv_length (got_rows), ==, g_strv_length (want_rows));
}

static void
test_every_query_has_question (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (warta_test_competency_queries); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text = warta_query_resolve (warta_test_competency_queries[i], &error);

      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (text, "# Question: "));
    }
}

/* The default graph is the union of the article graphs with each triple
 * once: d1 is stated in both articles but counted once. */
static void
test_union_default_graph (void)
{
  g_autofree char *all = run_sample ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                                     WARTA_QUERY_FORMAT_CSV);
  g_autofree char *troops = run_sample ("SELECT ?n WHERE { ?d <https://w3id.org/warta/ns#troops> ?n }",
                                        WARTA_QUERY_FORMAT_CSV);

  g_assert_cmpstr (all, ==, "n\r\n143\r\n");
  g_assert_nonnull (strstr (troops, "1500"));
  g_assert_nonnull (strstr (troops, "12000"));
  g_assert_cmpuint (strlen (troops), ==, strlen ("n\r\n1500\r\n12000\r\n"));
}

static void
test_named_graphs (void)
{
  g_autofree char *got = run_sample (
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
      WARTA_QUERY_FORMAT_CSV);

  g_assert_cmpstr (got, ==,
                   "g,n\r\n"
                   "https://w3id.org/warta/id/article/a1_sample.txt,29\r\n"
                   "https://w3id.org/warta/id/article/a2_sample.txt,62\r\n"
                   "https://w3id.org/warta/id/graph/actors,62\r\n");
}

static char *
write_temp (const char *name, const char *contents)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("warta-query-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

static const char tricky_ttl[] =
  "@prefix ex: <http://example.org/> .\n"
  "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
  "ex:a ex:says \"he said, \\\"no\\\"\\nthen left\" ;\n"
  "     ex:count 7 ;\n"
  "     ex:name \"Korea Utara\"@id ;\n"
  "     ex:when \"2024-10\"^^xsd:gYearMonth .\n";

static void
test_csv_quoting (void)
{
  g_autofree char *path = write_temp ("tricky.ttl", tricky_ttl);
  g_autofree char *got = run_file (path, "SELECT ?o WHERE { ?s <http://example.org/says> ?o }",
                                   WARTA_QUERY_FORMAT_CSV);

  g_assert_cmpstr (got, ==, "o\r\n\"he said, \"\"no\"\"\nthen left\"\r\n");
  remove_temp (path);
}

static void
test_json_terms (void)
{
  g_autofree char *path = write_temp ("tricky.ttl", tricky_ttl);
  g_autofree char *got = run_file (path,
      "SELECT ?s ?says ?count ?name ?when ?none WHERE { ?s <http://example.org/says> ?says ; "
      "<http://example.org/count> ?count ; <http://example.org/name> ?name ; "
      "<http://example.org/when> ?when OPTIONAL { ?s <http://example.org/nothing> ?none } }",
      WARTA_QUERY_FORMAT_JSON);

  g_assert_nonnull (strstr (got, "\"vars\": [ \"s\", \"says\", \"count\", \"name\", \"when\", \"none\" ]"));
  g_assert_nonnull (strstr (got, "\"s\": { \"type\": \"uri\", \"value\": \"http://example.org/a\" }"));
  g_assert_nonnull (strstr (got, "\"value\": \"he said, \\\"no\\\"\\nthen left\" }"));
  g_assert_nonnull (strstr (got, "{ \"type\": \"literal\", \"value\": \"7\", \"datatype\": "
                                 "\"http://www.w3.org/2001/XMLSchema#integer\" }"));
  g_assert_nonnull (strstr (got, "{ \"type\": \"literal\", \"value\": \"Korea Utara\", \"xml:lang\": \"id\" }"));
  g_assert_nonnull (strstr (got, "\"http://www.w3.org/2001/XMLSchema#gYearMonth\""));
  /* an unbound variable is left out of its binding */
  g_assert_null (strstr (got, "\"none\": {"));
  remove_temp (path);
}

static void
test_json_boolean (void)
{
  g_autofree char *yes = run_sample ("ASK { ?d <https://w3id.org/warta/ns#troops> 12000 }",
                                     WARTA_QUERY_FORMAT_JSON);
  g_autofree char *no = run_sample ("ASK { ?d <https://w3id.org/warta/ns#troops> 99 }",
                                    WARTA_QUERY_FORMAT_TABLE);

  g_assert_cmpstr (yes, ==, "{ \"head\": {}, \"boolean\": true }\n");
  g_assert_cmpstr (no, ==, "false\n");
}

static void
test_table (void)
{
  g_autofree char *got = run_sample ("contradictions", WARTA_QUERY_FORMAT_TABLE);
  g_auto (GStrv) lines = g_strsplit (got, "\n", -1);
  const char *col = strstr (lines[0], "troops");

  g_assert_nonnull (col);
  g_assert_true (g_str_has_prefix (lines[0], "agent "));
  g_assert_true (g_str_has_prefix (lines[1], "-----"));
  /* every row has its troop figure under the header */
  for (guint i = 2; i < 5; i++)
    g_assert_true (g_ascii_isdigit (lines[i][col - lines[0]]));
  g_assert_nonnull (strstr (got, "<https://w3id.org/warta/id/deployment/d2>"));
  g_assert_cmpstr (lines[5], ==, "(3 rows)");
}

static void
test_resolve (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *qdir = src_path ("ontology", "queries", NULL);
  g_autofree char *by_name = NULL, *with_ext = NULL, *by_path = NULL, *text = NULL;
  g_autofree char *path = g_build_filename (qdir, "treaties.rq", NULL);

  g_setenv ("WARTA_QUERY_DIR", qdir, TRUE);
  by_name = warta_query_resolve ("treaties", &error);
  g_assert_no_error (error);
  with_ext = warta_query_resolve ("treaties.rq", &error);
  g_assert_no_error (error);
  by_path = warta_query_resolve (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (by_name, ==, by_path);
  g_assert_cmpstr (with_ext, ==, by_path);
  text = warta_query_resolve ("ASK{}", &error);
  g_assert_cmpstr (text, ==, "ASK{}");

  g_assert_null (warta_query_resolve ("no-such-query", &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, qdir));
}

static void
test_formats_by_name (void)
{
  WartaQueryFormat f;

  g_assert_true (warta_query_format_from_name ("json", &f));
  g_assert_cmpint (f, ==, WARTA_QUERY_FORMAT_JSON);
  g_assert_true (warta_query_format_from_name ("TSV", &f));
  g_assert_cmpint (f, ==, WARTA_QUERY_FORMAT_TSV);
  g_assert_false (warta_query_format_from_name ("xml", &f));
}

static void
test_errors (void)
{
  g_autofree char *sample = sample_graph ();
  g_autofree char *bad = write_temp ("bad.nq", "<http://x/a> <http://x/b> .\n");
  const char *good_files[] = { sample, NULL };
  const char *bad_files[] = { bad, NULL };
  const char *missing[] = { "/nonexistent/graph.nq", NULL };
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) e1 = NULL, e2 = NULL, e3 = NULL;

  g_assert_false (warta_query_run (good_files, "SELECT ?x WHERE { ?x", WARTA_QUERY_FORMAT_TSV, out, &e1));
  g_assert_error (e1, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_false (warta_query_run (bad_files, "ASK {}", WARTA_QUERY_FORMAT_TSV, out, &e2));
  g_assert_error (e2, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (e2->message, "bad.nq"));
  g_assert_false (warta_query_run (missing, "ASK {}", WARTA_QUERY_FORMAT_TSV, out, &e3));
  g_assert_error (e3, WARTA_ERROR, WARTA_ERROR_NOT_FOUND);
  remove_temp (bad);
}

/* The in-memory variant sees the same dataset as the file. */
static void
test_run_graph (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *sample = sample_graph ();
  g_autofree char *text = warta_query_resolve ("troop-claims", &error);
  g_autofree char *from_file = run_sample ("troop-claims", WARTA_QUERY_FORMAT_TSV);
  g_auto (GStrv) a = NULL, b = NULL;

  g_assert_true (warta_graph_parse_file (g, sample, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (warta_query_run_graph (g, text, WARTA_QUERY_FORMAT_TSV, out, &error));
  g_assert_no_error (error);
  a = rows_of (out->str);
  b = rows_of (from_file);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
  for (guint i = 0; a[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

int
main (int argc, char **argv)
{
  g_autofree char *qdir = NULL;

  g_test_init (&argc, &argv, NULL);
  qdir = src_path ("ontology", "queries", NULL);
  g_setenv ("WARTA_QUERY_DIR", qdir, TRUE);
  for (gsize i = 0; i < G_N_ELEMENTS (warta_test_competency_queries); i++)
    {
      g_autofree char *name = g_strconcat ("/query/competency/", warta_test_competency_queries[i], NULL);
      g_test_add_data_func (name, warta_test_competency_queries[i], test_competency_query);
    }
  g_test_add_func ("/query/competency/questions", test_every_query_has_question);
  g_test_add_func ("/query/dataset/union", test_union_default_graph);
  g_test_add_func ("/query/dataset/named-graphs", test_named_graphs);
  g_test_add_func ("/query/format/csv-quoting", test_csv_quoting);
  g_test_add_func ("/query/format/json-terms", test_json_terms);
  g_test_add_func ("/query/format/boolean", test_json_boolean);
  g_test_add_func ("/query/format/table", test_table);
  g_test_add_func ("/query/format/by-name", test_formats_by_name);
  g_test_add_func ("/query/resolve", test_resolve);
  g_test_add_func ("/query/errors", test_errors);
  g_test_add_func ("/query/graph", test_run_graph);
  return g_test_run ();
}
