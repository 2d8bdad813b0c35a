/* diff.c: what changed between two RDF datasets, and saying so.
 *
 * What it does: compares two sets of canonical N-Quads lines (canonicalizing
 * a side with RDFC-1.0 only when it has blank nodes) with an open-addressing
 * hash set over the lines themselves, which mostly point into the
 * memory-mapped input files, so that the no-blank-node path allocates
 * almost nothing per statement; writes the result as +/- lines, RDF Patch,
 * SPARQL Update, or a summary in words using the graph contract's
 * vocabulary; applies an RDF Patch; draws the change through draw.c.
 *
 * What it does not: parse RDF (canon.c, graph.c), extract corpora (the
 * caller diffs two extracted graphs with warta_diff_graphs ()), or align
 * blank nodes of graphs that differ (see the limitation in warta-diff.h).
 *
 * Callers: cmd-diff.c, tests/unit/test-diff.c, and whoever diffs corpora. */
#include "warta-diff.h"
#include "warta-draw.h"
#include "warta-error.h"
#include "warta-names.h"
#include "warta-writer.h"

#define WARTA_CLEANUP_GRAPHVIZ
#include "warta-cleanup.h"

#include <string.h>

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS_PREF "http://www.w3.org/2004/02/skos/core#prefLabel"
#define DCT_IDENTIFIER "http://purl.org/dc/terms/identifier"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"
#define WARTA_NS "https://w3id.org/warta/ns#"
#define XSD_INTEGER "http://www.w3.org/2001/XMLSchema#integer"

/* ================================================================ the set */

enum { IN_OLD = 1, IN_NEW = 2 };

typedef struct {
  const char *str;  /* NULL: empty slot */
  guint32 len;
  guint32 hash;
} Slot;

typedef struct {
  Slot *slots;
  guint8 *flags;
  gsize mask, used;
} LineTable;

static guint32
line_hash (const char *s, gsize len)
{
  guint64 h = 0x9e3779b97f4a7c15ull ^ len;
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w;

      memcpy (&w, s + i, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
    }
  for (; i < len; i++)
    h = (h ^ (guchar) s[i]) * 0x100000001b3ull;
  h ^= h >> 29;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 32;
  return (guint32) h;
}

static void
table_init (LineTable *t, gsize expected)
{
  gsize cap = 64;

  while (cap < expected * 2)
    cap <<= 1;
  t->slots = g_new0 (Slot, cap);
  t->flags = g_new0 (guint8, cap);
  t->mask = cap - 1;
  t->used = 0;
}

static void
table_clear (LineTable *t)
{
  g_free (t->slots);
  g_free (t->flags);
}

static gsize
table_find (const LineTable *t, const char *s, guint32 len, guint32 h)
{
  gsize i = h & t->mask;

  for (;;)
    {
      const Slot *sl = &t->slots[i];

      if (sl->str == NULL
          || (sl->hash == h && sl->len == len && memcmp (sl->str, s, len) == 0))
        return i;
      i = (i + 1) & t->mask;
    }
}

static void
table_grow (LineTable *t)
{
  LineTable bigger;

  table_init (&bigger, (t->mask + 1));
  for (gsize i = 0; i <= t->mask; i++)
    if (t->slots[i].str != NULL)
      {
        gsize j = table_find (&bigger, t->slots[i].str, t->slots[i].len, t->slots[i].hash);

        bigger.slots[j] = t->slots[i];
        bigger.flags[j] = t->flags[i];
      }
  bigger.used = t->used;
  table_clear (t);
  *t = bigger;
}

/* Marks @sp as seen on side @side; returns TRUE when it is a new
 * distinct statement of that side. */
