/* test-graph.c: the in-memory quad set and Raptor-based parsing. */
#include "warta-graph.h"
#include "warta-error.h"

#include <glib/gstdio.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#define EX "http://example.org/"
#define XSD "http://www.w3.org/2001/XMLSchema#"

static char *
nt (const WartaTerm *t)
{
  return t ? warta_term_to_ntriples (t) : g_strdup ("-");
}

/* Writes @text to a new file @name in a fresh temporary directory. */
static char *
temp_file (const char *name, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("warta-graph-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_interning (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();

  g_assert_true (warta_graph_iri (g, EX "a") == warta_graph_iri (g, EX "a"));
  g_assert_true (warta_graph_iri (g, EX "a") != warta_graph_iri (g, EX "b"));
  g_assert_true (warta_graph_iri (g, EX "a") != warta_graph_blank (g, EX "a"));
  /* xsd:string is the plain literal; language tags compare in lower case */
  g_assert_true (warta_graph_literal (g, "x", XSD "string", NULL)
                 == warta_graph_literal (g, "x", NULL, NULL));
  g_assert_true (warta_graph_literal (g, "x", NULL, "EN") == warta_graph_literal (g, "x", NULL, "en"));
  g_assert_true (warta_graph_literal (g, "x", NULL, "en") != warta_graph_literal (g, "x", NULL, NULL));
  g_assert_true (warta_graph_literal (g, "1", XSD "integer", NULL)
                 != warta_graph_literal (g, "1", NULL, NULL));
  g_assert_cmpstr (warta_graph_literal (g, "x", NULL, "ID")->lang, ==, "id");
}

static void
test_ntriples_form (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autofree char *a = nt (warta_graph_iri (g, EX "a"));
  g_autofree char *b = nt (warta_graph_blank (g, "b0"));
  g_autofree char *c = nt (warta_graph_literal (g, "Kata \"dia\"\tZürich\nlagi\\", NULL, "id"));
  g_autofree char *d = nt (warta_graph_literal (g, "1500", XSD "integer", NULL));

  g_assert_cmpstr (a, ==, "<" EX "a>");
  g_assert_cmpstr (b, ==, "_:b0");
  g_assert_cmpstr (c, ==, "\"Kata \\\"dia\\\"\\tZürich\\nlagi\\\\\"@id");
  g_assert_cmpstr (d, ==, "\"1500\"^^<" XSD "integer>");
  /* literals < IRIs < blank nodes, as their N-Triples forms sort */
  g_assert_cmpint (warta_term_compare (warta_graph_literal (g, "z", NULL, NULL),
                                       warta_graph_iri (g, EX "a")), <, 0);
  g_assert_cmpint (warta_term_compare (warta_graph_iri (g, EX "b"),
                                       warta_graph_iri (g, EX "a")), >, 0);
  g_assert_cmpint (warta_term_compare (warta_graph_blank (g, "a"),
                                       warta_graph_iri (g, EX "z")), >, 0);
  g_assert_cmpint (warta_term_compare (NULL, warta_graph_iri (g, EX "z")), <, 0);
}

static void
test_dedupe_and_order (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GArray) quads = NULL;
  static const char *const expect[] = {
    "<" EX "a> <" EX "p> \"lit\" -",
    "<" EX "a> <" EX "p> <" EX "x> -",
    "<" EX "a> <" EX "p> <" EX "x> <" EX "g1>",
    "<" EX "a> <" EX "p> <" EX "x> <" EX "g2>",
    "<" EX "a> <" EX "q> <" EX "x> -",
    "<" EX "b> <" EX "p> <" EX "x> -",
  };

  warta_graph_add_iri (g, NULL, EX "b", EX "p", EX "x");
  warta_graph_add_iri (g, EX "g2", EX "a", EX "p", EX "x");
  warta_graph_add_iri (g, NULL, EX "a", EX "q", EX "x");
  warta_graph_add_iri (g, EX "g1", EX "a", EX "p", EX "x");
  warta_graph_add_iri (g, NULL, EX "a", EX "p", EX "x");
  warta_graph_add_literal (g, NULL, EX "a", EX "p", "lit", NULL, NULL);
  /* the same quads again: nothing changes */
  warta_graph_add_iri (g, EX "g1", EX "a", EX "p", EX "x");
  warta_graph_add_literal (g, NULL, EX "a", EX "p", "lit", XSD "string", NULL);
  g_assert_false (warta_graph_add (g, warta_graph_iri (g, EX "b"), warta_graph_iri (g, EX "p"),
                                   warta_graph_iri (g, EX "x"), NULL));
  g_assert_true (warta_graph_add (g, warta_graph_iri (g, EX "b"), warta_graph_iri (g, EX "p"),
                                  warta_graph_iri (g, EX "y"), NULL));
  g_assert_cmpuint (warta_graph_size (g), ==, 7);

  quads = warta_graph_quads (g);
  g_assert_cmpuint (quads->len, ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      g_autofree char *s = nt (q->s), *p = nt (q->p), *o = nt (q->o), *gn = nt (q->g);
      g_autofree char *line = g_strdup_printf ("%s %s %s %s", s, p, o, gn);

      g_assert_cmpstr (line, ==, expect[i]);
    }
}

