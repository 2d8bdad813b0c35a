/* eval.c: scoring a graph against gold facts (warta eval, the extraction
 * tests).
 *
 * What it does: reads a WartaGraph back through the contract into flat
 * facts, parses gold TSV, and counts true and false facts per kind at two
 * levels (exact speakers, speakers as states) the way
 * ../shared/eval/score.py does, so that our own figure and the shared one
 * agree.  What it does not do: extraction, or reading RDF files (graph.c).
 * Called by cmd-eval.c and tests/unit/test-cases.c. */
#include "warta-eval.h"

#include <string.h>

#include "warta-error.h"
#include "warta-facts.h"

static int
cmp_strp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

#define W WARTA_NS
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS_PREF "http://www.w3.org/2004/02/skos/core#prefLabel"
#define SKOS_NS_ALT "http://www.w3.org/2004/02/skos/core#altLabel"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"
#define DCT_IDENT "http://purl.org/dc/terms/identifier"

static const char *const kinds[] = { "D", "P", "N", "U", "T", "TS", "TD", "A", NULL };

const char *const *
warta_eval_kinds (void)
{
  return kinds;
}

static int
kind_index (const char *k)
{
  for (int i = 0; kinds[i]; i++)
    if (strcmp (kinds[i], k) == 0)
      return i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* Gold                                                                */

void
warta_gold_row_free (WartaGoldRow *row)
{
  if (!row)
    return;
  g_free (row->article);
  g_free (row->kind);
  g_strfreev (row->fields);
  g_free (row);
}

GPtrArray *
warta_gold_parse (const char *text, const char *origin, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_gold_row_free);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint ln = 0; lines[ln]; ln++)
    {
      char *line = lines[ln];
      g_strchomp (line);
      if (!*line || line[0] == '#')
        continue;
      g_auto (GStrv) f = g_strsplit (line, "\t", -1);
      if (g_strv_length (f) < 3)
        {
          g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE,
                       "%s:%u: a gold row needs ARTICLE, KIND and at least one field, separated by tabs",
                       origin, ln + 1);
          return NULL;
        }
      WartaGoldRow *row = g_new0 (WartaGoldRow, 1);
      row->article = g_strdup (f[0]);
      const char *k = f[1];
      row->mode = WARTA_GOLD_REQUIRED;
      if (k[0] == '?' || k[0] == '!')
        {
          row->mode = k[0] == '?' ? WARTA_GOLD_OPTIONAL : WARTA_GOLD_TRAP;
          k++;
        }
      row->kind = g_strdup (k);
      row->line = ln + 1;
      row->fields = g_strdupv (f + 2);
      g_ptr_array_add (rows, row);
      if (kind_index (row->kind) < 0)
        {
          g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%s:%u: unknown kind '%s'", origin,
                       ln + 1, row->kind);
          return NULL;
        }
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
warta_gold_load (const char *path, GError **error)
{
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  return warta_gold_parse (text, path, error);
}

/* ------------------------------------------------------------------ */
/* Facts from a graph                                                  */

void
warta_eval_fact_free (WartaEvalFact *f)
{
  if (!f)
    return;
  g_free (f->article);
  g_free (f->kind);
  g_strfreev (f->fields);
  g_free (f);
}

char *
warta_eval_fact_to_string (const WartaEvalFact *f)
{
  g_autofree char *fields = g_strjoinv (" / ", f->fields);
  return g_strdup_printf ("%s %s %s", f->article, f->kind, fields);
}

typedef struct {
  const WartaGraph *g;
  GHashTable *seen;   /* string form -> TRUE */
  GPtrArray *out;
} Reader;

static gboolean
has_type (const WartaGraph *g, const char *node, const char *cls)
{
  return warta_graph_has_object (g, node, RDF_TYPE, cls);
}

static char *
name_of (const WartaGraph *g, const char *node)
{
  g_autoptr (GPtrArray) labels = warta_graph_objects (g, node, SKOS_PREF);
  const char *best = NULL;
  for (guint k = 0; k < labels->len; k++)
    {
      const WartaTerm *t = g_ptr_array_index (labels, k);
      gboolean en = !t->lang || g_ascii_strcasecmp (t->lang, "en") == 0;
      if (en && (!best || strcmp (t->value, best) < 0))
        best = t->value;
    }
  if (!best && labels->len)
    best = ((const WartaTerm *) g_ptr_array_index (labels, 0))->value;
  if (best)
    return g_strdup (best);
  const char *slash = strrchr (node, '/');
  return g_strdup (slash ? slash + 1 : node);
}

static char *
state_name (const WartaGraph *g, const char *node)
{
  const char *cur = node;
  for (int depth = 0; depth < 8; depth++)
    {
      if (has_type (g, cur, W "State"))
        return name_of (g, cur);
      g_autoptr (GPtrArray) up = warta_graph_objects (g, cur, W "affiliation");
      if (up->len == 0)
        return name_of (g, cur);
      cur = ((const WartaTerm *) g_ptr_array_index (up, 0))->value;
    }
  return name_of (g, node);
}

