/* test-reader.c: UTF-8 checks, BOM/CRLF, boilerplate, directories, order. */
#include <string.h>
#include <glib/gstdio.h>
#include "warta-reader.h"
#include "warta-error.h"

static WartaBoilerplate *
make_bp (void)
{
  WartaBoilerplate *bp = warta_boilerplate_new ();
  g_ptr_array_add (bp->lines, g_strdup ("Advertisement"));
  g_ptr_array_add (bp->prefixes, g_strdup ("Baca Juga"));
  return bp;
}

static void
write_file (const char *dir, const char *name, const char *data, gssize len)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *parent = g_path_get_dirname (path);
  g_mkdir_with_parents (parent, 0700);
  g_assert_true (g_file_set_contents (path, data, len, &error));
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GDir) d = g_dir_open (path, 0, NULL);
      const char *n;
      while (d && (n = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, n, NULL);
          remove_tree (child);
        }
    }
  g_remove (path);
}

static void
test_boilerplate (void)
{
  g_autoptr (WartaBoilerplate) bp = make_bp ();
  const char *l1 = "  Baca Juga: Korea Utara Klaim  ";
  g_assert_true (warta_boilerplate_matches (bp, l1, strlen (l1)));
  g_assert_true (warta_boilerplate_matches (bp, "BACA JUGA", 9));
  g_assert_true (warta_boilerplate_matches (bp, "advertisement ", 14));
  g_assert_false (warta_boilerplate_matches (bp, "Baca Jugalah", 12));
  g_assert_false (warta_boilerplate_matches (bp, "Advertisement here", 18));
  g_assert_false (warta_boilerplate_matches (bp, "Putin tidak membantah", 21));
  g_assert_false (warta_boilerplate_matches (NULL, "Baca Juga", 9));
}

static void
test_bom_crlf (void)
{
  g_autoptr (WartaBoilerplate) bp = make_bp ();
  const char data[] = "\xEF\xBB\xBFJudul\r\n\r\nBaca Juga: lain\r\nParagraf satu.\rAdvertisement\r\nAkhir";
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaDocument) doc = warta_document_new_from_bytes ("a.txt", "dir/a.txt", data,
                                                                 sizeof data - 1, bp, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (doc->text, ==, "Judul\n\nParagraf satu.\nAkhir");
  g_assert_cmpuint (doc->len, ==, strlen (doc->text));
  g_assert_cmpuint (doc->n_dropped_lines, ==, 2);
  g_assert_cmpstr (doc->id, ==, "a.txt");
  g_assert_cmpstr (doc->path, ==, "dir/a.txt");
}

static void
test_invalid_utf8_bytes (void)
{
  const char data[] = "Korea Utara\xC3\x28 mengirim";
  g_autoptr (GError) error = NULL;
  g_autoptr (WartaDocument) doc = warta_document_new_from_bytes ("bad.txt", "in/bad.txt", data,
                                                                 sizeof data - 1, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "in/bad.txt"));
  g_assert_nonnull (strstr (error->message, "11"));
}

static char *
make_tree (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("warta-reader-XXXXXX", &error);
  g_assert_no_error (error);
  write_file (dir, "b.txt", "Kedua.\n", -1);
  write_file (dir, "a.txt", "Pertama.\n", -1);
  write_file (dir, "sub/c.txt", "Ketiga.\n", -1);
  write_file (dir, "bad.txt", "ok\n\xFF\xFE rusak", -1);
  write_file (dir, "MANIFEST.tsv", "file\tpublisher\n", -1);
  write_file (dir, "README.md", "# no\n", -1);
  write_file (dir, ".hidden.txt", "no\n", -1);
  return dir;
}

static void
test_directory (void)
{
  g_autofree char *dir = make_tree ();
  g_autofree char *missing = g_build_filename (dir, "nope.txt", NULL);
  const char *paths[] = { dir, missing, NULL };
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_document_free);
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  const char *ids[] = { "a.txt", "b.txt", "c.txt" };
  gboolean saw_bad = FALSE;

  g_assert_false (warta_read_paths (paths, NULL, docs, errors));
  g_assert_cmpuint (docs->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (((WartaDocument *) docs->pdata[i])->id, ==, ids[i]);
  g_assert_cmpstr (((WartaDocument *) docs->pdata[1])->text, ==, "Kedua.\n");
  g_assert_cmpuint (errors->len, ==, 2);
  for (guint i = 0; i < errors->len; i++)
    {
      GError *e = errors->pdata[i];
      if (g_error_matches (e, WARTA_ERROR, WARTA_ERROR_INVALID_UTF8))
        {
          saw_bad = TRUE;
          g_assert_nonnull (strstr (e->message, "bad.txt"));
          g_assert_nonnull (strstr (e->message, "offset 3"));
        }
      else
        g_assert_nonnull (strstr (e->message, "nope.txt"));
    }
  g_assert_true (saw_bad);
  remove_tree (dir);
}

static void
test_order_independent (void)
{
  g_autofree char *dir = make_tree ();
  g_autofree char *a = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *b = g_build_filename (dir, "b.txt", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  const char *p1[] = { sub, b, a, NULL };
  const char *p2[] = { a, sub, b, NULL };
  g_autoptr (GPtrArray) d1 = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_document_free);
  g_autoptr (GPtrArray) d2 = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_document_free);
  g_autoptr (GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  g_assert_true (warta_read_paths (p1, NULL, d1, errors));
  g_assert_true (warta_read_paths (p2, NULL, d2, errors));
  g_assert_cmpuint (errors->len, ==, 0);
  g_assert_cmpuint (d1->len, ==, 3);
  g_assert_cmpuint (d2->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      WartaDocument *x = d1->pdata[i], *y = d2->pdata[i];
      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->text, ==, y->text);
    }
  g_assert_cmpstr (((WartaDocument *) d1->pdata[0])->id, ==, "a.txt");
  remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reader/boilerplate", test_boilerplate);
  g_test_add_func ("/reader/bom-crlf", test_bom_crlf);
  g_test_add_func ("/reader/invalid-utf8", test_invalid_utf8_bytes);
  g_test_add_func ("/reader/directory", test_directory);
  g_test_add_func ("/reader/order-independent", test_order_independent);
  return g_test_run ();
}