static gboolean
table_mark (LineTable *t, const WartaSpan *sp, guint8 side)
{
  guint32 h = line_hash (sp->str, sp->len);
  gsize i = table_find (t, sp->str, (guint32) sp->len, h);

  if (t->slots[i].str == NULL)
    {
      t->slots[i] = (Slot) { sp->str, (guint32) sp->len, h };
      t->flags[i] = side;
      if (++t->used * 2 > t->mask + 1)
        table_grow (t);
      return TRUE;
    }
  if (t->flags[i] & side)
    return FALSE;
  t->flags[i] |= side;
  return TRUE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
compare_sets (WartaDiff *d)
{
  LineTable t;
  guint n_old = warta_line_set_size (d->old_lines), n_new = warta_line_set_size (d->new_lines);

  table_init (&t, n_old + n_new / 16 + 16);
  for (guint i = 0; i < n_old; i++)
    d->n_old += table_mark (&t, warta_line_set_get (d->old_lines, i), IN_OLD);
  for (guint i = 0; i < n_new; i++)
    d->n_new += table_mark (&t, warta_line_set_get (d->new_lines, i), IN_NEW);
  for (gsize i = 0; i <= t.mask; i++)
    if (t.flags[i] == IN_OLD)
      g_ptr_array_add (d->removed, g_strndup (t.slots[i].str, t.slots[i].len));
    else if (t.flags[i] == IN_NEW)
      g_ptr_array_add (d->added, g_strndup (t.slots[i].str, t.slots[i].len));
  table_clear (&t);
  g_ptr_array_sort (d->removed, compare_strings);
  g_ptr_array_sort (d->added, compare_strings);
}

/* ================================================================ diffing */

void
warta_diff_free (WartaDiff *d)
{
  if (d == NULL)
    return;
  g_ptr_array_unref (d->removed);
  g_ptr_array_unref (d->added);
  warta_line_set_free (d->old_lines);
  warta_line_set_free (d->new_lines);
  g_free (d);
}

gboolean
warta_diff_is_empty (const WartaDiff *d)
{
  return d->removed->len == 0 && d->added->len == 0;
}

gboolean
warta_diff_format_from_name (const char *name, WartaDiffFormat *out)
{
  static const WartaName names[] = {
    { "summary", WARTA_DIFF_SUMMARY }, { "ntriples", WARTA_DIFF_NTRIPLES },
    { "nt", WARTA_DIFF_NTRIPLES }, { "nquads", WARTA_DIFF_NTRIPLES },
    { "patch", WARTA_DIFF_PATCH }, { "rdfpatch", WARTA_DIFF_PATCH },
    { "sparql", WARTA_DIFF_SPARQL }, { "update", WARTA_DIFF_SPARQL },
  };
  int v;

  g_return_val_if_fail (out != NULL, FALSE);
  if (!warta_name_lookup (names, G_N_ELEMENTS (names), name, &v))
    return FALSE;
  *out = (WartaDiffFormat) v;
  return TRUE;
}

/* Replaces *@ls by its canonical form when it has blank nodes. */
static gboolean
canonicalize_side (WartaLineSet **ls, const WartaCanonOptions *canon, const char *side,
                   GError **error)
{
  WartaLineSet *c;

  if (!warta_line_set_has_blank (*ls))
    return TRUE;
  c = warta_canonicalize (*ls, canon, NULL, NULL, error);
  if (c == NULL)
    {
      g_prefix_error (error, "%s: ", side);
      return FALSE;
    }
  warta_line_set_free (*ls);
  *ls = c;
  return TRUE;
}

WartaDiff *
warta_diff_take_line_sets (WartaLineSet *old_lines, WartaLineSet *new_lines,
                           const WartaCanonOptions *canon, GError **error)
{
  g_autoptr (WartaDiff) d = g_new0 (WartaDiff, 1);

  d->removed = g_ptr_array_new_with_free_func (g_free);
  d->added = g_ptr_array_new_with_free_func (g_free);
  d->old_lines = old_lines;
  d->new_lines = new_lines;
  d->canonicalized = warta_line_set_has_blank (old_lines) || warta_line_set_has_blank (new_lines);
  if (!canonicalize_side (&d->old_lines, canon, "OLD", error)
      || !canonicalize_side (&d->new_lines, canon, "NEW", error))
    return NULL;
  compare_sets (d);
  return g_steal_pointer (&d);
}

WartaDiff *
warta_diff_graphs (const WartaGraph *old_graph, const WartaGraph *new_graph, GError **error)
{
  WartaLineSet *a = warta_line_set_new (), *b = warta_line_set_new ();

  warta_line_set_add_graph (a, old_graph);
  warta_line_set_add_graph (b, new_graph);
  return warta_diff_take_line_sets (a, b, NULL, error);
}

WartaDiff *
warta_diff_files (const char *old_path, const char *old_syntax, const char *new_path,
                  const char *new_syntax, GError **error)
{
  g_autoptr (WartaLineSet) a = warta_line_set_new ();
  g_autoptr (WartaLineSet) b = warta_line_set_new ();

  if (!warta_line_set_read_file (a, old_path, old_syntax, NULL, error)
      || !warta_line_set_read_file (b, new_path, new_syntax, NULL, error))
    return NULL;
  return warta_diff_take_line_sets (g_steal_pointer (&a), g_steal_pointer (&b), NULL, error);
}

/* ================================================================ +/- and patch */

/* Both lists merged in statement order, each line prefixed. */
static char *
merged_lines (const WartaDiff *d, const char *minus, const char *plus)
{
  GString *out = g_string_new (NULL);
  guint i = 0, j = 0;

  while (i < d->removed->len || j < d->added->len)
    {
      gboolean take_removed = j >= d->added->len
                              || (i < d->removed->len
                                  && strcmp (d->removed->pdata[i], d->added->pdata[j]) < 0);

      g_string_append (out, take_removed ? minus : plus);
      g_string_append (out, take_removed ? d->removed->pdata[i++] : d->added->pdata[j++]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

char *
warta_diff_to_ntriples (const WartaDiff *d)
{
  return merged_lines (d, "- ", "+ ");
}

static void
append_prefixed (GString *out, GPtrArray *lines, const char *prefix)
{
  for (guint i = 0; i < lines->len; i++)
    {
      g_string_append (out, prefix);
      g_string_append (out, lines->pdata[i]);
      g_string_append_c (out, '\n');
    }
}

char *
warta_diff_to_patch (const WartaDiff *d)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "# RDF Patch turning OLD into NEW: %u deleted, %u added.\n",
                          d->removed->len, d->added->len);
  if (d->canonicalized)
    g_string_append (out, "# Blank nodes carry their RDFC-1.0 canonical labels: apply this to\n"
                          "# the canonical form of OLD (warta canon).\n");
  g_string_append (out, "TX .\n");
  append_prefixed (out, d->removed, "D ");
  append_prefixed (out, d->added, "A ");
  g_string_append (out, "TC .\n");
  return g_string_free (out, FALSE);
}

/* ================================================================ SPARQL */

typedef struct {
  char *gname;   /* NULL: default graph */
  char *triple;  /* "s p o ." with blank nodes as requested */
} GraphTriple;

static void
graph_triple_clear (gpointer p)
{
  GraphTriple *gt = p;

  g_free (gt->gname);
  g_free (gt->triple);
}

static int
compare_graph_triples (gconstpointer a, gconstpointer b)
{
  const GraphTriple *x = a, *y = b;
  int c = g_strcmp0 (x->gname, y->gname);

  return c != 0 ? c : strcmp (x->triple, y->triple);
}

/* The lines as (graph, triple) pairs sorted by graph name, default graph
 * first; @vars writes blank nodes as ?variables. */
static GArray *
graph_triples (GPtrArray *lines, gboolean vars)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (GraphTriple));
  WartaCanonLine cl;

  g_array_set_clear_func (out, graph_triple_clear);
  warta_canon_line_init (&cl);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = lines->pdata[i];
      GString *t = g_string_new (NULL);
      GraphTriple gt = { NULL, NULL };

      if (!warta_canon_parse_line (line, strlen (line), &cl, NULL) || cl.n_terms < 3)
        {
          g_string_free (t, TRUE);
          continue;
        }
      if (cl.n_terms == 4)
        gt.gname = g_strndup (cl.buf->str + cl.start[3], cl.len[3]);
      for (guint k = 0; k < 3; k++)
        {
          const char *term = cl.buf->str + cl.start[k];

          if (vars && term[0] == '_')
            g_string_append_printf (t, "?%.*s ", (int) cl.len[k] - 2, term + 2);
          else
            g_string_append_printf (t, "%.*s ", (int) cl.len[k], term);
        }
      g_string_append_c (t, '.');
      gt.triple = g_string_free (t, FALSE);
      g_array_append_val (out, gt);
    }
  warta_canon_line_clear (&cl);
  g_array_sort (out, compare_graph_triples);
  return out;
}

