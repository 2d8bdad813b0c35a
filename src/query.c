/* query.c: SPARQL over graph files or a WartaGraph, with Rasqal.
 *
 * Builds a dataset as N-Triples text (the default graph: the union of all
 * input triples, each once; one named graph per input graph name), hands it
 * to Rasqal as data graphs read from memory, runs the query and formats the
 * results: Rasqal's own SPARQL 1.1 CSV and TSV formatters, an aligned table
 * and SPARQL 1.1 JSON written here.
 *
 * It does not talk to SPARQL servers (see load.c and tests/virtuoso.sh) and
 * does not change the query: the Rasqal limits documented in warta-query.h
 * are the query author's business.
 *
 * Called by cmd-query.c (`warta query`) and by tests/unit/test-query.c. */
#define WARTA_CLEANUP_RASQAL
#include "warta-query.h"

#include <string.h>

#include "warta-cleanup.h"
#include "warta-error.h"
#include "warta-names.h"

#define XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define DATASET_BASE "urn:warta:dataset"

/* ------------------------------------------------------------- formats */

gboolean
warta_query_format_from_name (const char *name, WartaQueryFormat *out)
{
  static const WartaName names[] = {
    { "table", WARTA_QUERY_FORMAT_TABLE },
    { "csv", WARTA_QUERY_FORMAT_CSV },
    { "tsv", WARTA_QUERY_FORMAT_TSV },
    { "json", WARTA_QUERY_FORMAT_JSON },
  };
  int v;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!warta_name_lookup (names, G_N_ELEMENTS (names), name, &v))
    return FALSE;
  *out = (WartaQueryFormat) v;
  return TRUE;
}

/* ------------------------------------------------------- finding queries */

char **
warta_query_search_path (void)
{
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  const char *env = g_getenv ("WARTA_QUERY_DIR");

  if (env != NULL && *env != '\0')
    g_strv_builder_add (b, env);
#ifdef WARTA_SRC_QUERY_DIR
  g_strv_builder_add (b, WARTA_SRC_QUERY_DIR);
#endif
#ifdef WARTA_PKGDATA_ONTOLOGY_DIR
  g_strv_builder_add (b, WARTA_PKGDATA_ONTOLOGY_DIR "/queries");
#endif
  return g_strv_builder_end (b);
}

