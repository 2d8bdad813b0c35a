/* test-splitter.c: sentence boundaries, including scraping accidents. */
#include <string.h>
#include "warta-splitter.h"

/* Splits @text and compares the sentences with the NULL-terminated list. */
static void
assert_split (const char *text, const char *const *expect)
{
  g_autoptr (GArray) s = warta_split_sentences (text, strlen (text));
  guint n = g_strv_length ((char **) expect);

  for (guint i = 0; i < s->len && i < n; i++)
    {
      g_autofree char *got = warta_sentence_dup_text (&g_array_index (s, WartaSentence, i), text);
      g_assert_cmpstr (got, ==, expect[i]);
      g_assert_cmpuint (g_array_index (s, WartaSentence, i).index, ==, i);
    }
  g_assert_cmpuint (s->len, ==, n);
}

static void
test_numbers_and_dates (void)
{
  const char *e[] = { "Kapal mengangkut 1.500 tentara pada 24/10/2024 senilai US$540 juta.",
                      "Lalu 12.000 lagi.", NULL };
  assert_split ("Kapal mengangkut 1.500 tentara pada 24/10/2024 senilai US$540 juta. Lalu 12.000 lagi.", e);
}

static void
test_abbreviations (void)
{
  const char *e[] = { "Sekretaris Pers Pentagon Mayjen. Pat Ryder mengatakan hal itu.",
                      "Pejabat U.S. Army dan Dr. Kim hadir.", "Selesai.", NULL };
  assert_split ("Sekretaris Pers Pentagon Mayjen. Pat Ryder mengatakan hal itu. "
                "Pejabat U.S. Army dan Dr. Kim hadir. Selesai.", e);
}

static void
test_initials (void)
{
  const char *e[] = { "Presiden Joko S. Widodo datang.", "Dia pergi.", NULL };
  assert_split ("Presiden Joko S. Widodo datang. Dia pergi.", e);
}

static void
test_quotes (void)
{
  const char *e1[] = { "“Kami sangat mengutuk kerja sama itu,” kata kementerian tersebut.", NULL };
  const char *e2[] = { "Dia mengatakan “tidak dapat memastikan.”", "Kepada Korea Selatan.", NULL };
  const char *e3[] = { "pada hari Jumat, Sekretaris Jenderal NATO Mark Rutte mengatakan dia "
                       "“belum dapat memastikan bahwa Korea Utara mengirim pasukan ke Rusia.”", NULL };
  const char *e4[] = { "“Apa itu?” tanya dia.", NULL };
  assert_split ("“Kami sangat mengutuk kerja sama itu,” kata kementerian tersebut.", e1);
  assert_split ("Dia mengatakan “tidak dapat memastikan.” Kepada Korea Selatan.", e2);
  assert_split (e3[0], e3);
  assert_split ("“Apa itu?” tanya dia.", e4);
}

static void
test_lowercase_after_stop (void)
{
  const char *e[] = { "mengirim total 12.000 ke Rusia. tentara di empat brigade.", NULL };
  assert_split ("mengirim total 12.000 ke Rusia. tentara di empat brigade.", e);
}

static void
test_glued_stop (void)
{
  const char *e[] = { "membantu perang Rusia di Ukraina.", "Rusia dan Korea Utara membantah tuduhan.",
                      NULL };
  const char *e2[] = { "ditembakkan ke sasaran di sana.", "Kapal Armada Pasifik Rusia terdeteksi.", NULL };
  const char *e3[] = { "Situs KONTAN.CO.ID dan Liputan6.com menulis.", NULL };
  assert_split ("membantu perang Rusia di Ukraina.Rusia dan Korea Utara membantah tuduhan.", e);
  assert_split ("ditembakkan ke sasaran di sana. .Kapal Armada Pasifik Rusia terdeteksi.", e2);
  assert_split (e3[0], e3);
}

