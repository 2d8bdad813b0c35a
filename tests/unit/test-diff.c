/* test-diff.c: diffing datasets (warta diff).
 *
 * Hand-made inputs with hand-checked expected outputs: Turtle against
 * N-Triples in another order, blank-node renamings, a removed article, a
 * corrected troop count and a new Denial (exact +/- lines and summary
 * sentences), RDF Patch round trips, SPARQL Update shape, and the exit
 * status of the command. */
#include <string.h>
#include <glib/gstdio.h>

#include "warta-commands.h"
#include "warta-diff.h"
#include "warta-error.h"

#define ID "https://w3id.org/warta/id/"
#define NS "https://w3id.org/warta/ns#"
#define TYPE "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
#define IDENT "<http://purl.org/dc/terms/identifier>"
#define DERIVED "<http://www.w3.org/ns/prov#wasDerivedFrom>"
#define PREF "<http://www.w3.org/2004/02/skos/core#prefLabel>"
#define INT "^^<http://www.w3.org/2001/XMLSchema#integer>"
#define G1 " <" ID "article/a1> .\n"
#define G2 " <" ID "article/a2> .\n"
#define GA " <" ID "graph/actors> .\n"

#define ACTORS \
  "<" ID "nk> " TYPE " <" NS "State>" GA \
  "<" ID "nk> " PREF " \"North Korea\"@en" GA \
  "<" ID "vlad> " TYPE " <" NS "Place>" GA \
  "<" ID "vlad> " PREF " \"Vladivostok\"@en" GA \
  "<" ID "ukr> " TYPE " <" NS "Organization>" GA \
  "<" ID "ukr> " PREF " \"Ukrainian military intelligence\"@en" GA \
  "<" ID "peskov> " TYPE " <" NS "Person>" GA \
  "<" ID "peskov> " PREF " \"Dmitry Peskov\"@en" GA \
  "<" ID "kremlin> " TYPE " <" NS "Organization>" GA \
  "<" ID "kremlin> " PREF " \"Kremlin\"@en" GA

#define ARTICLE1 \
  "<" ID "art1> " TYPE " <" NS "Article>" G1 \
  "<" ID "art1> " IDENT " \"001_a.txt\"" G1 \
  "<" ID "dep1> " TYPE " <" NS "Deployment>" G1 \
  "<" ID "dep1> <" NS "agent> <" ID "nk>" G1 \
  "<" ID "dep1> <" NS "destination> <" ID "vlad>" G1 \
  "<" ID "dep1> " DERIVED " <" ID "art1>" G1 \
  "<" ID "claim1> " TYPE " <" NS "Claim>" G1 \
  "<" ID "claim1> <" NS "speaker> <" ID "ukr>" G1 \
  "<" ID "claim1> <" NS "about> <" ID "dep1>" G1 \
  "<" ID "claim1> " DERIVED " <" ID "art1>" G1

#define ARTICLE2 \
  "<" ID "art2> " TYPE " <" NS "Article>" G2 \
  "<" ID "art2> " IDENT " \"002_b.txt\"" G2 \
  "<" ID "den1> " TYPE " <" NS "Denial>" G2 \
  "<" ID "den1> <" NS "speaker> <" ID "peskov>" G2 \
  "<" ID "den1> <" NS "about> <" ID "dep1>" G2 \
  "<" ID "den1> " DERIVED " <" ID "art2>" G2

#define NEW_DENIAL \
  "<" ID "den2> " TYPE " <" NS "Denial>" G1 \
  "<" ID "den2> <" NS "speaker> <" ID "kremlin>" G1 \
  "<" ID "den2> <" NS "about> <" ID "dep1>" G1 \
  "<" ID "den2> " DERIVED " <" ID "art1>" G1

static const char old_nq[] =
  ACTORS ARTICLE1 "<" ID "dep1> <" NS "troops> \"1500\"" INT G1 ARTICLE2;
static const char new_nq[] =
  NEW_DENIAL "<" ID "dep1> <" NS "troops> \"3000\"" INT G1 ARTICLE1 ACTORS;

static char *tmpdir;

