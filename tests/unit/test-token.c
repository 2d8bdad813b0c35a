/* test-token.c: tokenizer, number merging, Indonesian affixes, matching,
 * language guess. */
#include <string.h>
#include "warta-token.h"

static WartaTokens *
tokenize (WartaLang lang, const char *s)
{
  g_autoptr (WartaStemmer) st = warta_stemmer_new (lang);
  return warta_tokenize (st, s, 0, strlen (s));
}

/* Index of the first token whose text is @text, or -1. */
static int
find (const WartaTokens *t, const char *text)
{
  for (guint i = 0; i < t->tokens->len; i++)
    if (strcmp (warta_tokens_get (t, i)->text, text) == 0)
      return (int) i;
  return -1;
}

static const WartaToken *
get (const WartaTokens *t, const char *text)
{
  int i = find (t, text);
  if (i < 0)
    g_error ("no token “%s”", text);
  return warta_tokens_get (t, (guint) i);
}

static void
test_basic (void)
{
  const char *doc = "XXXX “Kami sangat mengutuk,” kata Kim Hong-kyun (PBB).";
  g_autoptr (WartaStemmer) st = warta_stemmer_new (WARTA_LANG_ID);
  g_autoptr (WartaTokens) t = warta_tokenize (st, doc, 5, strlen (doc));
  const char *expect[] = { "“", "Kami", "sangat", "mengutuk", ",", "”", "kata", "Kim",
                           "Hong-kyun", "(", "PBB", ")", "." };
  const WartaToken *k;

  g_assert_cmpuint (t->tokens->len, ==, G_N_ELEMENTS (expect));
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      k = warta_tokens_get (t, i);
      g_assert_cmpstr (k->text, ==, expect[i]);
      /* offsets are absolute */
      g_assert_cmpint (strncmp (doc + k->start, k->text, k->end - k->start), ==, 0);
    }
  k = warta_tokens_get (t, 0);
  g_assert_cmpuint (k->start, ==, 5);
  g_assert_cmpint (k->kind, ==, WARTA_TOKEN_PUNCT);
  k = get (t, "Kami");
  g_assert_cmpstr (k->fold, ==, "kami");
  g_assert_true (k->capitalized);
  g_assert_false (k->all_caps);
  g_assert_true (get (t, "PBB")->all_caps);
  g_assert_cmpint (get (t, "Hong-kyun")->kind, ==, WARTA_TOKEN_WORD);
}

static void
test_words (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_ID,
                                        "agen mata-mata Rusia-Ukraina U.S. Jum'at ＫＩＭ");
  g_assert_cmpint (find (t, "mata-mata"), >=, 0);
  g_assert_cmpint (find (t, "Rusia-Ukraina"), >=, 0);
  g_assert_cmpint (find (t, "U.S."), >=, 0);
  g_assert_cmpint (find (t, "Jum'at"), >=, 0);
  g_assert_cmpstr (get (t, "ＫＩＭ")->fold, ==, "kim"); /* NFKC */
  g_assert_cmpuint (t->tokens->len, ==, 6);
}

/* "then-Japanese", "ex-Soviet": the temporal prefix is a word of its own
 * and the hyphen no token, so the name after it links; other hyphenated
 * words stay whole. */
static void
test_temporal_prefix (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_EN,
                                        "then-Japanese ex-Soviet pro-Russian al-Sisi then-minister");
  g_assert_cmpint (find (t, "then"), >=, 0);
  g_assert_cmpint (find (t, "Japanese"), >=, 0);
  g_assert_cmpint (find (t, "ex"), >=, 0);
  g_assert_cmpint (find (t, "Soviet"), >=, 0);
  g_assert_cmpint (find (t, "-"), <, 0);
  g_assert_cmpint (find (t, "pro-Russian"), >=, 0);
  g_assert_cmpint (find (t, "al-Sisi"), >=, 0);
  g_assert_cmpint (find (t, "then-minister"), >=, 0);
  g_assert_cmpuint (t->tokens->len, ==, 7);
}

