/* build.c: the main job — reading a corpus, extracting every article and
 * emitting one contract graph.
 *
 * What it does: wires reader -> manifest -> extractor -> fact set -> emit,
 * and counts what happened for the summary.  What it does not do: any
 * extraction or RDF itself, writing files (the commands do that through
 * writer.c and draw.c).  Called by cmd-extract.c, cmd-build.c, the eval,
 * query and diff commands when they are handed a corpus, and the tests. */
#include "warta-build.h"

#include <string.h>

#include "warta-emit.h"
#include "warta-error.h"
#include "warta-extract.h"
#include "warta-manifest.h"
#include "warta-reader.h"

void
warta_build_report_init (WartaBuildReport *r)
{
  memset (r, 0, sizeof *r);
  r->errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  r->warnings = g_ptr_array_new_with_free_func (g_free);
}

void
warta_build_report_clear (WartaBuildReport *r)
{
  g_clear_pointer (&r->errors, g_ptr_array_unref);
  g_clear_pointer (&r->warnings, g_ptr_array_unref);
  g_clear_pointer (&r->date_min, g_free);
  g_clear_pointer (&r->date_max, g_free);
}

char *
warta_build_report_format (const WartaBuildReport *r)
{
  GString *out = g_string_new (NULL);
  g_string_append_printf (out, "articles read:     %u\n", r->n_articles);
  if (r->n_unreadable)
    g_string_append_printf (out, "articles skipped:  %u (see errors above)\n", r->n_unreadable);
  if (r->date_min)
    g_string_append_printf (out, "published:         %s .. %s\n", r->date_min, r->date_max);
  g_string_append (out, "facts:\n");
  for (guint k = 0; k < WARTA_FACT_N_KINDS; k++)
    g_string_append_printf (out, "  %-16s %u\n", warta_fact_kind_name (k), r->by_kind[k]);
  g_string_append_printf (out, "actors learned:    %u\n", r->n_learned_actors);
  g_string_append_printf (out, "triples:           %u\n", r->n_triples);
  g_string_append_printf (out, "warnings:          %u\n", r->warnings ? r->warnings->len : 0);
  return g_string_free (out, FALSE);
}

/* Manifests of the directories among @paths, merged (first wins). */
static GHashTable *
load_manifests (const char *const *paths, WartaBuildReport *report)
{
  GHashTable *all = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) warta_article_meta_free);
  for (guint i = 0; paths[i]; i++)
    {
      if (!g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        continue;
      g_autofree char *mpath = g_build_filename (paths[i], "MANIFEST.tsv", NULL);
      g_autoptr (GError) err = NULL;
      g_autoptr (GHashTable) one = warta_manifest_load (mpath, &err);
      if (!one)
        {
          g_ptr_array_add (report->warnings, g_strdup (err->message));
          continue;
        }
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, one);
      while (g_hash_table_iter_next (&it, &k, &v))
        if (!g_hash_table_contains (all, k))
          {
            g_hash_table_insert (all, g_strdup (k), v);
            g_hash_table_iter_steal (&it);
          }
    }
  return all;
}

static WartaArticleMeta *
meta_for (GHashTable *manifest, const WartaDocument *doc)
{
  WartaArticleMeta *meta = warta_article_meta_guess (doc);
  WartaArticleMeta *listed = g_hash_table_lookup (manifest, doc->id);
  if (listed)
    {
      /* the manifest wins where both speak */
      WartaArticleMeta *m = warta_article_meta_new (doc->id);
      warta_article_meta_merge (m, listed);
      warta_article_meta_merge (m, meta);
      warta_article_meta_free (meta);
      meta = m;
    }
  return meta;
}

static void
note_date_range (WartaBuildReport *r, const WartaArticleMeta *m)
{
  const char *dt;
  g_autofree char *d = warta_date_to_xsd (&m->date, &dt);
  if (!d)
    return;
  if (!r->date_min || strcmp (d, r->date_min) < 0)
    g_free (r->date_min), r->date_min = g_strdup (d);
  if (!r->date_max || strcmp (d, r->date_max) > 0)
    g_free (r->date_max), r->date_max = g_strdup (d);
}