/* Appends the lines, one GRAPH block per named graph. */
static void
append_sparql_block (GString *out, GPtrArray *lines, gboolean vars)
{
  g_autoptr (GArray) gts = graph_triples (lines, vars);
  const char *current = NULL;

  for (guint i = 0; i < gts->len; i++)
    {
      const GraphTriple *gt = &g_array_index (gts, GraphTriple, i);

      if (g_strcmp0 (gt->gname, current) != 0)
        {
          if (current != NULL)
            g_string_append (out, "  }\n");
          if (gt->gname != NULL)
            g_string_append_printf (out, "  GRAPH %s {\n", gt->gname);
          current = gt->gname;
        }
      g_string_append_printf (out, "%s%s\n", current ? "    " : "  ", gt->triple);
    }
  if (current != NULL)
    g_string_append (out, "  }\n");
}

/* The lines with (or without) blank nodes. */
static GPtrArray *
by_graph (GPtrArray *lines, gboolean want_blank)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < lines->len; i++)
    {
      const char *l = lines->pdata[i];

      if ((strstr (l, "_:") != NULL) == want_blank)
        g_ptr_array_add (out, (gpointer) l);
    }
  return out;
}

char *
warta_diff_to_sparql (const WartaDiff *d)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GPtrArray) del = by_graph (d->removed, FALSE);
  g_autoptr (GPtrArray) del_blank = by_graph (d->removed, TRUE);
  g_autoptr (GPtrArray) ins = by_graph (d->added, FALSE);
  g_autoptr (GPtrArray) ins_blank = by_graph (d->added, TRUE);
  gboolean any = FALSE;

  g_string_append_printf (out, "# SPARQL 1.1 Update turning OLD into NEW: %u deleted, %u added.\n",
                          d->removed->len, d->added->len);
  if (d->canonicalized)
    g_string_append (out,
        "# Limitation: blank nodes cannot be named in an update.  Removed statements\n"
        "# with blank nodes are deleted by pattern (blank nodes as variables, every\n"
        "# match deleted); inserted blank nodes are fresh ones, labelled here with\n"
        "# their RDFC-1.0 canonical labels.\n");
  if (del->len > 0)
    {
      g_string_append (out, "DELETE DATA {\n");
      append_sparql_block (out, del, FALSE);
      g_string_append (out, "}");
      any = TRUE;
    }
  if (del_blank->len > 0)
    {
      g_string_append (out, any ? " ;\n" : "");
      g_string_append (out, "DELETE {\n");
      append_sparql_block (out, del_blank, TRUE);
      g_string_append (out, "} WHERE {\n");
      append_sparql_block (out, del_blank, TRUE);
      g_string_append (out, "}");
      any = TRUE;
    }
  if (ins->len + ins_blank->len > 0)
    {
      g_autoptr (GPtrArray) all = g_ptr_array_copy (ins, NULL, NULL);

      g_ptr_array_extend (all, ins_blank, NULL, NULL);
      g_ptr_array_sort (all, compare_strings);
      g_string_append (out, any ? " ;\n" : "");
      g_string_append (out, "INSERT DATA {\n");
      append_sparql_block (out, all, FALSE);
      g_string_append (out, "}");
      any = TRUE;
    }
  g_string_append (out, any ? "\n" : "# (no change)\n");
  return g_string_free (out, FALSE);
}

