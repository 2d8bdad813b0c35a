/* draw.c: `warta draw`, the library part: turns a WartaGraph into a Graphviz
 * graph (cgraph) for one of four views, filters it (--kind, --article,
 * --focus/--depth), styles it by class with a legend and a title, chooses a
 * layout by size and view, keeps dot drawings compact (parallel facts on
 * one edge, components stacked in bands, long timeline columns split), and
 * renders it in-process with gvc to a memory buffer that is written
 * atomically.
 *
 * It does not parse command lines (cmd-draw.c does), does not shell out to
 * `dot`, and reads the graph only through the contract vocabulary
 * (CONTRACT.md): anything else in the input is ignored.  Called by
 * cmd-draw.c, by the diff module (warta_draw_mark_changes) and by
 * tests/unit/test-draw.c.
 *
 * Layout thresholds (WARTA_DRAW_SFDP_NODES, WARTA_DRAW_EDGE_LABEL_LIMIT in
 * warta-draw.h) come from bench/draw-bench.sh and timings of `dot` against
 * `sfdp` on generated actor graphs on the development machine (2 cores):
 * see that script's header for the figures.
 *
 * Graphviz error reporting is process-global (agseterrf); rendering is
 * therefore not thread-safe. */
#define WARTA_CLEANUP_GRAPHVIZ 1
#include "warta-cleanup.h"
#include "warta-draw.h"
#include "warta-error.h"
#include "warta-writer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WARTA_NS "https://w3id.org/warta/ns#"
#define W_(x) WARTA_NS x
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS_PREF "http://www.w3.org/2004/02/skos/core#prefLabel"
#define SKOS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"
#define DCT_IDENTIFIER "http://purl.org/dc/terms/identifier"
#define DCT_DATE "http://purl.org/dc/terms/date"

#define FONT "Helvetica,Arial,sans-serif"
#define MAX_ABOUT_HOPS 8
#define TITLE_WRAP 70
#define TITLE_MAX 200
#define MERGED_MAX_LINES 8
#define TIMELINE_COLUMN 12

/* ---- Classes and styles ------------------------------------------------ */

typedef enum {
  CLS_NONE,
  CLS_STATE,
  CLS_ORGANIZATION,
  CLS_PERSON,
  CLS_ACTOR,
  CLS_PLACE,
  CLS_DEPLOYMENT,
  CLS_ARMS_TRANSFER,
  CLS_TREATY,
  CLS_CLAIM,
  CLS_DENIAL,
  CLS_NON_CONFIRMATION,
  CLS_STATEMENT,
  CLS_ARTICLE,
  N_CLS
} DrawClass;

typedef enum { GROUP_NONE, GROUP_ACTOR, GROUP_EVENT, GROUP_STATEMENT, N_GROUPS } ClassGroup;

typedef struct {
  const char *local;
  DrawClass parent;
  ClassGroup group;
  const char *shape, *style, *fill, *penwidth;
  const char *name_en, *name_id;
} ClassInfo;

static const ClassInfo class_info[N_CLS] = {
  [CLS_NONE] = { "", CLS_NONE, GROUP_NONE, "ellipse", "filled", "white", "1", "thing", "hal" },
  [CLS_STATE] = { "State", CLS_ACTOR, GROUP_ACTOR, "box", "filled", "#9ecae1", "1.5", "State", "Negara" },
  [CLS_ORGANIZATION] = { "Organization", CLS_ACTOR, GROUP_ACTOR, "box", "rounded,filled", "#c7e9c0", "1",
                         "Organization", "Organisasi" },
  [CLS_PERSON] = { "Person", CLS_ACTOR, GROUP_ACTOR, "ellipse", "filled", "#fdd0a2", "1", "Person", "Orang" },
  [CLS_ACTOR] = { "Actor", CLS_NONE, GROUP_ACTOR, "ellipse", "filled", "white", "1", "Actor", "Aktor" },
  [CLS_PLACE] = { "Place", CLS_NONE, GROUP_ACTOR, "octagon", "filled", "#eeeeee", "1", "Place", "Tempat" },
  [CLS_DEPLOYMENT] = { "Deployment", CLS_NONE, GROUP_EVENT, "hexagon", "filled", "#fcbba1", "1.5",
                       "Deployment", "Pengerahan" },
  [CLS_ARMS_TRANSFER] = { "ArmsTransfer", CLS_NONE, GROUP_EVENT, "parallelogram", "filled", "#dadaeb", "1.5",
                          "Arms transfer", "Transfer senjata" },
  [CLS_TREATY] = { "Treaty", CLS_NONE, GROUP_EVENT, "note", "filled", "#fff2ae", "1.5", "Treaty", "Perjanjian" },
  [CLS_CLAIM] = { "Claim", CLS_STATEMENT, GROUP_STATEMENT, "box", "filled", "white", "1", "Claim", "Klaim" },
  [CLS_DENIAL] = { "Denial", CLS_STATEMENT, GROUP_STATEMENT, "box", "filled,bold", "#fee0d2", "3",
                   "Denial", "Bantahan" },
  [CLS_NON_CONFIRMATION] = { "NonConfirmation", CLS_STATEMENT, GROUP_STATEMENT, "box", "filled,dashed", "white",
                             "1.5", "Not confirmed", "Belum dikonfirmasi" },
  [CLS_STATEMENT] = { "Statement", CLS_NONE, GROUP_STATEMENT, "box", "filled", "white", "1",
                      "Statement", "Pernyataan" },
  [CLS_ARTICLE] = { "Article", CLS_NONE, GROUP_NONE, "folder", "filled", "white", "1", "Article", "Artikel" },
};

typedef struct {
  const char *cls;   /* warta_class of the edge */
  const char *style, *color, *penwidth, *arrowhead, *dir;
  const char *name_en, *name_id;
} EdgeStyle;

static const EdgeStyle edge_styles[] = {
  { "Deployment", "solid", "#a50f15", "2", "normal", "forward", "deployment", "pengerahan" },
  { "ArmsTransfer", "solid", "#54278f", "1.5", "box", "forward", "arms transfer", "transfer senjata" },
  { "Claim", "solid", "black", "1.2", "normal", "forward", "claim", "klaim" },
  { "Denial", "bold", "#d7301f", "3", "tee", "forward", "denial", "bantahan" },
  { "NonConfirmation", "dashed", "black", "1.2", "odot", "forward", "not confirmed", "belum dikonfirmasi" },
  { "Statement", "solid", "black", "1", "normal", "forward", "statement", "pernyataan" },
  { "party", "solid", "#08519c", "2", "none", "none", "party", "pihak" },
  { "signatory", "solid", "#6a51a3", "1", "normal", "back", "signed by", "ditandatangani" },
  { "affiliation", "solid", "gray60", "0.6", "empty", "forward", "affiliation", "afiliasi" },
  { "locatedIn", "dotted", "gray60", "0.6", "none", "none", "located in", "terletak di" },
};

/* Words of the diagram itself, by --lang. */
typedef struct {
  const char *deploys, *troops, *via, *supplies, *arms;
  const char *claims, *denies, *not_confirmed, *states;
  const char *claim_by, *denial_by, *non_confirmation_by, *statement_by;
  const char *treaty, *signed_, *view, *corpus, *articles, *article, *undated;
  const char *legend, *labels_omitted, *edges, *layout;
  char thousands;
} Words;

static const Words words_en = {
  "deploys", "troops", "via", "supplies", "arms",
  "claims", "denies", "cannot confirm", "says",
  "claim by", "denial by", "non-confirmation by", "statement by",
  "Treaty", "signed", "view", "corpus", "articles", "article", "undated",
  "Legend", "edge labels omitted", "edges", "layout",
  ',',
};

static const Words words_id = {
  "mengirim", "tentara", "dengan", "memasok", "senjata",
  "mengklaim", "membantah", "belum dapat memastikan", "menyatakan",
  "klaim oleh", "bantahan oleh", "ketidakpastian oleh", "pernyataan oleh",
  "Perjanjian", "ditandatangani", "tampilan", "korpus", "artikel", "artikel", "tanpa tanggal",
  "Keterangan", "label garis dihilangkan", "garis", "tata letak",
  '.',
};

static gboolean
lang_matches (const char *tag, const char *lang)
{
  gsize n;

  if (tag == NULL || lang == NULL)
    return FALSE;
  n = strlen (lang);
  return g_ascii_strncasecmp (tag, lang, n) == 0 && (tag[n] == '\0' || tag[n] == '-');
}

static const Words *
words_for (const char *lang)
{
  return lang_matches (lang, "id") ? &words_id : &words_en;
}

static const char *
class_name (DrawClass cls, const char *lang)
{
  return lang_matches (lang, "id") ? class_info[cls].name_id : class_info[cls].name_en;
}

static DrawClass
class_from_local (const char *local)
{
  for (int c = CLS_STATE; c < N_CLS; c++)
    if (g_ascii_strcasecmp (class_info[c].local, local) == 0)
      return (DrawClass) c;
  return CLS_NONE;
}

static gboolean
class_is_a (DrawClass cls, DrawClass ancestor)
{
  for (; cls != CLS_NONE; cls = class_info[cls].parent)
    if (cls == ancestor)
      return TRUE;
  return FALSE;
}

static const EdgeStyle *
edge_style_for (const char *cls)
{
  for (gsize i = 0; i < G_N_ELEMENTS (edge_styles); i++)
    if (g_strcmp0 (edge_styles[i].cls, cls) == 0)
      return &edge_styles[i];
  return NULL;
}

/* ---- The input, indexed by subject ------------------------------------- */

typedef struct {
  const WartaGraph *g;
  GArray *quads;             /* WartaQuad */
  GHashTable *by_subject;    /* key -> GArray of guint (indices into quads) */
  GHashTable *classes;       /* key -> GINT_TO_POINTER (DrawClass) */
  GPtrArray *of_class[N_CLS]; /* const char * keys, sorted */
  GStringChunk *chunk;
} Model;

/* The string naming a resource term: the IRI itself, "_:label" for a blank
 * node, NULL for a literal.  Valid as long as the model. */
static const char *
term_key (Model *m, const WartaTerm *t)
{
  g_autofree char *tmp = NULL;

  if (t == NULL || t->kind == WARTA_TERM_LITERAL)
    return NULL;
  if (t->kind == WARTA_TERM_IRI)
    return t->value;
  tmp = g_strconcat ("_:", t->value, NULL);
  return g_string_chunk_insert_const (m->chunk, tmp);
}

static DrawClass
class_of_type_iri (const WartaTerm *t)
{
  if (t->kind != WARTA_TERM_IRI || !g_str_has_prefix (t->value, WARTA_NS))
    return CLS_NONE;
  return class_from_local (t->value + strlen (WARTA_NS));
}

/* Most specific known class wins: a subclass over its superclass. */
static void
model_note_type (Model *m, const char *key, DrawClass cls)
{
  DrawClass old = GPOINTER_TO_INT (g_hash_table_lookup (m->classes, key));

  if (cls == CLS_NONE || (old != CLS_NONE && class_is_a (old, cls)))
    return;
  g_hash_table_insert (m->classes, (gpointer) key, GINT_TO_POINTER (cls));
}

static void
model_clear (Model *m)
{
  g_clear_pointer (&m->quads, g_array_unref);
  g_clear_pointer (&m->by_subject, g_hash_table_unref);
  g_clear_pointer (&m->classes, g_hash_table_unref);
  for (int c = 0; c < N_CLS; c++)
    g_clear_pointer (&m->of_class[c], g_ptr_array_unref);
  g_clear_pointer (&m->chunk, g_string_chunk_free);
}

