/* warta-splitter.h: sentence splitting for news text (Indonesian, English).
 *
 * A sentence ends at a newline, or at . ! ? (and a closing quote after them)
 * followed by white space and a word that can open a sentence.  It does not
 * end inside numbers ("1.500", "24/10/2024", "US$540"), after abbreviations
 * and military ranks ("Mayjen.", "Dr.", "Jl.", "No.", "U.S."), or inside
 * quotes that continue the sentence.  Text run together by bad scraping is
 * split too: "…di Ukraina.Rusia dan…" and a headline glued to its first
 * paragraph ("Poin-Poin PentingUkraina dan …") become separate sentences.
 *
 * The splitter only finds boundaries; it does not tokenize. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize start;  /* byte offset of the first character (never white space) */
  gsize end;    /* byte offset one past the last character (never white space) */
  guint index;  /* 0-based position in the document */
  guint paragraph; /* 0-based paragraph (line) number the sentence starts in */
} WartaSentence;

/* Returns (element-type WartaSentence) in text order; empty sentences and
 * sentences of punctuation only are not returned. */
GArray *warta_split_sentences (const char *text, gsize len);

/* Copies the sentence text (g_free it). */
char *warta_sentence_dup_text (const WartaSentence *s, const char *text);

G_END_DECLS
