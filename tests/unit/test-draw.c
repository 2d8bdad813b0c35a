/* test-draw.c: `warta draw` — the Agraph built per view and filter, the
 * label escaping (hostile text), rendering to svg/png/pdf/dot, layout
 * choice by size, and the change styles used by diff.
 *
 * Input: tests/data/draw-sample.ttl (found through $WARTA_SRCDIR, else
 * relative to the current directory), plus graphs built in code. */
#define WARTA_CLEANUP_GRAPHVIZ 1
#include "warta-cleanup.h"
#include "warta-draw.h"
#include "warta-error.h"
#include "warta-graph.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#define NS "https://w3id.org/warta/ns#"
#define ID "https://w3id.org/warta/id/"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SKOS_PREF "http://www.w3.org/2004/02/skos/core#prefLabel"
#define PROV_DERIVED "http://www.w3.org/ns/prov#wasDerivedFrom"

/* ---- helpers ---- */

static char *
sample_path (void)
{
  const char *srcdir = g_getenv ("WARTA_SRCDIR");
  const char *candidates[] = { srcdir, ".", "..", "../.." };

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      char *p;
      if (candidates[i] == NULL)
        continue;
      p = g_build_filename (candidates[i], "tests", "data", "draw-sample.ttl", NULL);
      if (g_file_test (p, G_FILE_TEST_EXISTS))
        return p;
      g_free (p);
    }
  return NULL;
}

static WartaGraph *
load_sample (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr (GError) error = NULL;
  WartaGraph *g;

  if (path == NULL)
    g_error ("tests/data/draw-sample.ttl not found (set WARTA_SRCDIR)");
  g = warta_graph_new ();
  if (!warta_graph_parse_file (g, path, NULL, NULL, &error))
    g_error ("%s", error->message);
  return g;
}

static Agraph_t *
build (const WartaGraph *g, WartaDrawOptions *opts)
{
  g_autoptr (GError) error = NULL;
  Agraph_t *ag = warta_draw_build (g, opts, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ag);
  return ag;
}

static gboolean
is_legend_name (const char *name)
{
  return g_str_has_prefix (name, "legend:");
}

static const char *
attr (void *obj, const char *name)
{
  const char *v = agget (obj, (char *) name);
  return v ? v : "";
}

static guint
n_nodes (Agraph_t *ag)
{
  guint n = 0;
  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    if (!is_legend_name (agnameof (v)))
      n++;
  return n;
}

static gboolean
is_drawn_edge (Agedge_t *e)
{
  return !is_legend_name (agnameof (agtail (e))) && strcmp (attr (e, "warta_class"), "order") != 0;
}

static guint
n_edges (Agraph_t *ag)
{
  guint n = 0;
  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      if (is_drawn_edge (e))
        n++;
  return n;
}

/* Does @e draw the fact @key: its key, or one of its "warta_facts" (an
 * actors-view edge drawing several parallel facts)? */
static gboolean
edge_draws (Agedge_t *e, const char *key)
{
  g_auto (GStrv) facts = NULL;

  if (g_strcmp0 (agnameof (e), key) == 0)
    return TRUE;
  facts = g_strsplit (attr (e, "warta_facts"), " ", -1);
  return g_strv_contains ((const char *const *) facts, key);
}

/* The first drawn edge that draws @key (and has head @head when not NULL). */
static Agedge_t *
edge_by_key (Agraph_t *ag, const char *key, const char *head)
{
  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      if (edge_draws (e, key) && (head == NULL || strcmp (agnameof (aghead (e)), head) == 0))
        return e;
  return NULL;
}

static guint
n_edges_of_class (Agraph_t *ag, const char *cls)
{
  guint n = 0;
  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      if (is_drawn_edge (e) && strcmp (attr (e, "warta_class"), cls) == 0)
        n++;
  return n;
}

static Agnode_t *
node (Agraph_t *ag, const char *local)
{
  g_autofree char *iri = g_strconcat (ID, local, NULL);
  return warta_draw_find_node (ag, iri);
}

