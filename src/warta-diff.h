/* warta-diff.h: what changed between two RDF datasets.
 *
 * Both sides become sets of canonical N-Quads lines (warta-canon.h) and are
 * compared as sets.  A side with blank nodes is first canonicalized with
 * RDFC-1.0, so that graphs differing only in blank node labels (or in
 * order, or in syntax) are equal.  Without blank nodes nothing is
 * canonicalized: the lines go straight into a hash set (the fast path).
 *
 * Limitation: blank nodes are matched by canonical labelling, not by a
 * best-effort alignment.  Isomorphic datasets diff as equal, but when two
 * datasets with blank nodes differ, the canonical labels on the two sides
 * may shift, so statements about blank nodes can show up as removed and
 * added again even where "the same" blank node is meant.  Warta's own
 * graphs have no blank nodes.
 *
 * Ownership: a WartaDiff owns everything it points to. */
#pragma once

#include <glib.h>
#include "warta-canon.h"
#include "warta-graph.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_DIFF_SUMMARY,   /* counts by class, then the changes in words */
  WARTA_DIFF_NTRIPLES,  /* "+ s p o [g] ." / "- …", sorted by statement */
  WARTA_DIFF_PATCH,     /* RDF Patch: D lines, then A lines */
  WARTA_DIFF_SPARQL,    /* SPARQL 1.1 Update */
} WartaDiffFormat;

gboolean warta_diff_format_from_name (const char *name, WartaDiffFormat *out);

typedef struct {
  GPtrArray *removed;      /* char *: canonical lines "s p o [g] ." only in OLD, sorted */
  GPtrArray *added;        /* char *: only in NEW, sorted */
  guint n_old, n_new;      /* distinct statements on each side */
  gboolean canonicalized;  /* some side had blank nodes and was relabelled */
  WartaLineSet *old_lines; /* the two sides as compared (canonical labels) */
  WartaLineSet *new_lines;
} WartaDiff;

void warta_diff_free (WartaDiff *d);
gboolean warta_diff_is_empty (const WartaDiff *d);

/* Compares two line sets; takes ownership of both (consumed even on
 * error).  @canon may be NULL (defaults).  Fails only when
 * canonicalization does (WARTA_ERROR_LIMIT, WARTA_ERROR_PARSE). */
WartaDiff *warta_diff_take_line_sets (WartaLineSet *old_lines, WartaLineSet *new_lines,
                                      const WartaCanonOptions *canon, GError **error);
/* Compares two graphs, e.g. two extracted corpora. */
WartaDiff *warta_diff_graphs (const WartaGraph *old_graph, const WartaGraph *new_graph,
                              GError **error);
/* Reads two files (any syntax warta_line_set_read_file reads; @old_syntax
 * / @new_syntax NULL: from the extension) and compares them. */
WartaDiff *warta_diff_files (const char *old_path, const char *old_syntax, const char *new_path,
                             const char *new_syntax, GError **error);

/* The diff as text in @format (NUL-terminated).  The summary reads names
 * (skos:prefLabel, preferring @en), classes and article identifiers from
 * d->old_lines and d->new_lines; errors only come from there. */
char *warta_diff_format (const WartaDiff *d, WartaDiffFormat format, GError **error);
char *warta_diff_to_ntriples (const WartaDiff *d);
char *warta_diff_to_patch (const WartaDiff *d);
char *warta_diff_to_sparql (const WartaDiff *d);
char *warta_diff_summary (const WartaDiff *d, GError **error);

/* The removed and added statements as graphs (for drawing). */
WartaGraph *warta_diff_removed_graph (const WartaDiff *d);
WartaGraph *warta_diff_added_graph (const WartaDiff *d);

/* Draws the change to @out_path (.svg .png .pdf .dot) through warta draw:
 * the union of both sides, added green, removed red, the rest faded. */
gboolean warta_diff_draw (const WartaDiff *d, const char *out_path, GError **error);

/* Applies an RDF Patch (A/D lines; H, TX, TC, TA and comments ignored) to
 * @base, giving the resulting set, sorted and duplicate-free.  Blank node
 * labels are taken literally, so apply a patch made by warta diff to the
 * canonical form of OLD.  WARTA_ERROR_PARSE on a bad line. */
WartaLineSet *warta_diff_apply_patch (const WartaLineSet *base, const char *patch, gsize len,
                                      GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaDiff, warta_diff_free)

G_END_DECLS