static gboolean
looks_like_query_text (const char *arg)
{
  for (const char *p = arg; *p != '\0'; p++)
    if (*p == '{' || g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

static char *
find_named_query (const char *name)
{
  g_auto (GStrv) dirs = warta_query_search_path ();
  g_autofree char *file = g_str_has_suffix (name, ".rq")
    ? g_strdup (name) : g_strconcat (name, ".rq", NULL);

  for (char **d = dirs; *d != NULL; d++)
    {
      g_autofree char *path = g_build_filename (*d, file, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }
  return NULL;
}

char *
warta_query_resolve (const char *arg, GError **error)
{
  g_autofree char *path = NULL;
  char *text = NULL;

  g_return_val_if_fail (arg != NULL, NULL);
  if (looks_like_query_text (arg))
    return g_strdup (arg);
  if (g_file_test (arg, G_FILE_TEST_IS_REGULAR))
    path = g_strdup (arg);
  else if (strchr (arg, G_DIR_SEPARATOR) == NULL)
    path = find_named_query (arg);
  if (path == NULL)
    {
      g_auto (GStrv) dirs = warta_query_search_path ();
      g_autofree char *joined = g_strjoinv (", ", dirs);
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND,
                   "no query file or named query '%s' (searched: %s)", arg, joined);
      return NULL;
    }
  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  return text;
}

/* -------------------------------------------------------------- dataset */

/* The dataset as N-Triples text: the union default graph and the named
 * graphs, each triple once per graph. */
typedef struct {
  GHashTable *seen;      /* "line" or "graph\tline" keys already added */
  GString *union_nt;
  GHashTable *named;     /* graph IRI -> GString of N-Triples */
} QueryDataset;

static void
string_free_all (gpointer s)
{
  g_string_free (s, TRUE);
}

static void
query_dataset_init (QueryDataset *ds)
{
  ds->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ds->union_nt = g_string_new (NULL);
  ds->named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, string_free_all);
}

static void
query_dataset_clear (QueryDataset *ds)
{
  g_clear_pointer (&ds->seen, g_hash_table_unref);
  if (ds->union_nt != NULL)
    g_string_free (g_steal_pointer (&ds->union_nt), TRUE);
  g_clear_pointer (&ds->named, g_hash_table_unref);
}

/* Adds one statement given in N-Triples term syntax; @graph NULL: default
 * graph only. */
static void
query_dataset_add (QueryDataset *ds, const char *s, const char *p, const char *o,
                   const char *graph)
{
  char *line = g_strdup_printf ("%s %s %s .\n", s, p, o);

  if (g_hash_table_add (ds->seen, g_strdup (line)))
    g_string_append (ds->union_nt, line);
  if (graph != NULL)
    {
      char *key = g_strconcat (graph, "\t", line, NULL);
      if (g_hash_table_add (ds->seen, key))
        {
          GString *nt = g_hash_table_lookup (ds->named, graph);
          if (nt == NULL)
            {
              nt = g_string_new (NULL);
              g_hash_table_insert (ds->named, g_strdup (graph), nt);
            }
          g_string_append (nt, line);
        }
    }
  g_free (line);
}

/* Reading files with Raptor. */
typedef struct {
  QueryDataset *ds;
  guint file_index;
} ParseContext;

static char *
raptor_term_nt (raptor_term *t, guint file_index)
{
  unsigned char *raw;
  char *s;

  if (t->type == RAPTOR_TERM_TYPE_BLANK)
    return g_strdup_printf ("_:f%u_%s", file_index, (const char *) t->value.blank.string);
  raw = raptor_term_to_counted_string (t, NULL);
  s = g_strdup ((const char *) raw);
  raptor_free_memory (raw);
  return s;
}

static void
on_statement (void *user_data, raptor_statement *st)
{
  ParseContext *ctx = user_data;
  g_autofree char *s = raptor_term_nt (st->subject, ctx->file_index);
  g_autofree char *p = raptor_term_nt (st->predicate, ctx->file_index);
  g_autofree char *o = raptor_term_nt (st->object, ctx->file_index);
  g_autofree char *g = NULL;

  if (st->graph != NULL && st->graph->type == RAPTOR_TERM_TYPE_URI)
    g = g_strdup ((const char *) raptor_uri_as_string (st->graph->value.uri));
  query_dataset_add (ctx->ds, s, p, o, g);
}

static void
on_log_message (void *user_data, raptor_log_message *message)
{
  GString *errors = user_data;

  if (message->level < RAPTOR_LOG_LEVEL_ERROR
      || (message->text != NULL && strstr (errors->str, message->text) != NULL))
    return;   /* Rasqal repeats an execution error once per row */
  if (errors->len > 0)
    g_string_append (errors, "; ");
  if (message->locator != NULL && message->locator->line > 0)
    g_string_append_printf (errors, "line %d: ", message->locator->line);
  g_string_append (errors, message->text);
}

/* Raptor parser name from the file extension; Raptor's own guess for the
 * rest (its guess takes .nq for N-Triples). */
static const char *
syntax_for_file (raptor_world *rw, const char *path)
{
  static const struct { const char *suffix, *syntax; } known[] = {
    { ".nq", "nquads" }, { ".trig", "trig" }, { ".nt", "ntriples" },
    { ".ttl", "turtle" }, { ".rdf", "rdfxml" }, { ".owl", "rdfxml" },
  };
  const char *guess;

  for (gsize i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_has_suffix (path, known[i].suffix))
      return known[i].syntax;
  guess = raptor_world_guess_parser_name (rw, NULL, NULL, NULL, 0, (const unsigned char *) path);
  return guess != NULL ? guess : "turtle";
}

static gboolean
query_dataset_add_file (QueryDataset *ds, raptor_world *rw, const char *path,
                        guint file_index, GError **error)
{
  g_autoptr (GString) errors = g_string_new (NULL);
  g_autoptr (raptor_parser) parser = NULL;
  g_autoptr (raptor_uri) uri = NULL;
  unsigned char *uri_string;
  const char *syntax;
  ParseContext ctx = { ds, file_index };
  int rc;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND, "%s: no such graph file", path);
      return FALSE;
    }
  syntax = syntax_for_file (rw, path);
  parser = raptor_new_parser (rw, syntax);
  if (parser == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%s: no RDF parser", path);
      return FALSE;
    }
  raptor_world_set_log_handler (rw, errors, on_log_message);
  raptor_parser_set_statement_handler (parser, &ctx, on_statement);
  uri_string = raptor_uri_filename_to_uri_string (path);
  uri = raptor_new_uri (rw, uri_string);
  raptor_free_memory (uri_string);
  rc = raptor_parser_parse_file (parser, uri, uri);
  raptor_world_set_log_handler (rw, NULL, NULL);
  if (rc != 0 || errors->len > 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%s: %s", path,
                   errors->len > 0 ? errors->str : "cannot parse");
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_dataset_add_files (QueryDataset *ds, const char *const *files, GError **error)
{
  g_autoptr (raptor_world) rw = raptor_new_world ();

  if (rw == NULL || raptor_world_open (rw) != 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot start Raptor");
      return FALSE;
    }
  for (guint i = 0; files[i] != NULL; i++)
    if (!query_dataset_add_file (ds, rw, files[i], i, error))
      return FALSE;
  return TRUE;
}