static int
compare_keys (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
model_init (Model *m, const WartaGraph *g)
{
  GHashTableIter it;
  gpointer key, value;

  memset (m, 0, sizeof *m);
  m->g = g;
  m->quads = warta_graph_quads (g);
  m->chunk = g_string_chunk_new (1024);
  m->by_subject = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  m->classes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < m->quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (m->quads, WartaQuad, i);
      const char *s = term_key (m, q->s);
      GArray *list;

      if (s == NULL)
        continue;
      list = g_hash_table_lookup (m->by_subject, s);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (m->by_subject, (gpointer) s, list);
        }
      g_array_append_val (list, i);
      if (strcmp (q->p->value, RDF_TYPE) == 0)
        model_note_type (m, s, class_of_type_iri (q->o));
    }
  for (int c = 0; c < N_CLS; c++)
    m->of_class[c] = g_ptr_array_new ();
  g_hash_table_iter_init (&it, m->classes);
  while (g_hash_table_iter_next (&it, &key, &value))
    g_ptr_array_add (m->of_class[GPOINTER_TO_INT (value)], key);
  for (int c = 0; c < N_CLS; c++)
    g_ptr_array_sort (m->of_class[c], compare_keys);
}

static DrawClass
model_class (const Model *m, const char *key)
{
  return key ? GPOINTER_TO_INT (g_hash_table_lookup (m->classes, key)) : CLS_NONE;
}

/* Objects of (@key, @pred), in sorted order, each once.  Element type
 * const WartaTerm *, owned by the graph. */
static GPtrArray *
model_objects (const Model *m, const char *key, const char *pred)
{
  GPtrArray *out = g_ptr_array_new ();
  GArray *list = key ? g_hash_table_lookup (m->by_subject, key) : NULL;

  for (guint i = 0; list && i < list->len; i++)
    {
      const WartaQuad *q = &g_array_index (m->quads, WartaQuad, g_array_index (list, guint, i));

      if (strcmp (q->p->value, pred) == 0)
        {
          gboolean seen = FALSE;

          for (guint j = 0; j < out->len && !seen; j++)
            seen = warta_term_compare (out->pdata[j], q->o) == 0;
          if (!seen)
            g_ptr_array_add (out, (gpointer) q->o);
        }
    }
  return out;
}

static const WartaTerm *
model_first (const Model *m, const char *key, const char *pred)
{
  GArray *list = key ? g_hash_table_lookup (m->by_subject, key) : NULL;

  for (guint i = 0; list && i < list->len; i++)
    {
      const WartaQuad *q = &g_array_index (m->quads, WartaQuad, g_array_index (list, guint, i));

      if (strcmp (q->p->value, pred) == 0)
        return q->o;
    }
  return NULL;
}

static const char *
model_first_ref (Model *m, const char *key, const char *pred)
{
  return term_key (m, model_first (m, key, pred));
}

static const char *
model_first_literal (const Model *m, const char *key, const char *pred)
{
  const WartaTerm *t = model_first (m, key, pred);

  return t && t->kind == WARTA_TERM_LITERAL ? t->value : NULL;
}

/* Does any quad (@key, *, @object_key) exist? */
static gboolean
model_refers_to (Model *m, const char *key, const char *object_key)
{
  GArray *list = g_hash_table_lookup (m->by_subject, key);

  for (guint i = 0; list && i < list->len; i++)
    {
      const WartaQuad *q = &g_array_index (m->quads, WartaQuad, g_array_index (list, guint, i));
      const char *o = term_key (m, q->o);

      if (o && strcmp (o, object_key) == 0 && strcmp (q->p->value, RDF_TYPE) != 0)
        return TRUE;
    }
  return FALSE;
}

/* ---- Labels ----------------------------------------------------------- */

static const char *
local_name (const char *key)
{
  const char *cut = strrchr (key, '#');

  if (cut == NULL || cut[1] == '\0')
    cut = strrchr (key, '/');
  return cut && cut[1] ? cut + 1 : key;
}

static const char *
pick_by_lang (GPtrArray *labels, const char *lang)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const WartaTerm *t = labels->pdata[i];
      if (t->kind == WARTA_TERM_LITERAL && lang_matches (t->lang, lang))
        return t->value;
    }
  return NULL;
}

static guint
edit_distance (const char *a, const char *b)
{
  g_autofree gunichar *x = g_utf8_to_ucs4_fast (a, -1, NULL);
  g_autofree gunichar *y = g_utf8_to_ucs4_fast (b, -1, NULL);
  glong n = 0, k = 0;
  g_autofree guint *row = NULL;

  while (x[n])
    n++;
  while (y[k])
    k++;
  row = g_new (guint, k + 1);
  for (glong j = 0; j <= k; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= n; i++)
    {
      guint diag = row[0];
      row[0] = (guint) i;
      for (glong j = 1; j <= k; j++)
        {
          guint up = row[j];
          guint best = MIN (row[j] + 1, row[j - 1] + 1);
          row[j] = MIN (best, diag + (x[i - 1] == y[j - 1] ? 0 : 1));
          diag = up;
        }
    }
  return row[k];
}

/* How alike two names are: shared words first, then edit distance. */
static int
name_likeness (const char *a, const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1), *fb = g_utf8_casefold (b, -1);
  g_auto (GStrv) wa = g_strsplit (fa, " ", -1), wb = g_strsplit (fb, " ", -1);
  int shared = 0;

  for (guint i = 0; wa[i]; i++)
    for (guint j = 0; wb[j]; j++)
      if (*wa[i] && strcmp (wa[i], wb[j]) == 0)
        shared++;
  return shared * 1000 - (int) edit_distance (fa, fb);
}

/* The altLabel in @lang most like @english (the contract gives names in
 * other languages as altLabels, several per actor: "Rusia"@id and
 * "Moskow"@id; the one closest to "Russia" is the name, not the city). */
static const char *
closest_alt (GPtrArray *alts, const char *lang, const char *english)
{
  const char *best = NULL;
  int best_score = G_MININT;

  for (guint i = 0; i < alts->len; i++)
    {
      const WartaTerm *t = alts->pdata[i];
      int score;

      if (t->kind != WARTA_TERM_LITERAL || !lang_matches (t->lang, lang))
        continue;
      score = english ? name_likeness (t->value, english) : 0;
      if (best == NULL || score > best_score)
        {
          best = t->value;
          best_score = score;
        }
    }
  return best;
}

static const char *
first_literal_of (GPtrArray *terms)
{
  for (guint i = 0; i < terms->len; i++)
    if (((const WartaTerm *) terms->pdata[i])->kind == WARTA_TERM_LITERAL)
      return ((const WartaTerm *) terms->pdata[i])->value;
  return NULL;
}

/* The name of @key: prefLabel in @lang; else (other than English) the
 * closest altLabel in @lang; else prefLabel@en; else any prefLabel; else
 * an altLabel (English first); else the IRI's local name. */
static const char *
model_label (const Model *m, const char *key, const char *lang)
{
  g_autoptr (GPtrArray) prefs = model_objects (m, key, SKOS_PREF);
  g_autoptr (GPtrArray) alts = NULL;
  const char *english = pick_by_lang (prefs, "en");
  const char *found = pick_by_lang (prefs, lang);

  if (found)
    return found;
  alts = model_objects (m, key, SKOS_ALT);
  if (!lang_matches (lang, "en") && (found = closest_alt (alts, lang, english)))
    return found;
  if (english)
    return english;
  if ((found = first_literal_of (prefs)))
    return found;
  if ((found = pick_by_lang (alts, "en")) || (found = first_literal_of (alts)))
    return found;
  return local_name (key);
}

/* "12000" -> "12,000" (or "12.000" in Indonesian); other text unchanged. */
static char *
format_count (const char *lexical, const Words *w)
{
  GString *out;
  const char *digits = lexical;
  gsize n;

  if (*digits == '+')
    digits++;
  n = strlen (digits);
  if (n == 0 || strspn (digits, "0123456789") != n)
    return g_strdup (lexical);
  out = g_string_new (NULL);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, w->thousands);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* The figure of an event: its troop count(s) or quantity, formatted; NULL
 * if none. */
static char *
event_figure (const Model *m, const char *key, const Words *w)
{
  g_autoptr (GPtrArray) values = model_objects (m, key, W_ ("troops"));
  g_autoptr (GString) out = g_string_new (NULL);

  if (values->len == 0)
    {
      g_ptr_array_unref (values);
      values = model_objects (m, key, W_ ("quantity"));
    }
  for (guint i = 0; i < values->len; i++)
    {
      const WartaTerm *t = values->pdata[i];
      g_autofree char *f = NULL;

      if (t->kind != WARTA_TERM_LITERAL)
        continue;
      f = format_count (t->value, w);
      g_string_append_printf (out, "%s%s", out->len ? " / " : "", f);
    }
  return out->len ? g_strdup (out->str) : NULL;
}

/* Names of the objects of (@key, @pred), joined with @sep. */
static char *
joined_names (Model *m, const char *key, const char *pred, const char *sep, const char *lang)
{
  g_autoptr (GPtrArray) objs = model_objects (m, key, pred);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < objs->len; i++)
    {
      const char *k = term_key (m, objs->pdata[i]);
      const char *name = k ? model_label (m, k, lang) : ((const WartaTerm *) objs->pdata[i])->value;

      g_string_append_printf (out, "%s%s", out->len ? sep : "", name);
    }
  return out->len ? g_strdup (out->str) : NULL;
}

/* ---- Escaping and wrapping -------------------------------------------- */

static void
append_escaped (GString *out, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == '\\')
        g_string_append (out, "\\\\");
      else if (s[i] == '&')
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, s[i]);
    }
}

/* Valid UTF-8, control characters as spaces, runs of spaces collapsed. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029)
        c = ' ';
      if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_unichar (out, c);
    }
  if (out->len && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Appends @text to @out as Graphviz label text: cut to @max characters with
 * "…", wrapped at @width characters per line ("\n" escapes between
 * lines), every character escaped so that it renders as itself. */
static void
append_label_part (GString *out, const char *text, guint width, guint max)
{
  g_autofree char *clean = clean_text (text);
  const char *p;
  guint line_chars = 0;

  if (g_utf8_strlen (clean, -1) > (glong) max)
    {
      char *cut = g_utf8_offset_to_pointer (clean, max - 1);
      *cut = '\0';
      g_strchomp (clean);
      g_stpcpy (clean + strlen (clean), "…");
    }
  p = clean;
  while (*p)
    {
      const char *end = strchr (p, ' ');
      gsize bytes = end ? (gsize) (end - p) : strlen (p);
      guint chars = (guint) g_utf8_strlen (p, bytes);

      if (line_chars > 0 && line_chars + 1 + chars > width)
        {
          g_string_append (out, "\\n");
          line_chars = 0;
        }
      else if (line_chars > 0)
        {
          g_string_append_c (out, ' ');
          line_chars++;
        }
      /* A word longer than a line is broken every @width characters. */
      while (chars > width)
        {
          const char *split = g_utf8_offset_to_pointer (p, width - line_chars);
          append_escaped (out, p, split - p);
          g_string_append (out, "\\n");
          chars -= width - line_chars;
          bytes -= split - p;
          p = split;
          line_chars = 0;
        }
      append_escaped (out, p, bytes);
      line_chars += chars;
      p += bytes;
      if (*p == ' ')
        p++;
    }
}

/* A label from NULL-terminated parts, each on its own line(s); NULL and
 * empty parts are skipped. */
