/* warta-extract.h: from a document to facts — the layered reader.
 *
 * Layers (see HACKING.md): sentences (warta-splitter.h) -> tokens
 * (warta-token.h) -> mentions (warta-linker.h) and dates (warta-date.h) ->
 * clauses -> frames -> discourse -> facts (warta-facts.h).
 *
 * One WartaExtractor per thread; it holds the lexicon (shared, read-only
 * except for actors learned from text).  Each article is linked against
 * the registry plus only the actors that article teaches, so no article
 * changes how another is read.  Each article is read twice: the first
 * reading (into a scratch set) gathers what the article says of each
 * treaty as a whole, so that every mention of one treaty yields one fact.
 * warta_extract_document is deterministic: the same text gives the same
 * facts. */
#pragma once

#include <glib.h>
#include "warta-emit.h"
#include "warta-facts.h"
#include "warta-lexicon.h"
#include "warta-reader.h"

G_BEGIN_DECLS

typedef struct _WartaExtractor WartaExtractor;

WartaExtractor *warta_extractor_new (WartaLexicon *lex);
void warta_extractor_free (WartaExtractor *ex);

/* Reads @doc and adds what it states to @facts.  @meta gives the
 * publication date (for missing years) and language (NULL or language NULL:
 * guessed).  Warnings (things read but not understood) are appended to
 * @warnings (element-type utf8) when non-NULL. */
void warta_extract_document (WartaExtractor *ex, const WartaDocument *doc,
                             const WartaArticleMeta *meta, WartaFactSet *facts,
                             GPtrArray *warnings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaExtractor, warta_extractor_free)

G_END_DECLS