static void
query_dataset_add_graph (QueryDataset *ds, const WartaGraph *graph)
{
  g_autoptr (GArray) quads = warta_graph_quads (graph);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      g_autofree char *s = warta_term_to_ntriples (q->s);
      g_autofree char *p = warta_term_to_ntriples (q->p);
      g_autofree char *o = warta_term_to_ntriples (q->o);
      const char *g = (q->g != NULL && q->g->kind == WARTA_TERM_IRI) ? q->g->value : NULL;

      query_dataset_add (ds, s, p, o, g);
    }
}

/* ------------------------------------------------------------ executing */

/* What Rasqal needs alive until the results are consumed. */
typedef struct {
  rasqal_world *world;
  rasqal_query *query;
  rasqal_query_results *results;
  GPtrArray *iostreams;   /* raptor_iostream*, read by the data graphs */
  GString *errors;
} QueryRun;

static void
query_run_clear (QueryRun *run)
{
  g_clear_pointer (&run->results, rasqal_free_query_results);
  g_clear_pointer (&run->query, rasqal_free_query);
  g_clear_pointer (&run->iostreams, g_ptr_array_unref);
  g_clear_pointer (&run->world, rasqal_free_world);
  if (run->errors != NULL)
    g_string_free (g_steal_pointer (&run->errors), TRUE);
}