static GPtrArray *
articles_of (const WartaGraph *g, const char *node)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) arts = warta_graph_objects (g, node, PROV_DERIVED);
  for (guint k = 0; k < arts->len; k++)
    {
      g_autoptr (GPtrArray) ids = warta_graph_objects (
          g, ((const WartaTerm *) g_ptr_array_index (arts, k))->value, DCT_IDENT);
      for (guint j = 0; j < ids->len; j++)
        g_ptr_array_add (out, g_strdup (((const WartaTerm *) g_ptr_array_index (ids, j))->value));
    }
  return out;
}

static void
emit (Reader *r, const char *node, const char *kind, const char *f1, const char *f2, const char *f3)
{
  g_autoptr (GPtrArray) arts = articles_of (r->g, node);
  for (guint k = 0; k < arts->len; k++)
    {
      WartaEvalFact *f = g_new0 (WartaEvalFact, 1);
      f->article = g_strdup (g_ptr_array_index (arts, k));
      f->kind = g_strdup (kind);
      const char *fs[] = { f1, f2, f3, NULL };
      guint n = 0;
      while (n < 3 && fs[n])
        n++;
      f->fields = g_new0 (char *, n + 1);
      for (guint j = 0; j < n; j++)
        f->fields[j] = g_strdup (fs[j]);
      g_autofree char *key = warta_eval_fact_to_string (f);
      if (g_hash_table_contains (r->seen, key))
        {
          warta_eval_fact_free (f);
          continue;
        }
      g_hash_table_add (r->seen, g_steal_pointer (&key));
      g_ptr_array_add (r->out, f);
    }
}

/* Events a statement is about, through statements about statements. */
static void
events_of (const WartaGraph *g, const char *st, int depth, GPtrArray *out)
{
  g_autoptr (GPtrArray) about = warta_graph_objects (g, st, W "about");
  for (guint k = 0; k < about->len; k++)
    {
      const char *x = ((const WartaTerm *) g_ptr_array_index (about, k))->value;
      if (has_type (g, x, W "Claim") || has_type (g, x, W "Denial")
          || has_type (g, x, W "NonConfirmation") || has_type (g, x, W "Statement"))
        {
          if (depth < 4)
            events_of (g, x, depth + 1, out);
        }
      else
        g_ptr_array_add (out, (gpointer) x);
    }
}

/* An unnamed official is named after the body it speaks for ("United
 * States official" affiliated to the United States).  Gold names such a
 * speaker by that body, or by its state as the writers' brief asks ("a
 * source in the French intelligence service" is France), so at the exact
 * level the speaker field is "United States official|United States", or
 * "Directorate-General for External Security source|Directorate-General
 * for External Security|France": any name matches. */
static char *
unnamed_official_body (const WartaGraph *g, const char *sp)
{
  g_autoptr (GPtrArray) up = warta_graph_objects (g, sp, W "affiliation");
  if (up->len == 0)
    return NULL;
  const char *body = ((const WartaTerm *) g_ptr_array_index (up, 0))->value;
  g_autofree char *mine = name_of (g, sp);
  g_autofree char *theirs = name_of (g, body);
  size_t n = strlen (theirs);
  if (strncmp (mine, theirs, n) != 0 || mine[n] != ' ' || !g_ascii_islower (mine[n + 1]))
    return NULL;
  return g_steal_pointer (&theirs);
}

static char *
speaker_name (const WartaGraph *g, const char *sp, WartaEvalLevel level)
{
  if (level == WARTA_EVAL_STATE)
    return state_name (g, sp);
  g_autofree char *body = unnamed_official_body (g, sp);
  g_autofree char *own = name_of (g, sp);
  if (!body)
    return g_steal_pointer (&own);
  g_autofree char *state = state_name (g, sp);
  if (strcmp (state, body) == 0)
    return g_strdup_printf ("%s|%s", own, body);
  return g_strdup_printf ("%s|%s|%s", own, body, state);
}

