/* warta-cleanup.h: g_autoptr () support for the C libraries warta uses.
 *
 * Raptor, Rasqal and Graphviz types get their cleanup functions declared here
 * and nowhere else, so that any module can write
 *     g_autoptr (raptor_world) world = raptor_new_world ();
 * Include this header instead of the libraries' own headers. */
#pragma once

#include <glib.h>
#include <raptor2.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_world, raptor_free_world)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_parser, raptor_free_parser)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_serializer, raptor_free_serializer)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_uri, raptor_free_uri)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_term, raptor_free_term)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_iostream, raptor_free_iostream)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (raptor_statement, raptor_free_statement)

G_END_DECLS

/* Graphviz, Rasqal and libcurl cleanups live behind their own guards so that a module
 * that does not link those libraries need not include their headers. */
#ifdef WARTA_CLEANUP_GRAPHVIZ
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
static inline void warta_agclose0 (Agraph_t *g) { if (g) agclose (g); }
static inline void warta_gvfree0 (GVC_t *gvc) { if (gvc) gvFreeContext (gvc); }
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Agraph_t, warta_agclose0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GVC_t, warta_gvfree0)
#endif

#ifdef WARTA_CLEANUP_RASQAL
#include <rasqal.h>
G_DEFINE_AUTOPTR_CLEANUP_FUNC (rasqal_world, rasqal_free_world)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (rasqal_query, rasqal_free_query)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (rasqal_query_results, rasqal_free_query_results)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (rasqal_query_results_formatter, rasqal_free_query_results_formatter)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (rasqal_data_graph, rasqal_free_data_graph)
#endif

#ifdef WARTA_CLEANUP_CURL
#include <curl/curl.h>
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CURL, curl_easy_cleanup)
static inline void warta_curl_slist_free0 (struct curl_slist *l) { if (l) curl_slist_free_all (l); }
typedef struct curl_slist WartaCurlSlist;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaCurlSlist, warta_curl_slist_free0)
#endif
