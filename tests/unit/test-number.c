/* test-number.c: numerals, scale words, number words and vague words. */
#include "warta-number.h"

static void
assert_numeral (const char *s, WartaLang lang, double expected)
{
  double v = -1;
  g_assert_true (warta_number_parse_numeral (s, lang, &v));
  g_assert_cmpfloat_with_epsilon (v, expected, 1e-9);
}

static void
test_numeral_id (void)
{
  assert_numeral ("1.500", WARTA_LANG_ID, 1500);
  assert_numeral ("12.000", WARTA_LANG_ID, 12000);
  assert_numeral ("10.000", WARTA_LANG_ID, 10000);
  assert_numeral ("1.500.000", WARTA_LANG_ID, 1500000);
  assert_numeral ("1,5", WARTA_LANG_ID, 1.5);
  assert_numeral ("1.500,25", WARTA_LANG_ID, 1500.25);
  assert_numeral ("US$540", WARTA_LANG_ID, 540);
  assert_numeral ("Rp5.000", WARTA_LANG_ID, 5000);
  assert_numeral ("2024", WARTA_LANG_ID, 2024);
  /* only valid as the other convention */
  assert_numeral ("10,000,000", WARTA_LANG_ID, 10000000);
  assert_numeral ("3.5", WARTA_LANG_ID, 3.5);
}

static void
test_numeral_en (void)
{
  assert_numeral ("1,500", WARTA_LANG_EN, 1500);
  assert_numeral ("10,000", WARTA_LANG_EN, 10000);
  assert_numeral ("3.5", WARTA_LANG_EN, 3.5);
  assert_numeral ("1,500.75", WARTA_LANG_EN, 1500.75);
  assert_numeral ("$811", WARTA_LANG_EN, 811);
}

static void
test_not_numeral (void)
{
  double v = 42;
  g_assert_false (warta_number_parse_numeral ("ribuan", WARTA_LANG_ID, &v));
  g_assert_false (warta_number_parse_numeral ("1..5", WARTA_LANG_ID, &v));
  g_assert_false (warta_number_parse_numeral ("12.00.0", WARTA_LANG_ID, &v));
  g_assert_false (warta_number_parse_numeral ("1.500,000.3", WARTA_LANG_ID, &v));
  g_assert_false (warta_number_parse_numeral ("", WARTA_LANG_EN, &v));
  g_assert_false (warta_number_parse_numeral ("F16", WARTA_LANG_EN, &v));
  g_assert_cmpfloat (v, ==, 42);
}

static void
test_scale_words (void)
{
  g_assert_cmpfloat (warta_number_scale_word ("ribu"), ==, 1e3);
  g_assert_cmpfloat (warta_number_scale_word ("juta"), ==, 1e6);
  g_assert_cmpfloat (warta_number_scale_word ("miliar"), ==, 1e9);
  g_assert_cmpfloat (warta_number_scale_word ("triliun"), ==, 1e12);
  g_assert_cmpfloat (warta_number_scale_word ("thousand"), ==, 1e3);
  g_assert_cmpfloat (warta_number_scale_word ("million"), ==, 1e6);
  g_assert_cmpfloat (warta_number_scale_word ("jt"), ==, 1e6);
  g_assert_cmpfloat (warta_number_scale_word ("ribuan"), ==, 0);
  g_assert_cmpfloat (warta_number_scale_word ("tentara"), ==, 0);
}

static void
test_number_words (void)
{
  g_assert_cmpfloat (warta_number_word ("lima"), ==, 5);
  g_assert_cmpfloat (warta_number_word ("tiga"), ==, 3);
  g_assert_cmpfloat (warta_number_word ("sepuluh"), ==, 10);
  g_assert_cmpfloat (warta_number_word ("sebelas"), ==, 11);
  g_assert_cmpfloat (warta_number_word ("seribu"), ==, 1000);
  g_assert_cmpfloat (warta_number_word ("ten"), ==, 10);
  g_assert_cmpfloat (warta_number_word ("twenty"), ==, 20);
  g_assert_cmpfloat (warta_number_word ("tentara"), ==, -1);
}

static void
test_vague (void)
{
  const char *vague[] = { "ribuan", "puluhan", "ratusan", "beberapa", "thousands",
                          "hundreds", "dozens", "several" };
  for (gsize i = 0; i < G_N_ELEMENTS (vague); i++)
    g_assert_true (warta_number_is_vague (vague[i]));
  g_assert_false (warta_number_is_vague ("ribu"));
  g_assert_false (warta_number_is_vague ("lima"));
  g_assert_false (warta_number_is_vague ("thousand"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/number/numeral/id", test_numeral_id);
  g_test_add_func ("/number/numeral/en", test_numeral_en);
  g_test_add_func ("/number/numeral/invalid", test_not_numeral);
  g_test_add_func ("/number/scale-words", test_scale_words);
  g_test_add_func ("/number/number-words", test_number_words);
  g_test_add_func ("/number/vague", test_vague);
  return g_test_run ();
}