static void
test_glued_headline (void)
{
  const char *e[] = { "Poin-Poin Penting", "Ukraina dan Korea Selatan menuduh Korea Utara.", NULL };
  const char *e2[] = { "Restoran McDonald dan iPhone baru dijual di sana.", NULL };
  const char *e3[] = { "Kota ChiCago", NULL }; /* left part too short */
  /* a camel-case name in running text, after lower-case words */
  const char *e4[] = { "India mengirimkan rudal BrahMos ke Filipina.", NULL };
  const char *e5[] = { "India Kirim Rudal ke Manila", "Pesawat angkut itu mendarat.", NULL };
  /* a headline on its own line: nothing is glued to it */
  const char *e6[] = { "Filipina Terima Rudal BrahMos dari India, China Bereaksi", NULL };
  assert_split ("Poin-Poin PentingUkraina dan Korea Selatan menuduh Korea Utara.", e);
  assert_split (e2[0], e2);
  assert_split (e3[0], e3);
  assert_split (e4[0], e4);
  assert_split ("India Kirim Rudal ke ManilaPesawat angkut itu mendarat.", e5);
  assert_split (e6[0], e6);
}

static void
test_newlines_and_paragraphs (void)
{
  const char *text = "Judul tanpa titik\n\nParagraf satu. Kalimat dua\n.\nAkhir";
  g_autoptr (GArray) s = warta_split_sentences (text, strlen (text));
  g_assert_cmpuint (s->len, ==, 4);
  g_assert_cmpuint (g_array_index (s, WartaSentence, 0).paragraph, ==, 0);
  g_assert_cmpuint (g_array_index (s, WartaSentence, 1).paragraph, ==, 2);
  g_assert_cmpuint (g_array_index (s, WartaSentence, 2).paragraph, ==, 2);
  g_assert_cmpuint (g_array_index (s, WartaSentence, 3).paragraph, ==, 4);
  for (guint i = 0; i < s->len; i++)
    {
      const WartaSentence *x = &g_array_index (s, WartaSentence, i);
      g_assert_false (g_ascii_isspace (text[x->start]));
      g_assert_false (g_ascii_isspace (text[x->end - 1]));
    }
}

static void
test_corpus (void)
{
  const char *srcdir = g_getenv ("WARTA_SRCDIR");
  g_autofree char *path = g_build_filename (srcdir ? srcdir : ".", "corpus",
                                            "002_fad9861e2f68d047.txt", NULL);
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr (GArray) s = NULL;
  gboolean seen_penting = FALSE, seen_rusia = FALSE;

  if (!g_file_get_contents (path, &text, &len, NULL))
    {
      g_test_skip ("corpus not found (set WARTA_SRCDIR)");
      return;
    }
  s = warta_split_sentences (text, len);
  for (guint i = 0; i < s->len; i++)
    {
      g_autofree char *t = warta_sentence_dup_text (&g_array_index (s, WartaSentence, i), text);
      seen_penting |= strcmp (t, "Poin-Poin Penting") == 0;
      seen_rusia |= g_str_has_prefix (t, "Rusia dan Korea Utara membantah");
      g_assert_false (g_str_has_prefix (t, "."));
    }
  g_assert_true (seen_penting);
  g_assert_true (seen_rusia);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/splitter/numbers-and-dates", test_numbers_and_dates);
  g_test_add_func ("/splitter/abbreviations", test_abbreviations);
  g_test_add_func ("/splitter/initials", test_initials);
  g_test_add_func ("/splitter/quotes", test_quotes);
  g_test_add_func ("/splitter/lowercase-after-stop", test_lowercase_after_stop);
  g_test_add_func ("/splitter/glued-stop", test_glued_stop);
  g_test_add_func ("/splitter/glued-headline", test_glued_headline);
  g_test_add_func ("/splitter/newlines", test_newlines_and_paragraphs);
  g_test_add_func ("/splitter/corpus", test_corpus);
  return g_test_run ();
}