static char *
write_tmp (const char *name, const char *text)
{
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static WartaDiff *
diff_texts (const char *old_name, const char *old_text, const char *new_name,
            const char *new_text)
{
  g_autofree char *a = write_tmp (old_name, old_text);
  g_autofree char *b = write_tmp (new_name, new_text);
  g_autoptr (GError) error = NULL;
  WartaDiff *d = warta_diff_files (a, NULL, b, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

/* ---------------------------------------------------------------- equality */

static const char turtle[] =
  "@prefix ex: <http://example.org/> .\n"
  "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
  "ex:a ex:name \"Alpha\"@en , \"Alfa\"@id ;\n"
  "     ex:count 3 ;\n"
  "     ex:note \"\"\"two\nlines with \"quotes\" and a tab\t.\"\"\" ;\n"
  "     ex:link ex:b .\n"
  "ex:b a ex:Thing ; ex:size \"1.5\"^^xsd:decimal ; ex:plain \"x\"^^xsd:string .\n";
static const char ntriples_shuffled[] =
  "<http://example.org/b> <http://example.org/plain> \"x\" .\n"
  "<http://example.org/a> <http://example.org/note> \"two\\nlines with \\\"quotes\\\" and a tab\\u0009.\" .\n"
  "<http://example.org/b> <http://example.org/size> \"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
  "# a comment\n"
  "<http://example.org/a> <http://example.org/count> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
  "<http://example.org/a>   <http://example.org/link> <http://example.org/b>.\n"
  "<http://example.org/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Thing> .\n"
  "<http://example.org/a> <http://example.org/name> \"Alfa\"@id .\n"
  "<http://example.org/a> <http://example.org/name> \"Alpha\"@en .\n"
  "<http://example.org/a> <http://example.org/name> \"Alpha\"@en .\n";

static void
test_turtle_vs_ntriples (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("same.ttl", turtle, "same.nt", ntriples_shuffled);
  g_autofree char *summary = warta_diff_summary (d, NULL);

  g_assert_true (warta_diff_is_empty (d));
  g_assert_cmpuint (d->n_old, ==, 8);
  g_assert_cmpuint (d->n_new, ==, 8);
  g_assert_false (d->canonicalized);
  g_assert_cmpstr (summary, ==, "0 statements removed, 0 added (OLD has 8, NEW has 8)\n");
}

static void
test_changed_literal_is_seen (void)
{
  g_autofree char *changed = g_strdup (ntriples_shuffled);
  g_autoptr (WartaDiff) d = NULL;
  g_autofree char *nt = NULL;

  *strstr (changed, "Alfa") = 'E';
  d = diff_texts ("same.ttl", turtle, "changed.nt", changed);
  nt = warta_diff_to_ntriples (d);
  g_assert_cmpstr (nt, ==,
                   "- <http://example.org/a> <http://example.org/name> \"Alfa\"@id .\n"
                   "+ <http://example.org/a> <http://example.org/name> \"Elfa\"@id .\n");
}

static const char bnodes_ttl[] =
  "@prefix ex: <http://example.org/> .\n"
  "ex:root ex:first _:n1 .\n"
  "_:n1 ex:next _:n2 ; ex:v \"1\" .\n"
  "_:n2 ex:next _:n3 ; ex:v \"2\" .\n"
  "_:n3 ex:next _:n4 .\n"
  "_:n4 ex:next _:n5 .\n"
  "_:n5 ex:next _:n1 ; ex:tag [ ex:v \"leaf\" ] .\n";
/* the same 5-cycle plus a leaf, labels renamed and lines reordered */
static const char bnodes_nt[] =
  "_:zz <http://example.org/next> _:b1 .\n"
  "_:b3 <http://example.org/next> _:b4 .\n"
  "_:leaf <http://example.org/v> \"leaf\" .\n"
  "_:b1 <http://example.org/v> \"1\" .\n"
  "_:b4 <http://example.org/next> _:b5 .\n"
  "<http://example.org/root> <http://example.org/first> _:b1 .\n"
  "_:b5 <http://example.org/next> _:zz .\n"
  "_:zz <http://example.org/tag> _:leaf .\n"
  "_:b1 <http://example.org/next> _:b3 .\n"
  "_:b3 <http://example.org/v> \"2\" .\n";

static void
test_blank_node_isomorphism (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("cycle.ttl", bnodes_ttl, "cycle.nt", bnodes_nt);

  g_assert_true (d->canonicalized);
  g_assert_true (warta_diff_is_empty (d));
  g_assert_cmpuint (d->n_old, ==, 10);
}

/* A symmetric case: a plain 6-cycle of look-alike blank nodes against a
 * renamed one (equal), and against two 3-cycles (same first-degree
 * hashes everywhere, yet different). */
static void
test_blank_node_symmetric (void)
{
  const char *cycle6 = "_:a <p:n> _:b .\n_:b <p:n> _:c .\n_:c <p:n> _:d .\n"
                       "_:d <p:n> _:e .\n_:e <p:n> _:f .\n_:f <p:n> _:a .\n";
  const char *renamed = "_:x4 <p:n> _:x5 .\n_:x2 <p:n> _:x3 .\n_:x6 <p:n> _:x1 .\n"
                        "_:x1 <p:n> _:x2 .\n_:x3 <p:n> _:x4 .\n_:x5 <p:n> _:x6 .\n";
  const char *two3 = "_:a <p:n> _:b .\n_:b <p:n> _:c .\n_:c <p:n> _:a .\n"
                     "_:d <p:n> _:e .\n_:e <p:n> _:f .\n_:f <p:n> _:d .\n";
  g_autoptr (WartaDiff) same = diff_texts ("c6.nq", cycle6, "c6r.nq", renamed);
  g_autoptr (WartaDiff) other = diff_texts ("c6.nq", cycle6, "c33.nq", two3);

  g_assert_true (warta_diff_is_empty (same));
  g_assert_false (warta_diff_is_empty (other));
}

/* ---------------------------------------------------------------- changes */

static void
test_article_troops_denial (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("old.nq", old_nq, "new.nq", new_nq);
  g_autofree char *nt = warta_diff_to_ntriples (d);
  g_autofree char *summary = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpstr (nt, ==,
    "- <" ID "art2> " IDENT " \"002_b.txt\"" G2
    "- <" ID "art2> " TYPE " <" NS "Article>" G2
    "- <" ID "den1> " TYPE " <" NS "Denial>" G2
    "- <" ID "den1> " DERIVED " <" ID "art2>" G2
    "- <" ID "den1> <" NS "about> <" ID "dep1>" G2
    "- <" ID "den1> <" NS "speaker> <" ID "peskov>" G2
    "+ <" ID "den2> " TYPE " <" NS "Denial>" G1
    "+ <" ID "den2> " DERIVED " <" ID "art1>" G1
    "+ <" ID "den2> <" NS "about> <" ID "dep1>" G1
    "+ <" ID "den2> <" NS "speaker> <" ID "kremlin>" G1
    "- <" ID "dep1> <" NS "troops> \"1500\"" INT G1
    "+ <" ID "dep1> <" NS "troops> \"3000\"" INT G1);

  summary = warta_diff_summary (d, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (summary, ==,
    "7 statements removed, 5 added (OLD has 27, NEW has 25)\n"
    "By class of subject:\n"
    "  Article                 0 added      2 removed\n"
    "  Denial                  4 added      4 removed\n"
    "  Deployment              1 added      1 removed\n"
    "Changes:\n"
    "  Article 002_b.txt removed\n"
    "  Denial by Dmitry Peskov removed (002_b.txt)\n"
    "  new Denial: Kremlin denies North Korea deployed 3,000 troops to Vladivostok (001_a.txt)\n"
    "  troop count of Deployment North Korea to Vladivostok changed from 1,500 to 3,000\n");
}

static void
test_new_claim_sentence (void)
{
  static const char claim[] =
    "<" ID "claim2> " TYPE " <" NS "Claim>" G1
    "<" ID "claim2> <" NS "speaker> <" ID "ukr>" G1
    "<" ID "claim2> <" NS "about> <" ID "dep1>" G1
    "<" ID "claim2> " DERIVED " <" ID "art1>" G1;
  g_autofree char *with_claim = g_strconcat (old_nq, claim, NULL);
  g_autoptr (WartaDiff) d = diff_texts ("old.nq", old_nq, "claim.nq", with_claim);
  g_autofree char *summary = warta_diff_summary (d, NULL);

  g_assert_nonnull (strstr (summary,
    "\n  new Claim: Ukrainian military intelligence says North Korea deployed 1,500 troops "
    "to Vladivostok (001_a.txt)\n"));
}

static void
test_generic_summary (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("g1.nt", "<a:x> <a:p> \"1\" .\n<a:y> <a:p> \"1\" .\n",
                                        "g2.nt", "<a:x> <a:p> \"2\" .\n<a:x> <a:q> \"3\" .\n");
  g_autofree char *summary = warta_diff_summary (d, NULL);

  g_assert_cmpstr (summary, ==,
    "2 statements removed, 2 added (OLD has 2, NEW has 2)\n"
    "By class of subject:\n"
    "  (untyped)               2 added      2 removed\n"
    "Changes:\n"
    "  2 triples added about <a:x>\n"
    "  1 triple removed about <a:x>\n"
    "  1 triple removed about <a:y>\n");
}

/* ---------------------------------------------------------------- patch */

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static char *
sorted_set_string (const WartaLineSet *ls)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < warta_line_set_size (ls); i++)
    {
      const WartaSpan *sp = warta_line_set_get (ls, i);

      g_ptr_array_add (lines, g_strndup (sp->str, sp->len));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    if (i == 0 || strcmp (lines->pdata[i], lines->pdata[i - 1]) != 0)
      g_string_append_printf (out, "%s\n", (char *) lines->pdata[i]);
  return g_string_free (out, FALSE);
}

static void
test_patch_round_trip (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("old.nq", old_nq, "new.nq", new_nq);
  g_autofree char *patch = warta_diff_to_patch (d);
  g_autoptr (WartaLineSet) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *got = NULL, *want = NULL;
  const char *first_a = strstr (patch, "\nA "), *last_d = g_strrstr (patch, "\nD ");

  /* D lines come before A lines */
  g_assert_nonnull (first_a);
  g_assert_nonnull (last_d);
  g_assert_true (last_d < first_a);
  g_assert_true (g_str_has_prefix (patch, "# RDF Patch"));
  g_assert_true (g_str_has_suffix (patch, "TC .\n"));

  result = warta_diff_apply_patch (d->old_lines, patch, strlen (patch), &error);
  g_assert_no_error (error);
  got = sorted_set_string (result);
  want = sorted_set_string (d->new_lines);
  g_assert_cmpstr (got, ==, want);
}

static void
test_patch_round_trip_blank (void)
{
  g_autoptr (GString) changed = g_string_new (bnodes_nt);
  g_autoptr (WartaDiff) d = NULL;
  g_autofree char *patch = NULL, *got = NULL, *want = NULL;
  g_autoptr (WartaLineSet) result = NULL;
  g_autoptr (WartaLineSet) canon = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpuint (g_string_replace (changed, "\"leaf\"", "\"LEAF\"", 0), ==, 1);
  d = diff_texts ("cycle.ttl", bnodes_ttl, "cycle2.nt", changed->str);
  g_assert_false (warta_diff_is_empty (d));
  patch = warta_diff_to_patch (d);
  g_assert_nonnull (strstr (patch, "canonical labels"));
  result = warta_diff_apply_patch (d->old_lines, patch, strlen (patch), &error);
  g_assert_no_error (error);
  canon = warta_canonicalize (result, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  got = sorted_set_string (canon);
  want = sorted_set_string (d->new_lines);
  g_assert_cmpstr (got, ==, want);
}

static void
test_bad_patch (void)
{
  g_autoptr (WartaLineSet) base = warta_line_set_new ();
  g_autoptr (GError) error = NULL;
  const char *patch = "TX .\nA <a:s> <a:p> <a:o> .\nX <a:s> <a:p> <a:o> .\n";

  g_assert_null (warta_diff_apply_patch (base, patch, strlen (patch), &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "patch line 3"));
}

/* ---------------------------------------------------------------- SPARQL */

static void
test_sparql (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("old.nq", old_nq, "new.nq", new_nq);
  g_autofree char *up = warta_diff_to_sparql (d);
  const char *del = strstr (up, "DELETE DATA {\n  GRAPH <" ID "article/a1> {\n"
                                "    <" ID "dep1> <" NS "troops> \"1500\"" INT " .\n  }\n"
                                "  GRAPH <" ID "article/a2> {\n");
  const char *ins = strstr (up, "} ;\nINSERT DATA {\n  GRAPH <" ID "article/a1> {\n"
                                "    <" ID "den2> " TYPE " <" NS "Denial> .\n");

  g_assert_nonnull (del);
  g_assert_nonnull (ins);
  g_assert_true (del < ins);
  g_assert_true (g_str_has_suffix (up, "  }\n}\n"));
}

static void
test_sparql_blank (void)
{
  g_autoptr (WartaDiff) d = diff_texts ("b1.nt", "_:x <a:p> \"1\" .\n<a:s> <a:p> <a:o> .\n",
                                        "b2.nt", "_:y <a:p> \"2\" .\n");
  g_autofree char *up = warta_diff_to_sparql (d);

  g_assert_nonnull (strstr (up, "# Limitation"));
  g_assert_nonnull (strstr (up, "DELETE DATA {\n  <a:s> <a:p> <a:o> .\n} ;\n"));
  g_assert_nonnull (strstr (up, "DELETE {\n  ?c14n0 <a:p> \"1\" .\n} WHERE {\n"
                                "  ?c14n0 <a:p> \"1\" .\n} ;\n"));
  g_assert_nonnull (strstr (up, "INSERT DATA {\n  _:c14n0 <a:p> \"2\" .\n}\n"));
}

/* ---------------------------------------------------------------- command */

static int
run_cmd (const char *a, const char *b, const char *fmt, const char *out)
{
  char *argv[] = { (char *) "diff", (char *) a, (char *) b, (char *) "--format", (char *) fmt,
                   (char *) "-o", (char *) out, NULL };

  return warta_cmd_diff (G_N_ELEMENTS (argv) - 1, argv);
}

static void
test_exit_status (void)
{
  g_autofree char *a = write_tmp ("old.nq", old_nq);
  g_autofree char *b = write_tmp ("new.nq", new_nq);
  g_autofree char *bad = write_tmp ("bad.nt", "<a:s> <a:p> .\n");
  g_autofree char *out = g_build_filename (tmpdir, "out.txt", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run_cmd (a, a, "summary", out), ==, 0);
  g_assert_cmpint (run_cmd (a, b, "ntriples", out), ==, 1);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "- <" ID "art2> "));
  g_assert_cmpint (run_cmd (a, bad, "summary", out), ==, 2);
  g_assert_cmpint (run_cmd (a, b, "nonsense", out), ==, 2);
  g_assert_cmpint (run_cmd (a, "/nonexistent/x.nt", "summary", out), ==, 2);
}

static void
test_diff_graphs (void)
{
  g_autoptr (WartaGraph) g1 = warta_graph_new ();
  g_autoptr (WartaGraph) g2 = warta_graph_new ();
  g_autoptr (WartaDiff) d = NULL;
  g_autoptr (GError) error = NULL;

  warta_graph_add_iri (g1, NULL, ID "dep9", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                       NS "Deployment");
  warta_graph_add_literal (g1, NULL, ID "dep9", NS "troops", "10", NS "nope", NULL);
  warta_graph_add_iri (g2, NULL, ID "dep9", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                       NS "Deployment");
  d = warta_diff_graphs (g1, g2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (d->removed->len, ==, 1);
  g_assert_cmpuint (d->added->len, ==, 0);
  g_assert_cmpstr (d->removed->pdata[0], ==,
                   "<" ID "dep9> <" NS "troops> \"10\"^^<" NS "nope> .");
}

static void
remove_tmpdir (void)
{
  g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (tmpdir, name, NULL);

      g_unlink (p);
    }
  g_rmdir (tmpdir);
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-diff-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/diff/turtle-vs-ntriples", test_turtle_vs_ntriples);
  g_test_add_func ("/diff/changed-literal", test_changed_literal_is_seen);
  g_test_add_func ("/diff/blank-isomorphism", test_blank_node_isomorphism);
  g_test_add_func ("/diff/blank-symmetric", test_blank_node_symmetric);
  g_test_add_func ("/diff/article-troops-denial", test_article_troops_denial);
  g_test_add_func ("/diff/new-claim", test_new_claim_sentence);
  g_test_add_func ("/diff/generic-summary", test_generic_summary);
  g_test_add_func ("/diff/patch-round-trip", test_patch_round_trip);
  g_test_add_func ("/diff/patch-round-trip-blank", test_patch_round_trip_blank);
  g_test_add_func ("/diff/bad-patch", test_bad_patch);
  g_test_add_func ("/diff/sparql", test_sparql);
  g_test_add_func ("/diff/sparql-blank", test_sparql_blank);
  g_test_add_func ("/diff/exit-status", test_exit_status);
  g_test_add_func ("/diff/graphs", test_diff_graphs);
  rc = g_test_run ();
  remove_tmpdir ();
  g_free (tmpdir);
  return rc;
}
