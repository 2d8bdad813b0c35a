/* warta-eval.h: scoring a graph against gold facts.
 *
 * A graph is read back through the contract only (as ../shared/eval/score.py
 * does) into flat facts, one kind per row:
 *
 *   D  speaker agent troops|-   a Claim that agent deployed troops
 *   P  agent destination        a Deployment by agent to a place or state
 *   N  speaker EventClass agent a Denial of an event (Deployment, ArmsTransfer, Treaty)
 *   U  speaker EventClass agent a NonConfirmation
 *   T  party party              a Treaty between two parties (sorted)
 *   TS signatory                a Treaty signatory
 *   TD YYYY-MM | --MM           a Treaty signing month
 *   A  agent recipient          an ArmsTransfer
 *
 * Agents, destinations' owners, parties and recipients are compared as
 * the states they belong to (warta:affiliation); speakers as named at the
 * "exact" level and as their state at the "state" level.  An unnamed
 * official, whose label is the label of the body it is affiliated to and a
 * lowercase role ("United States official", "Polish Ministry of Defence
 * official"), is named "OWN|BODY" at the exact level: gold names an unnamed
 * source by whom it speaks for, and either name matches.
 *
 * GOLD FORMAT (the .tsv files in tests/gold/, documented in README.md): UTF-8 TSV, '#'
 * comments, one fact per line:
 *     ARTICLE <TAB> KIND <TAB> FIELD <TAB> FIELD …
 * ARTICLE is a prefix of the article's file name.  A field may list
 * alternatives with '|'.  KIND prefixed with '?' is optional (neither
 * missed nor wrong); with '!' it is a trap: a graph that states it is
 * wrong.  Names are canonical English names (skos:prefLabel@en) or any
 * label the ontology knows.  This is the format of ../shared/eval. */
#pragma once

#include <glib.h>
#include "warta-graph.h"
#include "warta-lexicon.h"

G_BEGIN_DECLS

typedef enum { WARTA_EVAL_EXACT, WARTA_EVAL_STATE } WartaEvalLevel;

typedef enum { WARTA_GOLD_REQUIRED, WARTA_GOLD_OPTIONAL, WARTA_GOLD_TRAP } WartaGoldMode;

typedef struct {
  char *article;       /* prefix */
  char *kind;          /* "D", "P", … */
  GStrv fields;        /* alternatives joined by '|' */
  WartaGoldMode mode;
  guint line;
} WartaGoldRow;

/* A fact read from a graph: article identifier, kind, fields. */
typedef struct {
  char *article;
  char *kind;
  GStrv fields;
} WartaEvalFact;

typedef struct {
  guint tp, fp, fn;
} WartaEvalCounts;

typedef struct {
  WartaEvalCounts by_kind[8];   /* in the order of warta_eval_kinds () */
  WartaEvalCounts all;
  GPtrArray *missed;            /* (element-type utf8) gold rows not found */
  GPtrArray *wrong;             /* (element-type utf8) facts no gold row allows */
  GPtrArray *traps;             /* (element-type utf8) facts that hit a trap */
} WartaEvalResult;

const char *const *warta_eval_kinds (void); /* NULL-terminated: D P N U T TS TD A */

GPtrArray *warta_gold_load (const char *path, GError **error); /* (element-type WartaGoldRow) */
GPtrArray *warta_gold_parse (const char *text, const char *origin, GError **error);
void warta_gold_row_free (WartaGoldRow *row);

/* Flat facts of @g at @level (element-type WartaEvalFact), sorted, unique. */
GPtrArray *warta_eval_facts (const WartaGraph *g, WartaEvalLevel level);
void warta_eval_fact_free (WartaEvalFact *f);
char *warta_eval_fact_to_string (const WartaEvalFact *f);

/* Scores facts against gold.  At the state level gold names are lifted to
 * states by @lex, and names the registry lacks (actors learned from text)
 * by the affiliations of @g, the graph the facts came from.  Either may be
 * NULL: names are then compared as written. */
void warta_eval_score (GPtrArray *gold, GPtrArray *facts, const WartaLexicon *lex,
                       const WartaGraph *g, WartaEvalLevel level, WartaEvalResult *out);
void warta_eval_result_clear (WartaEvalResult *r);
/* The F1 of counts (0 when undefined). */
double warta_eval_f1 (const WartaEvalCounts *c);
/* The report printed by `warta eval` (g_free it). */
char *warta_eval_format (const WartaEvalResult *exact, const WartaEvalResult *state, gboolean verbose);

G_END_DECLS