static char *
make_label_v (const char *const *parts, gsize n)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < n; i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (out->len)
        g_string_append (out, "\\n");
      append_label_part (out, parts[i], WARTA_DRAW_WRAP, WARTA_DRAW_MAX_LABEL);
    }
  return g_string_free (out, FALSE);
}

#define make_label(...) \
  make_label_v ((const char *const[]) { __VA_ARGS__ }, \
                sizeof ((const char *const[]) { __VA_ARGS__ }) / sizeof (const char *))

/* ---- Graphviz helpers --------------------------------------------------- */

static void
set_attr (void *obj, const char *name, const char *value)
{
  agsafeset (obj, (char *) name, (char *) (value ? value : ""), (char *) "");
}

static const char *
get_attr (void *obj, const char *name)
{
  const char *v = agget (obj, (char *) name);
  return v ? v : "";
}

static Agnode_t *
find_node (Agraph_t *ag, const char *name)
{
  return agnode (ag, (char *) name, 0);
}

static gboolean
is_legend (Agnode_t *n)
{
  return g_str_has_prefix (agnameof (n), "legend:");
}

/* ---- Building ---------------------------------------------------------- */

typedef struct {
  Model m;
  const WartaDrawOptions *opts;
  const Words *w;
  const char *lang;
  Agraph_t *ag;
  gboolean kind_on[N_CLS];
  gboolean group_on[N_GROUPS];
  gboolean fact_filter;     /* --article or event/statement kinds given */
  GHashTable *touched;      /* node names reached by a drawn fact */
  GHashTable *edge_groups;  /* "tail\x1fhead\x1fclass" -> Agedge_t * (actors view) */
  GHashTable *edge_details; /* Agedge_t * -> GPtrArray of char *, one per fact */
} Builder;

static gboolean
builder_parse_kinds (Builder *b, GError **error)
{
  GPtrArray *kinds = b->opts->kinds;

  for (guint i = 0; kinds && i < kinds->len; i++)
    {
      DrawClass cls = class_from_local (kinds->pdata[i]);

      if (cls == CLS_NONE || cls == CLS_ARTICLE)
        {
          g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                       "unknown --kind '%s' (known: State, Organization, Person, Actor, Place, "
                       "Deployment, ArmsTransfer, Treaty, Claim, Denial, NonConfirmation, Statement)",
                       (const char *) kinds->pdata[i]);
          return FALSE;
        }
      b->kind_on[cls] = TRUE;
      b->group_on[class_info[cls].group] = TRUE;
    }
  b->fact_filter = b->opts->article != NULL || b->group_on[GROUP_EVENT] || b->group_on[GROUP_STATEMENT];
  return TRUE;
}

/* Does the --kind filter let @cls through? */
static gboolean
kind_allows (const Builder *b, DrawClass cls)
{
  ClassGroup group = class_info[cls].group;

  if (!b->group_on[group])
    return TRUE;
  for (DrawClass c = cls; c != CLS_NONE; c = class_info[c].parent)
    if (b->kind_on[c])
      return TRUE;
  return FALSE;
}

static gboolean
from_article (Builder *b, const char *fact)
{
  g_autoptr (GPtrArray) sources = NULL;

  if (b->opts->article == NULL)
    return TRUE;
  sources = model_objects (&b->m, fact, PROV_DERIVED);
  for (guint i = 0; i < sources->len; i++)
    {
      const char *art = term_key (&b->m, sources->pdata[i]);
      const char *id = model_first_literal (&b->m, art, DCT_IDENTIFIER);

      if (id && g_str_has_prefix (id, b->opts->article))
        return TRUE;
    }
  return FALSE;
}

static gboolean
fact_passes (Builder *b, const char *fact)
{
  return kind_allows (b, model_class (&b->m, fact)) && from_article (b, fact);
}

/* What a statement is ultimately about: follows warta:about through
 * statements about statements.  NULL if it reaches no event. */
static const char *
root_event (Builder *b, const char *statement)
{
  const char *cur = statement;

  for (int hops = 0; hops < MAX_ABOUT_HOPS; hops++)
    {
      const char *next = model_first_ref (&b->m, cur, W_ ("about"));
      DrawClass cls = model_class (&b->m, next);

      if (next == NULL)
        return NULL;
      if (class_info[cls].group == GROUP_EVENT)
        return next;
      if (class_info[cls].group != GROUP_STATEMENT)
        return NULL;
      cur = next;
    }
  return NULL;
}

/* Earliest dcterms:date of the articles @fact was derived from. */
static const char *
article_date (Model *m, const char *fact)
{
  g_autoptr (GPtrArray) sources = model_objects (m, fact, PROV_DERIVED);
  const char *best = NULL;

  for (guint i = 0; i < sources->len; i++)
    {
      const char *d = model_first_literal (m, term_key (m, sources->pdata[i]), DCT_DATE);
      if (d && (best == NULL || strcmp (d, best) < 0))
        best = d;
    }
  return best;
}

static const char *
own_date (const Model *m, const char *fact)
{
  static const char *const preds[] = { W_ ("date"), W_ ("startDate"), W_ ("signedOn") };

  for (gsize i = 0; i < G_N_ELEMENTS (preds); i++)
    {
      const char *d = model_first_literal (m, fact, preds[i]);
      if (d)
        return d;
    }
  return NULL;
}

/* The date of a fact: its own; for a statement, else that of what it is
 * about; else its article's. */
static const char *
fact_date (Model *m, const char *fact)
{
  const char *d = own_date (m, fact);
  const char *cur = fact;

  for (int hops = 0; d == NULL && hops < MAX_ABOUT_HOPS; hops++)
    {
      if (class_info[model_class (m, cur)].group != GROUP_STATEMENT)
        break;
      cur = model_first_ref (m, cur, W_ ("about"));
      if (cur == NULL)
        break;
      d = own_date (m, cur);
      if (d == NULL && class_info[model_class (m, cur)].group == GROUP_EVENT)
        d = article_date (m, cur);
    }
  return d ? d : article_date (m, fact);
}

static Agnode_t *
add_node (Builder *b, const char *key, DrawClass cls, const char *label)
{
  Agnode_t *n = find_node (b->ag, key);
  const ClassInfo *ci = &class_info[cls];

  if (n)
    return n;
  n = agnode (b->ag, (char *) key, 1);
  set_attr (n, "label", label);
  set_attr (n, "shape", ci->shape);
  set_attr (n, "style", ci->style);
  set_attr (n, "fillcolor", ci->fill);
  set_attr (n, "penwidth", ci->penwidth);
  set_attr (n, "warta_class", ci->local[0] ? ci->local : "Thing");
  if (cls == CLS_DENIAL)
    set_attr (n, "color", "#d7301f");
  return n;
}

/* The node of an actor or place, created on demand; NULL if --kind
 * excludes its class. */
static Agnode_t *
add_actor (Builder *b, const char *key, DrawClass fallback)
{
  DrawClass cls = model_class (&b->m, key);
  g_autofree char *label = NULL;

  if (key == NULL)
    return NULL;
  if (class_info[cls].group != GROUP_ACTOR)
    cls = fallback;
  if (!kind_allows (b, cls))
    return NULL;
  label = make_label (model_label (&b->m, key, b->lang));
  return add_node (b, key, cls, label);
}

static Agedge_t *
add_edge (Builder *b, Agnode_t *tail, Agnode_t *head, const char *key, const char *cls,
          const char *label)
{
  const EdgeStyle *es = edge_style_for (cls);
  Agedge_t *e = agedge (b->ag, tail, head, (char *) key, 1);

  set_attr (e, "warta_class", cls);
  if (label && *label)
    set_attr (e, "label", label);
  if (es)
    {
      set_attr (e, "style", es->style);
      set_attr (e, "color", es->color);
      set_attr (e, "penwidth", es->penwidth);
      set_attr (e, "arrowhead", es->arrowhead);
      set_attr (e, "dir", es->dir);
      if (strcmp (cls, "Denial") == 0)
        set_attr (e, "fontcolor", es->color);
    }
  return e;
}

static void
touch (Builder *b, Agnode_t *n)
{
  if (n)
    g_hash_table_add (b->touched, agnameof (n));
}

/* Event node label: who -> where, the figure, the date. */
static char *
event_label (Builder *b, const char *event)
{
  Model *m = &b->m;
  DrawClass cls = model_class (m, event);
  const char *lang = b->lang;
  g_autofree char *figure = event_figure (m, event, b->w);
  g_autofree char *line1 = NULL, *line2 = NULL, *line3 = NULL;
  const char *date = fact_date (m, event);

  if (cls == CLS_TREATY)
    {
      g_autofree char *parties = joined_names (m, event, W_ ("party"), " – ", lang);
      g_autofree char *place = joined_names (m, event, W_ ("signedAt"), ", ", lang);
      const char *name = model_first (m, event, SKOS_PREF) ? model_label (m, event, lang) : b->w->treaty;

      line1 = g_strdup (name);
      line2 = g_strdup (parties);
      if (date || place)
        line3 = g_strdup_printf ("%s %s%s%s", b->w->signed_, date ? date : "", date && place ? ", " : "",
                                 place ? place : "");
      return make_label (line1, line2, line3);
    }
  {
    const char *agent = model_first_ref (m, event, W_ ("agent"));
    g_autofree char *to = joined_names (m, event, cls == CLS_DEPLOYMENT ? W_ ("destination") : W_ ("recipient"),
                                        ", ", lang);
    g_autofree char *unit = joined_names (m, event, W_ ("unit"), ", ", lang);
    g_autofree char *item = joined_names (m, event, W_ ("item"), ", ", lang);

    line1 = g_strdup_printf ("%s → %s", agent ? model_label (m, agent, lang) : "?", to ? to : "?");
    if (cls == CLS_DEPLOYMENT)
      line2 = g_strdup_printf ("%s %s%s%s%s", figure ? figure : "", b->w->troops,
                               unit ? " (" : "", unit ? unit : "", unit ? ")" : "");
    else
      line2 = g_strdup_printf ("%s: %s%s%s", b->w->arms, item ? item : "", figure ? " " : "",
                               figure ? figure : "");
    return make_label (line1, g_strstrip (line2), date);
  }
}

static const char *
stance_words (const Builder *b, DrawClass cls)
{
  switch (cls)
    {
    case CLS_CLAIM: return b->w->claims;
    case CLS_DENIAL: return b->w->denies;
    case CLS_NON_CONFIRMATION: return b->w->not_confirmed;
    default: return b->w->states;
    }
}

static const char *
statement_by_words (const Builder *b, DrawClass cls)
{
  switch (cls)
    {
    case CLS_CLAIM: return b->w->claim_by;
    case CLS_DENIAL: return b->w->denial_by;
    case CLS_NON_CONFIRMATION: return b->w->non_confirmation_by;
    default: return b->w->statement_by;
    }
}

/* "denies (claim by NIS) · 1,500": stance, the statement it answers if
 * any, the event's figure. */
static char *
stance_text (Builder *b, const char *statement, const char *event)
{
  Model *m = &b->m;
  const char *about = model_first_ref (m, statement, W_ ("about"));
  g_autofree char *figure = event_figure (m, event, b->w);
  g_autofree char *answers = NULL;

  if (about && strcmp (about, event) != 0)
    {
      const char *speaker = model_first_ref (m, about, W_ ("speaker"));
      answers = g_strdup_printf (" (%s %s)", statement_by_words (b, model_class (m, about)),
                                 speaker ? model_label (m, speaker, b->lang) : "?");
    }
  return g_strdup_printf ("%s%s%s%s", stance_words (b, model_class (m, statement)), answers ? answers : "",
                          figure ? " · " : "", figure ? figure : "");
}

