/* graph.c: the in-memory RDF dataset (WartaGraph) and reading RDF files
 * into it with Raptor.
 *
 * What it does: interns terms (equal terms share one pointer, each with its
 * N-Triples form cached, written with Raptor's escaping), stores each quad
 * once in a hash set, indexes quads by subject, hands out quads sorted by
 * the N-Triples forms of (subject, predicate, object, graph), answers
 * simple pattern matches, and parses Turtle, N-Triples, N-Quads, TriG and
 * RDF/XML files (or stdin) through Raptor, reporting the first syntax error
 * as "file:line: message".
 *
 * What it does not: write files (writer.c), reason, canonicalize blank
 * nodes (canon), or know anything about warta's vocabulary (emit.c).
 *
 * Callers: emit.c (building output), writer.c, lexicon loading, drawing,
 * canonicalization and diff, tests. */
#include "warta-graph.h"
#include "warta-cleanup.h"
#include "warta-error.h"

#include <stdio.h>
#include <string.h>
#include <errno.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDF_LANGSTRING "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

/* An interned term: the public part first, so a WartaTerm * handed out by
 * the graph can be cast back. */
typedef struct {
  WartaTerm t;
  char *nt;            /* N-Triples form, cached */
} Interned;

typedef struct {
  WartaQuad q;
} QuadEntry;

struct _WartaGraph {
  GHashTable *terms;      /* Interned* (key and value), structural hash */
  GHashTable *owned;      /* set of Interned* pointers (pointer hash) */
  GHashTable *quads;      /* set of QuadEntry* (pointer-tuple hash) */
  GHashTable *by_subject; /* WartaTerm* -> GPtrArray of QuadEntry* */
  GStringChunk *strings;
};

/* ------------------------------------------------------------ Raptor world */

/* One Raptor world for term escaping, shared by the process.  Raptor
 * interns URIs in the world, so access is serialised. */
static GMutex escape_lock;

static raptor_world *
escape_world (void)
{
  static raptor_world *world = NULL;

  if (world == NULL)
    {
      world = raptor_new_world ();
      raptor_world_open (world);
    }
  return world;
}

/* N-Triples 1.1 escaping by Raptor: UTF-8 kept, \t \n \r \" \\ escaped,
 * other control characters as \uXXXX, '>' in IRIs as \u003E.  (The SPARQL
 * URI escape flag would also escape spaces inside literals, so it is not
 * set.) */
#define NT_FLAGS (RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL | RAPTOR_ESCAPED_WRITE_BITFLAG_UTF8)

raptor_term *
warta_term_to_raptor (raptor_world *world, const WartaTerm *t)
{
  const unsigned char *v = (const unsigned char *) t->value;

  switch (t->kind)
    {
    case WARTA_TERM_IRI:
      return raptor_new_term_from_uri_string (world, v);
    case WARTA_TERM_BLANK:
      return raptor_new_term_from_blank (world, v);
    case WARTA_TERM_LITERAL:
    default:
      {
        g_autoptr (raptor_uri) dt = NULL;

        if (t->datatype)
          dt = raptor_new_uri (world, (const unsigned char *) t->datatype);
        return raptor_new_term_from_counted_literal (world, v, strlen (t->value), dt,
                                                     (const unsigned char *) t->lang,
                                                     t->lang ? (unsigned char) strlen (t->lang) : 0);
      }
    }
}

char *
warta_term_to_ntriples (const WartaTerm *t)
{
  unsigned char *out = NULL;
  size_t len = 0;
  char *result;

  g_return_val_if_fail (t != NULL, NULL);

  g_mutex_lock (&escape_lock);
  {
    raptor_world *world = escape_world ();
    g_autoptr (raptor_term) rt = warta_term_to_raptor (world, t);
    g_autoptr (raptor_iostream) io = raptor_new_iostream_to_string (world, (void **) &out, &len, NULL);

    raptor_term_escaped_write (rt, NT_FLAGS, io);
  }
  g_mutex_unlock (&escape_lock);

  /* The iostream has been freed here, so @out is complete. */
  result = g_strndup ((const char *) out, len);
  raptor_free_memory (out);
  return result;
}