/* ================================================================ patch apply */

static gboolean
patch_line (GHashTable *set, const char *line, gsize len, WartaCanonLine *cl, GError **error)
{
  gboolean add;

  while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' '))
    len--;
  if (len == 0 || line[0] == '#' || (len >= 2 && line[0] == 'H' && line[1] == ' ')
      || (len >= 2 && line[0] == 'T' && (line[1] == 'X' || line[1] == 'C' || line[1] == 'A')))
    return TRUE;
  if (len < 2 || (line[0] != 'A' && line[0] != 'D') || line[1] != ' ')
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "expected A, D, H, TX, TC or TA");
      return FALSE;
    }
  add = line[0] == 'A';
  if (!warta_canon_parse_line (line + 2, len - 2, cl, error))
    return FALSE;
  if (cl->n_terms == 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "no statement after %c", line[0]);
      return FALSE;
    }
  if (add)
    g_hash_table_add (set, g_strdup (cl->buf->str));
  else
    g_hash_table_remove (set, cl->buf->str);
  return TRUE;
}

WartaLineSet *
warta_diff_apply_patch (const WartaLineSet *base, const char *patch, gsize len, GError **error)
{
  g_autoptr (GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char **keys = NULL;
  WartaLineSet *out;
  WartaCanonLine cl;
  const char *p = patch, *end = patch + len;
  guint lineno = 0, n = 0;
  gboolean ok = TRUE;

  for (guint i = 0; i < warta_line_set_size (base); i++)
    {
      const WartaSpan *sp = warta_line_set_get (base, i);

      g_hash_table_add (set, g_strndup (sp->str, sp->len));
    }
  warta_canon_line_init (&cl);
  while (p < end && ok)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *eol = nl ? nl : end;

      lineno++;
      if (!(ok = patch_line (set, p, eol - p, &cl, error)))
        g_prefix_error (error, "patch line %u: ", lineno);
      p = nl ? nl + 1 : end;
    }
  warta_canon_line_clear (&cl);
  if (!ok)
    return NULL;
  keys = (char **) g_hash_table_get_keys_as_array (set, &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  out = warta_line_set_new ();
  for (guint i = 0; i < n; i++)
    warta_line_set_add_line (out, keys[i], strlen (keys[i]), strstr (keys[i], "_:") != NULL);
  return out;
}

/* ================================================================ graphs */

static WartaGraph *
lines_to_graph (GPtrArray *lines)
{
  g_autoptr (WartaLineSet) ls = warta_line_set_new ();
  WartaGraph *g = warta_graph_new ();

  for (guint i = 0; i < lines->len; i++)
    warta_line_set_add_line (ls, lines->pdata[i], strlen (lines->pdata[i]), FALSE);
  /* the lines are canonical, so they parse */
  if (!warta_line_set_to_graph (ls, g, NULL))
    g_warning ("diff: a canonical line did not parse");
  return g;
}

WartaGraph *
warta_diff_removed_graph (const WartaDiff *d)
{
  return lines_to_graph (d->removed);
}

WartaGraph *
warta_diff_added_graph (const WartaDiff *d)
{
  return lines_to_graph (d->added);
}

gboolean
warta_diff_draw (const WartaDiff *d, const char *out_path, GError **error)
{
  g_autoptr (WartaGraph) both = warta_graph_new ();
  g_autoptr (WartaGraph) added = warta_diff_added_graph (d);
  g_autoptr (WartaGraph) removed = warta_diff_removed_graph (d);
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *data = NULL;
  const char *format = warta_draw_format_from_filename (out_path);
  WartaDrawOptions opts;
  gsize len = 0;

  if (format == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                   "%s: cannot tell the drawing format (.svg .png .pdf .dot)", out_path);
      return FALSE;
    }
  if (!warta_line_set_to_graph (d->old_lines, both, error)
      || !warta_line_set_to_graph (d->new_lines, both, error))
    return FALSE;
  warta_draw_options_init (&opts);
  opts.title = g_strdup_printf ("warta diff: %u removed, %u added", d->removed->len,
                                d->added->len);
  ag = warta_draw_build (both, &opts, error);
  warta_draw_options_clear (&opts);
  if (ag == NULL)
    return FALSE;
  warta_draw_mark_changes (ag, added, removed);
  if (!warta_draw_render (ag, format, NULL, &data, &len, error))
    return FALSE;
  return warta_write_file_atomic (out_path, data, len, error);
}