/* "Iranian-made", "Russian-built": the maker is a word of its own, so it
 * links; "self-made", "Jong-un" and "custom-built" stay whole. */
static void
test_maker_suffix (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_EN,
                                        "Iranian-made Russian-built self-made Jong-un custom-built");
  g_assert_cmpint (find (t, "Iranian"), >=, 0);
  g_assert_cmpint (find (t, "made"), >=, 0);
  g_assert_cmpint (find (t, "Russian"), >=, 0);
  g_assert_cmpint (find (t, "built"), >=, 0);
  g_assert_cmpint (find (t, "-"), <, 0);
  g_assert_cmpint (find (t, "self-made"), >=, 0);
  g_assert_cmpint (find (t, "Jong-un"), >=, 0);
  g_assert_cmpint (find (t, "custom-built"), >=, 0);
  g_assert_cmpuint (t->tokens->len, ==, 7);
}

static void
assert_number (const WartaTokens *t, const char *text, double value, gboolean money)
{
  const WartaToken *k = get (t, text);
  g_assert_cmpint (k->kind, ==, WARTA_TOKEN_NUMBER);
  g_assert_cmpfloat_with_epsilon (k->number, value, 1e-6);
  g_assert_cmpint (k->is_money, ==, money);
}

static void
test_numbers_id (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_ID,
      "mengangkut 1.500 tentara, total 12.000 orang; 10 ribu dan 11 ribu; "
      "US$540 juta ($811 juta) serta 1,5 juta; lima ribu, sepuluh ribu, "
      "tiga jenderal, dua puluh lima kapal pada 2024");
  const WartaToken *k;

  assert_number (t, "1.500", 1500, FALSE);
  assert_number (t, "12.000", 12000, FALSE);
  assert_number (t, "10 ribu", 10000, FALSE);
  assert_number (t, "11 ribu", 11000, FALSE);
  assert_number (t, "US$540 juta", 540e6, TRUE);
  assert_number (t, "$811 juta", 811e6, TRUE);
  assert_number (t, "1,5 juta", 1.5e6, FALSE);
  assert_number (t, "lima ribu", 5000, FALSE);
  assert_number (t, "sepuluh ribu", 10000, FALSE);
  assert_number (t, "tiga", 3, FALSE);
  assert_number (t, "dua puluh lima", 25, FALSE);
  assert_number (t, "2024", 2024, FALSE);
  k = get (t, "10 ribu");
  g_assert_cmpuint (k->end - k->start, ==, strlen ("10 ribu"));
  g_assert_cmpint (find (t, "ribu"), <, 0);
}

static void
test_numbers_vague (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_ID,
      "beberapa ribu tentara dan ribuan pasukan serta puluhan ribu lainnya");
  for (guint i = 0; i < t->tokens->len; i++)
    g_assert_cmpint (warta_tokens_get (t, i)->kind, ==, WARTA_TOKEN_WORD);
  g_assert_cmpint (find (t, "ribu"), >=, 0);
  g_assert_cmpint (find (t, "ribuan"), >=, 0);
}

static void
test_numbers_en (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_EN,
      "about 1,500 troops, ten thousand more, 12 thousand and 3.5 million; "
      "thousands of troops, several thousand soldiers");
  assert_number (t, "1,500", 1500, FALSE);
  assert_number (t, "ten thousand", 10000, FALSE);
  assert_number (t, "12 thousand", 12000, FALSE);
  assert_number (t, "3.5 million", 3.5e6, FALSE);
  g_assert_cmpint (get (t, "thousands")->kind, ==, WARTA_TOKEN_WORD);
  g_assert_cmpint (get (t, "thousand")->kind, ==, WARTA_TOKEN_WORD); /* after "several" */
}

/* A half counts only before a scale word: "two and a half thousand" is
 * 2,500, "two and a half days" keeps its two. */
