/* warta-graph.h: a small in-memory RDF dataset, and reading one from any
 * file Raptor can parse.
 *
 * A WartaGraph is a set of quads (subject, predicate, object, graph name).
 * Terms are interned strings; a quad is stored once however often it is
 * added.  Blank nodes are allowed so that arbitrary RDF can be read (for
 * draw, diff, canon), but warta's own output never contains any.
 * Iteration order is always sorted (subject, predicate, object, graph, by
 * N-Triples form in byte order), which is what makes every writer
 * deterministic.
 *
 * Ownership: the graph owns its terms; WartaTerm pointers handed out stay
 * valid until the graph is freed. */
#pragma once

#include <glib.h>
#include <raptor2.h>

G_BEGIN_DECLS

typedef enum {
  WARTA_TERM_IRI,
  WARTA_TERM_BLANK,
  WARTA_TERM_LITERAL,
} WartaTermKind;

typedef struct {
  WartaTermKind kind;
  const char *value;     /* IRI, blank node label (without "_:"), or lexical form */
  const char *datatype;  /* literal datatype IRI or NULL (plain / xsd:string) */
  const char *lang;      /* language tag or NULL */
} WartaTerm;

typedef struct {
  const WartaTerm *s, *p, *o;
  const WartaTerm *g;    /* NULL: the default graph */
} WartaQuad;

typedef struct _WartaGraph WartaGraph;

WartaGraph *warta_graph_new (void);
void warta_graph_free (WartaGraph *g);

/* Interning constructors: equal terms give the same pointer. */
const WartaTerm *warta_graph_iri (WartaGraph *g, const char *iri);
const WartaTerm *warta_graph_blank (WartaGraph *g, const char *label);
const WartaTerm *warta_graph_literal (WartaGraph *g, const char *lexical,
                                      const char *datatype, const char *lang);

/* Adds a quad (@gname NULL for the default graph).  Returns FALSE if it was
 * already present. */
gboolean warta_graph_add (WartaGraph *g, const WartaTerm *s, const WartaTerm *p,
                          const WartaTerm *o, const WartaTerm *gname);
/* Shorthands. */
void warta_graph_add_iri (WartaGraph *g, const char *gname, const char *s, const char *p, const char *o);
void warta_graph_add_literal (WartaGraph *g, const char *gname, const char *s, const char *p,
                              const char *lexical, const char *datatype, const char *lang);

guint warta_graph_size (const WartaGraph *g);
/* All quads, sorted as described above (element-type WartaQuad, owned by the
 * caller, terms owned by the graph). */
GArray *warta_graph_quads (const WartaGraph *g);
/* Quads matching a pattern; NULL fields are wildcards.  @any_graph TRUE
 * ignores @gname. */
GArray *warta_graph_match (const WartaGraph *g, const WartaTerm *s, const WartaTerm *p,
                           const WartaTerm *o, const WartaTerm *gname, gboolean any_graph);
/* Convenience for readers: the objects of (s, p) in any graph, sorted, unique. */
GPtrArray *warta_graph_objects (const WartaGraph *g, const char *s_iri, const char *p_iri);
/* Does (s, p) have, in any graph, an object whose value (IRI or lexical
 * form) is @value? */
gboolean warta_graph_has_object (const WartaGraph *g, const char *s_iri, const char *p_iri,
                                 const char *value);
/* Subjects with rdf:type @class_iri, sorted, unique (element-type WartaTerm). */
GPtrArray *warta_graph_instances (const WartaGraph *g, const char *class_iri);

/* A new Raptor term for @t (free with raptor_free_term); used by every
 * module that hands terms to Raptor (escaping, serializing). */
raptor_term *warta_term_to_raptor (raptor_world *world, const WartaTerm *t);

/* The N-Triples form of a term ("<iri>", "_:b0", "\"x\"@en", "\"1\"^^<…>"). */
char *warta_term_to_ntriples (const WartaTerm *t);
int warta_term_compare (const WartaTerm *a, const WartaTerm *b);

/* Reads an RDF file into @g with Raptor.  @syntax is a Raptor parser name
 * ("turtle", "ntriples", "nquads", "trig", "rdfxml") or NULL to guess from
 * the file name.  Quads from N-Quads/TriG keep their graph name; triples go
 * to the default graph.  "-" reads stdin.  Blank node labels are prefixed
 * with @bnode_prefix (may be NULL) so that two files' blank nodes stay
 * apart. */
gboolean warta_graph_parse_file (WartaGraph *g, const char *path, const char *syntax,
                                 const char *bnode_prefix, GError **error);
/* The Raptor parser name guessed from a file name's extension, or NULL. */
const char *warta_rdf_syntax_from_filename (const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaGraph, warta_graph_free)

G_END_DECLS
