/* warta-build.h: the main job — a corpus in, a contract graph out.
 *
 * warta_build_graph reads every path (files, directories, "-"), reads the
 * manifest of each directory (DIR/MANIFEST.tsv) and guesses what it lacks
 * from the texts, extracts every article with one WartaExtractor, merges
 * the facts and emits the contract graph.  Unreadable or non-UTF-8 files
 * are reported in the WartaBuildReport and skipped; the rest is still
 * built.  The result depends only on the set of input files, not on their
 * order or on directory listing order.
 *
 * Ownership: the caller owns the returned graph and the report's arrays
 * (free with warta_build_report_clear). */
#pragma once

#include <glib.h>
#include "warta-facts.h"
#include "warta-graph.h"
#include "warta-lexicon.h"

G_BEGIN_DECLS

typedef struct {
  guint n_articles;                  /* articles read and extracted */
  guint n_unreadable;                /* files skipped (I/O or UTF-8 errors) */
  guint by_kind[WARTA_FACT_N_KINDS]; /* facts by kind after merging */
  guint n_learned_actors;            /* actors learned from text */
  guint n_triples;
  GPtrArray *errors;                 /* (element-type GError) one per skipped file */
  GPtrArray *warnings;               /* (element-type utf8) */
  char *date_min, *date_max;         /* publication date range or NULL */
} WartaBuildReport;

void warta_build_report_init (WartaBuildReport *r);
void warta_build_report_clear (WartaBuildReport *r);
/* A one-screen summary (g_free it). */
char *warta_build_report_format (const WartaBuildReport *r);

/* Extracts @paths with the ontology in @ontology_dir (NULL: default).
 * Returns NULL only when nothing could be done at all (the ontology does
 * not load); unreadable articles are in report->errors. */
WartaGraph *warta_build_graph (const char *const *paths, const char *ontology_dir,
                               WartaBuildReport *report, GError **error);

/* The same for one text held in memory (tests, stdin).  @id names the
 * article; @lang may be NULL (guessed). */
WartaGraph *warta_build_graph_from_text (WartaLexicon *lex, const char *id, const char *text,
                                         const char *lang, WartaFactSet **facts_out,
                                         GError **error);

G_END_DECLS