static void
read_claims (Reader *r, WartaEvalLevel level)
{
  g_autoptr (GPtrArray) claims = warta_graph_instances (r->g, W "Claim");
  for (guint k = 0; k < claims->len; k++)
    {
      const char *st = ((const WartaTerm *) g_ptr_array_index (claims, k))->value;
      g_autoptr (GPtrArray) evs = g_ptr_array_new ();
      events_of (r->g, st, 0, evs);
      g_autoptr (GPtrArray) speakers = warta_graph_objects (r->g, st, W "speaker");
      for (guint e = 0; e < evs->len; e++)
        {
          const char *ev = g_ptr_array_index (evs, e);
          if (!has_type (r->g, ev, W "Deployment"))
            continue;
          g_autoptr (GPtrArray) troops = warta_graph_objects (r->g, ev, W "troops");
          g_autoptr (GPtrArray) agents = warta_graph_objects (r->g, ev, W "agent");
          for (guint s = 0; s < speakers->len; s++)
            for (guint a = 0; a < agents->len; a++)
              for (guint t = 0; t < MAX (troops->len, 1); t++)
                {
                  g_autofree char *sn = speaker_name (
                      r->g, ((const WartaTerm *) g_ptr_array_index (speakers, s))->value, level);
                  g_autofree char *an = state_name (
                      r->g, ((const WartaTerm *) g_ptr_array_index (agents, a))->value);
                  const char *n = troops->len
                                      ? ((const WartaTerm *) g_ptr_array_index (troops, t))->value
                                      : "-";
                  emit (r, st, "D", sn, an, n);
                }
        }
    }
}

typedef char *(*NameFn) (const WartaGraph *g, const char *node);

/* One fact of @kind per (agent, @second) pair of every instance of @cls:
 * deployments with their destinations (P), transfers with their recipients
 * (A).  Agents are named by their state; @second by @second_name. */
static void
read_pairs (Reader *r, const char *cls, const char *second, NameFn second_name, const char *kind)
{
  g_autoptr (GPtrArray) xs = warta_graph_instances (r->g, cls);
  for (guint k = 0; k < xs->len; k++)
    {
      const char *x = ((const WartaTerm *) g_ptr_array_index (xs, k))->value;
      g_autoptr (GPtrArray) agents = warta_graph_objects (r->g, x, W "agent");
      g_autoptr (GPtrArray) others = warta_graph_objects (r->g, x, second);
      for (guint a = 0; a < agents->len; a++)
        for (guint b = 0; b < others->len; b++)
          {
            g_autofree char *an = state_name (r->g, ((const WartaTerm *) g_ptr_array_index (agents, a))->value);
            g_autofree char *bn = second_name (r->g, ((const WartaTerm *) g_ptr_array_index (others, b))->value);
            emit (r, x, kind, an, bn, NULL);
          }
    }
}

static const char *
event_class (const WartaGraph *g, const char *ev)
{
  if (has_type (g, ev, W "Deployment"))
    return "Deployment";
  if (has_type (g, ev, W "ArmsTransfer"))
    return "ArmsTransfer";
  if (has_type (g, ev, W "Treaty"))
    return "Treaty";
  return "Other";
}

static void
read_stances (Reader *r, const char *cls, const char *kind, WartaEvalLevel level)
{
  g_autoptr (GPtrArray) sts = warta_graph_instances (r->g, cls);
  for (guint k = 0; k < sts->len; k++)
    {
      const char *st = ((const WartaTerm *) g_ptr_array_index (sts, k))->value;
      g_autoptr (GPtrArray) evs = g_ptr_array_new ();
      events_of (r->g, st, 0, evs);
      g_autoptr (GPtrArray) speakers = warta_graph_objects (r->g, st, W "speaker");
      for (guint e = 0; e < evs->len; e++)
        {
          const char *ev = g_ptr_array_index (evs, e);
          g_autoptr (GPtrArray) agents = warta_graph_objects (r->g, ev, W "agent");
          for (guint s = 0; s < speakers->len; s++)
            for (guint a = 0; a < MAX (agents->len, 1); a++)
              {
                g_autofree char *sn = speaker_name (
                    r->g, ((const WartaTerm *) g_ptr_array_index (speakers, s))->value, level);
                g_autofree char *an = agents->len
                    ? state_name (r->g, ((const WartaTerm *) g_ptr_array_index (agents, a))->value)
                    : g_strdup ("-");
                emit (r, st, kind, sn, event_class (r->g, ev), an);
              }
        }
    }
}

static void
read_treaties (Reader *r)
{
  g_autoptr (GPtrArray) ts = warta_graph_instances (r->g, W "Treaty");
  for (guint k = 0; k < ts->len; k++)
    {
      const char *t = ((const WartaTerm *) g_ptr_array_index (ts, k))->value;
      g_autoptr (GPtrArray) parties = warta_graph_objects (r->g, t, W "party");
      g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      for (guint p = 0; p < parties->len; p++)
        {
          char *n = state_name (r->g, ((const WartaTerm *) g_ptr_array_index (parties, p))->value);
          if (g_ptr_array_find_with_equal_func (names, n, g_str_equal, NULL))
            g_free (n);
          else
            g_ptr_array_add (names, n);
        }
      g_ptr_array_sort (names, cmp_strp);
      for (guint i = 0; i < names->len; i++)
        for (guint j = i + 1; j < names->len; j++)
          emit (r, t, "T", g_ptr_array_index (names, i), g_ptr_array_index (names, j), NULL);
      g_autoptr (GPtrArray) sigs = warta_graph_objects (r->g, t, W "signatory");
      for (guint s = 0; s < sigs->len; s++)
        {
          g_autofree char *n = name_of (r->g, ((const WartaTerm *) g_ptr_array_index (sigs, s))->value);
          emit (r, t, "TS", n, NULL, NULL);
        }
      g_autoptr (GPtrArray) dates = warta_graph_objects (r->g, t, W "signedOn");
      for (guint d = 0; d < dates->len; d++)
        {
          const char *v = ((const WartaTerm *) g_ptr_array_index (dates, d))->value;
          g_autofree char *m = NULL;
          if (g_str_has_prefix (v, "--") && strlen (v) >= 4)
            m = g_strndup (v, 4);
          else if (strlen (v) >= 7 && v[4] == '-')
            m = g_strndup (v, 7);
          if (m)
            emit (r, t, "TD", m, NULL, NULL);
        }
    }
}