static const DrawClass actor_classes[] = { CLS_STATE, CLS_ORGANIZATION, CLS_PERSON, CLS_ACTOR };
static const DrawClass event_classes[] = { CLS_DEPLOYMENT, CLS_ARMS_TRANSFER, CLS_TREATY };
static const DrawClass statement_classes[] = { CLS_CLAIM, CLS_DENIAL, CLS_NON_CONFIRMATION, CLS_STATEMENT };

/* Edges for one triple-like relation (affiliation, locatedIn) between
 * nodes already drawn. */
static void
add_relation_edges (Builder *b, const char *pred_local, const char *cls)
{
  g_autofree char *pred = g_strconcat (WARTA_NS, pred_local, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  for (Agnode_t *n = agfstnode (b->ag); n; n = agnxtnode (b->ag, n))
    g_ptr_array_add (names, agnameof (n));
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr (GPtrArray) objs = model_objects (&b->m, names->pdata[i], pred);

      for (guint j = 0; j < objs->len; j++)
        {
          const char *o = term_key (&b->m, objs->pdata[j]);
          Agnode_t *head = o ? find_node (b->ag, o) : NULL;

          if (head)
            add_edge (b, find_node (b->ag, names->pdata[i]), head, pred, cls, NULL);
        }
    }
}

/* Removes the nodes not in @keep (a set of names). */
static void
prune_nodes (Agraph_t *ag, GHashTable *keep)
{
  Agnode_t *next;

  for (Agnode_t *n = agfstnode (ag); n; n = next)
    {
      next = agnxtnode (ag, n);
      if (!is_legend (n) && !g_hash_table_contains (keep, agnameof (n)))
        agdelnode (ag, n);
    }
}

/* Parallel facts: the actors view draws one edge per (agent, target,
 * class), keyed by the first fact; a second fact on the same pair adds its
 * IRI to the edge's "warta_facts" and a line to its label. */
static Agedge_t *
add_fact_edge (Builder *b, Agnode_t *tail, Agnode_t *head, const char *fact, const char *cls,
               const char *label, const char *detail)
{
  g_autofree char *pair = g_strjoin ("\x1f", agnameof (tail), agnameof (head), cls, NULL);
  Agedge_t *e = g_hash_table_lookup (b->edge_groups, pair);
  GPtrArray *details;

  if (e == NULL)
    {
      e = add_edge (b, tail, head, fact, cls, label);
      g_hash_table_insert (b->edge_groups, g_steal_pointer (&pair), e);
      details = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (b->edge_details, e, details);
      set_attr (e, "warta_facts", fact);
    }
  else
    {
      g_autofree char *facts = g_strconcat (get_attr (e, "warta_facts"), " ", fact, NULL);

      details = g_hash_table_lookup (b->edge_details, e);
      set_attr (e, "warta_facts", facts);
    }
  g_ptr_array_add (details, g_strdup (detail));
  touch (b, tail);
  touch (b, head);
  return e;
}

/* Label of an edge drawing several facts: the verb, then one line per
 * distinct detail ("12,000, 2024-10"), "(×2)" for repeats, at most
 * MERGED_MAX_LINES lines. */
static char *
merged_label (const char *verb, GPtrArray *details)
{
  GString *out = g_string_new (NULL);
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  g_autoptr (GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));

  for (guint i = 0; i < details->len; i++)
    {
      guint j;

      for (j = 0; j < seen->len && strcmp (seen->pdata[j], details->pdata[i]) != 0; j++)
        ;
      if (j == seen->len)
        {
          guint one = 0;
          g_ptr_array_add (seen, details->pdata[i]);
          g_array_append_val (counts, one);
        }
      g_array_index (counts, guint, j)++;
    }
  append_label_part (out, verb, WARTA_DRAW_WRAP, WARTA_DRAW_MAX_LABEL);
  for (guint j = 0; j < seen->len; j++)
    {
      g_autofree char *line = NULL;
      guint n = g_array_index (counts, guint, j);

      g_string_append (out, "\\n");
      if (j + 1 == MERGED_MAX_LINES && seen->len > MERGED_MAX_LINES)
        {
          line = g_strdup_printf ("… +%u", seen->len - j);
          append_label_part (out, line, WARTA_DRAW_MERGED_WRAP, WARTA_DRAW_MAX_LABEL);
          break;
        }
      line = n > 1 ? g_strdup_printf ("%s (×%u)", (const char *) seen->pdata[j], n)
                   : g_strdup (seen->pdata[j]);
      append_label_part (out, line, WARTA_DRAW_MERGED_WRAP, WARTA_DRAW_MAX_LABEL);
    }
  return g_string_free (out, FALSE);
}

/* Relabels the edges that draw more than one fact. */
static void
finish_merged_edges (Builder *b)
{
  GHashTableIter it;
  gpointer key, value;

  g_hash_table_iter_init (&it, b->edge_details);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      Agedge_t *e = key;
      GPtrArray *details = value;
      gboolean deployment = strcmp (get_attr (e, "warta_class"), "Deployment") == 0;
      g_autofree char *label = NULL;

      if (details->len < 2)
        continue;
      label = merged_label (deployment ? b->w->deploys : b->w->supplies, details);
      set_attr (e, "label", label);
    }
}

/* "1,500 (special forces) via Russian Navy, 2024-10". */
static char *
join_detail (const char *what, const char *unit, const char *via_word, const char *via, const char *date)
{
  return g_strdup_printf ("%s%s%s%s%s%s%s%s%s%s", what, unit ? " (" : "", unit ? unit : "", unit ? ")" : "",
                          via ? " " : "", via ? via_word : "", via ? " " : "", via ? via : "",
                          date ? ", " : "", date ? date : "");
}

static void
build_deployment_edges (Builder *b, const char *dep)
{
  Model *m = &b->m;
  Agnode_t *agent = add_actor (b, model_first_ref (m, dep, W_ ("agent")), CLS_ACTOR);
  g_autoptr (GPtrArray) dests = model_objects (m, dep, W_ ("destination"));
  g_autofree char *figure = event_figure (m, dep, b->w);
  g_autofree char *unit = joined_names (m, dep, W_ ("unit"), ", ", b->lang);
  g_autofree char *via = joined_names (m, dep, W_ ("transportedBy"), ", ", b->lang);
  g_autofree char *what = NULL, *how = NULL, *label = NULL, *detail = NULL;
  const char *date = fact_date (m, dep);

  if (agent == NULL)
    return;
  what = g_strdup_printf ("%s %s%s%s%s", b->w->deploys, figure ? figure : b->w->troops,
                          unit ? " (" : "", unit ? unit : "", unit ? ")" : "");
  how = via ? g_strdup_printf ("%s %s", b->w->via, via) : NULL;
  label = make_label (what, how, date);
  detail = join_detail (figure ? figure : b->w->troops, unit, b->w->via, via, date);
  for (guint i = 0; i < dests->len; i++)
    {
      Agnode_t *dest = add_actor (b, term_key (m, dests->pdata[i]), CLS_PLACE);

      if (dest)
        add_fact_edge (b, agent, dest, dep, "Deployment", label, detail);
    }
}

static void
build_arms_edges (Builder *b, const char *arms)
{
  Model *m = &b->m;
  Agnode_t *agent = add_actor (b, model_first_ref (m, arms, W_ ("agent")), CLS_ACTOR);
  g_autoptr (GPtrArray) recipients = model_objects (m, arms, W_ ("recipient"));
  g_autofree char *item = joined_names (m, arms, W_ ("item"), ", ", b->lang);
  g_autofree char *figure = event_figure (m, arms, b->w);
  g_autofree char *what = NULL, *label = NULL, *detail = NULL;
  const char *date = fact_date (m, arms);

  if (agent == NULL)
    return;
  what = g_strdup_printf ("%s %s%s%s%s", b->w->supplies, item ? item : b->w->arms,
                          figure ? " (" : "", figure ? figure : "", figure ? ")" : "");
  label = make_label (what, date);
  detail = g_strdup_printf ("%s%s%s%s%s%s", item ? item : b->w->arms, figure ? " (" : "", figure ? figure : "",
                            figure ? ")" : "", date ? ", " : "", date ? date : "");
  for (guint i = 0; i < recipients->len; i++)
    {
      Agnode_t *to = add_actor (b, term_key (m, recipients->pdata[i]), CLS_ACTOR);

      if (to)
        add_fact_edge (b, agent, to, arms, "ArmsTransfer", label, detail);
    }
}

static void
build_actors (Builder *b)
{
  Model *m = &b->m;

  for (gsize c = 0; c < G_N_ELEMENTS (actor_classes); c++)
    for (guint i = 0; i < m->of_class[actor_classes[c]]->len; i++)
      add_actor (b, m->of_class[actor_classes[c]]->pdata[i], CLS_ACTOR);
  for (guint i = 0; i < m->of_class[CLS_DEPLOYMENT]->len; i++)
    if (fact_passes (b, m->of_class[CLS_DEPLOYMENT]->pdata[i]))
      build_deployment_edges (b, m->of_class[CLS_DEPLOYMENT]->pdata[i]);
  for (guint i = 0; i < m->of_class[CLS_ARMS_TRANSFER]->len; i++)
    if (fact_passes (b, m->of_class[CLS_ARMS_TRANSFER]->pdata[i]))
      build_arms_edges (b, m->of_class[CLS_ARMS_TRANSFER]->pdata[i]);
  finish_merged_edges (b);
  if (b->fact_filter)
    prune_nodes (b->ag, b->touched);
  add_relation_edges (b, "affiliation", "affiliation");
  add_relation_edges (b, "locatedIn", "locatedIn");
}

/* The events of the claims and timeline views, as nodes. */
static void
build_event_nodes (Builder *b)
{
  Model *m = &b->m;

  for (gsize c = 0; c < G_N_ELEMENTS (event_classes); c++)
    for (guint i = 0; i < m->of_class[event_classes[c]]->len; i++)
      {
        const char *ev = m->of_class[event_classes[c]]->pdata[i];
        g_autofree char *label = NULL;

        if (!fact_passes (b, ev))
          continue;
        label = event_label (b, ev);
        add_node (b, ev, event_classes[c], label);
      }
}

/* Calls @fn for each statement that passes the filters and whose root
 * event is drawn. */
static void
foreach_statement (Builder *b, void (*fn) (Builder *, const char *, Agnode_t *))
{
  Model *m = &b->m;

  for (gsize c = 0; c < G_N_ELEMENTS (statement_classes); c++)
    for (guint i = 0; i < m->of_class[statement_classes[c]]->len; i++)
      {
        const char *st = m->of_class[statement_classes[c]]->pdata[i];
        const char *root = root_event (b, st);
        Agnode_t *event = root ? find_node (b->ag, root) : NULL;

        if (event && fact_passes (b, st))
          fn (b, st, event);
      }
}

static void
claims_statement (Builder *b, const char *st, Agnode_t *event)
{
  Agnode_t *speaker = add_actor (b, model_first_ref (&b->m, st, W_ ("speaker")), CLS_ACTOR);
  g_autofree char *text = NULL, *label = NULL;

  if (speaker == NULL)
    return;
  text = stance_text (b, st, agnameof (event));
  label = make_label (text);
  add_edge (b, speaker, event, st, class_info[model_class (&b->m, st)].local, label);
  touch (b, speaker);
  touch (b, event);
}

static void
build_claims (Builder *b)
{
  build_event_nodes (b);
  foreach_statement (b, claims_statement);
  if (b->group_on[GROUP_STATEMENT] || b->group_on[GROUP_ACTOR])
    prune_nodes (b->ag, b->touched);
}