static void
test_numbers_half (void)
{
  g_autoptr (WartaTokens) en = tokenize (WARTA_LANG_EN,
      "roughly two and a half thousand soldiers for two and a half days");
  g_autoptr (WartaTokens) id = tokenize (WARTA_LANG_ID,
      "dua setengah ribu tentara selama dua setengah hari");
  assert_number (en, "two and a half thousand", 2500, FALSE);
  g_assert_cmpint (get (en, "half")->kind, ==, WARTA_TOKEN_WORD); /* the days */
  assert_number (id, "dua setengah ribu", 2500, FALSE);
  g_assert_cmpint (get (id, "setengah")->kind, ==, WARTA_TOKEN_WORD);
}

static void
test_dates_stay_whole (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_ID, "Kamis (24/10/2024) dan (24/10), 8-13 Oktober");
  const WartaToken *k = get (t, "24/10/2024");
  g_assert_cmpint (k->kind, ==, WARTA_TOKEN_WORD);
  g_assert_cmpint (get (t, "24/10")->kind, ==, WARTA_TOKEN_WORD);
  assert_number (t, "8", 8, FALSE);
  assert_number (t, "13", 13, FALSE);
  g_assert_cmpint (get (t, "-")->kind, ==, WARTA_TOKEN_PUNCT);
}

typedef struct {
  const char *word;
  const char *stem;
  const char *alt;
  WartaVoice voice;
  gboolean nya;
} Affix;

static void
test_affixes (void)
{
  static const Affix cases[] = {
    { "mengirim", "irim", "kirim", WARTA_VOICE_ACTIVE, FALSE },
    { "dikirim", "kirim", NULL, WARTA_VOICE_PASSIVE, FALSE },
    { "pengiriman", "irim", "kirim", WARTA_VOICE_NOMINAL, FALSE },
    { "membantah", "bantah", NULL, WARTA_VOICE_ACTIVE, FALSE },
    { "dibantah", "bantah", NULL, WARTA_VOICE_PASSIVE, FALSE },
    { "menepis", "epis", "tepis", WARTA_VOICE_ACTIVE, FALSE },
    { "mengonfirmasi", "onfirmasi", "konfirmasi", WARTA_VOICE_ACTIVE, FALSE },
    { "mengkonfirmasi", "konfirmasi", NULL, WARTA_VOICE_ACTIVE, FALSE },
    { "dikerahkan", "kerah", NULL, WARTA_VOICE_PASSIVE, FALSE },
    { "pengerahan", "erah", "kerah", WARTA_VOICE_NOMINAL, FALSE },
    { "mengatakan", "ata", "kata", WARTA_VOICE_ACTIVE, FALSE },
    { "memasok", "pasok", NULL, WARTA_VOICE_ACTIVE, FALSE },
    { "terdeteksi", "deteksi", NULL, WARTA_VOICE_STATIVE, FALSE },
    { "tentaranya", "tentara", NULL, WARTA_VOICE_NONE, TRUE },
    { "hanya", "hanya", NULL, WARTA_VOICE_NONE, FALSE },
    { "punya", "punya", NULL, WARTA_VOICE_NONE, FALSE },
    { "dia", "dia", NULL, WARTA_VOICE_NONE, FALSE },
    { "dari", "dari", NULL, WARTA_VOICE_NONE, FALSE },
    { "dipimpin", "pimpin", NULL, WARTA_VOICE_PASSIVE, FALSE },
    { "diplomat", NULL, NULL, WARTA_VOICE_NONE, FALSE },
    { "menteri", NULL, NULL, WARTA_VOICE_NONE, FALSE },
    { "mereka", NULL, NULL, WARTA_VOICE_NONE, FALSE },
  };
  g_autoptr (WartaStemmer) st = warta_stemmer_new (WARTA_LANG_ID);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WartaToken k;
      g_test_message ("%s", cases[i].word);
      warta_token_analyse_word (st, cases[i].word, &k);
      if (cases[i].stem)
        g_assert_cmpstr (k.stem, ==, cases[i].stem);
      g_assert_cmpstr (k.alt_stem, ==, cases[i].alt);
      g_assert_cmpint (k.voice, ==, cases[i].voice);
      g_assert_cmpint (k.has_nya, ==, cases[i].nya);
      warta_token_clear (&k);
    }
}