/* ================================================================ summary */

typedef struct {
  WartaGraph *old_g, *new_g;       /* context */
  WartaGraph *removed, *added;
  GString *out;
} Summary;

static GPtrArray *
objects (WartaGraph *g, const WartaTerm *s, const char *p_iri)
{
  WartaTerm p = { WARTA_TERM_IRI, p_iri, NULL, NULL };
  g_autoptr (GArray) quads = warta_graph_match (g, s, &p, NULL, NULL, TRUE);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaTerm *o = g_array_index (quads, WartaQuad, i).o;

      if (!g_ptr_array_find (out, o, NULL))
        g_ptr_array_add (out, (gpointer) o);
    }
  return out;
}

static const char *
local_name (const char *iri)
{
  const char *h = strrchr (iri, '#'), *s = strrchr (iri, '/');

  if (h != NULL && h[1] != '\0')
    return h + 1;
  if (s != NULL && s[1] != '\0')
    return s + 1;
  return iri;
}

/* The warta class local name of @s in @g, or NULL. */
static const char *
class_of (WartaGraph *g, const WartaTerm *s)
{
  g_autoptr (GPtrArray) types = objects (g, s, RDF_TYPE);

  for (guint i = 0; i < types->len; i++)
    {
      const WartaTerm *t = types->pdata[i];

      if (t->kind == WARTA_TERM_IRI && g_str_has_prefix (t->value, WARTA_NS))
        return t->value + strlen (WARTA_NS);
    }
  return NULL;
}

static char *
format_integer (const char *lex)
{
  GString *out = g_string_new (NULL);
  gsize n = strlen (lex), start = (lex[0] == '-' || lex[0] == '+') ? 1 : 0;

  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (lex[i]) && i >= start)
        {
          g_string_free (out, TRUE);
          return g_strdup (lex);
        }
      if (i > start && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, lex[i]);
    }
  return g_string_free (out, FALSE);
}

/* A readable name: prefLabel (English first), dcterms:identifier, a
 * literal's text, else <IRI> or _:label. */
static char *
name_in (WartaGraph *g, const WartaTerm *t)
{
  g_autoptr (GPtrArray) labels = NULL;
  g_autoptr (GPtrArray) ids = NULL;

  if (t->kind == WARTA_TERM_LITERAL)
    return g_strcmp0 (t->datatype, XSD_INTEGER) == 0 ? format_integer (t->value)
                                                      : g_strdup (t->value);
  labels = objects (g, t, SKOS_PREF);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < labels->len; i++)
      {
        const WartaTerm *l = labels->pdata[i];

        if (pass == 1 || g_strcmp0 (l->lang, "en") == 0)
          return g_strdup (l->value);
      }
  ids = objects (g, t, DCT_IDENTIFIER);
  if (ids->len > 0)
    return g_strdup (((const WartaTerm *) ids->pdata[0])->value);
  return t->kind == WARTA_TERM_BLANK ? g_strdup_printf ("_:%s", t->value)
                                     : g_strdup_printf ("<%s>", t->value);
}

/* Names of the objects of (s, p), joined with @sep; NULL when none. */
static char *
names_of (WartaGraph *g, const WartaTerm *s, const char *p, const char *sep)
{
  g_autoptr (GPtrArray) objs = objects (g, s, p);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (objs->len == 0)
    return NULL;
  for (guint i = 0; i < objs->len; i++)
    g_ptr_array_add (names, name_in (g, objs->pdata[i]));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (sep, (char **) names->pdata);
}

static char *
describe_event (WartaGraph *g, const WartaTerm *s, const char *cls)
{
  g_autofree char *agent = names_of (g, s, WARTA_NS "agent", " and ");
  const char *who = agent ? agent : "someone";

  if (strcmp (cls, "Deployment") == 0)
    {
      g_autofree char *troops = names_of (g, s, WARTA_NS "troops", " or ");
      g_autofree char *dest = names_of (g, s, WARTA_NS "destination", " and ");

      return g_strdup_printf ("%s deployed %s%stroops%s%s", who, troops ? troops : "",
                              troops ? " " : "", dest ? " to " : "", dest ? dest : "");
    }
  if (strcmp (cls, "ArmsTransfer") == 0)
    {
      g_autofree char *item = names_of (g, s, WARTA_NS "item", ", ");
      g_autofree char *to = names_of (g, s, WARTA_NS "recipient", " and ");

      return g_strdup_printf ("%s supplied %s%s%s", who, item ? item : "arms", to ? " to " : "",
                              to ? to : "");
    }
  if (strcmp (cls, "Treaty") == 0)
    {
      g_autofree char *parties = names_of (g, s, WARTA_NS "party", " and ");
      g_autofree char *label = names_of (g, s, SKOS_PREF, " / ");

      if (label != NULL)
        return g_steal_pointer (&label);
      return g_strdup_printf ("treaty between %s", parties ? parties : "unknown parties");
    }
  return NULL;
}