static void
test_terms_from_other_graph (void)
{
  g_autoptr (WartaGraph) a = warta_graph_new ();
  g_autoptr (WartaGraph) b = warta_graph_new ();
  g_autoptr (GArray) quads = NULL;

  /* terms of graph a, added to graph b: b interns its own copies */
  warta_graph_add (b, warta_graph_iri (a, EX "s"), warta_graph_iri (a, EX "p"),
                   warta_graph_literal (a, "v", NULL, "en"), NULL);
  g_assert_cmpuint (warta_graph_size (b), ==, 1);
  quads = warta_graph_match (b, warta_graph_iri (a, EX "s"), NULL, NULL, NULL, TRUE);
  g_assert_cmpuint (quads->len, ==, 1);
  g_assert_true (g_array_index (quads, WartaQuad, 0).s == warta_graph_iri (b, EX "s"));
}

static void
test_match (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GArray) m1 = NULL, m2 = NULL, m3 = NULL, m4 = NULL, m5 = NULL;
  g_autoptr (GPtrArray) objs = NULL, inst = NULL;
  WartaTerm absent = { WARTA_TERM_IRI, EX "absent", NULL, NULL };
  const char *type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  warta_graph_add_iri (g, NULL, EX "s1", type, EX "C");
  warta_graph_add_iri (g, EX "g", EX "s2", type, EX "C");
  warta_graph_add_iri (g, EX "g", EX "s1", EX "p", EX "o2");
  warta_graph_add_iri (g, NULL, EX "s1", EX "p", EX "o1");
  warta_graph_add_iri (g, EX "h", EX "s1", EX "p", EX "o1");

  m1 = warta_graph_match (g, warta_graph_iri (g, EX "s1"), warta_graph_iri (g, EX "p"), NULL,
                          NULL, TRUE);
  g_assert_cmpuint (m1->len, ==, 3);
  m2 = warta_graph_match (g, warta_graph_iri (g, EX "s1"), warta_graph_iri (g, EX "p"), NULL,
                          NULL, FALSE);
  g_assert_cmpuint (m2->len, ==, 1);
  g_assert_cmpstr (g_array_index (m2, WartaQuad, 0).o->value, ==, EX "o1");
  m3 = warta_graph_match (g, NULL, NULL, NULL, warta_graph_iri (g, EX "g"), FALSE);
  g_assert_cmpuint (m3->len, ==, 2);
  m4 = warta_graph_match (g, &absent, NULL, NULL, NULL, TRUE);
  g_assert_cmpuint (m4->len, ==, 0);
  m5 = warta_graph_match (g, NULL, NULL, warta_graph_iri (g, EX "o1"), NULL, TRUE);
  g_assert_cmpuint (m5->len, ==, 2);

  objs = warta_graph_objects (g, EX "s1", EX "p");
  g_assert_cmpuint (objs->len, ==, 2);
  g_assert_cmpstr (((WartaTerm *) objs->pdata[0])->value, ==, EX "o1");
  g_assert_cmpstr (((WartaTerm *) objs->pdata[1])->value, ==, EX "o2");
  inst = warta_graph_instances (g, EX "C");
  g_assert_cmpuint (inst->len, ==, 2);
  g_assert_cmpstr (((WartaTerm *) inst->pdata[0])->value, ==, EX "s1");
  g_assert_cmpstr (((WartaTerm *) inst->pdata[1])->value, ==, EX "s2");
}