static void
build_treaties (Builder *b)
{
  Model *m = &b->m;
  GPtrArray *treaties = m->of_class[CLS_TREATY];

  for (guint i = 0; i < treaties->len; i++)
    {
      const char *t = treaties->pdata[i];
      g_autofree char *label = NULL;
      g_autoptr (GPtrArray) parties = NULL, signatories = NULL;
      Agnode_t *tn;

      if (!fact_passes (b, t))
        continue;
      label = event_label (b, t);
      tn = add_node (b, t, CLS_TREATY, label);
      touch (b, tn);
      parties = model_objects (m, t, W_ ("party"));
      for (guint j = 0; j < parties->len; j++)
        {
          Agnode_t *p = add_actor (b, term_key (m, parties->pdata[j]), CLS_ACTOR);
          if (p)
            add_edge (b, tn, p, W_ ("party"), "party", NULL);
        }
      signatories = model_objects (m, t, W_ ("signatory"));
      for (guint j = 0; j < signatories->len; j++)
        {
          Agnode_t *p = add_actor (b, term_key (m, signatories->pdata[j]), CLS_PERSON);
          if (p)
            add_edge (b, tn, p, W_ ("signatory"), "signatory", NULL);
        }
    }
  add_relation_edges (b, "affiliation", "affiliation");
}

static void
timeline_statement (Builder *b, const char *st, Agnode_t *event)
{
  Model *m = &b->m;
  const char *speaker = model_first_ref (m, st, W_ ("speaker"));
  g_autofree char *text = NULL, *label = NULL;

  if (speaker && class_info[model_class (m, speaker)].group == GROUP_ACTOR
      && !kind_allows (b, model_class (m, speaker)))
    return;
  text = stance_text (b, st, agnameof (event));
  label = make_label (speaker ? model_label (m, speaker, b->lang) : "?", text);
  add_node (b, st, model_class (m, st), label);
}

/* Statement -> what it is about, once all statement nodes exist. */
static void
timeline_about_edges (Builder *b)
{
  Model *m = &b->m;

  for (Agnode_t *n = agfstnode (b->ag); n; n = agnxtnode (b->ag, n))
    {
      const char *st = agnameof (n);
      const char *about = class_info[model_class (m, st)].group == GROUP_STATEMENT
        ? model_first_ref (m, st, W_ ("about")) : NULL;
      Agnode_t *target = about ? find_node (b->ag, about) : NULL;
      Agedge_t *e;

      if (target == NULL)
        continue;
      e = add_edge (b, n, target, st, class_info[model_class (m, st)].local, NULL);
      set_attr (e, "constraint", "false");
    }
}

static void
build_timeline (Builder *b)
{
  build_event_nodes (b);
  foreach_statement (b, timeline_statement);
  timeline_about_edges (b);
}

/* ---- Focus -------------------------------------------------------------- */

static gboolean
has_label (Model *m, const char *key, const char *folded_name)
{
  static const char *const preds[] = { SKOS_PREF, SKOS_ALT };

  for (gsize p = 0; p < G_N_ELEMENTS (preds); p++)
    {
      g_autoptr (GPtrArray) labels = model_objects (m, key, preds[p]);

      for (guint i = 0; i < labels->len; i++)
        {
          const WartaTerm *t = labels->pdata[i];
          g_autofree char *folded = NULL;

          if (t->kind != WARTA_TERM_LITERAL)
            continue;
          folded = g_utf8_casefold (t->value, -1);
          if (strcmp (folded, folded_name) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Actors and places labelled @name. */
static GPtrArray *
focus_entities (Builder *b, const char *name)
{
  GPtrArray *out = g_ptr_array_new ();
  g_autofree char *clean = clean_text (name);
  g_autofree char *folded = g_utf8_casefold (clean, -1);

  for (int c = 0; c < N_CLS; c++)
    {
      if (class_info[c].group != GROUP_ACTOR)
        continue;
      for (guint i = 0; i < b->m.of_class[c]->len; i++)
        if (has_label (&b->m, b->m.of_class[c]->pdata[i], folded))
          g_ptr_array_add (out, b->m.of_class[c]->pdata[i]);
    }
  return out;
}

/* Breadth-first from @seeds (at distance @start) over edges in either
 * direction, up to @depth; returns the set of names reached. */
static GHashTable *
nodes_within (Agraph_t *ag, GPtrArray *seeds, guint start, guint depth)
{
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) frontier = g_ptr_array_new ();

  for (guint i = 0; i < seeds->len; i++)
    {
      g_hash_table_add (seen, agnameof (seeds->pdata[i]));
      g_ptr_array_add (frontier, seeds->pdata[i]);
    }
  for (guint d = start; d < depth && frontier->len; d++)
    {
      g_autoptr (GPtrArray) next = g_ptr_array_new ();

      for (guint i = 0; i < frontier->len; i++)
        for (Agedge_t *e = agfstedge (ag, frontier->pdata[i]); e; e = agnxtedge (ag, e, frontier->pdata[i]))
          {
            Agnode_t *other = aghead (e) == frontier->pdata[i] ? agtail (e) : aghead (e);

            if (g_hash_table_add (seen, agnameof (other)))
              g_ptr_array_add (next, other);
          }
      g_ptr_array_unref (frontier);
      frontier = g_steal_pointer (&next);
    }
  return seen;
}

static gboolean
apply_focus (Builder *b, GError **error)
{
  const char *name = b->opts->focus;
  g_autoptr (GPtrArray) entities = focus_entities (b, name);
  g_autoptr (GPtrArray) seeds = g_ptr_array_new ();
  g_autoptr (GHashTable) keep = NULL;
  guint start = 0;

  if (entities->len == 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND,
                   "--focus: no actor or place is labelled '%s'", name);
      return FALSE;
    }
  for (guint i = 0; i < entities->len; i++)
    {
      Agnode_t *n = find_node (b->ag, entities->pdata[i]);
      if (n)
        g_ptr_array_add (seeds, n);
    }
  if (seeds->len == 0)
    {
      /* Views without actor nodes: start from the facts naming it. */
      start = 1;
      for (Agnode_t *n = agfstnode (b->ag); n; n = agnxtnode (b->ag, n))
        for (guint i = 0; i < entities->len; i++)
          if (model_refers_to (&b->m, agnameof (n), entities->pdata[i]))
            {
              g_ptr_array_add (seeds, n);
              break;
            }
    }
  if (seeds->len == 0)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND,
                   "--focus: '%s' does not appear in the %s view", name,
                   warta_draw_view_name (b->opts->view));
      return FALSE;
    }
  keep = nodes_within (b->ag, seeds, start, b->opts->depth);
  prune_nodes (b->ag, keep);
  return TRUE;
}

/* ---- Timeline clusters ------------------------------------------------ */

/* Dates in order; a date without a year ("--06", xsd:gMonth) after every
 * dated one. */
static int
compare_dates (gconstpointer a, gconstpointer b)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  gboolean x_yearless = g_str_has_prefix (x, "--"), y_yearless = g_str_has_prefix (y, "--");

  if (x_yearless != y_yearless)
    return x_yearless ? 1 : -1;
  return strcmp (x, y);
}

static Agraph_t *
date_cluster (Agraph_t *ag, const char *date, const char *label)
{
  g_autofree char *name = g_strconcat ("cluster_", date ? "date_" : "undated", date ? date : "", NULL);
  g_autofree char *escaped = make_label (label);
  Agraph_t *sub = agsubg (ag, name, 1);

  set_attr (sub, "label", escaped);
  set_attr (sub, "rank", "same");
  set_attr (sub, "style", "rounded");
  set_attr (sub, "color", "gray70");
  return sub;
}

static void
order_edge (Agraph_t *ag, Agnode_t *from, Agnode_t *to, const char *minlen)
{
  Agedge_t *e = agedge (ag, from, to, (char *) "timeline:order", 1);

  set_attr (e, "style", "invis");
  set_attr (e, "weight", "10");
  set_attr (e, "minlen", minlen);
  set_attr (e, "warta_class", "order");
}

/* A date with more than TIMELINE_COLUMN facts (the corpus has 40 on
 * "2024-10") would be one column taller than the page: its cluster is
 * split into columns ("rank_<cluster>_<i>", rank=same) of at most that
 * many, side by side in date order.  Returns the first node of the last
 * column, where the next date's column is chained. */
static Agnode_t *
split_date_column (Agraph_t *ag, Agraph_t *cluster, GPtrArray *list)
{
  guint n_cols = (list->len + TIMELINE_COLUMN - 1) / TIMELINE_COLUMN;
  guint per_col = (list->len + n_cols - 1) / n_cols;
  Agnode_t *first = NULL;

  set_attr (cluster, "rank", "");
  for (guint c = 0; c * per_col < list->len; c++)
    {
      g_autofree char *name = g_strdup_printf ("rank_%s_%u", agnameof (cluster), c);
      Agraph_t *col = agsubg (cluster, name, 1);
      Agnode_t *head = list->pdata[c * per_col];

      set_attr (col, "rank", "same");
      for (guint j = c * per_col; j < MIN (list->len, (c + 1) * per_col); j++)
        agsubnode (col, list->pdata[j], 1);
      if (first)
        order_edge (ag, first, head, "1");
      first = head;
    }
  return first;
}

static void
cluster_timeline (Builder *b)
{
  g_autoptr (GHashTable) by_date = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) undated = g_ptr_array_new ();
  g_autoptr (GPtrArray) dates = NULL;
  Agnode_t *prev = NULL;

  for (Agnode_t *n = agfstnode (b->ag); n; n = agnxtnode (b->ag, n))
    {
      const char *d = fact_date (&b->m, agnameof (n));
      GPtrArray *list;

      if (d == NULL)
        {
          g_ptr_array_add (undated, n);
          continue;
        }
      list = g_hash_table_lookup (by_date, d);
      if (list == NULL)
        g_hash_table_insert (by_date, (gpointer) d, list = g_ptr_array_new ());
      g_ptr_array_add (list, n);
    }
  dates = g_ptr_array_new ();
  {
    GHashTableIter it;
    gpointer key;

    g_hash_table_iter_init (&it, by_date);
    while (g_hash_table_iter_next (&it, &key, NULL))
      g_ptr_array_add (dates, key);
  }
  g_ptr_array_sort (dates, compare_dates);
  for (guint i = 0; i < dates->len; i++)
    {
      GPtrArray *list = g_hash_table_lookup (by_date, dates->pdata[i]);
      Agraph_t *sub = date_cluster (b->ag, dates->pdata[i], dates->pdata[i]);

      for (guint j = 0; j < list->len; j++)
        agsubnode (sub, list->pdata[j], 1);
      if (prev)
        order_edge (b->ag, prev, list->pdata[0], "1");
      prev = list->len > TIMELINE_COLUMN ? split_date_column (b->ag, sub, list) : list->pdata[0];
    }
  if (undated->len)
    {
      Agraph_t *sub = date_cluster (b->ag, NULL, b->w->undated);

      for (guint j = 0; j < undated->len; j++)
        agsubnode (sub, undated->pdata[j], 1);
      if (prev)
        order_edge (b->ag, prev, undated->pdata[0], "2");
    }
}

/* ---- Legend, title, layout -------------------------------------------- */

static Agraph_t *
legend_cluster (Agraph_t *ag, const char *lang)
{
  Agraph_t *sub = agsubg (ag, (char *) "cluster_legend", 0);

  if (sub)
    return sub;
  sub = agsubg (ag, (char *) "cluster_legend", 1);
  set_attr (sub, "label", words_for (lang)->legend);
  set_attr (sub, "style", "rounded,dashed");
  set_attr (sub, "color", "gray50");
  set_attr (sub, "fontsize", "10");
  return sub;
}

