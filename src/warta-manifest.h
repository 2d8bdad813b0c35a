/* warta-manifest.h: what is known about each article beyond its words.
 *
 * corpus/MANIFEST.tsv has one header line and then one row per article:
 *     file <TAB> publisher <TAB> place <TAB> date <TAB> language
 * (date as YYYY-MM-DD, YYYY-MM or YYYY; an empty field is unknown; lines
 * starting with '#' are comments).  warta_article_meta_guess reads the same
 * facts off the text itself (a dateline "KONTAN.CO.ID - JAKARTA." or
 * "Liputan6.com, Kyiv -", a date "Kamis (24/10/2024)"), for articles the
 * manifest does not list.  The manifest wins where both speak. */
#pragma once

#include <glib.h>
#include "warta-date.h"
#include "warta-reader.h"

G_BEGIN_DECLS

/* What is known about an article beyond its text (corpus/MANIFEST.tsv and
 * what the text shows). */
typedef struct {
  char *id;         /* file base name */
  char *publisher;  /* or NULL */
  char *place;      /* dateline place or NULL */
  WartaDate date;   /* publication date, precision NONE if unknown */
  char *language;   /* "id", "en" */
} WartaArticleMeta;

WartaArticleMeta *warta_article_meta_new (const char *id);
void warta_article_meta_free (WartaArticleMeta *m);


/* Reads a manifest into a table id -> WartaArticleMeta (owned by the table).
 * A missing file is not an error (empty table); a malformed row is, naming
 * the file and line. */
GHashTable *warta_manifest_load (const char *path, GError **error);

/* Guesses publisher, place, date and language from the text; returns a new
 * meta with doc->id. */
WartaArticleMeta *warta_article_meta_guess (const WartaDocument *doc);

/* Fills the fields of @into that are unknown from @from. */
void warta_article_meta_merge (WartaArticleMeta *into, const WartaArticleMeta *from);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaArticleMeta, warta_article_meta_free)

G_END_DECLS
