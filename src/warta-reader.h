/* warta-reader.h: turning files into WartaDocuments.
 *
 * A WartaDocument is one article as extraction sees it: validated UTF-8,
 * BOM stripped, CRLF and lone CR turned into LF, and boilerplate lines
 * ("Baca Juga: …", "Advertisement", …) removed.  The boilerplate patterns are
 * data (ontology/lexicon.ttl) and are handed in by the caller.
 *
 * Ownership: a WartaDocument owns all its strings.  Offsets used anywhere in
 * libwarta (sentences, tokens) are byte offsets into doc->text. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *id;       /* the input file's base name ("000_849ee8f691e751fa.txt"); "stdin" for - */
  char *path;     /* as given on the command line; "-" for stdin */
  char *text;     /* cleaned UTF-8 text, NUL-terminated */
  gsize len;      /* strlen (text) */
  guint n_dropped_lines; /* boilerplate lines removed */
} WartaDocument;

/* Boilerplate patterns.  A line (trimmed, compared case-insensitively) is
 * dropped when it equals one of @lines, or starts with one of @prefixes
 * followed by end of line, ':' or white space.  Either may be NULL. */
typedef struct {
  GPtrArray *lines;    /* (element-type utf8) */
  GPtrArray *prefixes; /* (element-type utf8) */
} WartaBoilerplate;

WartaBoilerplate *warta_boilerplate_new (void);
void warta_boilerplate_free (WartaBoilerplate *bp);
gboolean warta_boilerplate_matches (const WartaBoilerplate *bp, const char *line, gsize len);

/* Builds a document from raw bytes.  Fails with WARTA_ERROR_INVALID_UTF8 and
 * a message naming @id and the byte offset of the first invalid sequence. */
WartaDocument *warta_document_new_from_bytes (const char *id, const char *path,
                                              const char *data, gsize len,
                                              const WartaBoilerplate *bp,
                                              GError **error);
void warta_document_free (WartaDocument *doc);

/* Reads every path: a file, a directory (recursively, entries sorted by
 * byte order of their names, hidden files and *.tsv and *.md files skipped) or "-"
 * for stdin.  Documents that read well are appended to @docs (element-type
 * WartaDocument, sorted by id then path).  A file that cannot be read or is
 * not UTF-8 does not stop the others: its error is appended to @errors
 * (element-type GError) and the function returns FALSE at the end.  A path
 * that does not exist is an error likewise. */
gboolean warta_read_paths (const char *const *paths, const WartaBoilerplate *bp,
                           GPtrArray *docs, GPtrArray *errors);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaDocument, warta_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaBoilerplate, warta_boilerplate_free)

G_END_DECLS