static gboolean
is_statement (const char *cls)
{
  return strcmp (cls, "Claim") == 0 || strcmp (cls, "Denial") == 0
         || strcmp (cls, "NonConfirmation") == 0 || strcmp (cls, "Statement") == 0;
}

static const char *
statement_verb (const char *cls)
{
  if (strcmp (cls, "Claim") == 0)
    return "says";
  if (strcmp (cls, "Denial") == 0)
    return "denies";
  if (strcmp (cls, "NonConfirmation") == 0)
    return "cannot confirm";
  return "states";
}

/* What a thing is, in words: "Dmitry Peskov denies North Korea deployed
 * 1,500 troops to Vladivostok", "North Korea deployed …", a label. */
static char *
describe (WartaGraph *g, const WartaTerm *s, const char *cls, guint depth)
{
  char *event;

  if (cls == NULL)
    return name_in (g, s);
  if (is_statement (cls))
    {
      g_autofree char *speaker = names_of (g, s, WARTA_NS "speaker", " and ");
      g_autoptr (GPtrArray) about = objects (g, s, WARTA_NS "about");
      g_autofree char *what = NULL;

      if (about->len > 0 && depth < 3)
        what = describe (g, about->pdata[0], class_of (g, about->pdata[0]), depth + 1);
      return g_strdup_printf ("%s %s %s", speaker ? speaker : "someone", statement_verb (cls),
                              what ? what : "something");
    }
  if ((event = describe_event (g, s, cls)) != NULL)
    return event;
  return name_in (g, s);
}

/* The short handle of a thing in a "changed" sentence: "Claim by X",
 * "Deployment North Korea to Russia", "Person Dmitry Peskov". */
static char *
handle (WartaGraph *g, const WartaTerm *s, const char *cls)
{
  g_autofree char *name = NULL;

  if (cls != NULL && is_statement (cls))
    {
      g_autofree char *speaker = names_of (g, s, WARTA_NS "speaker", " and ");

      return g_strdup_printf ("%s by %s", cls, speaker ? speaker : "someone");
    }
  if (cls != NULL && (strcmp (cls, "Deployment") == 0 || strcmp (cls, "ArmsTransfer") == 0))
    {
      g_autofree char *agent = names_of (g, s, WARTA_NS "agent", " and ");
      g_autofree char *to = names_of (g, s, strcmp (cls, "Deployment") == 0
                                               ? WARTA_NS "destination" : WARTA_NS "recipient",
                                      " and ");

      return g_strdup_printf ("%s %s%s%s", cls, agent ? agent : "someone", to ? " to " : "",
                              to ? to : "");
    }
  name = describe (g, s, cls, 0);
  return cls ? g_strdup_printf ("%s %s", cls, name) : g_steal_pointer (&name);
}

/* Article identifiers of a thing, " (a.txt, b.txt)" or "". */
static char *
sources (WartaGraph *g, const WartaTerm *s)
{
  g_autofree char *ids = names_of (g, s, PROV_DERIVED, ", ");

  return ids ? g_strdup_printf (" (%s)", ids) : g_strdup ("");
}

static const char *
property_phrase (const char *iri)
{
  static const struct { const char *local, *phrase; } map[] = {
    { "troops", "troop count" }, { "wasDerivedFrom", "source article" },
    { "destination", "destination" }, { "agent", "agent" }, { "speaker", "speaker" },
    { "about", "subject" }, { "startDate", "start date" }, { "endDate", "end date" },
    { "signedOn", "signing date" }, { "signedAt", "signing place" },
    { "transportedBy", "transport" }, { "prefLabel", "name" }, { "altLabel", "alias" },
    { "type", "class" }, { "identifier", "identifier" }, { "evidence", "evidence" },
  };
  const char *ln = local_name (iri);

  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (strcmp (ln, map[i].local) == 0)
      return map[i].phrase;
  return ln;
}

/* Distinct subjects of a graph's quads, sorted. */
static GPtrArray *
subjects_of (WartaGraph *g)
{
  g_autoptr (GArray) quads = warta_graph_quads (g);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaTerm *s = g_array_index (quads, WartaQuad, i).s;

      if (out->len == 0 || out->pdata[out->len - 1] != s)
        g_ptr_array_add (out, (gpointer) s);
    }
  return out;
}

/* Removed / added values of (s, p) comparing OLD and NEW (triples, any
 * graph). */
