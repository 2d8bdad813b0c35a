/* load.c: graphs into a triple store over the SPARQL 1.1 Graph Store HTTP
 * Protocol, with libcurl.
 *
 * Splits a WartaGraph by graph name (or puts it all into one graph), writes
 * each graph as N-Triples in batches, and sends them: PUT for the first
 * batch of a graph (replace), POST for the rest (append), retrying
 * transient failures with exponential backoff.  It records per graph what
 * the store acknowledged.
 *
 * It does not create stores, run queries or read credentials from the
 * command line (see warta-load.h for where they come from).
 *
 * Called by cmd-load.c (`warta load`) and tests/unit/test-load.c. */
#define WARTA_CLEANUP_CURL
#include "warta-load.h"

#include <string.h>

#include "warta-cleanup.h"
#include "warta-error.h"

#define RESPONSE_KEEP 512          /* bytes of a response body kept for messages */
#define MAX_BACKOFF_MS 30000

void
warta_load_options_init (WartaLoadOptions *opts)
{
  const char *user = g_getenv ("WARTA_STORE_USER");
  const char *netrc = g_getenv ("WARTA_STORE_NETRC");

  g_return_if_fail (opts != NULL);
  memset (opts, 0, sizeof *opts);
  opts->batch_size = WARTA_LOAD_DEFAULT_BATCH;
  opts->retries = WARTA_LOAD_DEFAULT_RETRIES;
  opts->retry_delay_ms = 500;
  opts->timeout_s = 300;
  opts->content_type = "application/n-triples";
  if (user != NULL && *user != '\0')
    {
      opts->user = user;
      opts->password = g_getenv ("WARTA_STORE_PASSWORD");
    }
  if (netrc != NULL && *netrc != '\0')
    opts->netrc_file = netrc;
}

void
warta_load_result_free (WartaLoadResult *r)
{
  if (r == NULL)
    return;
  g_free (r->graph);
  g_free (r->error);
  g_free (r);
}

/* ------------------------------------------------------------- grouping */

typedef struct {
  char *graph;         /* NULL: default graph */
  GPtrArray *lines;    /* N-Triples lines, each ending in "\n" */
} Bucket;

static void
bucket_free (Bucket *b)
{
  g_free (b->graph);
  g_ptr_array_unref (b->lines);
  g_free (b);
}

static Bucket *
bucket_for (GHashTable *buckets, const char *graph)
{
  Bucket *b = g_hash_table_lookup (buckets, graph != NULL ? graph : "");

  if (b == NULL)
    {
      b = g_new0 (Bucket, 1);
      b->graph = g_strdup (graph);
      b->lines = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (buckets, g_strdup (graph != NULL ? graph : ""), b);
    }
  return b;
}

static int
compare_buckets (gconstpointer a, gconstpointer b)
{
  const Bucket *x = *(Bucket *const *) a, *y = *(Bucket *const *) b;

  if (x->graph == NULL || y->graph == NULL)
    return (x->graph != NULL) - (y->graph != NULL);
  return strcmp (x->graph, y->graph);
}

/* The graph's triples grouped into the graphs they are sent to, in sending
 * order (element-type Bucket). */
static GPtrArray *
group_quads (const WartaGraph *graph, const char *single_graph)
{
  g_autoptr (GHashTable) buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) quads = warta_graph_quads (graph);
  GPtrArray *sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) bucket_free);
  GHashTableIter it;
  gpointer value;

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      const char *target = single_graph;
      g_autofree char *s = warta_term_to_ntriples (q->s);
      g_autofree char *p = warta_term_to_ntriples (q->p);
      g_autofree char *o = warta_term_to_ntriples (q->o);
      char *line = g_strdup_printf ("%s %s %s .\n", s, p, o);
      Bucket *b;

      if (target == NULL && q->g != NULL && q->g->kind == WARTA_TERM_IRI)
        target = q->g->value;
      b = bucket_for (buckets, target);
      /* the same triple in two graphs is sent once per target graph */
      if (!g_hash_table_add (seen, g_strconcat (target != NULL ? target : "", "\t", line, NULL)))
        {
          g_free (line);
          continue;
        }
      g_ptr_array_add (b->lines, line);
    }
  g_hash_table_iter_init (&it, buckets);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare_buckets);
  return sorted;
}

/* ---------------------------------------------------------------- HTTP */

typedef enum {
  SEND_OK,
  SEND_TRANSIENT,
  SEND_FAILED,
} SendOutcome;

typedef struct {
  long status;
  GString *body;       /* first RESPONSE_KEEP bytes of the response */
  char *message;       /* why it failed, or NULL */
} Reply;