static int
term_compare_cached (const WartaTerm *a, const WartaTerm *b)
{
  if (a == b)
    return 0;
  if (a == NULL)
    return -1;
  if (b == NULL)
    return 1;
  return strcmp (((const Interned *) a)->nt, ((const Interned *) b)->nt);
}

int
warta_term_compare (const WartaTerm *a, const WartaTerm *b)
{
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;

  if (a == b)
    return 0;
  if (a == NULL)
    return -1;
  if (b == NULL)
    return 1;
  na = warta_term_to_ntriples (a);
  nb = warta_term_to_ntriples (b);
  return strcmp (na, nb);
}

/* ------------------------------------------------------------ interning */

static guint
str_hash0 (const char *s)
{
  return s ? g_str_hash (s) : 0;
}

static guint
term_hash (gconstpointer p)
{
  const WartaTerm *t = p;

  return (str_hash0 (t->value) * 31u + str_hash0 (t->datatype)) * 31u
         + str_hash0 (t->lang) + (guint) t->kind;
}

static gboolean
term_equal (gconstpointer a, gconstpointer b)
{
  const WartaTerm *x = a, *y = b;

  return x->kind == y->kind && g_strcmp0 (x->value, y->value) == 0
         && g_strcmp0 (x->datatype, y->datatype) == 0 && g_strcmp0 (x->lang, y->lang) == 0;
}

static guint
quad_hash (gconstpointer p)
{
  const WartaQuad *q = p;

  return g_direct_hash (q->s) ^ (g_direct_hash (q->p) * 7u) ^ (g_direct_hash (q->o) * 31u)
         ^ (g_direct_hash (q->g) * 131u);
}

static gboolean
quad_equal (gconstpointer a, gconstpointer b)
{
  const WartaQuad *x = a, *y = b;

  return x->s == y->s && x->p == y->p && x->o == y->o && x->g == y->g;
}

static void
interned_free (gpointer p)
{
  Interned *it = p;

  g_free (it->nt);
  g_free (it);
}

WartaGraph *
warta_graph_new (void)
{
  WartaGraph *g = g_new0 (WartaGraph, 1);

  g->terms = g_hash_table_new_full (term_hash, term_equal, interned_free, NULL);
  g->owned = g_hash_table_new (g_direct_hash, g_direct_equal);
  g->quads = g_hash_table_new_full (quad_hash, quad_equal, g_free, NULL);
  g->by_subject = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);
  g->strings = g_string_chunk_new (4096);
  return g;
}

void
warta_graph_free (WartaGraph *g)
{
  if (g == NULL)
    return;
  g_hash_table_destroy (g->by_subject);
  g_hash_table_destroy (g->quads);
  g_hash_table_destroy (g->owned);
  g_hash_table_destroy (g->terms);
  g_string_chunk_free (g->strings);
  g_free (g);
}

/* Normalises a literal's datatype/lang pair the way RDF 1.1 reads it:
 * xsd:string is a plain literal, rdf:langString goes with a tag, language
 * tags are compared in lower case. */
static void
normalise_literal (const char **datatype, char **lang_lower, const char *lang)
{
  if (lang != NULL && *lang != '\0')
    {
      *lang_lower = g_ascii_strdown (lang, -1);
      *datatype = NULL;
      return;
    }
  *lang_lower = NULL;
  if (*datatype != NULL && (strcmp (*datatype, XSD_STRING) == 0
                            || strcmp (*datatype, RDF_LANGSTRING) == 0))
    *datatype = NULL;
}