static gboolean
add_data_graph (QueryRun *run, GString *nt, const char *name, GError **error)
{
  raptor_world *rw = rasqal_world_get_raptor (run->world);
  g_autoptr (raptor_uri) base = raptor_new_uri (rw, (const unsigned char *) DATASET_BASE);
  g_autoptr (raptor_uri) name_uri = NULL;
  raptor_iostream *in = raptor_new_iostream_from_string (rw, nt->str, nt->len);
  rasqal_data_graph *dg;

  if (name != NULL)
    name_uri = raptor_new_uri (rw, (const unsigned char *) name);
  g_ptr_array_add (run->iostreams, in);
  dg = rasqal_new_data_graph_from_iostream (run->world, in, base, name_uri,
                                            name != NULL ? RASQAL_DATA_GRAPH_NAMED
                                                         : RASQAL_DATA_GRAPH_BACKGROUND,
                                            NULL, "ntriples", NULL);
  if (dg == NULL || rasqal_query_add_data_graph (run->query, dg) != 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot add data graph %s",
                   name != NULL ? name : "(default)");
      return FALSE;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
add_dataset (QueryRun *run, QueryDataset *ds, GError **error)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key;

  g_hash_table_iter_init (&it, ds->named);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (names, key);
  if (!add_data_graph (run, ds->union_nt, NULL, error))
    return FALSE;
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    if (!add_data_graph (run, g_hash_table_lookup (ds->named, names->pdata[i]),
                         names->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
query_run_start (QueryRun *run, QueryDataset *ds, const char *query_text, GError **error)
{
  g_autoptr (raptor_uri) base = NULL;

  run->errors = g_string_new (NULL);
  run->iostreams = g_ptr_array_new_with_free_func ((GDestroyNotify) raptor_free_iostream);
  run->world = rasqal_new_world ();
  if (run->world == NULL || rasqal_world_open (run->world) != 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "cannot start Rasqal");
      return FALSE;
    }
  rasqal_world_set_log_handler (run->world, run->errors, on_log_message);
  run->query = rasqal_new_query (run->world, "sparql11-query", NULL);
  if (run->query == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "Rasqal has no SPARQL 1.1 parser");
      return FALSE;
    }
  rasqal_query_set_feature (run->query, RASQAL_FEATURE_NO_NET, 1);
  base = raptor_new_uri (rasqal_world_get_raptor (run->world),
                         (const unsigned char *) DATASET_BASE);
  if (rasqal_query_prepare (run->query, (const unsigned char *) query_text, base) != 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "query: %s",
                   run->errors->len > 0 ? run->errors->str : "syntax error");
      return FALSE;
    }
  /* Data graphs added before rasqal_query_prepare () are silently ignored. */
  if (!add_dataset (run, ds, error))
    return FALSE;
  run->results = rasqal_query_execute (run->query);
  if (run->results == NULL || run->errors->len > 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "query execution failed%s%s",
                   run->errors->len > 0 ? ": " : "", run->errors->str);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ formatting */

/* A literal's IRI/lexical value and its kind, as SPARQL JSON names them. */
static const char *
literal_value (rasqal_literal *l, const char **kind)
{
  switch (l->type)
    {
    case RASQAL_LITERAL_URI:
      *kind = "uri";
      return (const char *) raptor_uri_as_string (l->value.uri);
    case RASQAL_LITERAL_BLANK:
      *kind = "bnode";
      return (const char *) l->string;
    default:
      *kind = "literal";
      return (const char *) l->string;
    }
}

static void
json_append_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    switch (*p)
      {
      case '"': g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      case '\b': g_string_append (out, "\\b"); break;
      case '\f': g_string_append (out, "\\f"); break;
      default:
        if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, (char) *p);
      }
  g_string_append_c (out, '"');
}

static void
json_append_term (GString *out, rasqal_literal *l)
{
  const char *kind;
  const char *value = literal_value (l, &kind);
  raptor_uri *dt;

  g_string_append (out, "{ \"type\": ");
  json_append_string (out, kind);
  g_string_append (out, ", \"value\": ");
  json_append_string (out, value != NULL ? value : "");
  if (l->type != RASQAL_LITERAL_URI && l->type != RASQAL_LITERAL_BLANK)
    {
      dt = rasqal_literal_datatype (l);
      if (l->language != NULL)
        {
          g_string_append (out, ", \"xml:lang\": ");
          json_append_string (out, l->language);
        }
      else if (dt != NULL && strcmp ((const char *) raptor_uri_as_string (dt),
                                     XSD_NS "string") != 0)
        {
          g_string_append (out, ", \"datatype\": ");
          json_append_string (out, (const char *) raptor_uri_as_string (dt));
        }
    }
  g_string_append (out, " }");
}

