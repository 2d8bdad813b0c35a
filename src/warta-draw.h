/* warta-draw.h: relationship diagrams of a warta graph, drawn in-process
 * with Graphviz (cgraph + gvc).
 *
 * Three steps, each usable on its own:
 *   warta_draw_build ()   WartaGraph + options -> Agraph_t (the structure
 *                         handed to Graphviz; tests inspect it);
 *   warta_draw_render ()  Agraph_t -> bytes in memory (svg, png, pdf, dot);
 *   warta_draw_file ()    both, written atomically to a file.
 *
 * The Agraph_t built here follows fixed naming rules, which the diff
 * module may rely on:
 *   - a node's name is the IRI of what it stands for ("_:label" for a blank
 *     node); legend nodes are named "legend:…" and live in the subgraph
 *     "cluster_legend";
 *   - an edge's key (agnameof) is the IRI of the fact it draws (the
 *     Deployment, ArmsTransfer or Statement), or, for an edge that draws
 *     one triple (affiliation, locatedIn, party, signatory), the
 *     predicate IRI, with tail = subject and head = object;
 *   - in the actors view, the deployments (arms transfers) with the same
 *     agent and destination (recipient) share one edge: its key is the
 *     first of those facts in IRI order, its attribute "warta_facts" lists
 *     all of them separated by spaces (set on every such edge, one IRI
 *     for a single fact), and its label is the verb followed by one line
 *     per distinct fact ("12,000, 2024-10"; repeats as "(×2)");
 *   - invisible layout edges have warta_class "order" (key "timeline:order"
 *     or "layout:band") and draw nothing;
 *   - every node and edge carries the attribute "warta_class": the local
 *     name of its class (State, Deployment, Denial, affiliation, …);
 *   - timeline date groups are subgraphs "cluster_date_<date>" and
 *     "cluster_undated", in date order with dates lacking a year ("--06")
 *     after the dated ones; a group of more than 12 facts is split into
 *     columns, its subgraphs "rank_cluster_date_<date>_<i>" (rank=same);
 *   - with "dot", the connected components (outside the timeline) are
 *     stacked in bands, the legend in the last one; the graph attribute
 *     "warta_bands" gives their number.
 * Labels are plain (non-HTML) Graphviz labels: text is escaped so that any
 * string renders as itself ('\' doubled, '&' as "&amp;", control characters
 * as spaces), wrapped at WARTA_DRAW_WRAP characters and cut with "…" at
 * WARTA_DRAW_MAX_LABEL characters per part.
 *
 * Ownership: Agraph_t results are owned by the caller and freed with
 * agclose () (g_autoptr (Agraph_t) with WARTA_CLEANUP_GRAPHVIZ defined
 * before including warta-cleanup.h).  Option strings are owned by the
 * options struct and freed by warta_draw_options_clear (). */
#pragma once

#include <glib.h>
#include <graphviz/cgraph.h>
#include "warta-graph.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_DRAW_VIEW_ACTORS,    /* actors and destinations; deployments, arms transfers, affiliations */
  WARTA_DRAW_VIEW_CLAIMS,    /* events as nodes; each statement an edge speaker -> event */
  WARTA_DRAW_VIEW_TREATIES,  /* treaties with party and signatory edges */
  WARTA_DRAW_VIEW_TIMELINE,  /* events and statements left to right by date */
} WartaDrawView;

typedef struct {
  WartaDrawView view;   /* default WARTA_DRAW_VIEW_ACTORS */
  char *focus;          /* NULL, or a label (pref/alt, any language, case-insensitive) */
  guint depth;          /* hops kept around @focus; default 1 */
  GPtrArray *kinds;     /* char*, class local names ("Deployment", "Denial", "Person");
                         * empty: everything.  Names fall in three groups -
                         * actor classes, event classes, statement classes -
                         * and each non-empty group restricts its own kind of
                         * thing: "--kind Deployment --kind Denial" draws
                         * denials of deployments.  Superclasses match their
                         * subclasses (Statement, Actor).  With an event or
                         * statement kind (or --article), actors that no
                         * drawn fact touches are left out; in the claims
                         * view, with a statement or actor kind, so are
                         * events nobody drawn spoke about. */
  char *article;        /* NULL, or keep only facts derived from an article whose
                         * dcterms:identifier equals or starts with this */
  char *lang;           /* "en" (default) or another tag: node labels use the
                         * prefLabel in that language when there is one */
  char *layout;         /* NULL: chosen by size (warta_draw_auto_layout) */
  char *format;         /* NULL: from the output file name */
  char *title;          /* NULL: a generated title only */
} WartaDrawOptions;

void warta_draw_options_init (WartaDrawOptions *opts);
void warta_draw_options_clear (WartaDrawOptions *opts);

