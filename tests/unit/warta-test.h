/* warta-test.h: what several test programs need to agree on.
 *
 * Header-only, included by tests/unit/test-*.c, never by the library.
 *   warta_test_srcdir ()         the source tree: $WARTA_SRCDIR (set by
 *                                make check), else two levels above the
 *                                test program's dist directory; new string
 *   warta_test_competency_queries  the competency queries (ontology/queries) that
 *                                the query tests hold to hand-written answers
 *   warta_test_lexicon ()        the ontology loaded from its default
 *                                directory, or the test aborts; free it
 *                                with warta_lexicon_free
 *   warta_test_extract ()        the facts read from one text (as article
 *                                "t.txt") with @lex, or the test aborts;
 *                                free them with warta_fact_set_free */
#pragma once

#include <glib.h>

#include "warta-build.h"
#include "warta-lexicon.h"

static inline WartaLexicon *
warta_test_lexicon (void)
{
  g_autoptr (GError) error = NULL;
  WartaLexicon *lex = warta_lexicon_load_dir (warta_lexicon_default_dir (), &error);

  g_assert_no_error (error);
  return lex;
}

static inline WartaFactSet *
warta_test_extract (WartaLexicon *lex, const char *text, const char *lang)
{
  g_autoptr (GError) error = NULL;
  WartaFactSet *facts = NULL;
  g_autoptr (WartaGraph) g = warta_build_graph_from_text (lex, "t.txt", text, lang, &facts, &error);

  g_assert_no_error (error);
  g_assert_nonnull (facts);
  return facts;
}

static inline char *
warta_test_srcdir (void)
{
  const char *env = g_getenv ("WARTA_SRCDIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_test_build_filename (G_TEST_DIST, "..", "..", NULL);
}

static const char *const warta_test_competency_queries[] = {
  "troop-claims", "denials", "non-confirmations", "contradictions",
  "treaties", "about-actor", "timeline", "supporting-articles",
};