static void
assert_well_formed_xml (const char *data, gsize len)
{
  GMarkupParser parser = { 0 };
  g_autoptr (GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_markup_parse_context_parse (ctx, data, len, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
}

static char *
render (Agraph_t *ag, const char *format, gsize *len)
{
  g_autoptr (GError) error = NULL;
  char *data = NULL;

  g_assert_true (warta_draw_render (ag, format, NULL, &data, len, &error));
  g_assert_no_error (error);
  g_assert_nonnull (data);
  g_assert_cmpuint (*len, >, 0);
  return data;
}

/* ---- views ---- */

static void
test_actors_view (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  Agedge_t *e;

  warta_draw_options_init (&opts);
  ag = build (g, &opts);
  /* 5 states, 6 organizations, 5 people, 2 destination places
   * (Pyongyang (city) is no destination). */
  g_assert_cmpuint (n_nodes (ag), ==, 18);
  g_assert_null (node (ag, "pyongyang-city"));
  g_assert_cmpstr (attr (node (ag, "north-korea"), "warta_class"), ==, "State");
  g_assert_cmpstr (attr (node (ag, "north-korea"), "label"), ==, "North Korea");
  /* 5 deployments to 3 destinations (dep-3000 has two; dep-3000,
   * dep-10000 and dep-12000 all go North Korea -> Russia and share one
   * edge), 1 arms transfer, 10 affiliations, 2 locatedIn. */
  g_assert_cmpuint (n_edges_of_class (ag, "Deployment"), ==, 3);
  g_assert_cmpuint (n_edges_of_class (ag, "ArmsTransfer"), ==, 1);
  g_assert_cmpuint (n_edges_of_class (ag, "affiliation"), ==, 10);
  g_assert_cmpuint (n_edges_of_class (ag, "locatedIn"), ==, 2);
  g_assert_cmpuint (n_edges (ag), ==, 16);
  e = edge_by_key (ag, ID "dep-1500", NULL);
  g_assert_nonnull (e);
  g_assert_cmpstr (agnameof (agtail (e)), ==, ID "north-korea");
  g_assert_cmpstr (agnameof (aghead (e)), ==, ID "vladivostok");
  g_assert_nonnull (strstr (attr (e, "label"), "deploys 1,500 (special"));
  g_assert_nonnull (strstr (attr (e, "label"), "Russian Navy"));
  g_assert_nonnull (strstr (attr (edge_by_key (ag, ID "dep-12000", NULL), "label"), "12,000"));
  e = edge_by_key (ag, NS "affiliation", ID "kremlin");
  g_assert_nonnull (e);
  g_assert_cmpstr (attr (e, "color"), ==, "gray60");
  /* Legend and title. */
  g_assert_nonnull (agsubg (ag, (char *) "cluster_legend", 0));
  g_assert_nonnull (agnode (ag, (char *) "legend:State", 0));
  g_assert_nonnull (agnode (ag, (char *) "legend:edge:Deployment:tail", 0));
  g_assert_null (agnode (ag, (char *) "legend:Treaty", 0));
  g_assert_nonnull (strstr (attr (ag, "label"), "2 articles"));
  g_assert_nonnull (strstr (attr (ag, "label"), "2024-10 – 2024-10-18"));
  g_assert_cmpstr (attr (ag, "layout"), ==, "dot");
  warta_draw_options_clear (&opts);
}

static void
test_claims_view (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  Agedge_t *e;

  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_CLAIMS;
  ag = build (g, &opts);
  /* 4 deployments, 1 arms transfer, 1 treaty; 8 speakers. */
  g_assert_cmpuint (n_nodes (ag), ==, 14);
  g_assert_cmpuint (n_edges (ag), ==, 9);
  g_assert_cmpstr (attr (node (ag, "dep-10000"), "warta_class"), ==, "Deployment");
  /* Four estimates side by side, each on its own event and edge. */
  g_assert_nonnull (strstr (attr (edge_by_key (ag, ID "st-nis", NULL), "label"), "claims · 1,500"));
  g_assert_nonnull (strstr (attr (edge_by_key (ag, ID "st-media", NULL), "label"), "12,000"));
  g_assert_nonnull (strstr (attr (edge_by_key (ag, ID "st-zel", NULL), "label"), "10,000"));
  g_assert_nonnull (strstr (attr (edge_by_key (ag, ID "st-pentagon", NULL), "label"), "3,000"));
  /* Styles distinguishable in black and white. */
  e = edge_by_key (ag, ID "st-nis", NULL);
  g_assert_cmpstr (attr (e, "style"), ==, "solid");
  e = edge_by_key (ag, ID "st-russia", NULL);
  g_assert_cmpstr (attr (e, "style"), ==, "bold");
  g_assert_cmpstr (attr (e, "color"), ==, "#d7301f");
  g_assert_cmpstr (agnameof (agtail (e)), ==, ID "russia");
  e = edge_by_key (ag, ID "st-rutte", NULL);
  g_assert_cmpstr (attr (e, "style"), ==, "dashed");
  /* A denial of a claim is drawn against the claim's event, naming whom it answers. */
  e = edge_by_key (ag, ID "st-peskov", NULL);
  g_assert_nonnull (e);
  g_assert_cmpstr (agnameof (aghead (e)), ==, ID "dep-1500");
  g_assert_nonnull (strstr (attr (e, "label"), "National"));
  g_assert_nonnull (strstr (attr (e, "label"), "1,500"));
  g_assert_cmpstr (attr (e, "style"), ==, "bold");
  warta_draw_options_clear (&opts);
}

static void
test_treaties_view (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  const char *label;

  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_TREATIES;
  ag = build (g, &opts);
  g_assert_cmpuint (n_nodes (ag), ==, 5);
  g_assert_cmpuint (n_edges_of_class (ag, "party"), ==, 2);
  g_assert_cmpuint (n_edges_of_class (ag, "signatory"), ==, 2);
  g_assert_cmpuint (n_edges_of_class (ag, "affiliation"), ==, 2);
  label = attr (node (ag, "treaty-1"), "label");
  g_assert_nonnull (strstr (label, "Comprehensive"));
  g_assert_nonnull (strstr (label, "2024-06"));
  g_assert_nonnull (strstr (label, "Pyongyang"));
  g_assert_cmpstr (attr (edge_by_key (ag, NS "party", ID "russia"), "dir"), ==, "none");
  warta_draw_options_clear (&opts);
}

static gboolean
in_cluster (Agraph_t *ag, const char *cluster, const char *local)
{
  Agraph_t *sub = agsubg (ag, (char *) cluster, 0);
  g_autofree char *iri = g_strconcat (ID, local, NULL);

  return sub && agnode (sub, iri, 0) != NULL;
}

static void
test_timeline_view (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *svg = NULL;
  gsize len = 0;

  /* An undated deployment with no article. */
  warta_graph_add_iri (g, NULL, ID "dep-undated", RDF_TYPE, NS "Deployment");
  warta_graph_add_iri (g, NULL, ID "dep-undated", NS "agent", ID "russia");
  warta_graph_add_iri (g, NULL, ID "dep-undated", NS "destination", ID "ukraine");
  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_TIMELINE;
  ag = build (g, &opts);
  g_assert_cmpstr (attr (ag, "rankdir"), ==, "LR");
  /* 7 events + 9 statements. */
  g_assert_cmpuint (n_nodes (ag), ==, 16);
  g_assert_cmpstr (attr (agsubg (ag, (char *) "cluster_date_2024-10-08", 0), "rank"), ==, "same");
  g_assert_true (in_cluster (ag, "cluster_date_2024-10-08", "dep-1500"));
  /* A statement without a date takes its event's. */
  g_assert_true (in_cluster (ag, "cluster_date_2024-10-08", "st-nis"));
  g_assert_true (in_cluster (ag, "cluster_date_2024-10-08", "st-peskov"));
  g_assert_true (in_cluster (ag, "cluster_date_2024-10-17", "st-zel"));
  /* An event without a date takes its article's. */
  g_assert_true (in_cluster (ag, "cluster_date_2024-10-18", "dep-12000"));
  g_assert_true (in_cluster (ag, "cluster_date_2024-06", "treaty-1"));
  g_assert_true (in_cluster (ag, "cluster_undated", "dep-undated"));
  g_assert_false (in_cluster (ag, "cluster_undated", "dep-1500"));
  /* Statement -> what it is about, not constraining the time order. */
  g_assert_cmpstr (agnameof (aghead (edge_by_key (ag, ID "st-peskov", NULL))), ==, ID "st-nis");
  g_assert_cmpstr (attr (edge_by_key (ag, ID "st-peskov", NULL), "constraint"), ==, "false");
  svg = render (ag, "svg", &len);
  assert_well_formed_xml (svg, len);
  warta_draw_options_clear (&opts);
}

/* ---- filters ---- */

static void
test_focus (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (GError) error = NULL;

  warta_draw_options_init (&opts);
  opts.focus = g_strdup ("korea UTARA");   /* an @id altLabel, any case */
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    /* North Korea, its destinations, its arms recipient, Kim. */
    g_assert_cmpuint (n_nodes (ag), ==, 5);
    g_assert_nonnull (node (ag, "north-korea"));
    g_assert_nonnull (node (ag, "kursk"));
    g_assert_nonnull (node (ag, "kim"));
    g_assert_null (node (ag, "kremlin"));
    g_assert_null (node (ag, "peskov"));
    g_assert_nonnull (strstr (attr (ag, "label"), "focus: korea UTARA"));
  }
  opts.depth = 2;
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_nonnull (node (ag, "kremlin"));
    g_assert_null (node (ag, "peskov"));
  }
  opts.depth = 0;
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_nodes (ag), ==, 1);
  }
  /* Timeline: no actor nodes, so the facts naming the actor are the seeds. */
  opts.view = WARTA_DRAW_VIEW_TIMELINE;
  opts.depth = 1;
  g_free (opts.focus);
  opts.focus = g_strdup ("Dmitry Peskov");
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_nodes (ag), ==, 1);
    g_assert_nonnull (node (ag, "st-peskov"));
  }
  opts.depth = 2;
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_nodes (ag), ==, 2);
    g_assert_nonnull (node (ag, "st-nis"));
  }
  g_free (opts.focus);
  opts.focus = g_strdup ("Atlantis");
  g_assert_null (warta_draw_build (g, &opts, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Atlantis"));
  warta_draw_options_clear (&opts);
}

static void
test_kind (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (GError) error = NULL;

  warta_draw_options_init (&opts);
  g_ptr_array_add (opts.kinds, g_strdup ("Deployment"));
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_edges_of_class (ag, "ArmsTransfer"), ==, 0);
    g_assert_cmpuint (n_edges_of_class (ag, "Deployment"), ==, 3);   /* 5 facts, 3 pairs */
    /* Only actors a kept fact touches: NK, Russia, Vladivostok, Kursk. */
    g_assert_cmpuint (n_nodes (ag), ==, 4);
    g_assert_null (node (ag, "peskov"));
  }
  opts.view = WARTA_DRAW_VIEW_CLAIMS;
  g_ptr_array_set_size (opts.kinds, 0);
  g_ptr_array_add (opts.kinds, g_strdup ("Denial"));
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_edges (ag), ==, 4);
    g_assert_cmpuint (n_edges_of_class (ag, "Denial"), ==, 4);
    g_assert_null (node (ag, "dep-10000"));   /* nobody denied it */
  }
  g_ptr_array_add (opts.kinds, g_strdup ("deployment"));  /* case-insensitive */
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_edges (ag), ==, 2);   /* Russia's and Peskov's */
    g_assert_nonnull (edge_by_key (ag, ID "st-peskov", NULL));
    g_assert_null (node (ag, "arms-1"));
  }
  g_ptr_array_set_size (opts.kinds, 0);
  g_ptr_array_add (opts.kinds, g_strdup ("Statement"));  /* superclass */
  g_ptr_array_add (opts.kinds, g_strdup ("Person"));
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_edges (ag), ==, 3);   /* Zelensky, Peskov, Rutte */
  }
  g_ptr_array_add (opts.kinds, g_strdup ("Bogus"));
  g_assert_null (warta_draw_build (g, &opts, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_USAGE);
  warta_draw_options_clear (&opts);
}