static int
fact_cmp (gconstpointer a, gconstpointer b)
{
  g_autofree char *x = warta_eval_fact_to_string (*(WartaEvalFact *const *) a);
  g_autofree char *y = warta_eval_fact_to_string (*(WartaEvalFact *const *) b);
  return strcmp (x, y);
}

GPtrArray *
warta_eval_facts (const WartaGraph *g, WartaEvalLevel level)
{
  Reader r = { g, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
               g_ptr_array_new_with_free_func ((GDestroyNotify) warta_eval_fact_free) };
  read_claims (&r, level);
  read_pairs (&r, W "Deployment", W "destination", name_of, "P");
  read_stances (&r, W "Denial", "N", level);
  read_stances (&r, W "NonConfirmation", "U", level);
  read_treaties (&r);
  read_pairs (&r, W "ArmsTransfer", W "recipient", state_name, "A");
  g_hash_table_unref (r.seen);
  g_ptr_array_sort (r.out, fact_cmp);
  return r.out;
}

/* ------------------------------------------------------------------ */
/* Scoring                                                             */

typedef struct {
  char *article;
  const char *kind;
  GStrv fields;      /* lifted */
  WartaGoldMode mode;
} Slot;

static void
slot_free (Slot *s)
{
  g_free (s->article);
  g_strfreev (s->fields);
  g_free (s);
}

/* Names are lifted to states through the registry, or, for actors the
 * extractor learned from text (a spokesman the registry does not list),
 * through the graph's own warta:affiliation. */
typedef struct {
  const WartaLexicon *lex;
  GHashTable *graph_states; /* prefLabel -> state name, from the graph; may be NULL */
  GHashTable *graph_alts;   /* altLabel -> prefLabel of an actor the graph names so; may be NULL */
  GHashTable *graph_bodies; /* body_key -> prefLabel of a body in the graph; may be NULL */
} Names;

/* The IRIs of the graph's people, bodies and states, and with @places its
 * places too (new strings). */
static GPtrArray *
actor_nodes_of (const WartaGraph *g, gboolean places)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  static const char *const classes[] = { W "Person", W "Organization", W "State", W "Place" };
  for (guint c = 0; c < G_N_ELEMENTS (classes) - (places ? 0 : 1); c++)
    {
      g_autoptr (GPtrArray) xs = warta_graph_instances (g, classes[c]);
      for (guint k = 0; k < xs->len; k++)
        g_ptr_array_add (out, g_strdup (((const WartaTerm *) g_ptr_array_index (xs, k))->value));
    }
  return out;
}

static GPtrArray *
actor_nodes (const WartaGraph *g)
{
  return actor_nodes_of (g, FALSE);
}

/* The graph's own altLabels: a body learned from the text as "Departemen
 * Keamanan Negara Lituania (VSD)" may be named "VSD" in gold, a base
 * learned as "Kamp Lemonnier" "Camp Lemonnier". */
static GHashTable *
graph_alt_names (const WartaGraph *g)
{
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GPtrArray) nodes = actor_nodes_of (g, TRUE);
  for (guint k = 0; k < nodes->len; k++)
    {
      const char *node = g_ptr_array_index (nodes, k);
      g_autoptr (GPtrArray) alts = warta_graph_objects (g, node, SKOS_NS_ALT);
      for (guint a = 0; a < alts->len; a++)
        {
          const char *label = ((const WartaTerm *) g_ptr_array_index (alts, a))->value;
          if (!g_hash_table_contains (out, label))
            g_hash_table_insert (out, g_strdup (label), name_of (g, node));
        }
    }
  return out;
}

/* The state named by words[@k, @k+@n) ("kazakh", "united arab
 * emirates"), or NULL. */
static const WartaActor *
state_named (const WartaLexicon *lex, GPtrArray *words, guint k, guint n)
{
  g_autoptr (GString) span = g_string_new (g_ptr_array_index (words, k));
  for (guint j = 1; j < n; j++)
    g_string_append_printf (span, " %s", (char *) g_ptr_array_index (words, k + j));
  WartaActor *a = lex ? warta_lexicon_actor_by_label (lex, span->str) : NULL;
  return a && a->klass == WARTA_ACTOR_STATE ? a : NULL;
}