static const WartaTerm *
intern (WartaGraph *g, WartaTermKind kind, const char *value, const char *datatype,
        const char *lang)
{
  WartaTerm key = { kind, value, datatype, lang };
  Interned *it = g_hash_table_lookup (g->terms, &key);

  if (it != NULL)
    return &it->t;
  it = g_new0 (Interned, 1);
  it->t.kind = kind;
  it->t.value = g_string_chunk_insert_const (g->strings, value);
  it->t.datatype = datatype ? g_string_chunk_insert_const (g->strings, datatype) : NULL;
  it->t.lang = lang ? g_string_chunk_insert_const (g->strings, lang) : NULL;
  it->nt = warta_term_to_ntriples (&it->t);
  g_hash_table_add (g->terms, it);
  g_hash_table_add (g->owned, it);
  return &it->t;
}

const WartaTerm *
warta_graph_iri (WartaGraph *g, const char *iri)
{
  g_return_val_if_fail (g != NULL && iri != NULL, NULL);
  return intern (g, WARTA_TERM_IRI, iri, NULL, NULL);
}

const WartaTerm *
warta_graph_blank (WartaGraph *g, const char *label)
{
  g_return_val_if_fail (g != NULL && label != NULL, NULL);
  return intern (g, WARTA_TERM_BLANK, label, NULL, NULL);
}

const WartaTerm *
warta_graph_literal (WartaGraph *g, const char *lexical, const char *datatype, const char *lang)
{
  g_autofree char *lang_lower = NULL;

  g_return_val_if_fail (g != NULL && lexical != NULL, NULL);
  normalise_literal (&datatype, &lang_lower, lang);
  return intern (g, WARTA_TERM_LITERAL, lexical, datatype, lang_lower);
}

/* @t as a term of @g: itself when @g owns it, else its interned copy. */
static const WartaTerm *
own_term (WartaGraph *g, const WartaTerm *t)
{
  if (t == NULL || g_hash_table_contains (g->owned, t))
    return t;
  if (t->kind == WARTA_TERM_LITERAL)
    return warta_graph_literal (g, t->value, t->datatype, t->lang);
  return intern (g, t->kind, t->value, NULL, NULL);
}

/* @t as a term of @g if @g has it, without adding; NULL otherwise. */
static const WartaTerm *
find_term (const WartaGraph *g, const WartaTerm *t)
{
  g_autofree char *lang_lower = NULL;
  const char *datatype;
  WartaTerm key;
  Interned *it;

  if (g_hash_table_contains (g->owned, t))
    return t;
  key = *t;
  datatype = t->datatype;
  if (t->kind == WARTA_TERM_LITERAL)
    {
      normalise_literal (&datatype, &lang_lower, t->lang);
      key.datatype = datatype;
      key.lang = lang_lower;
    }
  it = g_hash_table_lookup (g->terms, &key);
  return it ? &it->t : NULL;
}

/* ------------------------------------------------------------ quads */

gboolean
warta_graph_add (WartaGraph *g, const WartaTerm *s, const WartaTerm *p, const WartaTerm *o,
                 const WartaTerm *gname)
{
  QuadEntry *e;
  GPtrArray *list;

  g_return_val_if_fail (g != NULL && s != NULL && p != NULL && o != NULL, FALSE);

  e = g_new0 (QuadEntry, 1);
  e->q.s = own_term (g, s);
  e->q.p = own_term (g, p);
  e->q.o = own_term (g, o);
  e->q.g = own_term (g, gname);
  if (g_hash_table_contains (g->quads, e))
    {
      g_free (e);
      return FALSE;
    }
  g_hash_table_add (g->quads, e);
  list = g_hash_table_lookup (g->by_subject, e->q.s);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (g->by_subject, (gpointer) e->q.s, list);
    }
  g_ptr_array_add (list, e);
  return TRUE;
}

void
warta_graph_add_iri (WartaGraph *g, const char *gname, const char *s, const char *p, const char *o)
{
  g_return_if_fail (g != NULL && s != NULL && p != NULL && o != NULL);
  warta_graph_add (g, warta_graph_iri (g, s), warta_graph_iri (g, p), warta_graph_iri (g, o),
                   gname ? warta_graph_iri (g, gname) : NULL);
}