static void
value_changes (Summary *sm, const WartaTerm *s, const char *p, GPtrArray *gone, GPtrArray *came)
{
  g_autoptr (GPtrArray) before = objects (sm->old_g, s, p);
  g_autoptr (GPtrArray) after = objects (sm->new_g, s, p);

  for (guint i = 0; i < before->len; i++)
    {
      const WartaTerm *o = before->pdata[i];
      gboolean kept = FALSE;

      for (guint j = 0; j < after->len && !kept; j++)
        kept = warta_term_compare (o, after->pdata[j]) == 0;
      if (!kept)
        g_ptr_array_add (gone, (gpointer) o);
    }
  for (guint j = 0; j < after->len; j++)
    {
      const WartaTerm *o = after->pdata[j];
      gboolean kept = FALSE;

      for (guint i = 0; i < before->len && !kept; i++)
        kept = warta_term_compare (o, before->pdata[i]) == 0;
      if (!kept)
        g_ptr_array_add (came, (gpointer) o);
    }
}

/* Predicates of the changed quads about @s (from either change graph). */
static GPtrArray *
changed_predicates (Summary *sm, const WartaTerm *s)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  WartaGraph *gs[2] = { sm->removed, sm->added };

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (GArray) quads = warta_graph_match (gs[k], s, NULL, NULL, NULL, TRUE);

      for (guint i = 0; i < quads->len; i++)
        {
          const char *p = g_array_index (quads, WartaQuad, i).p->value;
          gboolean seen = FALSE;

          for (guint j = 0; j < out->len && !seen; j++)
            seen = strcmp (out->pdata[j], p) == 0;
          if (!seen)
            g_ptr_array_add (out, g_strdup (p));
        }
    }
  g_ptr_array_sort (out, compare_strings);
  return out;
}

static void
say_property_changes (Summary *sm, const WartaTerm *s, const char *cls)
{
  g_autoptr (GPtrArray) preds = changed_predicates (sm, s);
  g_autofree char *who = handle (sm->new_g, s, cls);
  guint said = 0;

  for (guint i = 0; i < preds->len; i++)
    {
      g_autoptr (GPtrArray) gone = g_ptr_array_new ();
      g_autoptr (GPtrArray) came = g_ptr_array_new ();
      const char *phrase = property_phrase (preds->pdata[i]);

      value_changes (sm, s, preds->pdata[i], gone, came);
      if (gone->len == 1 && came->len == 1)
        {
          g_autofree char *a = name_in (sm->old_g, gone->pdata[0]);
          g_autofree char *b = name_in (sm->new_g, came->pdata[0]);

          g_string_append_printf (sm->out, "  %s of %s changed from %s to %s\n", phrase, who, a, b);
          said++;
          continue;
        }
      for (guint j = 0; j < gone->len; j++, said++)
        {
          g_autofree char *a = name_in (sm->old_g, gone->pdata[j]);

          g_string_append_printf (sm->out, "  %s %s of %s removed\n", phrase, a, who);
        }
      for (guint j = 0; j < came->len; j++, said++)
        {
          g_autofree char *b = name_in (sm->new_g, came->pdata[j]);

          g_string_append_printf (sm->out, "  %s %s of %s added\n", phrase, b, who);
        }
    }
  if (said == 0)
    g_string_append_printf (sm->out, "  %s moved between named graphs\n", who);
}

static guint
count_about (WartaGraph *g, const WartaTerm *s)
{
  g_autoptr (GArray) quads = warta_graph_match (g, s, NULL, NULL, NULL, TRUE);

  return quads->len;
}

/* One subject's changes in words. */
static void
say_subject (Summary *sm, const WartaTerm *s)
{
  const char *old_cls = class_of (sm->old_g, s), *new_cls = class_of (sm->new_g, s);

  if (old_cls == NULL && new_cls == NULL)
    {
      g_autofree char *name = name_in (sm->new_g, s);
      guint gone = count_about (sm->removed, s), came = count_about (sm->added, s);

      if (came > 0)
        g_string_append_printf (sm->out, "  %u triple%s added about %s\n", came,
                                came == 1 ? "" : "s", name);
      if (gone > 0)
        g_string_append_printf (sm->out, "  %u triple%s removed about %s\n", gone,
                                gone == 1 ? "" : "s", name);
      return;
    }
  if (old_cls == NULL)
    {
      g_autofree char *what = describe (sm->new_g, s, new_cls, 0);
      g_autofree char *from = sources (sm->new_g, s);

      g_string_append_printf (sm->out, "  new %s: %s%s\n", new_cls, what, from);
      return;
    }
  if (new_cls == NULL)
    {
      g_autofree char *who = handle (sm->old_g, s, old_cls);
      g_autofree char *from = sources (sm->old_g, s);

      g_string_append_printf (sm->out, "  %s removed%s\n", who, from);
      return;
    }
  say_property_changes (sm, s, new_cls);
}

/* The class named in the counts: the warta class, else the local name of
 * any rdf:type, else "(untyped)". */
