/* warta-names.h: looking a command-line name up in a table of enum values.
 *
 * The RDF writer, the query runner and the differ each map format names
 * ("ttl", "csv", "patch") to an enum; this is the one lookup they share.
 * Matching ignores ASCII case.  Header-only: nothing to link. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *name;
  int value;
} WartaName;

/* Sets *@out to the value named @name in @table (@n entries) and returns
 * TRUE; returns FALSE, leaving *@out alone, when @name is NULL or absent. */
static inline gboolean
warta_name_lookup (const WartaName *table, gsize n, const char *name, int *out)
{
  if (name == NULL)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (name, table[i].name) == 0)
      {
        *out = table[i].value;
        return TRUE;
      }
  return FALSE;
}

G_END_DECLS
