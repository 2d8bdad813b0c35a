/* warta-error.h: the one GError domain of libwarta.
 *
 * Every fallible libwarta function has the shape
 *     gboolean warta_thing_do (..., GError **error);
 * returning FALSE with *error set (domain WARTA_ERROR, or G_IO_ERROR /
 * G_FILE_ERROR when the failure comes straight from GLib).  Callers add
 * context with g_prefix_error ().  g_return_val_if_fail () is used only for
 * programmer errors, never for bad input. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WARTA_ERROR (warta_error_quark ())

typedef enum {
  WARTA_ERROR_FAILED,       /* anything not listed below */
  WARTA_ERROR_INVALID_UTF8, /* an input file is not valid UTF-8 */
  WARTA_ERROR_PARSE,        /* RDF, TSV or query syntax error */
  WARTA_ERROR_IO,           /* reading or writing failed */
  WARTA_ERROR_NOT_FOUND,    /* a named file, query, actor or term is absent */
  WARTA_ERROR_LIMIT,        /* a work limit was exceeded (canonicalization) */
  WARTA_ERROR_USAGE,        /* bad command-line usage */
} WartaErrorCode;

GQuark warta_error_quark (void);

G_END_DECLS