static void
test_affixes_in_text (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_ID, "Tentaranya dikirim dan Korea mengirim");
  g_assert_true (get (t, "Tentaranya")->has_nya);
  g_assert_cmpstr (get (t, "Tentaranya")->stem, ==, "tentara");
  g_assert_cmpint (get (t, "dikirim")->voice, ==, WARTA_VOICE_PASSIVE);
  g_assert_cmpstr (get (t, "mengirim")->alt_stem, ==, "kirim");
}

static gboolean
matches (WartaStemmer *st, const char *word, const char *form)
{
  g_autoptr (WartaTokens) t = warta_tokenize (st, word, 0, strlen (word));
  WartaToken f;
  gboolean r;
  warta_token_analyse_word (st, form, &f);
  r = warta_token_matches_form (warta_tokens_get (t, 0), &f);
  warta_token_clear (&f);
  return r;
}

static void
test_matching (void)
{
  g_autoptr (WartaStemmer) st = warta_stemmer_new (WARTA_LANG_ID);
  const char *kirim[] = { "mengirim", "dikirim", "pengiriman", "mengirimkan", "Dikirimkan" };
  for (gsize i = 0; i < G_N_ELEMENTS (kirim); i++)
    {
      g_assert_true (matches (st, kirim[i], "kirim"));
      g_assert_true (matches (st, kirim[i], "mengirim"));
    }
  g_assert_true (matches (st, "mengonfirmasi", "mengkonfirmasi"));
  g_assert_true (matches (st, "dikonfirmasi", "mengonfirmasi"));
  g_assert_true (matches (st, "menepis", "tepis"));
  g_assert_true (matches (st, "pengerahan", "dikerahkan"));
  g_assert_true (matches (st, "Mengatakan", "kata"));
  g_assert_false (matches (st, "membantah", "kirim"));
  g_assert_false (matches (st, "tentara", "kirim"));
}

static void
test_english (void)
{
  g_autoptr (WartaTokens) t = tokenize (WARTA_LANG_EN, "Russia's troops were deployed");
  g_assert_cmpint (t->lang, ==, WARTA_LANG_EN);
  g_assert_cmpstr (get (t, "troops")->stem, ==, "troop");
  g_assert_cmpstr (get (t, "deployed")->stem, ==, "deploy");
  g_assert_cmpint (get (t, "deployed")->voice, ==, WARTA_VOICE_NONE);
  g_assert_cmpint (find (t, "Russia's"), >=, 0);
}

static void
test_language (void)
{
  const char *id = "Korea Utara telah mengirim pasukan ke Rusia, kata agen yang dikutip itu.";
  const char *en = "North Korea has sent troops to Russia, the agency said on Friday.";
  g_assert_cmpint (warta_guess_language (id, strlen (id)), ==, WARTA_LANG_ID);
  g_assert_cmpint (warta_guess_language (en, strlen (en)), ==, WARTA_LANG_EN);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/token/basic", test_basic);
  g_test_add_func ("/token/words", test_words);
  g_test_add_func ("/token/temporal-prefix", test_temporal_prefix);
  g_test_add_func ("/token/maker-suffix", test_maker_suffix);
  g_test_add_func ("/token/numbers/id", test_numbers_id);
  g_test_add_func ("/token/numbers/vague", test_numbers_vague);
  g_test_add_func ("/token/numbers/en", test_numbers_en);
  g_test_add_func ("/token/numbers/half", test_numbers_half);
  g_test_add_func ("/token/dates-stay-whole", test_dates_stay_whole);
  g_test_add_func ("/token/affixes", test_affixes);
  g_test_add_func ("/token/affixes-in-text", test_affixes_in_text);
  g_test_add_func ("/token/matching", test_matching);
  g_test_add_func ("/token/english", test_english);
  g_test_add_func ("/token/language", test_language);
  return g_test_run ();
}
