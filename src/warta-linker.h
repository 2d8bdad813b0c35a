/* warta-linker.h: entity linking — finding the registry's actors and
 * places in a token sequence.
 *
 * Built once per WartaLexicon from every label of every actor: a hash of
 * folded n-grams (up to 8 tokens) to candidate actors.  warta_link_mentions
 * scans left to right and takes the longest label at each position.
 * Case: a label written all in capitals in the registry ("AS", "US", "NIS",
 * "AP") only matches tokens in capitals, so Indonesian "as" or English "us"
 * are never the United States.  Other labels match case-insensitively but
 * a single-word label must start with a capital in the text ("Rusia", not
 * "rusia") unless it is in quotes or all-caps text.
 *
 * A label can name several actors (Pyongyang: the city and, by metonymy,
 * North Korea's government).  A mention keeps all candidates; the extractor
 * picks by role (speaker/agent prefer a State, Organization or Person;
 * destination or location prefer a Place).
 *
 * The linker does not learn new actors; the extractor does that from titles
 * and place words. */
#pragma once

#include <glib.h>
#include "warta-lexicon.h"

G_BEGIN_DECLS

typedef struct {
  guint first;            /* first token index */
  guint n_tokens;         /* tokens covered */
  GPtrArray *candidates;  /* (element-type WartaActor) (transfer container): actors owned by the lexicon; registry order: States, Organizations, Persons, Places */
} WartaMention;

typedef struct _WartaLinker WartaLinker;

WartaLinker *warta_linker_new (const WartaLexicon *lex);
/* A linker of the registry alone: actors learned from text are left out
 * until added with warta_linker_add_actor.  The extractor uses one per
 * article, so that what one article teaches never changes how another is
 * read (editing one article changes only its own facts). */
WartaLinker *warta_linker_new_registry (const WartaLexicon *lex);
void warta_linker_add_actor (WartaLinker *linker, WartaActor *actor);
void warta_linker_free (WartaLinker *linker);
/* Re-indexes actors added to the lexicon since the linker was built. */
void warta_linker_refresh (WartaLinker *linker);

/* Mentions in @toks, left to right, non-overlapping (element-type
 * WartaMention; clear each with warta_mention_clear, done by the array's
 * clear func). */
GArray *warta_link_mentions (WartaLinker *linker, const WartaTokens *toks);
void warta_mention_clear (WartaMention *m);

/* Best candidate of @m for a role: @want_place TRUE prefers a Place (then a
 * State), FALSE prefers a non-Place. */
WartaActor *warta_mention_pick (const WartaMention *m, gboolean want_place);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaLinker, warta_linker_free)

G_END_DECLS
