/* writer.c: writing a WartaGraph as Turtle, N-Triples or N-Quads, and
 * writing any output file atomically.
 *
 * What it does: N-Triples and N-Quads are streamed line by line from the
 * sorted quads, each term in the N-Triples form graph.c makes with
 * Raptor's escaping; Turtle goes through Raptor's "turtle" serializer with
 * a NULL base URI (a base makes Raptor 2.0.15 write relative IRIs, even in
 * @prefix) and the usual prefixes.  Turtle and N-Triples write the union of
 * the graphs, each triple once.  Files are replaced atomically
 * (g_file_set_contents_full: temporary file, fsync, rename, mode 0644).
 *
 * What it does not: decide what goes into the graph (emit.c), read RDF
 * (graph.c), canonicalize blank nodes.
 *
 * Callers: build (the output graph), draw and diff (their output files),
 * tests. */
#include "warta-writer.h"
#include "warta-cleanup.h"
#include "warta-error.h"
#include "warta-names.h"

#include <stdio.h>
#include <string.h>
#include <errno.h>

/* Prefixes declared in Turtle output.  WARTA_ID_BASE is deliberately not
 * one: its IRIs have '/' in the local part ("actor/russia"), which Raptor
 * 2.0.15 (rightly) never abbreviates, so the prefix would go unused. */
static const struct {
  const char *prefix, *iri;
} turtle_prefixes[] = {
  { "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
  { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
  { "xsd", "http://www.w3.org/2001/XMLSchema#" },
  { "owl", "http://www.w3.org/2002/07/owl#" },
  { "skos", "http://www.w3.org/2004/02/skos/core#" },
  { "prov", "http://www.w3.org/ns/prov#" },
  { "dcterms", "http://purl.org/dc/terms/" },
  { "warta", "https://w3id.org/warta/ns#" },
};

gboolean
warta_rdf_format_from_name (const char *name, WartaRdfFormat *out)
{
  static const WartaName names[] = {
    { "turtle", WARTA_FORMAT_TURTLE }, { "ttl", WARTA_FORMAT_TURTLE },
    { "ntriples", WARTA_FORMAT_NTRIPLES }, { "nt", WARTA_FORMAT_NTRIPLES },
    { "n-triples", WARTA_FORMAT_NTRIPLES },
    { "nquads", WARTA_FORMAT_NQUADS }, { "nq", WARTA_FORMAT_NQUADS },
    { "n-quads", WARTA_FORMAT_NQUADS },
  };
  int v;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!warta_name_lookup (names, G_N_ELEMENTS (names), name, &v))
    return FALSE;
  *out = (WartaRdfFormat) v;
  return TRUE;
}

gboolean
warta_rdf_format_from_filename (const char *path, WartaRdfFormat *out)
{
  const char *dot;

  g_return_val_if_fail (out != NULL, FALSE);
  if (path == NULL || (dot = strrchr (path, '.')) == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  return warta_rdf_format_from_name (dot + 1, out);
}

/* ------------------------------------------------------------ line formats */

/* N-Triples forms of terms, computed once per term. */
typedef struct {
  GHashTable *forms; /* WartaTerm* -> char* */
} NtCache;

static const char *
nt_form (NtCache *cache, const WartaTerm *t)
{
  char *s = g_hash_table_lookup (cache->forms, t);

  if (s == NULL)
    {
      s = warta_term_to_ntriples (t);
      g_hash_table_insert (cache->forms, (gpointer) t, s);
    }
  return s;
}

static gboolean
same_triple (const WartaQuad *a, const WartaQuad *b)
{
  return a->s == b->s && a->p == b->p && a->o == b->o;
}

/* Sorted quads are sorted by triple first, so a triple's copies in several
 * graphs are adjacent: writing a triple only when it differs from the
 * previous quad gives the union. */
static char *
serialize_lines (const WartaGraph *g, gboolean with_graph, gsize *len)
{
  g_autoptr (GArray) quads = warta_graph_quads (g);
  NtCache cache = { g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free) };
  GString *out = g_string_sized_new (quads->len * 120 + 1);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);

      if (!with_graph && i > 0 && same_triple (q, &g_array_index (quads, WartaQuad, i - 1)))
        continue;
      g_string_append (out, nt_form (&cache, q->s));
      g_string_append_c (out, ' ');
      g_string_append (out, nt_form (&cache, q->p));
      g_string_append_c (out, ' ');
      g_string_append (out, nt_form (&cache, q->o));
      if (with_graph && q->g != NULL)
        {
          g_string_append_c (out, ' ');
          g_string_append (out, nt_form (&cache, q->g));
        }
      g_string_append (out, " .\n");
    }
  g_hash_table_destroy (cache.forms);
  if (len)
    *len = out->len;
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ Turtle */