/* A state's body has many names: gold may say "Kazakh Foreign Ministry"
 * where the graph says "Kazakhstani Ministry of Foreign Affairs", or "UAE
 * Foreign Ministry" for "UAE foreign ministry".  The key of such a name is
 * its state's IRI and its other words, folded and sorted, with the
 * state's name or adjective found through the registry, function words
 * and "affairs"/"national" left out and "defense" spelled "defence".
 * NULL unless the name holds exactly one state and one other word: a
 * person's name has no key. */
static char *
body_key (const WartaLexicon *lex, const char *name)
{
  static const char *const skip[] = { "of", "the", "and", "for", "affairs", "national", NULL };
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_strdelimit (folded, ",()", ' ');
  g_auto (GStrv) raw = g_strsplit (folded, " ", -1);
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; raw[k]; k++)
    {
      char *w = raw[k];
      if (g_str_has_suffix (w, "'s"))
        w[strlen (w) - 2] = '\0';
      else if (g_str_has_suffix (w, "\u2019s"))
        w[strlen (w) - strlen ("\u2019s")] = '\0';
      if (*w)
        g_ptr_array_add (words, g_strdup (w));
    }
  g_autoptr (GPtrArray) key = g_ptr_array_new_with_free_func (g_free);
  guint states = 0;
  for (guint k = 0; k < words->len;)
    {
      /* the longest state name or adjective starting here */
      const WartaActor *st = NULL;
      guint n = MIN (3, words->len - k);
      while (n > 0 && !(st = state_named (lex, words, k, n)))
        n--;
      if (st)
        {
          g_ptr_array_add (key, g_strconcat ("@", st->iri, NULL));
          states++;
          k += n;
          continue;
        }
      const char *w = g_ptr_array_index (words, k++);
      if (!g_strv_contains (skip, w))
        g_ptr_array_add (key, g_strdup (strcmp (w, "defense") == 0 ? "defence" : w));
    }
  if (states != 1 || key->len < 2)
    return NULL;
  g_ptr_array_sort (key, cmp_strp);
  g_ptr_array_add (key, NULL);
  return g_strjoinv (" ", (char **) key->pdata);
}

/* body_key -> prefLabel for every body in the graph, by each of its
 * labels; a key two bodies share names neither. */
static GHashTable *
graph_body_names (const WartaGraph *g, const WartaLexicon *lex)
{
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GPtrArray) nodes = warta_graph_instances (g, W "Organization");
  for (guint k = 0; k < nodes->len; k++)
    {
      const char *node = ((const WartaTerm *) g_ptr_array_index (nodes, k))->value;
      g_autoptr (GPtrArray) labels = warta_graph_objects (g, node, SKOS_PREF);
      g_autoptr (GPtrArray) alts = warta_graph_objects (g, node, SKOS_NS_ALT);
      g_ptr_array_extend (labels, alts, NULL, NULL);
      for (guint l = 0; l < labels->len; l++)
        {
          char *key = body_key (lex, ((const WartaTerm *) g_ptr_array_index (labels, l))->value);
          if (!key)
            continue;
          char *name = name_of (g, node);
          const char *had = g_hash_table_lookup (out, key);
          if (had && strcmp (had, name) != 0)
            {
              g_hash_table_replace (out, key, g_strdup (""));
              g_free (name);
            }
          else
            g_hash_table_replace (out, key, name);
        }
    }
  return out;
}

/* @name as the graph names it: the prefLabel of the actor whose altLabel
 * it is, or of the body whose name has the same body_key, else itself
 * (not owned). */
static const char *
graph_name (const Names *nm, const char *name)
{
  const char *alt = nm->graph_alts ? g_hash_table_lookup (nm->graph_alts, name) : NULL;
  if (alt)
    return alt;
  g_autofree char *key = nm->graph_bodies ? body_key (nm->lex, name) : NULL;
  const char *body = key ? g_hash_table_lookup (nm->graph_bodies, key) : NULL;
  return body && *body ? body : name;
}

static GHashTable *
graph_state_names (const WartaGraph *g)
{
  GHashTable *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GPtrArray) nodes = actor_nodes (g);
  for (guint k = 0; k < nodes->len; k++)
    {
      const char *node = g_ptr_array_index (nodes, k);
      char *name = name_of (g, node);
      if (g_hash_table_contains (out, name))
        g_free (name);
      else
        g_hash_table_insert (out, name, state_name (g, node));
    }
  return out;
}

