/* warta-test.h: what several test programs need to agree on.
 *
 * Header-only, included by tests/unit/test-*.c, never by the library.
 *   warta_test_srcdir ()         the source tree: $WARTA_SRCDIR (set by
 *                                make check), else two levels above the
 *                                test program's dist directory; new string
 *   warta_test_competency_queries  the competency queries (ontology/queries) that
 *                                the query tests hold to hand-written answers */
#pragma once

#include <glib.h>

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