/* "actors", "claims", "treaties", "timeline". */
gboolean warta_draw_view_from_name (const char *name, WartaDrawView *out);
const char *warta_draw_view_name (WartaDrawView view);

/* The output format for a name ("svg", "png", "pdf", "dot"/"gv"), or for
 * a file name's extension; a static string, NULL if unknown. */
const char *warta_draw_format_from_name (const char *name);
const char *warta_draw_format_from_filename (const char *path);

#define WARTA_DRAW_WRAP 24
/* Lines of a merged edge's label (one per fact) wrap at this width. */
#define WARTA_DRAW_MERGED_WRAP 36
#define WARTA_DRAW_MAX_LABEL 80
/* Measured with bench/draw-bench.sh (see the comment in draw.c): above
 * this many nodes "dot" becomes slow and the automatic layout is "sfdp". */
#ifndef WARTA_DRAW_SFDP_NODES
#define WARTA_DRAW_SFDP_NODES 400
#endif
/* Above this many edges, edge labels are dropped (kept as tooltips) and
 * the legend says so: with "dot" they cost minutes, with "sfdp" they
 * are unreadable anyway and double the rendering time. */
#ifndef WARTA_DRAW_EDGE_LABEL_LIMIT
#define WARTA_DRAW_EDGE_LABEL_LIMIT 600
#endif

/* "dot" for up to WARTA_DRAW_SFDP_NODES nodes, "sfdp" beyond.  The claims
 * view uses "neato" instead of "dot" (see view_layout () in draw.c). */
const char *warta_draw_auto_layout (guint n_nodes);

/* Builds the diagram of @g for @opts.  Returns NULL with @error set when a
 * --focus name matches no actor or place (WARTA_ERROR_NOT_FOUND) or an
 * option is invalid (WARTA_ERROR_USAGE).  The graph's "layout" attribute
 * holds the layout chosen (opts->layout or the automatic one). */
Agraph_t *warta_draw_build (const WartaGraph *g, const WartaDrawOptions *opts, GError **error);

/* Lays out (unless @format is "dot") and renders @ag.  @layout NULL uses
 * the graph's "layout" attribute, else "dot".  "dot" writes the graph
 * structure without positions.  *@data is NUL-terminated, g_free () it.
 * A format or layout whose Graphviz plugin is missing gives an error
 * (WARTA_ERROR_NOT_FOUND) naming the Debian package.  The layout is freed
 * before returning, so @ag can be rendered again.  Not thread-safe
 * (Graphviz's error reporting and context are process-wide). */
gboolean warta_draw_render (Agraph_t *ag, const char *format, const char *layout,
                            char **data, gsize *len, GError **error);

/* Frees the Graphviz context that warta_draw_render () keeps for the
 * process (one context only: Graphviz 2.43's pango plugin keeps a pointer
 * into the previous context's data, so contexts must not be recreated).
 * Call once at exit; do not render afterwards. */
void warta_draw_shutdown (void);

/* Build + render + warta_write_file_atomic ().  Format: opts->format, else
 * from @out_path's extension. */
gboolean warta_draw_file (const WartaGraph *g, const WartaDrawOptions *opts,
                          const char *out_path, GError **error);

/* ---- For the diff module: drawing a change. ----
 *
 * Usage: build the drawing of the union of the old and new graphs with
 * warta_draw_build (), then call warta_draw_mark_changes () with the quads
 * only in the new graph (@added) and only in the old one (@removed); then
 * warta_draw_render ().  Or style single objects with
 * warta_draw_set_change_style ().
 *
 * Styles (distinguishable in black and white): ADDED green, bold, label
 * prefixed "+ "; REMOVED red, dashed, label prefixed "− "; MODIFIED orange,
 * bold; CONTEXT grey.  A legend entry for each style used is added to
 * "cluster_legend". */
typedef enum {
  WARTA_CHANGE_CONTEXT,
  WARTA_CHANGE_ADDED,
  WARTA_CHANGE_REMOVED,
  WARTA_CHANGE_MODIFIED,
} WartaChange;

/* @obj is an Agnode_t * or Agedge_t * of a graph built by warta_draw_build. */
void warta_draw_set_change_style (void *obj, WartaChange change);
/* The node drawn for @iri, or NULL. */
Agnode_t *warta_draw_find_node (Agraph_t *ag, const char *iri);
/* Styles every node and edge: ADDED when what it draws (node name or edge
 * key as described above) has an rdf:type in @added, or its triple is in
 * @added; REMOVED likewise for @removed; MODIFIED when the fact is the
 * subject of other quads in either; else CONTEXT.  Either graph may be
 * NULL.  Returns the number of objects marked other than CONTEXT. */
guint warta_draw_mark_changes (Agraph_t *ag, const WartaGraph *added, const WartaGraph *removed);

G_END_DECLS