static size_t
on_response_data (char *data, size_t size, size_t nmemb, void *user_data)
{
  GString *body = user_data;
  size_t n = size * nmemb;

  if (body->len < RESPONSE_KEEP)
    g_string_append_len (body, data, (gssize) MIN (n, RESPONSE_KEEP - body->len));
  return n;
}

static char *
graph_url (const char *endpoint, const char *graph)
{
  const char *sep = strchr (endpoint, '?') != NULL ? "&" : "?";
  g_autofree char *escaped = NULL;

  if (graph == NULL)
    return g_strconcat (endpoint, sep, "default", NULL);
  escaped = g_uri_escape_string (graph, NULL, FALSE);
  return g_strconcat (endpoint, sep, "graph=", escaped, NULL);
}

static void
set_auth (CURL *curl, const WartaLoadOptions *opts)
{
  curl_easy_setopt (curl, CURLOPT_HTTPAUTH, (long) (CURLAUTH_BASIC | CURLAUTH_DIGEST));
  if (opts->user != NULL)
    {
      curl_easy_setopt (curl, CURLOPT_USERNAME, opts->user);
      curl_easy_setopt (curl, CURLOPT_PASSWORD, opts->password != NULL ? opts->password : "");
      return;
    }
  curl_easy_setopt (curl, CURLOPT_NETRC, (long) CURL_NETRC_OPTIONAL);
  if (opts->netrc_file != NULL)
    curl_easy_setopt (curl, CURLOPT_NETRC_FILE, opts->netrc_file);
}

static gboolean
is_transient_curl_error (CURLcode rc)
{
  switch (rc)
    {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
      return TRUE;
    default:
      return FALSE;
    }
}

static SendOutcome
send_once (CURL *curl, const char *method, const char *url, const GString *body,
           const WartaLoadOptions *opts, Reply *reply)
{
  g_autoptr (WartaCurlSlist) headers = NULL;
  g_autofree char *content_type = g_strconcat ("Content-Type: ", opts->content_type, NULL);
  char curl_error[CURL_ERROR_SIZE] = "";
  CURLcode rc;

  curl_easy_reset (curl);
  headers = curl_slist_append (NULL, content_type);
  headers = curl_slist_append (headers, "Expect:");
  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt (curl, CURLOPT_CUSTOMREQUEST, method);
  curl_easy_setopt (curl, CURLOPT_POSTFIELDS, body->str);
  curl_easy_setopt (curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) body->len);
  curl_easy_setopt (curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt (curl, CURLOPT_USERAGENT, "warta");
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, (long) opts->timeout_s);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt (curl, CURLOPT_ERRORBUFFER, curl_error);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, on_response_data);
  curl_easy_setopt (curl, CURLOPT_WRITEDATA, reply->body);
  set_auth (curl, opts);

  g_string_truncate (reply->body, 0);
  g_clear_pointer (&reply->message, g_free);
  reply->status = 0;
  rc = curl_easy_perform (curl);
  if (rc != CURLE_OK)
    {
      reply->message = g_strdup (curl_error[0] != '\0' ? curl_error : curl_easy_strerror (rc));
      return is_transient_curl_error (rc) ? SEND_TRANSIENT : SEND_FAILED;
    }
  curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &reply->status);
  if (reply->status >= 200 && reply->status < 300)
    return SEND_OK;
  reply->message = g_strdup_printf ("HTTP %ld%s%.*s", reply->status,
                                    reply->body->len > 0 ? ": " : "",
                                    (int) reply->body->len, reply->body->str);
  g_strchomp (reply->message);
  return (reply->status >= 500 || reply->status == 429) ? SEND_TRANSIENT : SEND_FAILED;
}

/* One request with its retries. */
static gboolean
send_with_retries (CURL *curl, const char *method, const char *url, const GString *body,
                   const WartaLoadOptions *opts, Reply *reply)
{
  guint delay = opts->retry_delay_ms;

  for (guint attempt = 0;; attempt++)
    {
      SendOutcome outcome = send_once (curl, method, url, body, opts, reply);

      if (outcome == SEND_OK)
        return TRUE;
      if (outcome == SEND_FAILED || attempt >= opts->retries)
        return FALSE;
      g_usleep ((gulong) delay * 1000);
      delay = MIN (delay * 2, MAX_BACKOFF_MS);
    }
}

/* ------------------------------------------------------------- loading */

static GString *
batch_body (const Bucket *b, guint from, guint to)
{
  GString *body = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    g_string_append (body, b->lines->pdata[i]);
  return body;
}

