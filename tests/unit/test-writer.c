/* test-writer.c: Turtle / N-Triples / N-Quads output and atomic files. */
#include "warta-writer.h"
#include "warta-error.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#define EX "https://w3id.org/warta/id/"
#define W "https://w3id.org/warta/ns#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

typedef struct {
  int kind;  /* 0 iri object, 1 literal */
  const char *g, *s, *p, *o, *dt, *lang;
} Row;

static const Row rows[] = {
  { 0, EX "article/a", EX "deployment/1", RDF_TYPE, W "Deployment" },
  { 0, EX "article/b", EX "deployment/1", RDF_TYPE, W "Deployment" },
  { 0, EX "article/a", EX "deployment/1", W "agent", EX "actor/north-korea" },
  { 1, EX "article/a", EX "deployment/1", W "troops", "1500", XSD "integer" },
  { 1, EX "article/b", EX "deployment/1", W "troops", "1500", XSD "integer" },
  { 1, EX "article/a", EX "deployment/1", W "date", "2024-10-24", XSD "date" },
  { 1, EX "article/a", EX "deployment/1", W "startDate", "2024-06", XSD "gYearMonth" },
  { 1, EX "article/a", EX "deployment/1", W "endDate", "2025", XSD "gYear" },
  { 1, EX "article/b", EX "treaty/2", W "signedOn", "--06", XSD "gMonth" },
  { 1, EX "article/a", EX "deployment/1", W "evidence",
    "Kata \"dia\": pasukan\ttiba di Zürich\nbaris dua \\ “kutipan” — selesai." },
  { 1, EX "article/b", EX "deployment/1", W "evidence", "Sentence with 1.50 and -007 in it." },
  { 1, EX "graph/actors", EX "actor/north-korea", "http://www.w3.org/2004/02/skos/core#prefLabel",
    "North Korea", NULL, "en" },
  { 1, EX "graph/actors", EX "actor/north-korea", "http://www.w3.org/2004/02/skos/core#altLabel",
    "Korea Utara", NULL, "id" },
  { 0, NULL, EX "actor/north-korea", "http://www.w3.org/2002/07/owl#sameAs",
    "http://www.wikidata.org/entity/Q423" },
  { 1, NULL, EX "article/a", "http://purl.org/dc/terms/identifier", "000_849ee8f691e751fa.txt" },
};

static void
add_row (WartaGraph *g, const Row *r)
{
  if (r->kind == 0)
    warta_graph_add_iri (g, r->g, r->s, r->p, r->o);
  else
    warta_graph_add_literal (g, r->g, r->s, r->p, r->o, r->dt, r->lang);
}

/* The sample graph, rows added in order @perm (or in order when NULL). */
static WartaGraph *
sample_graph (gboolean reversed)
{
  WartaGraph *g = warta_graph_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    add_row (g, &rows[reversed ? G_N_ELEMENTS (rows) - 1 - i : i]);
  return g;
}

/* A copy of @g with every quad moved to the default graph. */
static WartaGraph *
union_graph (const WartaGraph *g)
{
  WartaGraph *u = warta_graph_new ();
  g_autoptr (GArray) quads = warta_graph_quads (g);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);

      warta_graph_add (u, q->s, q->p, q->o, NULL);
    }
  return u;
}

/* Quad sets equal: the N-Quads of both are equal. */
static void
assert_same_quads (const WartaGraph *a, const WartaGraph *b)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *na = warta_graph_serialize (a, WARTA_FORMAT_NQUADS, NULL, &error);
  g_autofree char *nb = warta_graph_serialize (b, WARTA_FORMAT_NQUADS, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (na, ==, nb);
}

static void
assert_no_blank_nodes (const WartaGraph *g)
{
  g_autoptr (GArray) quads = warta_graph_quads (g);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);

      g_assert_cmpint (q->s->kind, !=, WARTA_TERM_BLANK);
      g_assert_cmpint (q->o->kind, !=, WARTA_TERM_BLANK);
    }
}