static void
test_article (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;

  warta_draw_options_init (&opts);
  opts.article = g_strdup ("001");   /* a prefix of 001_faf30385f96a5afe.txt */
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpuint (n_edges_of_class (ag, "Deployment"), ==, 2);
    g_assert_nonnull (edge_by_key (ag, ID "dep-3000", ID "kursk"));
    g_assert_null (edge_by_key (ag, ID "dep-1500", NULL));
    g_assert_cmpuint (n_nodes (ag), ==, 3);
  }
  opts.view = WARTA_DRAW_VIEW_CLAIMS;
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_nonnull (node (ag, "dep-3000"));
    g_assert_nonnull (node (ag, "treaty-1"));
    g_assert_null (node (ag, "dep-1500"));
    g_assert_cmpuint (n_edges (ag), ==, 1);
  }
  g_free (opts.article);
  opts.article = g_strdup ("000_849ee8f691e751fa.txt");
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_null (node (ag, "dep-3000"));
    g_assert_cmpuint (n_edges (ag), ==, 8);
  }
  warta_draw_options_clear (&opts);
}

static void
test_lang (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;

  warta_draw_options_init (&opts);
  g_free (opts.lang);
  opts.lang = g_strdup ("id");
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpstr (attr (node (ag, "north-korea"), "label"), ==, "Korea Utara");
    /* "Rusia"@id, not "Moskow"@id: the alias closest to the English name. */
    g_assert_cmpstr (attr (node (ag, "russia"), "label"), ==, "Rusia");
    g_assert_cmpstr (attr (node (ag, "pentagon"), "label"), ==, "Pentagon");  /* no @id label */
    g_assert_nonnull (strstr (attr (edge_by_key (ag, ID "dep-12000", NULL), "label"), "12.000"));
  }
  opts.view = WARTA_DRAW_VIEW_TREATIES;
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_nonnull (strstr (attr (node (ag, "treaty-1"), "label"), "Kemitraan"));
  }
  warta_draw_options_clear (&opts);
}