void
warta_graph_add_literal (WartaGraph *g, const char *gname, const char *s, const char *p,
                         const char *lexical, const char *datatype, const char *lang)
{
  g_return_if_fail (g != NULL && s != NULL && p != NULL && lexical != NULL);
  warta_graph_add (g, warta_graph_iri (g, s), warta_graph_iri (g, p),
                   warta_graph_literal (g, lexical, datatype, lang),
                   gname ? warta_graph_iri (g, gname) : NULL);
}

guint
warta_graph_size (const WartaGraph *g)
{
  g_return_val_if_fail (g != NULL, 0);
  return g_hash_table_size (g->quads);
}

static int
quad_compare (gconstpointer a, gconstpointer b)
{
  const WartaQuad *x = a, *y = b;
  int c;

  if ((c = term_compare_cached (x->s, y->s)) != 0)
    return c;
  if ((c = term_compare_cached (x->p, y->p)) != 0)
    return c;
  if ((c = term_compare_cached (x->o, y->o)) != 0)
    return c;
  return term_compare_cached (x->g, y->g);
}

static gboolean
quad_matches (const WartaQuad *q, const WartaTerm *s, const WartaTerm *p, const WartaTerm *o,
              const WartaTerm *gname, gboolean any_graph)
{
  return (s == NULL || q->s == s) && (p == NULL || q->p == p) && (o == NULL || q->o == o)
         && (any_graph || q->g == gname);
}

GArray *
warta_graph_quads (const WartaGraph *g)
{
  return warta_graph_match (g, NULL, NULL, NULL, NULL, TRUE);
}

GArray *
warta_graph_match (const WartaGraph *g, const WartaTerm *s, const WartaTerm *p,
                   const WartaTerm *o, const WartaTerm *gname, gboolean any_graph)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (WartaQuad));

  g_return_val_if_fail (g != NULL, out);

  /* A pattern term the graph does not have matches nothing. */
  if ((s && !(s = find_term (g, s))) || (p && !(p = find_term (g, p)))
      || (o && !(o = find_term (g, o))) || (gname && !(gname = find_term (g, gname))))
    return out;

  if (s != NULL)
    {
      GPtrArray *list = g_hash_table_lookup (g->by_subject, s);

      for (guint i = 0; list && i < list->len; i++)
        {
          const QuadEntry *e = g_ptr_array_index (list, i);

          if (quad_matches (&e->q, s, p, o, gname, any_graph))
            g_array_append_val (out, e->q);
        }
    }
  else
    {
      GHashTableIter it;
      gpointer key;

      g_hash_table_iter_init (&it, g->quads);
      while (g_hash_table_iter_next (&it, &key, NULL))
        {
          const QuadEntry *e = key;

          if (quad_matches (&e->q, s, p, o, gname, any_graph))
            g_array_append_val (out, e->q);
        }
    }
  g_array_sort (out, quad_compare);
  return out;
}

static int
term_ptr_compare (gconstpointer a, gconstpointer b)
{
  return term_compare_cached (*(const WartaTerm *const *) a, *(const WartaTerm *const *) b);
}

/* The @field-th term (0 s, 2 o) of each quad, sorted, unique. */
static GPtrArray *
unique_terms (GArray *quads, gboolean subjects)
{
  GPtrArray *out = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      const WartaTerm *t = subjects ? q->s : q->o;

      if (g_hash_table_add (seen, (gpointer) t))
        g_ptr_array_add (out, (gpointer) t);
    }
  g_ptr_array_sort (out, term_ptr_compare);
  return out;
}

GPtrArray *
warta_graph_objects (const WartaGraph *g, const char *s_iri, const char *p_iri)
{
  WartaTerm s = { WARTA_TERM_IRI, s_iri, NULL, NULL };
  WartaTerm p = { WARTA_TERM_IRI, p_iri, NULL, NULL };
  g_autoptr (GArray) quads = NULL;

  g_return_val_if_fail (g != NULL && s_iri != NULL && p_iri != NULL, NULL);
  quads = warta_graph_match (g, &s, &p, NULL, NULL, TRUE);
  return unique_terms (quads, FALSE);
}