static char *
lift_name (const Names *nm, const char *name)
{
  const WartaLexicon *lex = nm->lex;
  if (strcmp (name, "-") == 0)
    return g_strdup (name);
  WartaActor *a = lex ? warta_lexicon_actor_by_label (lex, name) : NULL;
  if (!a)
    {
      name = graph_name (nm, name);
      const char *st = nm->graph_states ? g_hash_table_lookup (nm->graph_states, name) : NULL;
      return g_strdup (st ? st : name);
    }
  WartaActor *st = warta_lexicon_actor_state (lex, a);
  return g_strdup ((st ? st : a)->pref_label);
}

static char *
canonical (const Names *nm, const char *name)
{
  WartaActor *a = nm->lex ? warta_lexicon_actor_by_label (nm->lex, name) : NULL;
  return g_strdup (a ? a->pref_label : graph_name (nm, name));
}

/* A destination's name: a place of the registry called so wins over the
 * state that also answers to it ("Port Vila", "Mogadishu" stand for their
 * governments too). */
static char *
canonical_place (const Names *nm, const char *name)
{
  g_autofree char *iri = nm->lex ? warta_mint_actor_iri (name) : NULL;
  const WartaActor *p = iri ? warta_lexicon_actor (nm->lex, iri) : NULL;
  if (p && p->klass == WARTA_ACTOR_PLACE)
    return g_strdup (p->pref_label);
  return canonical (nm, name);
}

typedef enum { NAME_AS_IS, NAME_STATE, NAME_PLACE } NameLift;

static char *
lift_alts (const Names *nm, const char *field, NameLift how)
{
  g_auto (GStrv) alts = g_strsplit (field, "|", -1);
  g_autoptr (GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; alts[k]; k++)
    {
      char *v = how == NAME_STATE   ? lift_name (nm, alts[k])
                : how == NAME_PLACE ? canonical_place (nm, alts[k])
                                    : canonical (nm, alts[k]);
      if (g_ptr_array_find_with_equal_func (out, v, g_str_equal, NULL))
        g_free (v);
      else
        g_ptr_array_add (out, v);
    }
  g_ptr_array_sort (out, cmp_strp);
  g_ptr_array_add (out, NULL);
  return g_strjoinv ("|", (char **) out->pdata);
}

static gboolean
is_speaker_kind (const char *k)
{
  return !strcmp (k, "D") || !strcmp (k, "N") || !strcmp (k, "U");
}

static Slot *
lift_row (const WartaGoldRow *row, const Names *nm, WartaEvalLevel level)
{
  Slot *s = g_new0 (Slot, 1);
  s->article = g_strdup (row->article);
  s->kind = row->kind;
  s->mode = row->mode;
  guint n = g_strv_length (row->fields);
  s->fields = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *f = row->fields[i];
      gboolean speaker = i == 0 && is_speaker_kind (row->kind);
      gboolean dest = !strcmp (row->kind, "P") && i == 1;
      gboolean literal = !strcmp (row->kind, "TD") || (!strcmp (row->kind, "D") && i == 2)
                         || ((!strcmp (row->kind, "N") || !strcmp (row->kind, "U")) && i == 1);
      if (literal)
        s->fields[i] = g_strdup (f);
      else if (speaker)
        s->fields[i] = lift_alts (nm, f, level == WARTA_EVAL_STATE ? NAME_STATE : NAME_AS_IS);
      else if (dest)
        s->fields[i] = lift_alts (nm, f, NAME_PLACE);
      else if (!strcmp (row->kind, "TS"))
        s->fields[i] = lift_alts (nm, f, NAME_AS_IS);
      else
        s->fields[i] = lift_alts (nm, f, NAME_STATE);
    }
  return s;
}

