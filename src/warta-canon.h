/* warta-canon.h: canonical N-Quads, and RDF Dataset Canonicalization
 * (W3C RDFC-1.0, https://www.w3.org/TR/rdf-canon/).
 *
 * Three layers:
 *   - terms and lines: writing an RDF term, or parsing one N-Quads line, in
 *     the canonical N-Quads form of RDF 1.2 (IRIs unescaped; in literals
 *     only \b \t \n \f \r \" \\ as ECHAR and the other controls U+0000-U+001F
 *     and U+007F as \uXXXX, upper-case hex; no ^^xsd:string; single spaces;
 *     " ." at the end).  A canonical line never contains a NUL byte or a
 *     newline, so it can be handled as a C string.
 *   - WartaLineSet: the statements of one or more files (or of a
 *     WartaGraph), each as a canonical N-Quads line.  N-Triples and N-Quads
 *     are read by a small parser of our own (it keeps blank node labels as
 *     written, keeps literals containing U+0000, and is several times
 *     faster than going through terms); every other syntax goes through
 *     Raptor.
 *   - warta_canonicalize (): RDFC-1.0 over a line set, giving the sorted,
 *     duplicate-free canonical N-Quads and the issued identifiers map.
 *
 * Ownership: a WartaLineSet owns its lines; the WartaSpan pointers it hands
 * out stay valid until it is freed.  Lines are not NUL-terminated (they may
 * point into a memory-mapped input file). */
#pragma once

#include <glib.h>
#include "warta-graph.h"

G_BEGIN_DECLS

/* ---- Terms and lines ---- */

/* Appends the canonical form of @t ("<iri>", "_:label", "\"lex\"@lang",
 * "\"lex\"^^<dt>"). */
void warta_canon_append_term (GString *out, const WartaTerm *t);
/* Appends a canonical literal; @lex has @len bytes (may contain NUL);
 * @datatype NULL or xsd:string writes none; @lang NULL or "" none. */
void warta_canon_append_literal (GString *out, const char *lex, gsize len,
                                 const char *datatype, const char *lang);

/* One parsed statement: the canonical line is in @buf (reset by each
 * parse); term i is buf->str[start[i] .. start[i] + len[i]).  n_terms is 0
 * for a blank or comment line, 3 for a triple, 4 for a quad. */
typedef struct {
  GString *buf;
  gsize start[4];
  gsize len[4];
  guint n_terms;
  gboolean has_blank;
} WartaCanonLine;

void warta_canon_line_init (WartaCanonLine *cl);
void warta_canon_line_clear (WartaCanonLine *cl);
/* Parses one N-Quads (or N-Triples) line @line[0..@len), without its
 * newline, into @cl.  FALSE with WARTA_ERROR_PARSE on a syntax error. */
gboolean warta_canon_parse_line (const char *line, gsize len, WartaCanonLine *cl,
                                 GError **error);

/* ---- Line sets ---- */

typedef struct {
  const char *str;  /* not NUL-terminated */
  gsize len;
} WartaSpan;

typedef struct _WartaLineSet WartaLineSet;

WartaLineSet *warta_line_set_new (void);
void warta_line_set_free (WartaLineSet *ls);

/* Reads @path ("-": stdin) and appends its statements.  @syntax is a
 * Raptor parser name or NULL to guess from the file name (stdin: nquads).
 * Blank node labels are prefixed with @bnode_prefix (may be NULL).
 * Errors: G_FILE_ERROR, WARTA_ERROR_PARSE (with file:line),
 * WARTA_ERROR_INVALID_UTF8. */
gboolean warta_line_set_read_file (WartaLineSet *ls, const char *path, const char *syntax,
                                   const char *bnode_prefix, GError **error);
/* Appends an N-Quads document held in memory (copied). */
gboolean warta_line_set_add_nquads (WartaLineSet *ls, const char *data, gsize len,
                                    GError **error);
/* Appends every quad of @g. */
void warta_line_set_add_graph (WartaLineSet *ls, const WartaGraph *g);
/* Appends a canonical line (copied; the caller vouches it is canonical). */
void warta_line_set_add_line (WartaLineSet *ls, const char *line, gsize len, gboolean has_blank);

/* Number of lines, duplicates included (a set only after canonicalizing). */
guint warta_line_set_size (const WartaLineSet *ls);
const WartaSpan *warta_line_set_get (const WartaLineSet *ls, guint i);
gboolean warta_line_set_has_blank (const WartaLineSet *ls);
/* The lines joined, each followed by "\n"; NUL-terminated. */
char *warta_line_set_to_string (const WartaLineSet *ls, gsize *len);
/* Loads the statements into @g (terms from the canonical lines). */
gboolean warta_line_set_to_graph (const WartaLineSet *ls, WartaGraph *g, GError **error);

/* ---- RDFC-1.0 ---- */

typedef enum {
  WARTA_CANON_SHA256,
  WARTA_CANON_SHA384,
} WartaCanonHash;

/* The work limit counts calls of Hash N-Degree Quads plus permutations
 * tried.  The W3C suite's hardest computable tests (test044-046) need
 * 3,348 units; its 10-node clique (test074) would need billions.  The
 * automatic limit, WARTA_CANON_WORK_BASE + WARTA_CANON_WORK_PER_BNODE per
 * blank node, allows graphs some thirty times harder than the suite's
 * legitimate ones (more for big graphs, whose many look-alike blank nodes
 * each need a little N-degree work), and refuses the clique in about 0.3 s. */
#define WARTA_CANON_WORK_AUTO G_MAXUINT64
#define WARTA_CANON_WORK_BASE 100000
#define WARTA_CANON_WORK_PER_BNODE 100

typedef struct {
  WartaCanonHash hash;   /* default SHA-256 */
  guint64 work_limit;    /* default WARTA_CANON_WORK_AUTO; 0: no limit; else the
                          * total allowed */
} WartaCanonOptions;

void warta_canon_options_init (WartaCanonOptions *opts);
/* "sha256"/"SHA256"/"sha-256", "sha384"/…; FALSE if unknown. */
gboolean warta_canon_hash_from_name (const char *name, WartaCanonHash *out);

/* Canonicalizes the dataset @in.  Returns a new line set: the canonical
 * N-Quads lines, sorted in code point order, without duplicates.
 * @issued (may be NULL) receives a new table: input blank node label
 * (without "_:") -> canonical label ("c14n0"), both char *.  @work (may be
 * NULL) receives the work spent.  Fails with WARTA_ERROR_LIMIT when the
 * work limit is exceeded. */
WartaLineSet *warta_canonicalize (const WartaLineSet *in, const WartaCanonOptions *opts,
                                  GHashTable **issued, guint64 *work, GError **error);

/* The issued identifiers map as JSON, keys sorted: {"e0": "c14n0", …}. */
char *warta_canon_map_to_json (GHashTable *issued);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaLineSet, warta_line_set_free)

G_END_DECLS