/* ---- hostile text, formats ---- */

static const char *const hostile[] = {
  "He said \"no\" and 'yes'",
  "<b>bold</b> & <script>alert(1)</script>",
  "back\\slash \\N \\G \\l \\n end\\",
  "&amp; &#0; &#x41; AT&T; &nbsp; &foo;",
  "قالت وزارة الخارجية الروسية",
  "שלום עולם",
  "emoji 🚀🇰🇵👍🏽 done",
  "tab\there\nnewline\rcr\x01 ctrl",
  "]]> -- <!-- --> <?xml?>",
};

static WartaGraph *
hostile_graph (void)
{
  WartaGraph *g = warta_graph_new ();
  g_autoptr (GString) long_text = g_string_new (NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *iri = g_strdup_printf (ID "hostile-%zu", i);
      warta_graph_add_iri (g, NULL, iri, RDF_TYPE, NS "Person");
      warta_graph_add_literal (g, NULL, iri, SKOS_PREF, hostile[i], NULL, "en");
      warta_graph_add_iri (g, NULL, ID "dep-h", NS "destination", iri);
    }
  while (long_text->len < 10000)
    g_string_append (long_text, "a very long sentence that goes on ");
  warta_graph_add_iri (g, NULL, ID "long", RDF_TYPE, NS "State");
  warta_graph_add_literal (g, NULL, ID "long", SKOS_PREF, long_text->str, NULL, "en");
  warta_graph_add_iri (g, NULL, ID "dep-h", RDF_TYPE, NS "Deployment");
  warta_graph_add_iri (g, NULL, ID "dep-h", NS "agent", ID "long");
  warta_graph_add_literal (g, NULL, ID "dep-h", NS "unit", "\\N & \"quoted\" <unit>", NULL, NULL);
  warta_graph_add_literal (g, NULL, ID "dep-h", NS "troops", "1500", NS "integer", NULL);
  return g;
}

static void
test_hostile_labels (void)
{
  g_autoptr (WartaGraph) g = hostile_graph ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *svg = NULL, *png = NULL, *pdf = NULL, *dot = NULL;
  gsize len = 0;
  const char *label;
  g_auto (GStrv) lines = NULL;

  warta_draw_options_init (&opts);
  opts.title = g_strdup ("Title with \\N & \"quotes\" <tags>");
  ag = build (g, &opts);
  g_assert_cmpuint (n_nodes (ag), ==, G_N_ELEMENTS (hostile) + 1);
  /* Escaped for Graphviz: backslashes doubled, '&' as an entity. */
  label = attr (node (ag, "hostile-2"), "label");
  g_assert_nonnull (strstr (label, "\\\\N"));
  g_assert_null (strstr (label, " \\N"));
  label = attr (node (ag, "hostile-3"), "label");
  g_assert_true (g_str_has_prefix (label, "&amp;amp;"));
  label = attr (node (ag, "hostile-7"), "label");
  g_assert_null (strchr (label, '\t'));
  g_assert_null (strchr (label, '\n'));
  /* The 10,000-character name: cut with "…", wrapped at 24 characters. */
  label = attr (node (ag, "long"), "label");
  g_assert_true (g_str_has_suffix (label, "…"));
  lines = g_strsplit (label, "\\n", -1);
  g_assert_cmpuint (g_strv_length (lines), <=, WARTA_DRAW_MAX_LABEL / 10);
  for (guint i = 0; lines[i]; i++)
    g_assert_cmpint (g_utf8_strlen (lines[i], -1), <=, WARTA_DRAW_WRAP);

  svg = render (ag, "svg", &len);
  assert_well_formed_xml (svg, len);
  /* Each text renders as itself. */
  g_assert_nonnull (strstr (svg, "\\N \\G"));
  g_assert_nonnull (strstr (svg, "&amp;amp; &amp;#0;"));
  g_assert_nonnull (strstr (svg, "AT&amp;T;"));
  g_assert_nonnull (strstr (svg, "&lt;b&gt;bold&lt;/b&gt;"));
  g_assert_nonnull (strstr (svg, "שלום עולם"));
  g_assert_nonnull (strstr (svg, "🚀"));
  g_assert_nonnull (strstr (svg, "deploys 1,500"));
  g_assert_nonnull (strstr (svg, "(\\N &amp;"));
  g_assert_nonnull (strstr (svg, "&quot;quoted&quot; &lt;unit&gt;)"));

  png = render (ag, "png", &len);
  g_assert_cmpint (memcmp (png, "\x89PNG\r\n\x1a\n", 8), ==, 0);
  g_assert_cmpuint (len, >, 1000);
  pdf = render (ag, "pdf", &len);
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  /* DOT: the structure, readable by Graphviz again. */
  dot = render (ag, "dot", &len);
  {
    g_autoptr (Agraph_t) again = agmemread (dot);
    g_assert_nonnull (again);
    g_assert_cmpuint (n_nodes (again), ==, n_nodes (ag));
    g_assert_cmpuint (n_edges (again), ==, n_edges (ag));
    g_assert_cmpstr (attr (node (again, "hostile-2"), "label"), ==, attr (node (ag, "hostile-2"), "label"));
  }
  warta_draw_options_clear (&opts);
}