static gboolean
field_matches (const char *kind, const char *gold, const char *out)
{
  if (strchr (out, '|'))
    {
      /* an output field with alternatives (an unnamed official) */
      g_auto (GStrv) outs = g_strsplit (out, "|", -1);
      for (guint k = 0; outs[k]; k++)
        if (field_matches (kind, gold, outs[k]))
          return TRUE;
      return FALSE;
    }
  g_auto (GStrv) alts = g_strsplit (gold, "|", -1);
  for (guint k = 0; alts[k]; k++)
    {
      if (strcmp (alts[k], out) == 0)
        return TRUE;
      if (!strcmp (kind, "TD") && g_str_has_prefix (out, "--"))
        {
          if (strlen (alts[k]) >= 7 && strcmp (alts[k] + 4, out + 1) == 0)
            return TRUE;
          continue;
        }
      if (strcmp (alts[k], out) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
slot_matches (const Slot *s, const char *article, const WartaEvalFact *f)
{
  if (strcmp (s->article, article) != 0 || strcmp (s->kind, f->kind) != 0)
    return FALSE;
  if (g_strv_length (s->fields) != g_strv_length (f->fields))
    return FALSE;
  /* a treaty's two parties are a pair, in either order */
  if (!strcmp (s->kind, "T") && g_strv_length (s->fields) == 2
      && field_matches (s->kind, s->fields[0], f->fields[1]) && field_matches (s->kind, s->fields[1], f->fields[0]))
    return TRUE;
  for (guint i = 0; s->fields[i]; i++)
    if (!field_matches (s->kind, s->fields[i], f->fields[i]))
      return FALSE;
  return TRUE;
}

/* The gold article a fact's identifier belongs to (longest prefix). */
static const char *
article_of (GPtrArray *prefixes, const char *ident)
{
  for (guint k = 0; k < prefixes->len; k++)
    if (g_str_has_prefix (ident, g_ptr_array_index (prefixes, k)))
      return g_ptr_array_index (prefixes, k);
  return NULL;
}

static int
by_len_desc (gconstpointer a, gconstpointer b)
{
  return (int) strlen (*(char *const *) b) - (int) strlen (*(char *const *) a);
}

static char *
slot_to_string (const Slot *s)
{
  g_autofree char *f = g_strjoinv (" / ", s->fields);
  return g_strdup_printf ("%s %s %s", s->article, s->kind, f);
}

/* Drop an uncounted claim where the same speaker and agent also have a count. */
static gboolean
subsumed (GPtrArray *facts, GPtrArray *arts, guint k)
{
  WartaEvalFact *f = g_ptr_array_index (facts, k);
  if (strcmp (f->kind, "D") || strcmp (f->fields[2], "-"))
    return FALSE;
  for (guint j = 0; j < facts->len; j++)
    {
      WartaEvalFact *o = g_ptr_array_index (facts, j);
      if (!strcmp (o->kind, "D") && strcmp (o->fields[2], "-")
          && g_strcmp0 (g_ptr_array_index (arts, j), g_ptr_array_index (arts, k)) == 0
          && !strcmp (o->fields[0], f->fields[0]) && !strcmp (o->fields[1], f->fields[1]))
        return TRUE;
    }
  return FALSE;
}

void
warta_eval_score (GPtrArray *gold, GPtrArray *facts, const WartaLexicon *lex,
                  const WartaGraph *g, WartaEvalLevel level, WartaEvalResult *out)
{
  Names nm = { lex, g ? graph_state_names (g) : NULL, g ? graph_alt_names (g) : NULL,
               g ? graph_body_names (g, lex) : NULL };
  memset (out, 0, sizeof *out);
  out->missed = g_ptr_array_new_with_free_func (g_free);
  out->wrong = g_ptr_array_new_with_free_func (g_free);
  out->traps = g_ptr_array_new_with_free_func (g_free);

  g_autoptr (GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) slot_free);
  g_autoptr (GPtrArray) prefixes = g_ptr_array_new ();
  for (guint k = 0; k < gold->len; k++)
    {
      WartaGoldRow *row = g_ptr_array_index (gold, k);
      g_ptr_array_add (slots, lift_row (row, &nm, level));
      if (!g_ptr_array_find_with_equal_func (prefixes, row->article, g_str_equal, NULL))
        g_ptr_array_add (prefixes, row->article);
    }
  g_ptr_array_sort (prefixes, by_len_desc);

  /* a trap that coincides with a true fact once lifted says nothing */
  for (guint k = slots->len; k-- > 0;)
    {
      Slot *s = g_ptr_array_index (slots, k);
      if (s->mode != WARTA_GOLD_TRAP)
        continue;
      g_autofree char *key = slot_to_string (s);
      for (guint j = 0; j < slots->len; j++)
        {
          Slot *o = g_ptr_array_index (slots, j);
          g_autofree char *ok = slot_to_string (o);
          if (o->mode != WARTA_GOLD_TRAP && strcmp (key, ok) == 0)
            {
              g_ptr_array_remove_index (slots, k);
              break;
            }
        }
    }
  /* gold claims with a count subsume uncounted ones of the same source */
  for (guint k = slots->len; k-- > 0;)
    {
      Slot *s = g_ptr_array_index (slots, k);
      if (strcmp (s->kind, "D") || strcmp (s->fields[2], "-"))
        continue;
      for (guint j = 0; j < slots->len; j++)
        {
          Slot *o = g_ptr_array_index (slots, j);
          if (o != s && !strcmp (o->kind, "D") && strcmp (o->fields[2], "-")
              && o->mode == WARTA_GOLD_REQUIRED && !strcmp (o->article, s->article)
              && !strcmp (o->fields[0], s->fields[0]) && !strcmp (o->fields[1], s->fields[1]))
            {
              g_ptr_array_remove_index (slots, k);
              break;
            }
        }
    }

  g_autoptr (GPtrArray) arts = g_ptr_array_new ();
  for (guint k = 0; k < facts->len; k++)
    g_ptr_array_add (arts, (gpointer) article_of (prefixes, ((WartaEvalFact *) g_ptr_array_index (facts, k))->article));

  for (guint k = 0; k < slots->len; k++)
    {
      Slot *s = g_ptr_array_index (slots, k);
      if (s->mode != WARTA_GOLD_REQUIRED)
        continue;
      int ki = kind_index (s->kind);
      gboolean hit = FALSE;
      for (guint j = 0; j < facts->len && !hit; j++)
        if (g_ptr_array_index (arts, j) && !subsumed (facts, arts, j))
          hit = slot_matches (s, g_ptr_array_index (arts, j), g_ptr_array_index (facts, j));
      if (hit)
        out->by_kind[ki].tp++;
      else
        {
          out->by_kind[ki].fn++;
          g_ptr_array_add (out->missed, slot_to_string (s));
        }
    }
  for (guint j = 0; j < facts->len; j++)
    {
      const char *art = g_ptr_array_index (arts, j);
      WartaEvalFact *f = g_ptr_array_index (facts, j);
      int ki = kind_index (f->kind);
      if (!art || ki < 0 || subsumed (facts, arts, j))
        continue;
      gboolean allowed = FALSE, trap = FALSE;
      for (guint k = 0; k < slots->len; k++)
        {
          Slot *s = g_ptr_array_index (slots, k);
          if (!slot_matches (s, art, f))
            continue;
          if (s->mode == WARTA_GOLD_TRAP)
            trap = TRUE;
          else
            allowed = TRUE;
        }
      g_autofree char *fs = warta_eval_fact_to_string (f);
      /* a fact that a true row allows hits no trap: at the state level a
       * trap for one body of a state and a true row for another may lift
       * to the same fact, and the true row wins */
      if (trap && !allowed)
        g_ptr_array_add (out->traps, g_strdup (fs));
      if (!allowed)
        {
          out->by_kind[ki].fp++;
          g_ptr_array_add (out->wrong, g_steal_pointer (&fs));
        }
    }
  for (int k = 0; kinds[k]; k++)
    {
      out->all.tp += out->by_kind[k].tp;
      out->all.fp += out->by_kind[k].fp;
      out->all.fn += out->by_kind[k].fn;
    }
  g_clear_pointer (&nm.graph_states, g_hash_table_unref);
  g_clear_pointer (&nm.graph_alts, g_hash_table_unref);
  g_clear_pointer (&nm.graph_bodies, g_hash_table_unref);
}

void
warta_eval_result_clear (WartaEvalResult *r)
{
  g_clear_pointer (&r->missed, g_ptr_array_unref);
  g_clear_pointer (&r->wrong, g_ptr_array_unref);
  g_clear_pointer (&r->traps, g_ptr_array_unref);
}

static void
prf (const WartaEvalCounts *c, double *p, double *r, double *f)
{
  *p = c->tp + c->fp ? (double) c->tp / (c->tp + c->fp) : 0.0;
  *r = c->tp + c->fn ? (double) c->tp / (c->tp + c->fn) : 0.0;
  *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

double
warta_eval_f1 (const WartaEvalCounts *c)
{
  double p, r, f;
  prf (c, &p, &r, &f);
  return f;
}

static void
format_level (GString *out, const char *name, const WartaEvalResult *res, gboolean verbose)
{
  double p, r, f;
  g_string_append_printf (out, "== %s level\n%-4s %5s %5s %5s %6s %6s %6s\n", name, "kind", "tp",
                          "fp", "fn", "P", "R", "F1");
  for (int k = 0; kinds[k]; k++)
    {
      prf (&res->by_kind[k], &p, &r, &f);
      g_string_append_printf (out, "%-4s %5u %5u %5u %6.2f %6.2f %6.2f\n", kinds[k],
                              res->by_kind[k].tp, res->by_kind[k].fp, res->by_kind[k].fn, p, r, f);
    }
  prf (&res->all, &p, &r, &f);
  g_string_append_printf (out, "%-4s %5u %5u %5u %6.2f %6.2f %6.2f\ntraps hit: %u\n", "all",
                          res->all.tp, res->all.fp, res->all.fn, p, r, f, res->traps->len);
  if (!verbose)
    return;
  for (guint k = 0; k < res->missed->len; k++)
    g_string_append_printf (out, "  missed: %s\n", (char *) g_ptr_array_index (res->missed, k));
  for (guint k = 0; k < res->wrong->len; k++)
    g_string_append_printf (out, "  wrong:  %s\n", (char *) g_ptr_array_index (res->wrong, k));
  for (guint k = 0; k < res->traps->len; k++)
    g_string_append_printf (out, "  trap:   %s\n", (char *) g_ptr_array_index (res->traps, k));
}

char *
warta_eval_format (const WartaEvalResult *exact, const WartaEvalResult *state, gboolean verbose)
{
  GString *out = g_string_new (NULL);
  format_level (out, "exact", exact, verbose);
  format_level (out, "state", state, verbose);
  g_string_append_printf (out, "F1 exact=%.3f state=%.3f\n", warta_eval_f1 (&exact->all),
                          warta_eval_f1 (&state->all));
  return g_string_free (out, FALSE);
}