static const char *
count_class (WartaGraph *g, const WartaTerm *s)
{
  const char *cls = class_of (g, s);
  g_autoptr (GPtrArray) types = NULL;

  if (cls != NULL)
    return cls;
  types = objects (g, s, RDF_TYPE);
  for (guint i = 0; i < types->len; i++)
    if (((const WartaTerm *) types->pdata[i])->kind == WARTA_TERM_IRI)
      return local_name (((const WartaTerm *) types->pdata[i])->value);
  return "(untyped)";
}

/* Counts of added and removed statements by class of subject. */
static void
say_counts (Summary *sm)
{
  g_autoptr (GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  WartaGraph *change[2] = { sm->removed, sm->added };
  WartaGraph *context[2] = { sm->old_g, sm->new_g };
  g_autofree char **keys = NULL;
  guint n = 0;

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr (GArray) quads = warta_graph_quads (change[k]);

      for (guint i = 0; i < quads->len; i++)
        {
          const char *cls = count_class (context[k], g_array_index (quads, WartaQuad, i).s);
          guint *c;

          if ((c = g_hash_table_lookup (counts, cls)) == NULL)
            g_hash_table_insert (counts, (char *) cls, c = g_new0 (guint, 2));
          c[k]++;
        }
    }
  keys = (char **) g_hash_table_get_keys_as_array (counts, &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  if (n > 0)
    g_string_append (sm->out, "By class of subject:\n");
  for (guint i = 0; i < n; i++)
    {
      guint *c = g_hash_table_lookup (counts, keys[i]);

      g_string_append_printf (sm->out, "  %-18s %6u added %6u removed\n", keys[i], c[1], c[0]);
    }
}

static GPtrArray *
changed_subjects (Summary *sm)
{
  g_autoptr (GPtrArray) a = subjects_of (sm->removed);
  g_autoptr (GPtrArray) b = subjects_of (sm->added);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *lists[2] = { a, b };

  /* terms of different graphs: compare by N-Triples form */
  for (guint k = 0; k < 2; k++)
    for (guint i = 0; i < lists[k]->len; i++)
      {
        g_autoptr (GString) nt = g_string_new (NULL);

        warta_canon_append_term (nt, lists[k]->pdata[i]);
        if (!g_hash_table_contains (seen, nt->str))
          {
            char *key = g_string_free (g_steal_pointer (&nt), FALSE);

            g_ptr_array_add (out, key);
            g_hash_table_add (seen, key);
          }
      }
  g_ptr_array_sort (out, compare_strings);
  return out;
}

/* A term (N-Triples form of a subject: IRI or blank) as a stack term. */
static WartaTerm
subject_term (const char *nt, char *buf, gsize size)
{
  WartaTerm t = { WARTA_TERM_IRI, buf, NULL, NULL };

  if (nt[0] == '_')
    {
      t.kind = WARTA_TERM_BLANK;
      g_strlcpy (buf, nt + 2, size);
    }
  else
    {
      g_strlcpy (buf, nt + 1, size);
      buf[strlen (buf) - 1] = '\0';
    }
  return t;
}

char *
warta_diff_summary (const WartaDiff *d, GError **error)
{
  g_autoptr (WartaGraph) old_g = warta_graph_new ();
  g_autoptr (WartaGraph) new_g = warta_graph_new ();
  g_autoptr (WartaGraph) removed = warta_diff_removed_graph (d);
  g_autoptr (WartaGraph) added = warta_diff_added_graph (d);
  g_autoptr (GPtrArray) subjects = NULL;
  Summary sm = { old_g, new_g, removed, added, g_string_new (NULL) };

  g_string_append_printf (sm.out, "%u statement%s removed, %u added (OLD has %u, NEW has %u)%s\n",
                          d->removed->len, d->removed->len == 1 ? "" : "s", d->added->len,
                          d->n_old, d->n_new,
                          d->canonicalized ? "; blank nodes matched by RDFC-1.0 labels" : "");
  if (warta_diff_is_empty (d))
    return g_string_free (sm.out, FALSE);
  if (!warta_line_set_to_graph (d->old_lines, old_g, error)
      || !warta_line_set_to_graph (d->new_lines, new_g, error))
    {
      g_string_free (sm.out, TRUE);
      return NULL;
    }
  say_counts (&sm);
  g_string_append (sm.out, "Changes:\n");
  subjects = changed_subjects (&sm);
  for (guint i = 0; i < subjects->len; i++)
    {
      const char *nt = subjects->pdata[i];
      gsize size = strlen (nt) + 1;
      g_autofree char *buf = g_malloc (size);
      WartaTerm s = subject_term (nt, buf, size);

      say_subject (&sm, &s);
    }
  return g_string_free (sm.out, FALSE);
}

char *
warta_diff_format (const WartaDiff *d, WartaDiffFormat format, GError **error)
{
  switch (format)
    {
    case WARTA_DIFF_NTRIPLES:
      return warta_diff_to_ntriples (d);
    case WARTA_DIFF_PATCH:
      return warta_diff_to_patch (d);
    case WARTA_DIFF_SPARQL:
      return warta_diff_to_sparql (d);
    case WARTA_DIFF_SUMMARY:
    default:
      return warta_diff_summary (d, error);
    }
}