static void
test_syntax_guess (void)
{
  g_assert_cmpstr (warta_rdf_syntax_from_filename ("a/b.ttl"), ==, "turtle");
  g_assert_cmpstr (warta_rdf_syntax_from_filename ("b.NT"), ==, "ntriples");
  g_assert_cmpstr (warta_rdf_syntax_from_filename ("b.nq"), ==, "nquads");
  g_assert_cmpstr (warta_rdf_syntax_from_filename ("b.trig"), ==, "trig");
  g_assert_cmpstr (warta_rdf_syntax_from_filename ("b.rdf"), ==, "rdfxml");
  g_assert_null (warta_rdf_syntax_from_filename ("b.jsonld"));
  g_assert_null (warta_rdf_syntax_from_filename ("b.txt"));
}

static void
test_parse_turtle (void)
{
  g_autofree char *path = temp_file ("ok.ttl",
                                     "@prefix ex: <" EX "> .\n"
                                     "ex:a ex:p \"Zürich\"@DE, 42, \"2024-06\"^^<" XSD "gYearMonth> ;\n"
                                     "  ex:q [ ex:r ex:b ] .\n"
                                     "<rel> ex:p ex:a .\n");
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) blanks = NULL;
  g_autoptr (GPtrArray) objs = NULL;
  g_autoptr (GArray) rel = NULL;
  const WartaTerm *bn;

  g_assert_true (warta_graph_parse_file (g, path, NULL, "f1_", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (warta_graph_size (g), ==, 6);
  objs = warta_graph_objects (g, EX "a", EX "p");
  g_assert_cmpuint (objs->len, ==, 3);
  /* sorted by N-Triples form: "2024-06"^^…, "42"^^…, "Zürich"@de */
  g_assert_cmpstr (((WartaTerm *) objs->pdata[0])->datatype, ==, XSD "gYearMonth");
  g_assert_cmpstr (((WartaTerm *) objs->pdata[1])->value, ==, "42");
  g_assert_cmpstr (((WartaTerm *) objs->pdata[1])->datatype, ==, XSD "integer");
  g_assert_cmpstr (((WartaTerm *) objs->pdata[2])->lang, ==, "de");
  blanks = warta_graph_match (g, warta_graph_iri (g, EX "a"), warta_graph_iri (g, EX "q"), NULL,
                              NULL, TRUE);
  g_assert_cmpuint (blanks->len, ==, 1);
  bn = g_array_index (blanks, WartaQuad, 0).o;
  g_assert_cmpint (bn->kind, ==, WARTA_TERM_BLANK);
  g_assert_true (g_str_has_prefix (bn->value, "f1_"));
  /* a relative IRI resolves against the file */
  rel = warta_graph_match (g, NULL, NULL, warta_graph_iri (g, EX "a"), NULL, TRUE);
  g_assert_cmpuint (rel->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_array_index (rel, WartaQuad, 0).s->value, "file:///"));
  g_assert_true (g_str_has_suffix (g_array_index (rel, WartaQuad, 0).s->value, "/rel"));
  remove_temp (path);
}