/* Chains legend entries with invisible edges so that layouts without
 * clusters (sfdp, neato) keep them together. */
static void
legend_chain (Agraph_t *ag, Agnode_t *n)
{
  Agnode_t *last = agnode (ag, (char *) "legend:last", 0);
  Agedge_t *e;

  if (last == NULL)
    {
      Agraph_t *sub = agsubg (ag, (char *) "cluster_legend", 0);
      last = agnode (ag, (char *) "legend:last", 1);
      set_attr (last, "style", "invis");
      set_attr (last, "shape", "point");
      set_attr (last, "label", "");
      set_attr (last, "warta_class", "legend");
      agsubnode (sub, last, 1);
    }
  e = agedge (ag, last, n, (char *) "legend:chain", 1);
  set_attr (e, "style", "invis");
  set_attr (e, "constraint", "false");
  set_attr (e, "warta_class", "legend");
}

static Agnode_t *
legend_node (Agraph_t *ag, const char *name, const char *lang)
{
  Agraph_t *sub = legend_cluster (ag, lang);
  Agnode_t *n = agnode (ag, (char *) name, 0);

  if (n)
    return n;
  n = agnode (ag, (char *) name, 1);
  agsubnode (sub, n, 1);
  set_attr (n, "warta_class", "legend");
  set_attr (n, "fontsize", "9");
  legend_chain (ag, n);
  return n;
}

static void
legend_add_class (Agraph_t *ag, DrawClass cls, const char *lang)
{
  g_autofree char *name = g_strconcat ("legend:", class_info[cls].local, NULL);
  g_autofree char *label = make_label (class_name (cls, lang));
  Agnode_t *n = legend_node (ag, name, lang);
  const ClassInfo *ci = &class_info[cls];

  set_attr (n, "label", label);
  set_attr (n, "shape", ci->shape);
  set_attr (n, "style", ci->style);
  set_attr (n, "fillcolor", ci->fill);
  set_attr (n, "penwidth", ci->penwidth);
  if (cls == CLS_DENIAL)
    set_attr (n, "color", "#d7301f");
}

static void
legend_add_edge (Agraph_t *ag, const EdgeStyle *es, const char *lang)
{
  g_autofree char *tname = g_strconcat ("legend:edge:", es->cls, ":tail", NULL);
  g_autofree char *hname = g_strconcat ("legend:edge:", es->cls, ":head", NULL);
  g_autofree char *label = make_label (lang_matches (lang, "id") ? es->name_id : es->name_en);
  Agnode_t *t = legend_node (ag, tname, lang);
  Agnode_t *h = legend_node (ag, hname, lang);
  Agedge_t *e = agedge (ag, t, h, (char *) "legend:sample", 1);

  for (Agnode_t *n = t; n; n = n == t ? h : NULL)
    {
      set_attr (n, "shape", "point");
      set_attr (n, "width", "0.05");
      set_attr (n, "label", "");
    }
  set_attr (e, "label", label);
  set_attr (e, "style", es->style);
  set_attr (e, "color", es->color);
  set_attr (e, "penwidth", es->penwidth);
  set_attr (e, "arrowhead", es->arrowhead);
  set_attr (e, "dir", es->dir);
  set_attr (e, "warta_class", "legend");
}

static void
add_legend (Agraph_t *ag, const char *lang, const char *note)
{
  gboolean used_cls[N_CLS] = { FALSE };
  gboolean used_edge[G_N_ELEMENTS (edge_styles)] = { FALSE };

  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    {
      if (is_legend (n))
        continue;
      used_cls[class_from_local (get_attr (n, "warta_class"))] = TRUE;
      for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
        {
          const EdgeStyle *es = edge_style_for (get_attr (e, "warta_class"));
          if (es)
            used_edge[es - edge_styles] = TRUE;
        }
    }
  for (int c = CLS_STATE; c < N_CLS; c++)
    if (used_cls[c])
      legend_add_class (ag, (DrawClass) c, lang);
  for (gsize i = 0; i < G_N_ELEMENTS (edge_styles); i++)
    if (used_edge[i])
      legend_add_edge (ag, &edge_styles[i], lang);
  if (note)
    {
      Agnode_t *n = legend_node (ag, "legend:note", lang);
      g_autofree char *label = make_label (note);

      set_attr (n, "shape", "plaintext");
      set_attr (n, "label", label);
    }
}

/* Nodes and edges outside the legend. */
static guint
count_edges (Agraph_t *ag)
{
  guint n = 0;

  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      if (!is_legend (v) && strcmp (get_attr (e, "warta_class"), "order") != 0)
        n++;
  return n;
}

static guint
count_nodes (Agraph_t *ag)
{
  guint n = 0;

  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    if (!is_legend (v))
      n++;
  return n;
}

/* Moves edge labels to tooltips. */
static void
drop_edge_labels (Agraph_t *ag)
{
  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      {
        const char *label = get_attr (e, "label");

        if (*label == '\0')
          continue;
        set_attr (e, "tooltip", label);
        set_attr (e, "label", "");
      }
}

static void
widen_range (Builder *b, const char *name, const char **lo, const char **hi)
{
  ClassGroup group = class_info[model_class (&b->m, name)].group;
  const char *d;

  if (group != GROUP_EVENT && group != GROUP_STATEMENT)
    return;
  d = fact_date (&b->m, name);
  if (d == NULL || g_str_has_prefix (d, "--"))
    return;
  if (*lo == NULL || strcmp (d, *lo) < 0)
    *lo = d;
  if (*hi == NULL || strcmp (d, *hi) > 0)
    *hi = d;
}

/* Earliest and latest date of the drawn facts (nodes and edges). */
static void
date_range (Builder *b, const char **lo, const char **hi)
{
  *lo = *hi = NULL;
  for (Agnode_t *v = agfstnode (b->ag); v; v = agnxtnode (b->ag, v))
    {
      widen_range (b, agnameof (v), lo, hi);
      for (Agedge_t *e = agfstout (b->ag, v); e; e = agnxtout (b->ag, e))
        if (agnameof (e))
          widen_range (b, agnameof (e), lo, hi);
    }
}

static void
add_title (Builder *b)
{
  const Words *w = b->w;
  guint n_articles = b->m.of_class[CLS_ARTICLE]->len;
  const char *lo, *hi;
  g_autoptr (GString) sub = g_string_new (NULL);
  GString *label = g_string_new (NULL);
  g_autofree char *text = NULL;

  date_range (b, &lo, &hi);
  g_string_printf (sub, "%s · %s: %u %s", warta_draw_view_name (b->opts->view), w->corpus,
                   n_articles, w->articles);
  if (b->opts->article)
    g_string_append_printf (sub, " · %s %s", w->article, b->opts->article);
  if (lo)
    g_string_append_printf (sub, " · %s%s%s", lo, strcmp (lo, hi) ? " – " : "", strcmp (lo, hi) ? hi : "");
  if (b->opts->focus)
    g_string_append_printf (sub, " · focus: %s (%u)", b->opts->focus, b->opts->depth);
  if (b->opts->title && *b->opts->title)
    {
      append_label_part (label, b->opts->title, TITLE_WRAP, TITLE_MAX);
      g_string_append (label, "\\n");
    }
  append_label_part (label, sub->str, TITLE_WRAP * 2, TITLE_MAX);
  text = g_string_free (label, FALSE);
  set_attr (b->ag, "label", text);
  set_attr (b->ag, "labelloc", "t");
  set_attr (b->ag, "fontsize", "16");
}

/* Defaults declared before any node exists, so that every node gets them. */
static void
declare_defaults (Agraph_t *ag)
{
  agattr (ag, AGRAPH, (char *) "fontname", (char *) FONT);
  agattr (ag, AGNODE, (char *) "fontname", (char *) FONT);
  agattr (ag, AGNODE, (char *) "fontsize", (char *) "11");
  agattr (ag, AGNODE, (char *) "margin", (char *) "0.08,0.04");
  agattr (ag, AGEDGE, (char *) "fontname", (char *) FONT);
  agattr (ag, AGEDGE, (char *) "fontsize", (char *) "9");
}

/* ---- Compact dot layouts: components in bands ---------------------------
 *
 * dot puts every connected component side by side, so a corpus with a
 * big star and a dozen actors nobody deployed comes out as one very long
 * row (and Graphviz 2.42's own "pack" crashes with newrank and loses edge
 * labels).  Instead the components, largest first, are dealt into bands
 * no broader than the largest one, the legend in a band of its own
 * after them (a strip under a TB drawing, not a column as tall as the
 * diagram beside it); invisible edges
 * (weight 0, warta_class "order", key "layout:band") from the sinks of
 * one band to the sources of the next stack the bands along the rank
 * direction.  Breadths are estimates from label lengths. */

#define CHAR_PT 6.2
#define NODE_PAD_PT 30.0
#define BAND_MIN_PT 600.0

typedef struct {
  GPtrArray *nodes;     /* Agnode_t * */
  double breadth;       /* estimated extent across the ranks, in points */
  gboolean legend;
} Component;

static void
component_free (Component *c)
{
  g_ptr_array_unref (c->nodes);
  g_free (c);
}

/* Widest line of a Graphviz label, in characters. */
static guint
label_columns (const char *label)
{
  g_auto (GStrv) lines = g_strsplit (label, "\\n", -1);
  guint best = 0;

  for (guint i = 0; lines[i]; i++)
    best = MAX (best, (guint) g_utf8_strlen (lines[i], -1));
  return best;
}

static gboolean
constrains (Agedge_t *e)
{
  return strcmp (get_attr (e, "constraint"), "false") != 0 && strcmp (get_attr (e, "warta_class"), "order") != 0;
}

static gpointer
uf_find (GHashTable *parent, gpointer n)
{
  gpointer p;

  while ((p = g_hash_table_lookup (parent, n)) != n)
    n = p;
  return n;
}

/* The connected components of @ag, ignoring edge direction. */
static GPtrArray *
find_components (Agraph_t *ag)
{
  g_autoptr (GHashTable) parent = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) by_root = g_hash_table_new (NULL, NULL);
  GPtrArray *comps = g_ptr_array_new_with_free_func ((GDestroyNotify) component_free);

  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    g_hash_table_insert (parent, n, n);
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
      {
        gpointer a = uf_find (parent, agtail (e)), h = uf_find (parent, aghead (e));
        if (a != h)
          g_hash_table_insert (parent, a, h);
      }
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    {
      gpointer root = uf_find (parent, n);
      Component *c = g_hash_table_lookup (by_root, root);

      if (c == NULL)
        {
          c = g_new0 (Component, 1);
          c->nodes = g_ptr_array_new ();
          g_hash_table_insert (by_root, root, c);
          g_ptr_array_add (comps, c);
        }
      g_ptr_array_add (c->nodes, n);
      c->legend = c->legend || is_legend (n);
    }
  return comps;
}

/* Longest path (in ranks) within @c, over constraining edges. */
static guint
component_depth (Agraph_t *ag, Component *c)
{
  g_autoptr (GHashTable) rank = g_hash_table_new (NULL, NULL);
  guint depth = 0;
  gboolean changed = TRUE;

  for (guint round = 0; changed && round < c->nodes->len; round++)
    {
      changed = FALSE;
      for (guint i = 0; i < c->nodes->len; i++)
        for (Agedge_t *e = agfstout (ag, c->nodes->pdata[i]); e; e = agnxtout (ag, e))
          {
            guint r = GPOINTER_TO_UINT (g_hash_table_lookup (rank, agtail (e))) + 1;

            if (constrains (e) && r > GPOINTER_TO_UINT (g_hash_table_lookup (rank, aghead (e))))
              {
                g_hash_table_insert (rank, aghead (e), GUINT_TO_POINTER (r));
                depth = MAX (depth, r);
                changed = TRUE;
              }
          }
    }
  return depth + 1;
}

