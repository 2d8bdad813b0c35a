/* test-manifest.c: MANIFEST.tsv loading, guessing from the text, merging. */
#include <string.h>
#include <glib/gstdio.h>
#include "warta-manifest.h"
#include "warta-error.h"

static char *
write_tmp (const char *content)
{
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("warta-manifest-XXXXXX.tsv", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_assert_true (g_file_set_contents (path, content, -1, &error));
  return path;
}

static void
test_load (void)
{
  g_autofree char *path = write_tmp ("# comment\n"
                                     "file\tpublisher\tplace\tdate\tlanguage\r\n"
                                     "a.txt\tKontan\tJakarta\t2024-10-25\tid\n"
                                     "# another comment\n"
                                     "\n"
                                     "b.txt\t\t\t2024-10\n"
                                     "c.txt\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) t = warta_manifest_load (path, &error);
  const WartaArticleMeta *a, *b, *c;

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (t), ==, 3);
  a = g_hash_table_lookup (t, "a.txt");
  g_assert_cmpstr (a->publisher, ==, "Kontan");
  g_assert_cmpstr (a->place, ==, "Jakarta");
  g_assert_cmpstr (a->language, ==, "id");
  g_assert_cmpint (a->date.precision, ==, WARTA_DATE_DAY);
  g_assert_cmpint (a->date.day, ==, 25);
  b = g_hash_table_lookup (t, "b.txt");
  g_assert_null (b->publisher);
  g_assert_null (b->language);
  g_assert_cmpint (b->date.precision, ==, WARTA_DATE_YEAR_MONTH);
  c = g_hash_table_lookup (t, "c.txt");
  g_assert_cmpint (c->date.precision, ==, WARTA_DATE_NONE);
  g_remove (path);
}

static void
test_load_errors (void)
{
  g_autofree char *path = write_tmp ("file\tpublisher\tplace\tdate\tlanguage\n"
                                     "a.txt\tX\tY\t24/10/2024\tid\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) missing = warta_manifest_load ("/nonexistent/MANIFEST.tsv", &error);
  g_autoptr (GHashTable) bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (missing), ==, 0);
  bad = warta_manifest_load (path, &error);
  g_assert_null (bad);
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, ":2:"));
  g_remove (path);
}

static WartaArticleMeta *
guess (const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaDocument) doc = warta_document_new_from_bytes ("x.txt", "x.txt", text,
                                                                 strlen (text), NULL, &error);
  g_assert_no_error (error);
  return warta_article_meta_guess (doc);
}

static void
test_guess (void)
{
  g_autoptr (WartaArticleMeta) k = guess ("KONTAN.CO.ID - JAKARTA. Badan Intelijen Nasional "
                                          "mengeluarkan peringatan yang ini dan itu.\nParagraf.");
  g_autoptr (WartaArticleMeta) l = guess ("Liputan6.com, Kyiv - Dinas intelijen mengatakan pada hari "
                                          "Kamis (24/10/2024) bahwa unit itu tiba.\n"
                                          "Lalu, kata CNA, Jumat (25/10). Lalu Senin (4/11) lagi.\n");
  g_autoptr (WartaArticleMeta) r = guess ("JAKARTA, KOMPAS.com - Presiden tiba pada 3 Maret 2023 di "
                                          "istana yang baru.\n");
  g_autoptr (WartaArticleMeta) n = guess ("Korea Utara mengirim pasukan ke Rusia.\n\n"
                                          "Foto 18 Oktober 2024.\n");
  g_autoptr (WartaArticleMeta) e = guess ("North Korea has sent troops to Russia, the agency said "
                                          "on Friday, October 18, 2024.\n");

  g_assert_cmpstr (k->id, ==, "x.txt");
  g_assert_cmpstr (k->publisher, ==, "Kontan");
  g_assert_cmpstr (k->place, ==, "Jakarta");
  g_assert_cmpint (k->date.precision, ==, WARTA_DATE_NONE);
  g_assert_cmpstr (k->language, ==, "id");

  g_assert_cmpstr (l->publisher, ==, "Liputan6");
  g_assert_cmpstr (l->place, ==, "Kyiv");
  g_assert_cmpint (l->date.precision, ==, WARTA_DATE_DAY);
  g_assert_cmpint (l->date.year, ==, 2024);
  g_assert_cmpint (l->date.month, ==, 10);
  g_assert_cmpint (l->date.day, ==, 25); /* (4/11) is more than a week later */

  g_assert_cmpstr (r->publisher, ==, "Kompas");
  g_assert_cmpstr (r->place, ==, "Jakarta");
  g_assert_cmpint (r->date.day, ==, 3);
  g_assert_cmpint (r->date.month, ==, 3);

  g_assert_null (n->publisher);
  g_assert_null (n->place);
  g_assert_cmpint (n->date.precision, ==, WARTA_DATE_NONE); /* not in the opening paragraph */

  g_assert_cmpstr (e->language, ==, "en");
  g_assert_cmpint (e->date.precision, ==, WARTA_DATE_DAY);
  g_assert_cmpint (e->date.day, ==, 18);
}

static void
test_merge (void)
{
  g_autoptr (WartaArticleMeta) into = warta_article_meta_new ("a.txt");
  g_autoptr (WartaArticleMeta) from = warta_article_meta_new ("a.txt");

  into->publisher = g_strdup ("Manifest");
  from->publisher = g_strdup ("Guessed");
  from->place = g_strdup ("Kyiv");
  from->language = g_strdup ("id");
  warta_date_parse_iso ("2024-10-25", &from->date);
  warta_article_meta_merge (into, from);
  g_assert_cmpstr (into->publisher, ==, "Manifest");
  g_assert_cmpstr (into->place, ==, "Kyiv");
  g_assert_cmpstr (into->language, ==, "id");
  g_assert_cmpint (into->date.day, ==, 25);
  warta_article_meta_merge (into, NULL);
}

static void
test_corpus_manifest (void)
{
  const char *srcdir = g_getenv ("WARTA_SRCDIR");
  g_autofree char *path = g_build_filename (srcdir ? srcdir : ".", "corpus", "MANIFEST.tsv", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) t = NULL;
  const WartaArticleMeta *m;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("corpus/MANIFEST.tsv not found (set WARTA_SRCDIR)");
      return;
    }
  t = warta_manifest_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (t), ==, 5);
  m = g_hash_table_lookup (t, "004_2f167f2b09e4421a.txt");
  g_assert_cmpstr (m->publisher, ==, "Liputan6");
  g_assert_cmpint (m->date.day, ==, 25);
  m = g_hash_table_lookup (t, "003_ecec7f5bf2427da6.txt");
  g_assert_cmpstr (m->place, ==, "Jakarta");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/manifest/load", test_load);
  g_test_add_func ("/manifest/load-errors", test_load_errors);
  g_test_add_func ("/manifest/guess", test_guess);
  g_test_add_func ("/manifest/merge", test_merge);
  g_test_add_func ("/manifest/corpus", test_corpus_manifest);
  return g_test_run ();
}