static WartaLoadResult *
load_bucket (CURL *curl, const Bucket *b, const WartaLoadOptions *opts, guint batch_size)
{
  WartaLoadResult *r = g_new0 (WartaLoadResult, 1);
  g_autofree char *url = graph_url (opts->endpoint, b->graph);
  Reply reply = { 0, g_string_new (NULL), NULL };
  guint n = b->lines->len;

  r->graph = g_strdup (b->graph);
  r->triples = n;
  r->batches = MAX (1u, (n + batch_size - 1) / batch_size);
  for (guint k = 0; k < r->batches; k++)
    {
      guint from = k * batch_size, to = MIN (n, from + batch_size);
      const char *method = k == 0 ? "PUT" : "POST";
      g_autoptr (GString) body = batch_body (b, from, to);
      gboolean ok = send_with_retries (curl, method, url, body, opts, &reply);

      r->http_status = reply.status;
      if (!ok)
        {
          r->error = g_strdup_printf ("batch %u of %u (triples %u-%u, %s %s): %s", k + 1,
                                      r->batches, from + 1, to, method, url, reply.message);
          break;
        }
      r->sent = to;
    }
  g_string_free (reply.body, TRUE);
  g_free (reply.message);
  return r;
}

static gsize curl_ready = 0;

static gboolean
ensure_curl (GError **error)
{
  static CURLcode init_rc;

  if (g_once_init_enter (&curl_ready))
    {
      init_rc = curl_global_init (CURL_GLOBAL_DEFAULT);
      g_once_init_leave (&curl_ready, 1);
    }
  if (init_rc != CURLE_OK)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "libcurl: %s",
                   curl_easy_strerror (init_rc));
      return FALSE;
    }
  return TRUE;
}

gboolean
warta_load_graph (const WartaGraph *graph, const WartaLoadOptions *opts,
                  GPtrArray *results, GError **error)
{
  g_autoptr (GPtrArray) buckets = NULL;
  g_autoptr (CURL) curl = NULL;
  guint batch_size;
  const WartaLoadResult *first_failed = NULL;

  g_return_val_if_fail (graph != NULL && opts != NULL && results != NULL, FALSE);
  if (opts->endpoint == NULL || *opts->endpoint == '\0')
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_USAGE, "no store endpoint given");
      return FALSE;
    }
  if (!ensure_curl (error))
    return FALSE;
  curl = curl_easy_init ();
  if (curl == NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_FAILED, "libcurl: cannot create a handle");
      return FALSE;
    }
  batch_size = opts->batch_size > 0 ? opts->batch_size : WARTA_LOAD_DEFAULT_BATCH;
  buckets = group_quads (graph, opts->graph);
  for (guint i = 0; i < buckets->len; i++)
    {
      WartaLoadResult *r = load_bucket (curl, buckets->pdata[i], opts, batch_size);

      g_ptr_array_add (results, r);
      if (r->error != NULL && first_failed == NULL)
        first_failed = r;
    }
  if (first_failed != NULL)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_IO, "graph %s: %s",
                   first_failed->graph != NULL ? first_failed->graph : "(default)",
                   first_failed->error);
      return FALSE;
    }
  return TRUE;
}

gboolean
warta_load_files (const char *const *files, const WartaLoadOptions *opts,
                  GPtrArray *results, GError **error)
{
  g_autoptr (WartaGraph) graph = warta_graph_new ();

  g_return_val_if_fail (files != NULL, FALSE);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("f%u_", i);

      if (!warta_graph_parse_file (graph, files[i], NULL, prefix, error))
        return FALSE;
    }
  return warta_load_graph (graph, opts, results, error);
}

char *
warta_load_report_format (GPtrArray *results)
{
  GString *s = g_string_new (NULL);
  guint triples = 0, failed = 0;

  for (guint i = 0; i < results->len; i++)
    {
      const WartaLoadResult *r = results->pdata[i];
      const char *name = r->graph != NULL ? r->graph : "default";

      if (r->error == NULL)
        g_string_append_printf (s, "loaded\t%s\t%u\t%ld\n", name, r->triples, r->http_status);
      else
        g_string_append_printf (s, "FAILED\t%s\t%u\t%ld\t%s\n", name, r->triples,
                                r->http_status, r->error);
      triples += r->sent;
      failed += r->error != NULL;
    }
  g_string_append_printf (s, "# %u graph%s, %u triples stored, %u graph%s failed\n",
                          results->len, results->len == 1 ? "" : "s", triples,
                          failed, failed == 1 ? "" : "s");
  return g_string_free (s, FALSE);
}