gboolean
warta_graph_has_object (const WartaGraph *g, const char *s_iri, const char *p_iri, const char *value)
{
  g_return_val_if_fail (value != NULL, FALSE);
  g_autoptr (GPtrArray) objs = warta_graph_objects (g, s_iri, p_iri);
  for (guint k = 0; objs && k < objs->len; k++)
    if (strcmp (((const WartaTerm *) g_ptr_array_index (objs, k))->value, value) == 0)
      return TRUE;
  return FALSE;
}

GPtrArray *
warta_graph_instances (const WartaGraph *g, const char *class_iri)
{
  WartaTerm p = { WARTA_TERM_IRI, RDF_TYPE, NULL, NULL };
  WartaTerm o = { WARTA_TERM_IRI, class_iri, NULL, NULL };
  g_autoptr (GArray) quads = NULL;

  g_return_val_if_fail (g != NULL && class_iri != NULL, NULL);
  quads = warta_graph_match (g, NULL, &p, &o, NULL, TRUE);
  return unique_terms (quads, TRUE);
}

/* ------------------------------------------------------------ parsing */

const char *
warta_rdf_syntax_from_filename (const char *path)
{
  static const struct { const char *ext, *syntax; } map[] = {
    { ".ttl", "turtle" }, { ".turtle", "turtle" }, { ".nt", "ntriples" },
    { ".nq", "nquads" }, { ".trig", "trig" }, { ".rdf", "rdfxml" },
    { ".xml", "rdfxml" }, { ".owl", "rdfxml" },
  };
  g_autofree char *lower = NULL;

  if (path == NULL)
    return NULL;
  lower = g_ascii_strdown (path, -1);
  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_has_suffix (lower, map[i].ext))
      return map[i].syntax;
  return NULL;
}

typedef struct {
  WartaGraph *g;
  const char *path;
  const char *bnode_prefix;
  raptor_parser *parser;
  GError *error;      /* the first error */
} ParseState;

static void
parse_fail (ParseState *st, int line, const char *message)
{
  if (st->error != NULL)
    return;
  if (line > 0)
    st->error = g_error_new (WARTA_ERROR, WARTA_ERROR_PARSE, "%s:%d: %s", st->path, line, message);
  else
    st->error = g_error_new (WARTA_ERROR, WARTA_ERROR_PARSE, "%s: %s", st->path, message);
  if (st->parser)
    raptor_parser_parse_abort (st->parser);
}

static void
on_log (void *user_data, raptor_log_message *msg)
{
  ParseState *st = user_data;

  if (msg->level < RAPTOR_LOG_LEVEL_ERROR)
    {
      g_debug ("%s:%d: %s", st->path, msg->locator ? raptor_locator_line (msg->locator) : -1,
               msg->text);
      return;
    }
  parse_fail (st, msg->locator ? raptor_locator_line (msg->locator) : -1,
              msg->text ? msg->text : "RDF syntax error");
}

/* A Raptor term as a term of st->g, or NULL (error set) when a string is
 * not valid UTF-8. */
static const WartaTerm *
from_raptor_term (ParseState *st, const raptor_term *t)
{
  const char *v = NULL;

  switch (t->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      v = (const char *) raptor_uri_as_string (t->value.uri);
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      v = (const char *) t->value.blank.string;
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      v = (const char *) t->value.literal.string;
      break;
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      parse_fail (st, -1, "unknown RDF term type");
      return NULL;
    }
  if (!g_utf8_validate (v, -1, NULL))
    {
      parse_fail (st, raptor_locator_line (raptor_parser_get_locator (st->parser)),
                  "term is not valid UTF-8");
      return NULL;
    }
  if (t->type == RAPTOR_TERM_TYPE_URI)
    return warta_graph_iri (st->g, v);
  if (t->type == RAPTOR_TERM_TYPE_BLANK)
    {
      g_autofree char *label = g_strconcat (st->bnode_prefix ? st->bnode_prefix : "", v, NULL);

      return warta_graph_blank (st->g, label);
    }
  return warta_graph_literal (st->g, v,
                              t->value.literal.datatype
                                ? (const char *) raptor_uri_as_string (t->value.literal.datatype)
                                : NULL,
                              (const char *) t->value.literal.language);
}

