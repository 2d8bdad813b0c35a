/* warta-writer.h: writing a WartaGraph as Turtle, N-Triples or N-Quads.
 *
 * N-Triples and N-Quads are streamed from the sorted quads, one line each,
 * with Raptor's term escaping.  Turtle is written by Raptor's serializer
 * with a NULL base URI (a base would make it write relative IRIs) and the
 * warta prefixes; since the quads arrive sorted the output is
 * byte-identical from run to run.  Turtle and N-Triples write the union of
 * all graphs (each triple once); N-Quads keeps graph names.
 *
 * Files are written whole or not at all: to a temporary file in the same
 * directory, fsync'd, then renamed over the target.  "-" or NULL writes to
 * stdout. */
#pragma once

#include <glib.h>
#include "warta-graph.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_FORMAT_TURTLE,
  WARTA_FORMAT_NTRIPLES,
  WARTA_FORMAT_NQUADS,
} WartaRdfFormat;

/* "turtle"/"ttl", "ntriples"/"nt", "nquads"/"nq" -> format; FALSE if unknown. */
gboolean warta_rdf_format_from_name (const char *name, WartaRdfFormat *out);
/* From a file extension (.ttl .nt .nq); FALSE if unknown. */
gboolean warta_rdf_format_from_filename (const char *path, WartaRdfFormat *out);

/* Serializes to a newly allocated string (for tests and diff). */
char *warta_graph_serialize (const WartaGraph *g, WartaRdfFormat format, gsize *len, GError **error);
/* Serializes to @path atomically ("-" or NULL: stdout). */
gboolean warta_graph_write_file (const WartaGraph *g, WartaRdfFormat format, const char *path,
                                 GError **error);
/* Writes @data to @path atomically (temporary file + rename).  Used by every
 * writer of output files (graphs, diagrams, diffs). */
gboolean warta_write_file_atomic (const char *path, const char *data, gsize len, GError **error);

G_END_DECLS