static void
test_parse_nquads_graphs (void)
{
  g_autofree char *path = temp_file ("q.nq",
                                     "<" EX "a> <" EX "p> <" EX "b> <" EX "g1> .\n"
                                     "<" EX "a> <" EX "p> <" EX "b> <" EX "g2> .\n"
                                     "<" EX "a> <" EX "p> <" EX "b> .\n"
                                     "_:x <" EX "p> \"v\" <" EX "g1> .\n");
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) quads = NULL;

  g_assert_true (warta_graph_parse_file (g, path, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (warta_graph_size (g), ==, 4);
  quads = warta_graph_quads (g);
  g_assert_null (g_array_index (quads, WartaQuad, 0).g);
  g_assert_cmpstr (g_array_index (quads, WartaQuad, 1).g->value, ==, EX "g1");
  g_assert_cmpstr (g_array_index (quads, WartaQuad, 2).g->value, ==, EX "g2");
  g_assert_cmpint (g_array_index (quads, WartaQuad, 3).s->kind, ==, WARTA_TERM_BLANK);
  g_assert_cmpstr (g_array_index (quads, WartaQuad, 3).s->value, ==, "x");
  remove_temp (path);
}

static void
test_parse_two_files_blank_nodes_apart (void)
{
  g_autofree char *p1 = temp_file ("a.nt", "_:b <" EX "p> \"1\" .\n");
  g_autofree char *p2 = temp_file ("b.nt", "_:b <" EX "p> \"2\" .\n");
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) subjects = g_ptr_array_new ();
  g_autoptr (GArray) quads = NULL;

  g_assert_true (warta_graph_parse_file (g, p1, "ntriples", "a_", &error));
  g_assert_true (warta_graph_parse_file (g, p2, "ntriples", "b_", &error));
  g_assert_no_error (error);
  quads = warta_graph_quads (g);
  g_assert_cmpuint (quads->len, ==, 2);
  g_assert_true (g_array_index (quads, WartaQuad, 0).s != g_array_index (quads, WartaQuad, 1).s);
  remove_temp (p1);
  remove_temp (p2);
}

static void
test_parse_error_line (void)
{
  g_autofree char *path = temp_file ("bad.ttl",
                                     "@prefix ex: <" EX "> .\n"
                                     "ex:a ex:p ex:b .\n"
                                     "\n"
                                     "ex:a ex:p \"unterminated .\n");
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *needle = g_strdup_printf ("%s:4:", path);

  g_assert_false (warta_graph_parse_file (g, path, NULL, NULL, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, needle));
  remove_temp (path);
}

static void
test_parse_unsupported (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) e1 = NULL, e2 = NULL, e3 = NULL;

  g_assert_false (warta_graph_parse_file (g, "graph.jsonld", NULL, NULL, &e1));
  g_assert_error (e1, WARTA_ERROR, WARTA_ERROR_USAGE);
  g_assert_nonnull (strstr (e1->message, "JSON-LD"));
  g_assert_false (warta_graph_parse_file (g, "notes.txt", NULL, NULL, &e2));
  g_assert_error (e2, WARTA_ERROR, WARTA_ERROR_USAGE);
  g_assert_false (warta_graph_parse_file (g, "/nonexistent/dir/x.ttl", NULL, NULL, &e3));
  g_assert_nonnull (e3);
  g_assert_nonnull (strstr (e3->message, "/nonexistent/dir/x.ttl"));
  g_assert_cmpuint (warta_graph_size (g), ==, 0);
}

static void
test_parse_stdin (void)
{
  g_autofree char *path = temp_file ("in.ttl", "<" EX "a> <" EX "p> <" EX "b>, <" EX "c> .\n");
  g_autoptr (WartaGraph) g = warta_graph_new ();
  g_autoptr (GError) error = NULL;
  int fd = g_open (path, O_RDONLY, 0);
  int saved = dup (0);
  gboolean ok;

  /* "-" reads standard input: point fd 0 at the file for the call */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (dup2 (fd, 0), ==, 0);
  ok = warta_graph_parse_file (g, "-", NULL, NULL, &error);
  dup2 (saved, 0);
  close (saved);
  close (fd);
  clearerr (stdin);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (warta_graph_size (g), ==, 2);
  remove_temp (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/graph/interning", test_interning);
  g_test_add_func ("/graph/ntriples-form", test_ntriples_form);
  g_test_add_func ("/graph/dedupe-and-order", test_dedupe_and_order);
  g_test_add_func ("/graph/terms-from-other-graph", test_terms_from_other_graph);
  g_test_add_func ("/graph/match", test_match);
  g_test_add_func ("/graph/syntax-guess", test_syntax_guess);
  g_test_add_func ("/graph/parse-turtle", test_parse_turtle);
  g_test_add_func ("/graph/parse-nquads-graphs", test_parse_nquads_graphs);
  g_test_add_func ("/graph/parse-blank-prefix", test_parse_two_files_blank_nodes_apart);
  g_test_add_func ("/graph/parse-error-line", test_parse_error_line);
  g_test_add_func ("/graph/parse-unsupported", test_parse_unsupported);
  g_test_add_func ("/graph/parse-stdin", test_parse_stdin);
  return g_test_run ();
}
