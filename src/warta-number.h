/* warta-number.h: reading numbers as news writes them.
 *
 * Indonesian: "1.500", "12.000", "10 ribu", "11 ribu", "1,5 juta",
 * "US$540 juta", "lima ribu" (number words), "sekitar 3.000" (the hedge is
 * the caller's business).  English: "1,500", "10,000", "12 thousand",
 * "3.5 million", "ten thousand".  Vague quantities ("ribuan", "beberapa
 * ribu", "thousands", "several thousand") are NOT numbers: they return FALSE
 * with *vague set, so a troop count is never invented. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum { WARTA_LANG_ID = 0, WARTA_LANG_EN = 1 } WartaLang;

/* Parses one numeral token ("1.500", "10", "12,000", "3,5", "US$540").
 * Thousands separators follow @lang ("." in id, "," in en), but a group
 * pattern that is only valid in the other convention is accepted too.
 * Returns FALSE when @s is not a numeral. */
gboolean warta_number_parse_numeral (const char *s, WartaLang lang, double *value);

/* Returns the multiplier of a scale word ("ribu" 1e3, "juta" 1e6, "miliar"
 * 1e9, "triliun" 1e12, "thousand", "million", "billion"; "rb", "jt"), or 0. */
double warta_number_scale_word (const char *folded_word);

/* Returns the value of a number word ("satu".."sembilan", "sepuluh",
 * "sebelas", "seratus", "seribu", "dua puluh" is handled by the tokenizer
 * combining words; "one".."twenty", "hundred"), or -1. */
double warta_number_word (const char *folded_word);

/* TRUE for words of vague quantity: "ribuan", "puluhan", "ratusan",
 * "beberapa", "thousands", "hundreds", "dozens", "several". */
gboolean warta_number_is_vague (const char *folded_word);

G_END_DECLS