/* Label widths of the nodes and edge labels, spread over the ranks. */
static void
estimate_breadth (Agraph_t *ag, Component *c, gboolean lr)
{
  double total = 0;

  for (guint i = 0; i < c->nodes->len; i++)
    {
      Agnode_t *n = c->nodes->pdata[i];
      const char *label = get_attr (n, "label");
      guint lines = 1;

      for (const char *p = label; (p = strstr (p, "\\n")); p += 2)
        lines++;
      total += lr ? 14.0 * lines + 16 : label_columns (label) * CHAR_PT + NODE_PAD_PT;
      for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
        if (*get_attr (e, "label"))
          total += label_columns (get_attr (e, "label")) * CHAR_PT * 0.8;
    }
  c->breadth = total / component_depth (ag, c);
}

static int
compare_components (gconstpointer a, gconstpointer b)
{
  const Component *x = *(Component *const *) a, *y = *(Component *const *) b;

  if (x->legend != y->legend)
    return x->legend ? 1 : -1;
  if (x->nodes->len != y->nodes->len)
    return x->nodes->len > y->nodes->len ? -1 : 1;
  return strcmp (agnameof (x->nodes->pdata[0]), agnameof (y->nodes->pdata[0]));
}

static gboolean
has_edge (Agraph_t *ag, Agnode_t *n, gboolean out)
{
  for (Agedge_t *e = out ? agfstout (ag, n) : agfstin (ag, n); e; e = out ? agnxtout (ag, e) : agnxtin (ag, e))
    if (constrains (e))
      return TRUE;
  return FALSE;
}

static void
band_edge (Agraph_t *ag, Agnode_t *from, Agnode_t *to)
{
  Agedge_t *e = agedge (ag, from, to, (char *) "layout:band", 1);

  set_attr (e, "style", "invis");
  set_attr (e, "weight", "0");
  set_attr (e, "warta_class", "order");
}

/* Links every sink of @above to every source of @below. */
static void
link_bands (Agraph_t *ag, GPtrArray *above, GPtrArray *below)
{
  for (guint i = 0; i < above->len; i++)
    {
      Component *a = above->pdata[i];

      for (guint j = 0; j < a->nodes->len; j++)
        {
          if (has_edge (ag, a->nodes->pdata[j], TRUE))
            continue;
          for (guint k = 0; k < below->len; k++)
            {
              Component *c = below->pdata[k];

              for (guint l = 0; l < c->nodes->len; l++)
                if (!has_edge (ag, c->nodes->pdata[l], FALSE))
                  band_edge (ag, a->nodes->pdata[j], c->nodes->pdata[l]);
            }
        }
    }
}

/* Deals the components of @ag into bands (see above); returns the number
 * of bands. */
static guint
arrange_components (Agraph_t *ag, gboolean lr)
{
  g_autoptr (GPtrArray) comps = find_components (ag);
  g_autoptr (GPtrArray) band = g_ptr_array_new ();
  g_autoptr (GPtrArray) prev = NULL;
  double limit, used = 0;
  guint n_bands = 1;

  if (comps->len < 2)
    return comps->len;
  for (guint i = 0; i < comps->len; i++)
    estimate_breadth (ag, comps->pdata[i], lr);
  g_ptr_array_sort (comps, compare_components);
  limit = MAX (((Component *) comps->pdata[0])->breadth, BAND_MIN_PT);
  for (guint i = 0; i < comps->len; i++)
    {
      Component *c = comps->pdata[i];

      if (band->len > 0 && (used + c->breadth > limit || c->legend))
        {
          if (prev)
            link_bands (ag, prev, band);
          g_clear_pointer (&prev, g_ptr_array_unref);
          prev = g_steal_pointer (&band);
          band = g_ptr_array_new ();
          used = 0;
          n_bands++;
        }
      g_ptr_array_add (band, c);
      used += c->breadth;
    }
  if (prev)
    link_bands (ag, prev, band);
  return n_bands;
}

static void
set_layout_attrs (Builder *b, const char *layout)
{
  Agraph_t *ag = b->ag;

  set_attr (ag, "layout", layout);
  set_attr (ag, "outputorder", "edgesfirst");
  if (strcmp (layout, "dot") == 0)
    {
      set_attr (ag, "rankdir", b->opts->view == WARTA_DRAW_VIEW_TIMELINE ? "LR" : "TB");
      set_attr (ag, "nodesep", "0.3");
      set_attr (ag, "ranksep", "0.6");
      set_attr (ag, "newrank", "true");
    }
  else if (strcmp (layout, "neato") == 0)
    {
      /* Measured on the corpus claims view: 1893x1551 px; without the
       * negative overlap scaling 3164x2485 px for the same picture. */
      set_attr (ag, "overlap", "prism");
      set_attr (ag, "overlap_scaling", "-2");
      set_attr (ag, "sep", "+4");
      set_attr (ag, "splines", "true");
      set_attr (ag, "pack", "true");
    }
  else
    {
      set_attr (ag, "overlap", "prism");
      set_attr (ag, "overlap_scaling", "-2");
      set_attr (ag, "splines", "false");
      set_attr (ag, "pack", "true");
    }
}

/* The automatic layout of a view: the claims view is a few speakers
 * around a few much-discussed events (a bipartite hub-and-spoke graph,
 * two ranks only): dot draws it as one row thousands of pixels wide,
 * neato as a compact picture with the contested events in the middle. */
static const char *
view_layout (WartaDrawView view, guint n_nodes)
{
  const char *layout = warta_draw_auto_layout (n_nodes);

  if (view == WARTA_DRAW_VIEW_CLAIMS && strcmp (layout, "dot") == 0)
    return "neato";
  return layout;
}

static void
builder_clear (Builder *b)
{
  model_clear (&b->m);
  g_clear_pointer (&b->touched, g_hash_table_unref);
  g_clear_pointer (&b->edge_groups, g_hash_table_unref);
  g_clear_pointer (&b->edge_details, g_hash_table_unref);
}

static void
build_view (Builder *b)
{
  switch (b->opts->view)
    {
    case WARTA_DRAW_VIEW_ACTORS: build_actors (b); break;
    case WARTA_DRAW_VIEW_CLAIMS: build_claims (b); break;
    case WARTA_DRAW_VIEW_TREATIES: build_treaties (b); break;
    case WARTA_DRAW_VIEW_TIMELINE: build_timeline (b); break;
    default: g_assert_not_reached ();
    }
}

Agraph_t *
warta_draw_build (const WartaGraph *g, const WartaDrawOptions *opts, GError **error)
{
  Builder b = { 0 };
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *note = NULL;
  const char *layout;
  guint n_edges;

  g_return_val_if_fail (g != NULL && opts != NULL, NULL);
  b.opts = opts;
  b.lang = opts->lang ? opts->lang : "en";
  b.w = words_for (b.lang);
  if (!builder_parse_kinds (&b, error))
    return NULL;
  model_init (&b.m, g);
  b.touched = g_hash_table_new (g_str_hash, g_str_equal);
  b.edge_groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.edge_details = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  ag = b.ag = agopen ((char *) "warta", Agdirected, NULL);
  declare_defaults (ag);
  build_view (&b);
  if (opts->focus && !apply_focus (&b, error))
    {
      builder_clear (&b);
      return NULL;
    }
  layout = opts->layout && *opts->layout ? opts->layout : view_layout (opts->view, count_nodes (ag));
  n_edges = count_edges (ag);
  if (n_edges > WARTA_DRAW_EDGE_LABEL_LIMIT)
    {
      drop_edge_labels (ag);
      note = g_strdup_printf ("%s (%u %s, %s %s)", b.w->labels_omitted, n_edges, b.w->edges,
                              b.w->layout, layout);
    }
  if (opts->view == WARTA_DRAW_VIEW_TIMELINE)
    cluster_timeline (&b);
  add_title (&b);
  add_legend (ag, b.lang, note);
  set_layout_attrs (&b, layout);
  if (strcmp (layout, "dot") == 0 && opts->view != WARTA_DRAW_VIEW_TIMELINE)
    {
      g_autofree char *bands = g_strdup_printf ("%u", arrange_components (ag, FALSE));
      set_attr (ag, "warta_bands", bands);
    }
  builder_clear (&b);
  return g_steal_pointer (&ag);
}

/* ---- Rendering ---------------------------------------------------------- */

static GString *gv_messages;

static int
capture_gv_message (char *msg)
{
  if (gv_messages)
    g_string_append (gv_messages, msg);
  return 0;
}

/* One Graphviz context for the process.  Creating one per rendering is
 * not safe with Graphviz 2.42/2.43: the pango plugin caches a pointer to
 * the last font name, which gvFreeContext () frees, and the next context
 * reads it (valgrind: invalid read in textspan_size).  Freed by
 * warta_draw_shutdown (). */
static GVC_t *shared_gvc;

static GVC_t *
draw_gvc (void)
{
  if (shared_gvc == NULL)
    shared_gvc = gvContext ();
  return shared_gvc;
}

void
warta_draw_shutdown (void)
{
  if (shared_gvc)
    gvFreeContext (g_steal_pointer (&shared_gvc));
}

/* Graphviz reports a missing plugin as 'renderer for x is unavailable',
 * 'Format: "x" not recognized' or
 * 'Layout type: "x" not recognized'. */
static void
set_graphviz_error (GError **error, const char *what, const char *name, const char *messages)
{
  if (strstr (messages, "not recognized") != NULL || strstr (messages, "unavailable") != NULL)
    g_set_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND,
                 "Graphviz has no %s '%s' (on Debian the plugins for png and pdf (cairo/pango) and "
                 "for every layout are in the package libgvc6; after installing it run 'dot -c')",
                 what, name);
  else
    g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "Graphviz %s '%s' failed: %s", what, name,
                 *messages ? messages : "no message");
}

/* A NUL-terminated copy of binary data (g_strndup stops at the first NUL). */
static char *
copy_bytes (const char *data, gsize len)
{
  char *out = g_malloc (len + 1);

  memcpy (out, data, len);
  out[len] = '\0';
  return out;
}

static gboolean
write_dot (Agraph_t *ag, char **data, gsize *len, GError **error)
{
  char *buf = NULL;
  size_t size = 0;
  FILE *fp = open_memstream (&buf, &size);

  if (fp == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_IO, "cannot open a memory stream");
      return FALSE;
    }
  if (agwrite (ag, fp) != 0 || fclose (fp) != 0)
    {
      free (buf);
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "writing DOT failed");
      return FALSE;
    }
  *data = copy_bytes (buf, size);
  *len = size;
  free (buf);
  return TRUE;
}

static char *
take_messages (void)
{
  char *s = gv_messages ? g_strstrip (g_string_free (g_steal_pointer (&gv_messages), FALSE)) : g_strdup ("");
  return s;
}

static gboolean
layout_and_render (GVC_t *gvc, Agraph_t *ag, const char *format, const char *layout,
                   char **data, gsize *len, GError **error)
{
  char *out = NULL;
  unsigned int out_len = 0;
  int rc;

  if (gvLayout (gvc, ag, layout) != 0)
    {
      g_autofree char *msg = take_messages ();
      set_graphviz_error (error, "layout engine", layout, msg);
      return FALSE;
    }
  rc = gvRenderData (gvc, ag, format, &out, &out_len);
  gvFreeLayout (gvc, ag);
  if (rc != 0 || out == NULL)
    {
      g_autofree char *msg = take_messages ();
      if (out)
        gvFreeRenderData (out);
      set_graphviz_error (error, "renderer for", format, msg);
      return FALSE;
    }
  *data = copy_bytes (out, out_len);
  *len = out_len;
  gvFreeRenderData (out);
  return TRUE;
}