typedef struct {
  GError *error;
} SerializeState;

static void
on_serializer_log (void *user_data, raptor_log_message *msg)
{
  SerializeState *st = user_data;

  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR && st->error == NULL)
    st->error = g_error_new (WARTA_ERROR, WARTA_ERROR_FAILED, "Turtle serializer: %s",
                             msg->text ? msg->text : "failed");
}

/* Declares the prefixes.  Raptor predeclares rdf: and refuses a second
 * declaration, so a refusal is not an error. */
static void
declare_prefixes (raptor_world *world, raptor_serializer *ser)
{
  for (gsize i = 0; i < G_N_ELEMENTS (turtle_prefixes); i++)
    {
      g_autoptr (raptor_uri) ns = raptor_new_uri (world,
                                                  (const unsigned char *) turtle_prefixes[i].iri);

      raptor_serializer_set_namespace (ser, ns, (const unsigned char *) turtle_prefixes[i].prefix);
    }
}

static void
serialize_triples (raptor_world *world, raptor_serializer *ser, const WartaGraph *g)
{
  g_autoptr (GArray) quads = warta_graph_quads (g);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      raptor_statement st = { 0 };

      if (i > 0 && same_triple (q, &g_array_index (quads, WartaQuad, i - 1)))
        continue;
      st.world = world;
      st.subject = warta_term_to_raptor (world, q->s);
      st.predicate = warta_term_to_raptor (world, q->p);
      st.object = warta_term_to_raptor (world, q->o);
      raptor_serializer_serialize_statement (ser, &st);
      raptor_free_term (st.subject);
      raptor_free_term (st.predicate);
      raptor_free_term (st.object);
    }
}

static char *
serialize_turtle (const WartaGraph *g, gsize *len, GError **error)
{
  SerializeState state = { NULL };
  g_autoptr (raptor_world) world = raptor_new_world ();
  raptor_serializer *ser;
  void *out = NULL;
  size_t out_len = 0;
  char *result;

  raptor_world_set_log_handler (world, &state, on_serializer_log);
  if (raptor_world_open (world) != 0 || (ser = raptor_new_serializer (world, "turtle")) == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot start Raptor's Turtle serializer");
      return NULL;
    }
  /* Raptor accepts namespaces only once the serializer has started. */
  if (raptor_serializer_start_to_string (ser, NULL, &out, &out_len) != 0)
    {
      raptor_free_serializer (ser);
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot start Turtle output");
      return NULL;
    }
  declare_prefixes (world, ser);
  serialize_triples (world, ser, g);
  raptor_serializer_serialize_end (ser);
  /* The string is complete only once the serializer (and its iostream)
   * has been freed. */
  raptor_free_serializer (ser);
  if (state.error != NULL)
    {
      raptor_free_memory (out);
      g_propagate_error (error, state.error);
      return NULL;
    }
  result = g_strndup (out ? out : "", out_len);
  raptor_free_memory (out);
  if (len)
    *len = out_len;
  return result;
}

char *
warta_graph_serialize (const WartaGraph *g, WartaRdfFormat format, gsize *len, GError **error)
{
  g_return_val_if_fail (g != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case WARTA_FORMAT_NTRIPLES:
      return serialize_lines (g, FALSE, len);
    case WARTA_FORMAT_NQUADS:
      return serialize_lines (g, TRUE, len);
    case WARTA_FORMAT_TURTLE:
      return serialize_turtle (g, len, error);
    default:
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "unknown RDF output format %d",
                   (int) format);
      return NULL;
    }
}

/* ------------------------------------------------------------ files */

static gboolean
write_stdout (const char *data, gsize len, GError **error)
{
  if ((len > 0 && fwrite (data, 1, len, stdout) != len) || fflush (stdout) != 0)
    {
      int saved = errno;

      g_set_error (error, WARTA_ERROR, WARTA_ERROR_IO, "writing to standard output: %s",
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
warta_write_file_atomic (const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (data != NULL || len == 0, FALSE);
  if (path == NULL || strcmp (path, "-") == 0)
    return write_stdout (data, len, error);
  if (!g_file_set_contents_full (path, data ? data : "", (gssize) len,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0644, &local))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_IO, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
warta_graph_write_file (const WartaGraph *g, WartaRdfFormat format, const char *path,
                        GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (g != NULL, FALSE);
  data = warta_graph_serialize (g, format, &len, error);
  if (data == NULL)
    return FALSE;
  if (!warta_write_file_atomic (path, data, len, error))
    {
      g_prefix_error (error, "writing the graph: ");
      return FALSE;
    }
  return TRUE;
}