static void
count_facts (WartaBuildReport *r, const WartaFactSet *facts, const WartaLexicon *lex)
{
  for (guint k = 0; k < facts->facts->len; k++)
    r->by_kind[((WartaFact *) g_ptr_array_index (facts->facts, k))->kind]++;
  GPtrArray *actors = warta_lexicon_actors (lex);
  for (guint k = 0; k < actors->len; k++)
    if (((WartaActor *) g_ptr_array_index (actors, k))->learned)
      r->n_learned_actors++;
}

WartaGraph *
warta_build_graph (const char *const *paths, const char *ontology_dir, WartaBuildReport *report,
                   GError **error)
{
  g_return_val_if_fail (paths != NULL && report != NULL, NULL);
  g_autoptr (WartaLexicon) lex = warta_lexicon_load_dir (
      ontology_dir ? ontology_dir : warta_lexicon_default_dir (), error);
  if (!lex)
    {
      g_prefix_error (error, "loading the ontology: ");
      return NULL;
    }
  g_autoptr (WartaBoilerplate) bp = warta_lexicon_boilerplate (lex);
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_document_free);
  g_autoptr (GPtrArray) errors = g_ptr_array_new ();
  warta_read_paths (paths, bp, docs, errors);
  for (guint k = 0; k < errors->len; k++)
    g_ptr_array_add (report->errors, g_ptr_array_index (errors, k));
  report->n_unreadable = errors->len;

  g_autoptr (GHashTable) manifest = load_manifests (paths, report);
  g_autoptr (GPtrArray) metas = g_ptr_array_new_with_free_func ((GDestroyNotify) warta_article_meta_free);
  g_autoptr (WartaFactSet) facts = warta_fact_set_new ();
  g_autoptr (WartaExtractor) ex = warta_extractor_new (lex);
  for (guint k = 0; k < docs->len; k++)
    {
      WartaDocument *doc = g_ptr_array_index (docs, k);
      WartaArticleMeta *meta = meta_for (manifest, doc);
      warta_extract_document (ex, doc, meta, facts, report->warnings);
      note_date_range (report, meta);
      g_ptr_array_add (metas, meta);
    }
  report->n_articles = docs->len;
  count_facts (report, facts, lex);

  WartaGraph *g = warta_graph_new ();
  warta_emit_graph (g, facts, metas, lex);
  report->n_triples = warta_graph_size (g);
  return g;
}

WartaGraph *
warta_build_graph_from_text (WartaLexicon *lex, const char *id, const char *text,
                             const char *lang, WartaFactSet **facts_out, GError **error)
{
  g_return_val_if_fail (lex != NULL && id != NULL && text != NULL, NULL);
  g_autoptr (WartaBoilerplate) bp = warta_lexicon_boilerplate (lex);
  g_autoptr (WartaDocument) doc = warta_document_new_from_bytes (id, id, text, strlen (text), bp, error);
  if (!doc)
    return NULL;
  g_autoptr (WartaArticleMeta) meta = warta_article_meta_guess (doc);
  if (lang)
    {
      g_free (meta->language);
      meta->language = g_strdup (lang);
    }
  g_autoptr (WartaFactSet) facts = warta_fact_set_new ();
  g_autoptr (WartaExtractor) ex = warta_extractor_new (lex);
  warta_extract_document (ex, doc, meta, facts, NULL);
  g_autoptr (GPtrArray) metas = g_ptr_array_new ();
  g_ptr_array_add (metas, meta);
  WartaGraph *g = warta_graph_new ();
  warta_emit_graph (g, facts, metas, lex);
  if (facts_out)
    *facts_out = g_steal_pointer (&facts);
  return g;
}