static void
write_json (rasqal_query_results *results, GString *out)
{
  int n;

  if (rasqal_query_results_is_boolean (results))
    {
      g_string_append_printf (out, "{ \"head\": {}, \"boolean\": %s }\n",
                              rasqal_query_results_get_boolean (results) > 0 ? "true" : "false");
      return;
    }
  n = rasqal_query_results_get_bindings_count (results);
  g_string_append (out, "{\n  \"head\": { \"vars\": [");
  for (int i = 0; i < n; i++)
    {
      g_string_append (out, i > 0 ? ", " : " ");
      json_append_string (out, (const char *) rasqal_query_results_get_binding_name (results, i));
    }
  g_string_append (out, " ] },\n  \"results\": { \"bindings\": [");
  for (gboolean first = TRUE; !rasqal_query_results_finished (results);
       rasqal_query_results_next (results), first = FALSE)
    {
      gboolean first_var = TRUE;
      g_string_append (out, first ? "\n    {" : ",\n    {");
      for (int i = 0; i < n; i++)
        {
          rasqal_literal *l = rasqal_query_results_get_binding_value (results, i);
          if (l == NULL)
            continue;
          g_string_append (out, first_var ? " " : ", ");
          json_append_string (out, (const char *) rasqal_query_results_get_binding_name (results, i));
          g_string_append (out, ": ");
          json_append_term (out, l);
          first_var = FALSE;
        }
      g_string_append (out, " }");
    }
  g_string_append (out, "\n  ] }\n}\n");
}

/* A cell of the table: IRIs in <>, literals as their lexical form, control
 * characters escaped so that a row stays on one line. */
static char *
table_cell (rasqal_literal *l)
{
  const char *kind;
  const char *value;
  GString *s;

  if (l == NULL)
    return g_strdup ("");
  value = literal_value (l, &kind);
  if (value == NULL)
    value = "";
  if (l->type == RASQAL_LITERAL_URI)
    return g_strdup_printf ("<%s>", value);
  if (l->type == RASQAL_LITERAL_BLANK)
    return g_strdup_printf ("_:%s", value);
  s = g_string_new (NULL);
  for (const char *p = value; *p != '\0'; p++)
    if (*p == '\n')
      g_string_append (s, "\\n");
    else if (*p == '\t')
      g_string_append (s, "\\t");
    else if ((unsigned char) *p < 0x20)
      g_string_append_c (s, ' ');
    else
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static void
append_padded (GString *out, const char *cell, glong width, gboolean last)
{
  g_string_append (out, cell);
  if (!last)
    for (glong k = g_utf8_strlen (cell, -1); k < width + 2; k++)
      g_string_append_c (out, ' ');
}

static void
append_table_row (GString *out, char **cells, const glong *widths, int n)
{
  for (int i = 0; i < n; i++)
    append_padded (out, cells[i], widths[i], i == n - 1);
  g_string_append_c (out, '\n');
}

static void
write_table (rasqal_query_results *results, GString *out)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree glong *widths = NULL;
  int n;

  if (rasqal_query_results_is_boolean (results))
    {
      g_string_append (out, rasqal_query_results_get_boolean (results) > 0 ? "true\n" : "false\n");
      return;
    }
  n = rasqal_query_results_get_bindings_count (results);
  widths = g_new0 (glong, n > 0 ? n : 1);
  {
    char **header = g_new0 (char *, n + 1);
    for (int i = 0; i < n; i++)
      header[i] = g_strdup ((const char *) rasqal_query_results_get_binding_name (results, i));
    g_ptr_array_add (rows, header);
  }
  for (; !rasqal_query_results_finished (results); rasqal_query_results_next (results))
    {
      char **row = g_new0 (char *, n + 1);
      for (int i = 0; i < n; i++)
        row[i] = table_cell (rasqal_query_results_get_binding_value (results, i));
      g_ptr_array_add (rows, row);
    }
  for (guint r = 0; r < rows->len; r++)
    for (int i = 0; i < n; i++)
      widths[i] = MAX (widths[i], g_utf8_strlen (((char **) rows->pdata[r])[i], -1));
  for (guint r = 0; r < rows->len; r++)
    {
      append_table_row (out, rows->pdata[r], widths, n);
      if (r == 0)
        {
          for (int i = 0; i < n; i++)
            for (glong k = 0; k < widths[i] + (i == n - 1 ? 0 : 2); k++)
              g_string_append_c (out, '-');
          g_string_append_c (out, '\n');
        }
    }
  g_string_append_printf (out, "(%u row%s)\n", rows->len - 1, rows->len == 2 ? "" : "s");
}