static void
test_render_errors (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  g_autoptr (GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  warta_draw_options_init (&opts);
  ag = build (g, &opts);
  g_assert_false (warta_draw_render (ag, "nosuchformat", NULL, &data, &len, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "libgvc6"));
  g_clear_error (&error);
  g_assert_false (warta_draw_render (ag, "svg", "nosuchlayout", &data, &len, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* The graph can be rendered again after a failure and with other layouts. */
  g_assert_true (warta_draw_render (ag, "svg", "sfdp", &data, &len, &error));
  g_assert_no_error (error);
  assert_well_formed_xml (data, len);
  g_free (data);
  g_assert_true (warta_draw_render (ag, "svg", "neato", &data, &len, &error));
  g_free (data);
  warta_draw_options_clear (&opts);
}

static void
test_names (void)
{
  WartaDrawView v;

  g_assert_true (warta_draw_view_from_name ("Claims", &v));
  g_assert_cmpint (v, ==, WARTA_DRAW_VIEW_CLAIMS);
  g_assert_false (warta_draw_view_from_name ("bogus", &v));
  g_assert_cmpstr (warta_draw_format_from_filename ("out/x.SVG"), ==, "svg");
  g_assert_cmpstr (warta_draw_format_from_filename ("x.gv"), ==, "dot");
  g_assert_cmpstr (warta_draw_format_from_filename ("x.pdf"), ==, "pdf");
  g_assert_null (warta_draw_format_from_filename ("x.txt"));
  g_assert_null (warta_draw_format_from_filename ("dir.svg/x"));
  g_assert_cmpstr (warta_draw_auto_layout (10), ==, "dot");
  g_assert_cmpstr (warta_draw_auto_layout (WARTA_DRAW_SFDP_NODES + 1), ==, "sfdp");
}

/* A generated actors graph: @n states, each deploying to the next. */
static WartaGraph *
chain_graph (guint n)
{
  WartaGraph *g = warta_graph_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *a = g_strdup_printf (ID "s%u", i);
      g_autofree char *b = g_strdup_printf (ID "s%u", (i + 1) % n);
      g_autofree char *d = g_strdup_printf (ID "d%u", i);
      g_autofree char *name = g_strdup_printf ("State %u", i);

      warta_graph_add_iri (g, NULL, a, RDF_TYPE, NS "State");
      warta_graph_add_literal (g, NULL, a, SKOS_PREF, name, NULL, "en");
      warta_graph_add_iri (g, NULL, d, RDF_TYPE, NS "Deployment");
      warta_graph_add_iri (g, NULL, d, NS "agent", a);
      warta_graph_add_iri (g, NULL, d, NS "destination", b);
      warta_graph_add_literal (g, NULL, d, NS "troops", "100", NS "integer", NULL);
    }
  return g;
}

static void
test_size_rules (void)
{
  WartaDrawOptions opts;

  warta_draw_options_init (&opts);
  {
    g_autoptr (WartaGraph) g = chain_graph (50);
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpstr (attr (ag, "layout"), ==, "dot");
    g_assert_cmpstr (attr (edge_by_key (ag, ID "d3", NULL), "label"), ==, "deploys 100");
    g_assert_null (agnode (ag, (char *) "legend:note", 0));
  }
  {
    g_autoptr (WartaGraph) g = chain_graph (MAX (WARTA_DRAW_SFDP_NODES, WARTA_DRAW_EDGE_LABEL_LIMIT) + 1);
    g_autoptr (Agraph_t) ag = build (g, &opts);
    Agedge_t *e = edge_by_key (ag, ID "d3", NULL);
    g_autofree char *svg = NULL;
    gsize len;

    g_assert_cmpstr (attr (ag, "layout"), ==, "sfdp");
    g_assert_cmpstr (attr (e, "label"), ==, "");
    g_assert_cmpstr (attr (e, "tooltip"), ==, "deploys 100");
    g_assert_nonnull (strstr (attr (agnode (ag, (char *) "legend:note", 0), "label"), "omitted"));
    svg = render (ag, "svg", &len);
    assert_well_formed_xml (svg, len);
  }
  g_free (opts.layout);
  opts.layout = g_strdup ("neato");
  {
    g_autoptr (WartaGraph) g = chain_graph (10);
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpstr (attr (ag, "layout"), ==, "neato");
  }
  warta_draw_options_clear (&opts);
}

static void
test_draw_file (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  g_autofree char *dir = g_dir_make_tmp ("test-draw-XXXXXX", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "claims.svg", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "x.txt", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  WartaDrawOptions opts;
  gsize len;

  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_CLAIMS;
  g_assert_true (warta_draw_file (g, &opts, svg_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &data, &len, NULL));
  assert_well_formed_xml (data, len);
  g_assert_nonnull (strstr (data, "denies"));
  g_assert_false (warta_draw_file (g, &opts, txt_path, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_USAGE);
  g_assert_false (g_file_test (txt_path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  opts.format = g_strdup ("svg");
  g_assert_true (warta_draw_file (g, &opts, txt_path, &error));
  g_assert_no_error (error);
  g_remove (svg_path);
  g_remove (txt_path);
  g_rmdir (dir);
  warta_draw_options_clear (&opts);
}

/* ---- change styles ---- */

static void
test_mark_changes (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  g_autoptr (WartaGraph) added = warta_graph_new ();
  g_autoptr (WartaGraph) removed = warta_graph_new ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *svg = NULL;
  gsize len;
  Agedge_t *e;
  guint marked;

  warta_graph_add_iri (added, NULL, ID "st-peskov", RDF_TYPE, NS "Denial");
  warta_graph_add_iri (added, NULL, ID "st-peskov", NS "speaker", ID "peskov");
  warta_graph_add_iri (removed, NULL, ID "dep-10000", RDF_TYPE, NS "Deployment");
  warta_graph_add_literal (added, NULL, ID "dep-12000", NS "troops", "12000", NS "integer", NULL);
  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_CLAIMS;
  ag = build (g, &opts);
  marked = warta_draw_mark_changes (ag, added, removed);
  g_assert_cmpuint (marked, ==, 3);
  e = edge_by_key (ag, ID "st-peskov", NULL);
  g_assert_cmpstr (attr (e, "warta_change"), ==, "added");
  g_assert_cmpstr (attr (e, "style"), ==, "bold");
  g_assert_true (g_str_has_prefix (attr (e, "label"), "+ "));
  g_assert_cmpstr (attr (node (ag, "dep-10000"), "warta_change"), ==, "removed");
  g_assert_nonnull (strstr (attr (node (ag, "dep-10000"), "style"), "dashed"));
  g_assert_cmpstr (attr (node (ag, "dep-12000"), "warta_change"), ==, "changed");
  g_assert_cmpstr (attr (node (ag, "dep-1500"), "warta_change"), ==, "unchanged");
  g_assert_nonnull (agnode (ag, (char *) "legend:change:added", 0));
  g_assert_nonnull (agnode (ag, (char *) "legend:change:removed", 0));
  svg = render (ag, "svg", &len);
  assert_well_formed_xml (svg, len);
  warta_draw_options_clear (&opts);
}

static void
test_empty_graph (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  WartaDrawOptions opts;

  warta_draw_options_init (&opts);
  for (int v = WARTA_DRAW_VIEW_ACTORS; v <= WARTA_DRAW_VIEW_TIMELINE; v++)
    {
      g_autoptr (Agraph_t) ag = NULL;
      g_autofree char *svg = NULL;
      gsize len;

      opts.view = (WartaDrawView) v;
      ag = build (g, &opts);
      g_assert_cmpuint (n_nodes (ag), ==, 0);
      svg = render (ag, "svg", &len);
      assert_well_formed_xml (svg, len);
    }
  warta_draw_options_clear (&opts);
}

/* ---- compact layouts ---- */

/* North Korea -> Russia three times in the sample: one edge, keyed by the
 * first fact, listing every fact and every figure on its own line. */
static void
test_merged_edges (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  g_auto (GStrv) lines = NULL, facts = NULL;
  Agedge_t *e;

  warta_draw_options_init (&opts);
  ag = build (g, &opts);
  e = edge_by_key (ag, ID "dep-3000", ID "russia");
  g_assert_nonnull (e);
  g_assert_cmpstr (agnameof (e), ==, ID "dep-10000");
  g_assert_true (e == edge_by_key (ag, ID "dep-12000", NULL));
  facts = g_strsplit (attr (e, "warta_facts"), " ", -1);
  g_assert_cmpuint (g_strv_length (facts), ==, 3);
  lines = g_strsplit (attr (e, "label"), "\\n", -1);
  g_assert_cmpstr (lines[0], ==, "deploys");
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[1], "10,000"));
  g_assert_true (g_str_has_prefix (lines[2], "12,000"));
  g_assert_true (g_str_has_prefix (lines[3], "3,000"));
  /* dep-3000's other destination keeps its own single-fact edge. */
  e = edge_by_key (ag, ID "dep-3000", ID "kursk");
  g_assert_cmpstr (agnameof (e), ==, ID "dep-3000");
  g_assert_cmpstr (attr (e, "warta_facts"), ==, ID "dep-3000");
  g_assert_true (g_str_has_prefix (attr (e, "label"), "deploys 3,000"));
  /* A fourth, identical report is counted, not repeated. */
  warta_graph_add_iri (g, NULL, ID "dep-12000b", RDF_TYPE, NS "Deployment");
  warta_graph_add_iri (g, NULL, ID "dep-12000b", NS "agent", ID "north-korea");
  warta_graph_add_iri (g, NULL, ID "dep-12000b", NS "destination", ID "russia");
  warta_graph_add_literal (g, NULL, ID "dep-12000b", NS "troops", "12000", NS "integer", NULL);
  warta_graph_add_iri (g, NULL, ID "dep-12000b", PROV_DERIVED, ID "art000");
  {
    g_autoptr (Agraph_t) again = build (g, &opts);
    const char *label;

    e = edge_by_key (again, ID "dep-12000b", NULL);
    label = attr (e, "label");
    g_assert_nonnull (strstr (label, "(×2)"));
    g_assert_null (strstr (strstr (label, "12,000") + 1, "12,000"));
  }
  warta_draw_options_clear (&opts);
}

/* Change marking looks at every fact of a merged edge. */
static void
test_merged_edge_changes (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  g_autoptr (WartaGraph) added = warta_graph_new ();
  g_autoptr (WartaGraph) removed = warta_graph_new ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;

  warta_graph_add_iri (added, NULL, ID "dep-12000", RDF_TYPE, NS "Deployment");
  warta_graph_add_iri (removed, NULL, ID "dep-1500", RDF_TYPE, NS "Deployment");
  warta_draw_options_init (&opts);
  ag = build (g, &opts);
  warta_draw_mark_changes (ag, added, removed);
  /* One of three facts added: the edge changed. */
  g_assert_cmpstr (attr (edge_by_key (ag, ID "dep-12000", NULL), "warta_change"), ==, "changed");
  /* Its only fact removed: the edge is removed. */
  g_assert_cmpstr (attr (edge_by_key (ag, ID "dep-1500", NULL), "warta_change"), ==, "removed");
  g_assert_cmpstr (attr (edge_by_key (ag, ID "dep-3000", ID "kursk"), "warta_change"), ==, "unchanged");
  warta_draw_options_clear (&opts);
}

/* The width and height (pt) of an SVG rendering. */
static void
svg_size (const char *svg, double *w, double *h)
{
  const char *p = strstr (svg, "<svg width=\"");

  g_assert_nonnull (p);
  *w = g_ascii_strtod (p + strlen ("<svg width=\""), NULL);
  p = strstr (p, "height=\"");
  g_assert_nonnull (p);
  *h = g_ascii_strtod (p + strlen ("height=\""), NULL);
}

/* One agent deploying to 6 places, plus 24 actors nobody deployed: the
 * loose actors go into bands below the star, not into one long row. */
static WartaGraph *
star_graph (void)
{
  WartaGraph *g = warta_graph_new ();

  warta_graph_add_iri (g, NULL, ID "hub", RDF_TYPE, NS "State");
  warta_graph_add_literal (g, NULL, ID "hub", SKOS_PREF, "Hub State", NULL, "en");
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *d = g_strdup_printf (ID "dep%u", i);
      g_autofree char *p = g_strdup_printf (ID "place%u", i);

      warta_graph_add_iri (g, NULL, p, RDF_TYPE, NS "Place");
      warta_graph_add_iri (g, NULL, d, RDF_TYPE, NS "Deployment");
      warta_graph_add_iri (g, NULL, d, NS "agent", ID "hub");
      warta_graph_add_iri (g, NULL, d, NS "destination", p);
      warta_graph_add_literal (g, NULL, d, NS "troops", "1000", NS "integer", NULL);
    }
  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *a = g_strdup_printf (ID "loose%u", i);
      g_autofree char *name = g_strdup_printf ("Loose Organization Number %u", i);

      warta_graph_add_iri (g, NULL, a, RDF_TYPE, NS "Organization");
      warta_graph_add_literal (g, NULL, a, SKOS_PREF, name, NULL, "en");
    }
  return g;
}

static void
test_bands (void)
{
  g_autoptr (WartaGraph) g = star_graph ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  g_autofree char *svg = NULL;
  gsize len;
  double w, h;
  guint n_band_edges = 0;
  Agnode_t *loose;

  warta_draw_options_init (&opts);
  ag = build (g, &opts);
  g_assert_cmpuint (n_nodes (ag), ==, 31);
  g_assert_cmpuint (atoi (attr (ag, "warta_bands")), >=, 3);
  for (Agnode_t *v = agfstnode (ag); v; v = agnxtnode (ag, v))
    for (Agedge_t *e = agfstout (ag, v); e; e = agnxtout (ag, e))
      if (g_strcmp0 (agnameof (e), "layout:band") == 0)
        {
          n_band_edges++;
          g_assert_cmpstr (attr (e, "style"), ==, "invis");
          g_assert_cmpstr (attr (e, "weight"), ==, "0");
          g_assert_cmpstr (attr (e, "warta_class"), ==, "order");
        }
  g_assert_cmpuint (n_band_edges, >, 0);
  /* Not counted as drawn edges. */
  g_assert_cmpuint (n_edges (ag), ==, 6);
  /* Loose actors are stacked: some stand below others. */
  loose = node (ag, "loose23");
  g_assert_nonnull (agfstin (ag, loose) ? agfstin (ag, loose) : agfstin (ag, node (ag, "loose0")));
  svg = render (ag, "svg", &len);
  svg_size (svg, &w, &h);
  /* 25 components side by side would be ~25 times wider than tall. */
  g_assert_cmpfloat (w / h, <, 3.0);
  /* The timeline keeps its date columns: no bands. */
  opts.view = WARTA_DRAW_VIEW_TIMELINE;
  {
    g_autoptr (Agraph_t) tl = build (g, &opts);
    g_assert_cmpstr (attr (tl, "warta_bands"), ==, "");
  }
  warta_draw_options_clear (&opts);
}

static void
test_claims_layout (void)
{
  g_autoptr (WartaGraph) g = load_sample ();
  WartaDrawOptions opts;

  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_CLAIMS;
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_autofree char *svg = NULL;
    gsize len;

    g_assert_cmpstr (attr (ag, "layout"), ==, "neato");
    g_assert_cmpstr (attr (ag, "overlap"), ==, "prism");
    g_assert_cmpstr (attr (ag, "pack"), ==, "true");
    g_assert_cmpstr (attr (ag, "splines"), ==, "true");
    svg = render (ag, "svg", &len);
    assert_well_formed_xml (svg, len);
    g_assert_nonnull (strstr (svg, "denies"));
  }
  opts.layout = g_strdup ("dot");
  {
    g_autoptr (Agraph_t) ag = build (g, &opts);
    g_assert_cmpstr (attr (ag, "layout"), ==, "dot");
    g_assert_cmpstr (attr (ag, "rankdir"), ==, "TB");
  }
  warta_draw_options_clear (&opts);
}

/* 30 claims about one event on one date: the date's column is split into
 * columns of at most 12; dates without a year come after dated ones. */
static void
test_timeline_columns (void)
{
  g_autoptr (WartaGraph) g = warta_graph_new ();
  WartaDrawOptions opts;
  g_autoptr (Agraph_t) ag = NULL;
  Agraph_t *cluster;
  guint n_cols = 0, n_in_cols = 0;
  Agnode_t *yearless;

  warta_graph_add_iri (g, NULL, ID "ev", RDF_TYPE, NS "Deployment");
  warta_graph_add_iri (g, NULL, ID "ev", NS "agent", ID "a");
  warta_graph_add_literal (g, NULL, ID "ev", NS "date", "2024-10", NS "gYearMonth", NULL);
  warta_graph_add_iri (g, NULL, ID "ev-old", RDF_TYPE, NS "Deployment");
  warta_graph_add_literal (g, NULL, ID "ev-old", NS "date", "1973", NS "gYear", NULL);
  warta_graph_add_iri (g, NULL, ID "ev-june", RDF_TYPE, NS "Treaty");
  warta_graph_add_literal (g, NULL, ID "ev-june", NS "signedOn", "--06", NS "gMonth", NULL);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *st = g_strdup_printf (ID "st%u", i);
      warta_graph_add_iri (g, NULL, st, RDF_TYPE, NS "Claim");
      warta_graph_add_iri (g, NULL, st, NS "about", ID "ev");
    }
  warta_draw_options_init (&opts);
  opts.view = WARTA_DRAW_VIEW_TIMELINE;
  ag = build (g, &opts);
  cluster = agsubg (ag, (char *) "cluster_date_2024-10", 0);
  g_assert_nonnull (cluster);
  g_assert_cmpstr (attr (cluster, "rank"), !=, "same");
  for (Agraph_t *sub = agfstsubg (cluster); sub; sub = agnxtsubg (sub))
    {
      g_assert_true (g_str_has_prefix (agnameof (sub), "rank_cluster_date_2024-10_"));
      g_assert_cmpstr (attr (sub, "rank"), ==, "same");
      g_assert_cmpint (agnnodes (sub), <=, 12);
      n_cols++;
      n_in_cols += agnnodes (sub);
    }
  g_assert_cmpuint (n_cols, ==, 3);
  g_assert_cmpuint (n_in_cols, ==, 31);
  /* Small dates stay one column. */
  g_assert_cmpstr (attr (agsubg (ag, (char *) "cluster_date_1973", 0), "rank"), ==, "same");
  /* The chain of date columns ends with the year-less "--06". */
  yearless = node (ag, "ev-june");
  g_assert_nonnull (yearless);
  g_assert_nonnull (agfstin (ag, yearless));
  g_assert_cmpstr (attr (agfstin (ag, yearless), "warta_class"), ==, "order");
  g_assert_null (agfstin (ag, node (ag, "ev-old")));
  warta_draw_options_clear (&opts);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/draw/view/actors", test_actors_view);
  g_test_add_func ("/draw/view/claims", test_claims_view);
  g_test_add_func ("/draw/view/treaties", test_treaties_view);
  g_test_add_func ("/draw/view/timeline", test_timeline_view);
  g_test_add_func ("/draw/filter/focus", test_focus);
  g_test_add_func ("/draw/filter/kind", test_kind);
  g_test_add_func ("/draw/filter/article", test_article);
  g_test_add_func ("/draw/lang", test_lang);
  g_test_add_func ("/draw/hostile-labels", test_hostile_labels);
  g_test_add_func ("/draw/render-errors", test_render_errors);
  g_test_add_func ("/draw/names", test_names);
  g_test_add_func ("/draw/size-rules", test_size_rules);
  g_test_add_func ("/draw/file", test_draw_file);
  g_test_add_func ("/draw/mark-changes", test_mark_changes);
  g_test_add_func ("/draw/empty", test_empty_graph);
  g_test_add_func ("/draw/compact/merged-edges", test_merged_edges);
  g_test_add_func ("/draw/compact/merged-edge-changes", test_merged_edge_changes);
  g_test_add_func ("/draw/compact/bands", test_bands);
  g_test_add_func ("/draw/compact/claims-layout", test_claims_layout);
  g_test_add_func ("/draw/compact/timeline-columns", test_timeline_columns);
  {
    int rc = g_test_run ();
    warta_draw_shutdown ();
    return rc;
  }
}