gboolean
warta_draw_render (Agraph_t *ag, const char *format, const char *layout,
                   char **data, gsize *len, GError **error)
{
  agusererrf old_handler;
  gboolean ok;

  g_return_val_if_fail (ag != NULL && format != NULL && data != NULL && len != NULL, FALSE);
  if (strcmp (format, "dot") == 0 || strcmp (format, "gv") == 0)
    return write_dot (ag, data, len, error);
  if (layout == NULL || *layout == '\0')
    layout = get_attr (ag, "layout");
  if (*layout == '\0')
    layout = "dot";
  gv_messages = g_string_new (NULL);
  old_handler = agseterrf (capture_gv_message);
  ok = layout_and_render (draw_gvc (), ag, format, layout, data, len, error);
  agseterrf (old_handler);
  if (gv_messages && gv_messages->len)
    g_debug ("Graphviz: %s", gv_messages->str);
  if (gv_messages)
    g_string_free (g_steal_pointer (&gv_messages), TRUE);
  return ok;
}

gboolean
warta_draw_file (const WartaGraph *g, const WartaDrawOptions *opts, const char *out_path, GError **error)
{
  const char *format = opts->format ? warta_draw_format_from_name (opts->format)
                                    : warta_draw_format_from_filename (out_path);
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *data = NULL;
  gsize len = 0;

  if (format == NULL && opts->format)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "unknown format '%s' (svg, png, pdf or dot)",
                   opts->format);
      return FALSE;
    }
  if (format == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE,
                   "cannot tell the format from '%s': use --format svg|png|pdf|dot", out_path);
      return FALSE;
    }
  ag = warta_draw_build (g, opts, error);
  if (ag == NULL)
    return FALSE;
  if (!warta_draw_render (ag, format, opts->layout, &data, &len, error))
    return FALSE;
  if (!warta_write_file_atomic (out_path, data, len, error))
    {
      g_prefix_error (error, "%s: ", out_path);
      return FALSE;
    }
  return TRUE;
}

/* ---- Options and names -------------------------------------------------- */

static const char *const view_names[] = { "actors", "claims", "treaties", "timeline" };

void
warta_draw_options_init (WartaDrawOptions *opts)
{
  memset (opts, 0, sizeof *opts);
  opts->view = WARTA_DRAW_VIEW_ACTORS;
  opts->depth = 1;
  opts->kinds = g_ptr_array_new_with_free_func (g_free);
  opts->lang = g_strdup ("en");
}

void
warta_draw_options_clear (WartaDrawOptions *opts)
{
  g_clear_pointer (&opts->focus, g_free);
  g_clear_pointer (&opts->kinds, g_ptr_array_unref);
  g_clear_pointer (&opts->article, g_free);
  g_clear_pointer (&opts->lang, g_free);
  g_clear_pointer (&opts->layout, g_free);
  g_clear_pointer (&opts->format, g_free);
  g_clear_pointer (&opts->title, g_free);
}

gboolean
warta_draw_view_from_name (const char *name, WartaDrawView *out)
{
  for (gsize i = 0; name && i < G_N_ELEMENTS (view_names); i++)
    if (g_ascii_strcasecmp (name, view_names[i]) == 0)
      {
        *out = (WartaDrawView) i;
        return TRUE;
      }
  return FALSE;
}

const char *
warta_draw_view_name (WartaDrawView view)
{
  return (gsize) view < G_N_ELEMENTS (view_names) ? view_names[view] : "?";
}

const char *
warta_draw_format_from_name (const char *name)
{
  static const char *const formats[] = { "svg", "png", "pdf", "dot" };

  if (name == NULL)
    return NULL;
  if (g_ascii_strcasecmp (name, "gv") == 0)
    return "dot";
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i]) == 0)
      return formats[i];
  return NULL;
}

const char *
warta_draw_format_from_filename (const char *path)
{
  const char *dot = path ? strrchr (path, '.') : NULL;

  if (dot == NULL || strchr (dot, '/') != NULL)
    return NULL;
  return warta_draw_format_from_name (dot + 1);
}

const char *
warta_draw_auto_layout (guint n_nodes)
{
  return n_nodes > WARTA_DRAW_SFDP_NODES ? "sfdp" : "dot";
}

/* ---- Change styles (for diff) ------------------------------------------ */

typedef struct {
  const char *color, *style_node, *style_edge, *prefix, *penwidth, *name_en;
} ChangeStyle;

static const ChangeStyle change_styles[] = {
  [WARTA_CHANGE_CONTEXT] = { "gray60", NULL, NULL, NULL, NULL, "unchanged" },
  [WARTA_CHANGE_ADDED] = { "#238b45", "filled,bold", "bold", "+ ", "3", "added" },
  [WARTA_CHANGE_REMOVED] = { "#cb181d", "filled,dashed", "dashed", "− ", "2", "removed" },
  [WARTA_CHANGE_MODIFIED] = { "#e6550d", "filled,bold", "bold", "~ ", "2", "changed" },
};

void
warta_draw_set_change_style (void *obj, WartaChange change)
{
  const ChangeStyle *cs;
  gboolean is_node;
  Agraph_t *root;

  g_return_if_fail (obj != NULL && (guint) change < G_N_ELEMENTS (change_styles));
  cs = &change_styles[change];
  is_node = agobjkind (obj) == AGNODE;
  set_attr (obj, "color", cs->color);
  set_attr (obj, "fontcolor", change == WARTA_CHANGE_CONTEXT ? "gray40" : cs->color);
  if (cs->penwidth)
    set_attr (obj, "penwidth", cs->penwidth);
  if (is_node ? cs->style_node != NULL : cs->style_edge != NULL)
    set_attr (obj, "style", is_node ? cs->style_node : cs->style_edge);
  if (cs->prefix && !g_str_has_prefix (get_attr (obj, "label"), cs->prefix))
    {
      g_autofree char *label = g_strconcat (cs->prefix, get_attr (obj, "label"), NULL);
      if (is_node || *get_attr (obj, "label"))
        set_attr (obj, "label", label);
    }
  set_attr (obj, "warta_change", cs->name_en);
  root = agroot (obj);
  if (change != WARTA_CHANGE_CONTEXT)
    {
      g_autofree char *name = g_strconcat ("legend:change:", cs->name_en, NULL);
      Agnode_t *n = legend_node (root, name, "en");

      set_attr (n, "label", cs->name_en);
      set_attr (n, "shape", "box");
      set_attr (n, "style", cs->style_node);
      set_attr (n, "fillcolor", "white");
      set_attr (n, "color", cs->color);
      set_attr (n, "fontcolor", cs->color);
      set_attr (n, "penwidth", cs->penwidth);
    }
}

Agnode_t *
warta_draw_find_node (Agraph_t *ag, const char *iri)
{
  g_return_val_if_fail (ag != NULL && iri != NULL, NULL);
  return find_node (ag, iri);
}

/* Subjects (all, and typed) and "s p o" triples of a change graph. */
typedef struct {
  GHashTable *subjects, *typed, *triples;
} ChangeIndex;

static void
change_index_init (ChangeIndex *ci, const WartaGraph *g)
{
  g_autoptr (GArray) quads = g ? warta_graph_quads (g) : NULL;

  ci->subjects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ci->typed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ci->triples = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; quads && i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      g_autofree char *s = q->s->kind == WARTA_TERM_BLANK ? g_strconcat ("_:", q->s->value, NULL)
                                                          : g_strdup (q->s->value);

      if (strcmp (q->p->value, RDF_TYPE) == 0)
        g_hash_table_add (ci->typed, g_strdup (s));
      if (q->o->kind != WARTA_TERM_LITERAL)
        g_hash_table_add (ci->triples, g_strjoin ("\x1f", s, q->p->value, q->o->value, NULL));
      g_hash_table_add (ci->subjects, g_steal_pointer (&s));
    }
}

static void
change_index_clear (ChangeIndex *ci)
{
  g_clear_pointer (&ci->subjects, g_hash_table_unref);
  g_clear_pointer (&ci->typed, g_hash_table_unref);
  g_clear_pointer (&ci->triples, g_hash_table_unref);
}

static WartaChange
change_of (ChangeIndex *added, ChangeIndex *removed, const char *key, const char *tail, const char *head)
{
  if (tail && head && !g_hash_table_contains (added->subjects, key)
      && !g_hash_table_contains (removed->subjects, key))
    {
      g_autofree char *triple = g_strjoin ("\x1f", tail, key, head, NULL);

      if (g_hash_table_contains (added->triples, triple))
        return WARTA_CHANGE_ADDED;
      if (g_hash_table_contains (removed->triples, triple))
        return WARTA_CHANGE_REMOVED;
      return WARTA_CHANGE_CONTEXT;
    }
  if (g_hash_table_contains (added->typed, key) && !g_hash_table_contains (removed->typed, key))
    return WARTA_CHANGE_ADDED;
  if (g_hash_table_contains (removed->typed, key) && !g_hash_table_contains (added->typed, key))
    return WARTA_CHANGE_REMOVED;
  if (g_hash_table_contains (added->subjects, key) || g_hash_table_contains (removed->subjects, key))
    return WARTA_CHANGE_MODIFIED;
  return WARTA_CHANGE_CONTEXT;
}

/* An edge drawing several facts ("warta_facts") is ADDED or REMOVED when
 * all of them are, CONTEXT when none changed, else MODIFIED. */
static WartaChange
edge_change (ChangeIndex *added, ChangeIndex *removed, Agedge_t *e)
{
  g_auto (GStrv) facts = g_strsplit (get_attr (e, "warta_facts"), " ", -1);
  WartaChange c = change_of (added, removed, agnameof (e), agnameof (agtail (e)), agnameof (aghead (e)));

  for (guint i = 0; facts[0] && facts[1] && facts[i]; i++)
    if (change_of (added, removed, facts[i], NULL, NULL) != c)
      return WARTA_CHANGE_MODIFIED;
  return c;
}

guint
warta_draw_mark_changes (Agraph_t *ag, const WartaGraph *added, const WartaGraph *removed)
{
  ChangeIndex a, r;
  g_autoptr (GPtrArray) objs = g_ptr_array_new ();
  g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (WartaChange));
  guint marked = 0;

  g_return_val_if_fail (ag != NULL, 0);
  change_index_init (&a, added);
  change_index_init (&r, removed);
  /* Decide first, style after: styling adds legend nodes. */
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    {
      WartaChange c;

      if (is_legend (n))
        continue;
      c = change_of (&a, &r, agnameof (n), NULL, NULL);
      g_ptr_array_add (objs, n);
      g_array_append_val (changes, c);
      for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
        {
          if (strcmp (get_attr (e, "warta_class"), "order") == 0 || agnameof (e) == NULL)
            continue;
          c = edge_change (&a, &r, e);
          g_ptr_array_add (objs, e);
          g_array_append_val (changes, c);
        }
    }
  for (guint i = 0; i < objs->len; i++)
    {
      WartaChange c = g_array_index (changes, WartaChange, i);

      warta_draw_set_change_style (objs->pdata[i], c);
      if (c != WARTA_CHANGE_CONTEXT)
        marked++;
    }
  change_index_clear (&a);
  change_index_clear (&r);
  return marked;
}