static void
roundtrip (WartaRdfFormat format, const char *name)
{
  g_autoptr (WartaGraph) g = sample_graph (FALSE);
  g_autoptr (WartaGraph) back = warta_graph_new ();
  g_autoptr (WartaGraph) expect = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("warta-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (warta_graph_write_file (g, format, path, &error));
  g_assert_no_error (error);
  g_assert_true (warta_graph_parse_file (back, path, NULL, NULL, &error));
  g_assert_no_error (error);
  expect = format == WARTA_FORMAT_NQUADS ? NULL : union_graph (g);
  assert_same_quads (expect ? expect : g, back);
  assert_no_blank_nodes (back);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_roundtrip_turtle (void)
{
  roundtrip (WARTA_FORMAT_TURTLE, "out.ttl");
}

static void
test_roundtrip_ntriples (void)
{
  roundtrip (WARTA_FORMAT_NTRIPLES, "out.nt");
}

static void
test_roundtrip_nquads (void)
{
  roundtrip (WARTA_FORMAT_NQUADS, "out.nq");
}

static void
test_ntriples_lines (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *nt = NULL, *nq = NULL;
  gsize len = 0;

  warta_graph_add_literal (g, EX "g1", EX "s", W "p", "a \"b\"\nc", NULL, NULL);
  warta_graph_add_literal (g, EX "g2", EX "s", W "p", "a \"b\"\nc", NULL, NULL);
  warta_graph_add_literal (g, NULL, EX "s", W "n", "12", XSD "integer", NULL);
  nt = warta_graph_serialize (g, WARTA_FORMAT_NTRIPLES, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (nt, ==,
                   "<" EX "s> <" W "n> \"12\"^^<" XSD "integer> .\n"
                   "<" EX "s> <" W "p> \"a \\\"b\\\"\\nc\" .\n");
  g_assert_cmpuint (len, ==, strlen (nt));
  nq = warta_graph_serialize (g, WARTA_FORMAT_NQUADS, NULL, &error);
  g_assert_cmpstr (nq, ==,
                   "<" EX "s> <" W "n> \"12\"^^<" XSD "integer> .\n"
                   "<" EX "s> <" W "p> \"a \\\"b\\\"\\nc\" <" EX "g1> .\n"
                   "<" EX "s> <" W "p> \"a \\\"b\\\"\\nc\" <" EX "g2> .\n");
}

static void
test_turtle_shape (void)
{
  g_autoptr (WartaGraph) g = sample_graph (FALSE);
  g_autoptr (GError) error = NULL;
  g_autofree char *ttl = warta_graph_serialize (g, WARTA_FORMAT_TURTLE, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (ttl, "@prefix warta: <" W "> ."));
  g_assert_nonnull (strstr (ttl, "@prefix xsd: <" XSD "> ."));
  g_assert_null (strstr (ttl, "@base"));
  g_assert_nonnull (strstr (ttl, "<" EX "deployment/1>"));   /* absolute IRIs */
  g_assert_nonnull (strstr (ttl, "\"2024-10-24\"^^xsd:date"));
  g_assert_nonnull (strstr (ttl, "\"--06\"^^xsd:gMonth"));
  g_assert_null (strstr (ttl, "_:"));
  /* each triple once, though it is in two graphs */
  g_assert_null (strstr (strstr (ttl, "a warta:Deployment") + 1, "a warta:Deployment"));
}

static void
test_byte_identical (void)
{
  g_autoptr (WartaGraph) a = sample_graph (FALSE);
  g_autoptr (WartaGraph) b = sample_graph (TRUE);

  for (int f = WARTA_FORMAT_TURTLE; f <= WARTA_FORMAT_NQUADS; f++)
    {
      g_autoptr (GError) error = NULL;
      gsize la = 0, lb = 0;
      g_autofree char *sa = warta_graph_serialize (a, (WartaRdfFormat) f, &la, &error);
      g_autofree char *sb = warta_graph_serialize (b, (WartaRdfFormat) f, &lb, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (la, ==, lb);
      g_assert_cmpuint (la, >, 0);
      g_assert_true (memcmp (sa, sb, la) == 0);
    }
}

static void
test_format_names (void)
{
  WartaRdfFormat f = WARTA_FORMAT_NQUADS;

  g_assert_true (warta_rdf_format_from_name ("ttl", &f) && f == WARTA_FORMAT_TURTLE);
  g_assert_true (warta_rdf_format_from_name ("ntriples", &f) && f == WARTA_FORMAT_NTRIPLES);
  g_assert_true (warta_rdf_format_from_name ("nq", &f) && f == WARTA_FORMAT_NQUADS);
  g_assert_false (warta_rdf_format_from_name ("jsonld", &f));
  g_assert_true (warta_rdf_format_from_filename ("out/x.nt", &f) && f == WARTA_FORMAT_NTRIPLES);
  g_assert_true (warta_rdf_format_from_filename ("x.ttl", &f) && f == WARTA_FORMAT_TURTLE);
  g_assert_false (warta_rdf_format_from_filename ("x.d/out", &f));
  g_assert_false (warta_rdf_format_from_filename ("x.rdf", &f));
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

static void
test_atomic_write_failure_keeps_old (void)
{
  g_autofree char *dir = g_dir_make_tmp ("warta-atomic-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.ttl", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "out.ttl", NULL);
  g_autofree char *content = NULL;
  g_autofree char *big = g_strnfill (100000, 'x');
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) e2 = NULL;
  struct rlimit saved, small;
  GStatBuf st;
  gboolean ok;

  g_assert_true (warta_write_file_atomic (path, "old\n", 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0644);

  /* writing fails half-way (file size limit; works even as root) */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 1000;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = warta_write_file_atomic (path, big, 100000, &error);
  setrlimit (RLIMIT_FSIZE, &saved);
  signal (SIGXFSZ, SIG_DFL);
  g_assert_false (ok);
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_IO);
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "old\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);   /* no temporary file left */

  /* an unwritable directory (only meaningful when not root) */
  if (geteuid () != 0)
    {
      g_autoptr (GError) e3 = NULL;
      g_autofree char *again = NULL;

      g_chmod (dir, 0555);
      g_assert_false (warta_write_file_atomic (path, "new\n", 4, &e3));
      g_chmod (dir, 0755);
      g_assert_nonnull (e3);
      g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
      g_assert_cmpstr (again, ==, "old\n");
    }

  /* a directory that does not exist */
  g_assert_false (warta_write_file_atomic (missing, "x", 1, &e2));
  g_assert_error (e2, WARTA_ERROR, WARTA_ERROR_IO);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_write_stdout (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (WartaGraph) g = warta_graph_new ();
      g_autoptr (GError) error = NULL;

      warta_graph_add_iri (g, NULL, EX "s", W "p", EX "o");
      g_assert_true (warta_graph_write_file (g, WARTA_FORMAT_NTRIPLES, "-", &error));
      g_assert_true (warta_graph_write_file (g, WARTA_FORMAT_NTRIPLES, NULL, &error));
      return;
    }
  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("<" EX "s> <" W "p> <" EX "o> .\n<" EX "s> <" W "p> <" EX "o> .\n");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/writer/roundtrip-turtle", test_roundtrip_turtle);
  g_test_add_func ("/writer/roundtrip-ntriples", test_roundtrip_ntriples);
  g_test_add_func ("/writer/roundtrip-nquads", test_roundtrip_nquads);
  g_test_add_func ("/writer/ntriples-lines", test_ntriples_lines);
  g_test_add_func ("/writer/turtle-shape", test_turtle_shape);
  g_test_add_func ("/writer/byte-identical", test_byte_identical);
  g_test_add_func ("/writer/format-names", test_format_names);
  g_test_add_func ("/writer/atomic-write-failure", test_atomic_write_failure_keeps_old);
  g_test_add_func ("/writer/write-stdout", test_write_stdout);
  return g_test_run ();
}