static void
write_graph_results (rasqal_query_results *results, GString *out)
{
  raptor_statement *st;

  while ((st = rasqal_query_results_get_triple (results)) != NULL)
    {
      raptor_term *terms[] = { st->subject, st->predicate, st->object };
      for (gsize i = 0; i < G_N_ELEMENTS (terms); i++)
        {
          unsigned char *s = raptor_term_to_counted_string (terms[i], NULL);
          g_string_append (out, (const char *) s);
          g_string_append_c (out, ' ');
          raptor_free_memory (s);
        }
      g_string_append (out, ".\n");
      if (rasqal_query_results_next_triple (results) != 0)
        break;
    }
}

static gboolean
write_with_rasqal (QueryRun *run, const char *name, GString *out, GError **error)
{
  raptor_world *rw = rasqal_world_get_raptor (run->world);
  g_autoptr (rasqal_query_results_formatter) f =
    rasqal_new_query_results_formatter (run->world, name, NULL, NULL);
  void *string = NULL;
  size_t len = 0;
  raptor_iostream *io;
  int rc;

  if (f == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "Rasqal has no %s formatter", name);
      return FALSE;
    }
  io = raptor_new_iostream_to_string (rw, &string, &len, NULL);
  rc = rasqal_query_results_formatter_write (io, f, run->results, NULL);
  raptor_free_iostream (io);
  if (string != NULL)
    g_string_append_len (out, string, (gssize) len);
  raptor_free_memory (string);
  if (rc != 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "writing %s results failed", name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_results (QueryRun *run, WartaQueryFormat format, GString *out, GError **error)
{
  if (rasqal_query_results_is_graph (run->results))
    {
      write_graph_results (run->results, out);
      return TRUE;
    }
  /* SPARQL CSV and TSV have no boolean form (Rasqal's formatters refuse
   * one): ASK gives a bare true or false there as in the table. */
  if (rasqal_query_results_is_boolean (run->results) && format != WARTA_QUERY_FORMAT_JSON)
    {
      g_string_append (out, rasqal_query_results_get_boolean (run->results) > 0
                            ? "true\n" : "false\n");
      return TRUE;
    }
  switch (format)
    {
    case WARTA_QUERY_FORMAT_CSV:
      return write_with_rasqal (run, "csv", out, error);
    case WARTA_QUERY_FORMAT_TSV:
      return write_with_rasqal (run, "tsv", out, error);
    case WARTA_QUERY_FORMAT_JSON:
      write_json (run->results, out);
      return TRUE;
    case WARTA_QUERY_FORMAT_TABLE:
    default:
      write_table (run->results, out);
      return TRUE;
    }
}

static gboolean
run_over_dataset (QueryDataset *ds, const char *query_text, WartaQueryFormat format,
                  GString *out, GError **error)
{
  QueryRun run = { 0 };
  gboolean ok;

  ok = query_run_start (&run, ds, query_text, error)
       && write_results (&run, format, out, error);
  query_run_clear (&run);
  return ok;
}

gboolean
warta_query_run (const char *const *graph_files, const char *query_text,
                 WartaQueryFormat format, GString *out, GError **error)
{
  QueryDataset ds;
  gboolean ok;

  g_return_val_if_fail (graph_files != NULL && graph_files[0] != NULL, FALSE);
  g_return_val_if_fail (query_text != NULL && out != NULL, FALSE);
  query_dataset_init (&ds);
  ok = query_dataset_add_files (&ds, graph_files, error)
       && run_over_dataset (&ds, query_text, format, out, error);
  query_dataset_clear (&ds);
  return ok;
}

gboolean
warta_query_run_graph (const WartaGraph *graph, const char *query_text,
                       WartaQueryFormat format, GString *out, GError **error)
{
  QueryDataset ds;
  gboolean ok;

  g_return_val_if_fail (graph != NULL && query_text != NULL && out != NULL, FALSE);
  query_dataset_init (&ds);
  query_dataset_add_graph (&ds, graph);
  ok = run_over_dataset (&ds, query_text, format, out, error);
  query_dataset_clear (&ds);
  return ok;
}