static void
on_statement (void *user_data, raptor_statement *stmt)
{
  ParseState *st = user_data;
  const WartaTerm *s, *p, *o, *gname = NULL;

  if (st->error != NULL)
    return;
  if (!(s = from_raptor_term (st, stmt->subject)) || !(p = from_raptor_term (st, stmt->predicate))
      || !(o = from_raptor_term (st, stmt->object)))
    return;
  if (stmt->graph != NULL && !(gname = from_raptor_term (st, stmt->graph)))
    return;
  warta_graph_add (st->g, s, p, o, gname);
}

static gboolean
resolve_syntax (const char *path, const char *syntax, const char **out, GError **error)
{
  if (syntax == NULL && strcmp (path, "-") == 0)
    syntax = "turtle";
  if (syntax == NULL)
    syntax = warta_rdf_syntax_from_filename (path);
  if (syntax == NULL)
    {
      g_autofree char *lower = g_ascii_strdown (path, -1);

      if (g_str_has_suffix (lower, ".jsonld") || g_str_has_suffix (lower, ".json"))
        g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                     "%s: JSON-LD is not supported (use Turtle, N-Triples, N-Quads, TriG or RDF/XML)",
                     path);
      else
        g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                     "%s: cannot tell the RDF syntax from the file name "
                     "(expected .ttl, .nt, .nq, .trig, .rdf or .xml)", path);
      return FALSE;
    }
  *out = syntax;
  return TRUE;
}

static FILE *
open_input (const char *path, GError **error)
{
  FILE *fh;

  if (strcmp (path, "-") == 0)
    return stdin;
  fh = fopen (path, "rb");
  if (fh == NULL)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
    }
  return fh;
}

/* The base URI of @path: its file: URI, or a fixed one for stdin. */
static raptor_uri *
base_uri_for (raptor_world *world, const char *path)
{
  g_autofree char *abs = NULL;
  unsigned char *s;
  raptor_uri *uri;

  if (strcmp (path, "-") == 0)
    return raptor_new_uri (world, (const unsigned char *) "file:///dev/stdin");
  abs = g_canonicalize_filename (path, NULL);
  s = raptor_uri_filename_to_uri_string (abs);
  uri = raptor_new_uri (world, s);
  raptor_free_memory (s);
  return uri;
}

gboolean
warta_graph_parse_file (WartaGraph *g, const char *path, const char *syntax,
                        const char *bnode_prefix, GError **error)
{
  g_autoptr (raptor_world) world = NULL;
  g_autoptr (raptor_parser) parser = NULL;
  g_autoptr (raptor_uri) base = NULL;
  ParseState st = { g, path, bnode_prefix, NULL, NULL };
  FILE *fh;
  int rc;

  g_return_val_if_fail (g != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!resolve_syntax (path, syntax, &syntax, error))
    return FALSE;
  world = raptor_new_world ();
  raptor_world_set_log_handler (world, &st, on_log);
  if (raptor_world_open (world) != 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot initialise Raptor");
      return FALSE;
    }
  parser = raptor_new_parser (world, syntax);
  if (parser == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "%s: unknown RDF syntax \"%s\"", path,
                   syntax);
      return FALSE;
    }
  st.parser = parser;
  raptor_parser_set_statement_handler (parser, &st, on_statement);
  if ((fh = open_input (path, error)) == NULL)
    return FALSE;
  base = base_uri_for (world, path);
  rc = raptor_parser_parse_file_stream (parser, fh, path, base);
  if (fh != stdin)
    fclose (fh);
  if (st.error == NULL && rc != 0)
    parse_fail (&st, -1, "RDF parse failed");
  if (st.error != NULL)
    {
      g_propagate_error (error, st.error);
      return FALSE;
    }
  return TRUE;
}
