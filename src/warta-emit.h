/* warta-emit.h: facts to contract triples.
 *
 * Turns a WartaFactSet, the articles it was read from and the actors it
 * mentions into a WartaGraph that honours ../shared/CONTRACT.md:
 *   - each fact typed with its most specific class, with its properties,
 *     prov:wasDerivedFrom every article and warta:evidence every sentence
 *     (plain literals), warta:rule every rule id;
 *   - each article a warta:Article with dcterms:identifier, and publisher,
 *     date and language where known;
 *   - each actor mentioned by a fact, and every actor its affiliation and
 *     locatedIn chains reach, with rdf:type, exactly one skos:prefLabel@en,
 *     skos:altLabel per other label, warta:affiliation, warta:locatedIn,
 *     owl:sameAs.
 * Graph names: each fact's triples go into the named graph of every article
 * it was read from (WARTA_ID_BASE "article/…"), so N-Quads gives per-article
 * graphs whose union is the Turtle; article descriptions go with their own
 * article; actor descriptions go into the graph WARTA_ID_BASE "graph/actors". */
#pragma once

#include <glib.h>
#include "warta-facts.h"
#include "warta-graph.h"
#include "warta-lexicon.h"
#include "warta-manifest.h"

G_BEGIN_DECLS

#define WARTA_ACTORS_GRAPH WARTA_ID_BASE "graph/actors"

/* Adds everything to @g.  @articles is (element-type WartaArticleMeta). */
void warta_emit_graph (WartaGraph *g, const WartaFactSet *facts, GPtrArray *articles,
                       const WartaLexicon *lex);

G_END_DECLS
