/* test-load.c: warta_load_* against a tiny HTTP server run in a thread.
 *
 * The server (blocking GSocket on 127.0.0.1, an ephemeral port) records
 * every request (method, target, Content-Type, Authorization, body) and
 * answers with scripted statuses, optionally demanding HTTP Basic auth.
 * Checked: one PUT per graph name and ?default for unnamed triples, --graph
 * putting everything in one graph, PUT then POSTs for batches, the Basic
 * Authorization header from WARTA_STORE_USER/PASSWORD, a retry after 503,
 * no retry after 400, and a failed batch reported by name with FALSE. */
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "warta-error.h"
#include "warta-graph.h"
#include "warta-load.h"

/* ---------------------------------------------------------- the server */

typedef struct {
  char *method, *target, *content_type, *authorization;
  GString *body;
} Request;

static void
request_free (Request *r)
{
  g_free (r->method);
  g_free (r->target);
  g_free (r->content_type);
  g_free (r->authorization);
  g_string_free (r->body, TRUE);
  g_free (r);
}

typedef struct {
  GSocket *listener;
  guint16 port;
  GThread *thread;
  GMutex lock;
  GPtrArray *requests;   /* Request*, in arrival order */
  GArray *script;        /* int: statuses for the next authorized requests */
  int default_status;
  gboolean require_basic;
  gint stop;
} TestServer;

static char *
header_value (const char *head, const char *name)
{
  g_auto (GStrv) lines = g_strsplit (head, "\r\n", -1);
  gsize n = strlen (name);

  for (char **l = lines + 1; *l != NULL; l++)
    if (g_ascii_strncasecmp (*l, name, n) == 0 && (*l)[n] == ':')
      return g_strstrip (g_strdup (*l + n + 1));
  return NULL;
}

static gboolean
read_request (GSocket *conn, Request *req)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  g_autofree char *head = NULL, *length = NULL;
  g_auto (GStrv) first = NULL;
  char chunk[4096];
  const char *end;
  gsize want;

  while ((end = strstr (buf->str, "\r\n\r\n")) == NULL)
    {
      gssize n = g_socket_receive (conn, chunk, sizeof chunk, NULL, NULL);
      if (n <= 0)
        return FALSE;
      g_string_append_len (buf, chunk, n);
    }
  head = g_strndup (buf->str, (gsize) (end - buf->str));
  first = g_strsplit (head, " ", 3);
  if (first[0] == NULL || first[1] == NULL)
    return FALSE;
  req->method = g_strdup (first[0]);
  req->target = g_strdup (first[1]);
  req->content_type = header_value (head, "Content-Type");
  req->authorization = header_value (head, "Authorization");
  length = header_value (head, "Content-Length");
  want = length != NULL ? (gsize) g_ascii_strtoull (length, NULL, 10) : 0;
  req->body = g_string_new_len (end + 4, (gssize) (buf->len - (gsize) (end + 4 - buf->str)));
  while (req->body->len < want)
    {
      gssize n = g_socket_receive (conn, chunk, sizeof chunk, NULL, NULL);
      if (n <= 0)
        return FALSE;
      g_string_append_len (req->body, chunk, n);
    }
  return TRUE;
}

static int
next_status (TestServer *s, const Request *req, gboolean *challenge)
{
  int status = s->default_status;

  *challenge = s->require_basic && req->authorization == NULL;
  if (*challenge)
    return 401;
  if (s->script->len > 0)
    {
      status = g_array_index (s->script, int, 0);
      g_array_remove_index (s->script, 0);
    }
  return status;
}

static void
serve_one (TestServer *s, GSocket *conn)
{
  Request *req = g_new0 (Request, 1);
  g_autofree char *reply = NULL;
  gboolean challenge = FALSE;
  int status;

  if (!read_request (conn, req))
    {
      req->body = req->body != NULL ? req->body : g_string_new (NULL);
      request_free (req);
      return;
    }
  g_mutex_lock (&s->lock);
  status = next_status (s, req, &challenge);
  g_ptr_array_add (s->requests, req);
  g_mutex_unlock (&s->lock);
  reply = g_strdup_printf ("HTTP/1.1 %d Scripted\r\nContent-Length: 7\r\nConnection: close\r\n%s\r\n"
                           "status\n",
                           status, challenge ? "WWW-Authenticate: Basic realm=\"test\"\r\n" : "");
  g_socket_send_with_blocking (conn, reply, strlen (reply), TRUE, NULL, NULL);
  g_socket_shutdown (conn, FALSE, TRUE, NULL);
}

static gpointer
server_thread (gpointer data)
{
  TestServer *s = data;

  while (!g_atomic_int_get (&s->stop))
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GSocket) conn = g_socket_accept (s->listener, NULL, &error);

      if (conn == NULL)
        continue;   /* timeout: look at s->stop again */
      g_socket_set_blocking (conn, TRUE);
      g_socket_set_timeout (conn, 5);
      serve_one (s, conn);
      g_socket_close (conn, NULL);
    }
  return NULL;
}

static TestServer *
server_start (void)
{
  TestServer *s = g_new0 (TestServer, 1);
  g_autoptr (GError) error = NULL;
  g_autoptr (GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) addr = g_inet_socket_address_new (lo, 0);
  g_autoptr (GSocketAddress) bound = NULL;

  s->listener = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                              G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (s->listener, addr, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_socket_listen (s->listener, &error));
  g_socket_set_timeout (s->listener, 1);
  bound = g_socket_get_local_address (s->listener, &error);
  g_assert_no_error (error);
  s->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_mutex_init (&s->lock);
  s->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) request_free);
  s->script = g_array_new (FALSE, FALSE, sizeof (int));
  s->default_status = 201;
  s->thread = g_thread_new ("test-store", server_thread, s);
  return s;
}

/* Wakes the accept () up with a connection of our own. */
static void
server_poke (TestServer *s)
{
  g_autoptr (GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) addr = g_inet_socket_address_new (lo, s->port);
  g_autoptr (GSocket) c = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                        G_SOCKET_PROTOCOL_TCP, NULL);

  if (c != NULL && g_socket_connect (c, addr, NULL, NULL))
    g_socket_close (c, NULL);
}

static void
server_stop (TestServer *s)
{
  g_atomic_int_set (&s->stop, 1);
  server_poke (s);
  g_thread_join (s->thread);
  g_socket_close (s->listener, NULL);
  g_object_unref (s->listener);
  g_ptr_array_unref (s->requests);
  g_array_unref (s->script);
  g_mutex_clear (&s->lock);
  g_free (s);
}

static void
server_script (TestServer *s, const int *statuses, gsize n)
{
  g_mutex_lock (&s->lock);
  g_array_append_vals (s->script, statuses, (guint) n);
  g_mutex_unlock (&s->lock);
}

static Request *
server_request (TestServer *s, guint i)
{
  g_assert_cmpuint (i, <, s->requests->len);
  return s->requests->pdata[i];
}

static char *
server_endpoint (TestServer *s)
{
  return g_strdup_printf ("http://127.0.0.1:%u/store", s->port);
}

/* -------------------------------------------------------------- inputs */

#define EX "http://example.org/"
#define G1 "https://w3id.org/warta/id/article/a1_test.txt"
#define G2 "https://w3id.org/warta/id/article/a2_test.txt"

/* 2 triples in G1, 3 in G2 (one shared with G1), 1 without graph name. */
static WartaGraph *
sample_graph (void)
{
  WartaGraph *g = warta_graph_new ();

  warta_graph_add_iri (g, G1, EX "d1", EX "agent", EX "nk");
  warta_graph_add_literal (g, G1, EX "d1", EX "troops", "1500",
                           "http://www.w3.org/2001/XMLSchema#integer", NULL);
  warta_graph_add_iri (g, G2, EX "d1", EX "agent", EX "nk");
  warta_graph_add_iri (g, G2, EX "d2", EX "agent", EX "nk");
  warta_graph_add_literal (g, G2, EX "d2", EX "evidence", "said \"no\"\nthen", NULL, NULL);
  warta_graph_add_literal (g, NULL, EX "nk", EX "label", "North Korea", NULL, "en");
  return g;
}

static guint
count_lines (const GString *body)
{
  guint n = 0;

  for (gsize i = 0; i < body->len; i++)
    n += body->str[i] == '\n';
  return n;
}

/* Options read from the environment in main (), before any thread runs:
 * setenv () is not thread-safe. */
static WartaLoadOptions env_options;

static void
options_for (WartaLoadOptions *opts, const char *endpoint)
{
  warta_load_options_init (opts);
  opts->user = NULL;
  opts->password = NULL;
  opts->netrc_file = "/nonexistent/netrc";
  opts->endpoint = endpoint;
  opts->retry_delay_ms = 1;
}

static GPtrArray *
new_results (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) warta_load_result_free);
}

/* --------------------------------------------------------------- tests */

static void
test_put_per_graph (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *enc1 = g_uri_escape_string (G1, NULL, FALSE);
  g_autofree char *target1 = g_strconcat ("/store?graph=", enc1, NULL);
  WartaLoadOptions opts;
  Request *r;

  options_for (&opts, endpoint);
  g_assert_true (warta_load_graph (g, &opts, results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->requests->len, ==, 3);

  r = server_request (s, 0);
  g_assert_cmpstr (r->method, ==, "PUT");
  g_assert_cmpstr (r->target, ==, "/store?default");
  g_assert_cmpstr (r->content_type, ==, "application/n-triples");
  g_assert_null (r->authorization);
  g_assert_cmpuint (count_lines (r->body), ==, 1);
  g_assert_nonnull (strstr (r->body->str, "\"North Korea\"@en"));

  r = server_request (s, 1);
  g_assert_cmpstr (r->method, ==, "PUT");
  g_assert_cmpstr (r->target, ==, target1);
  g_assert_cmpuint (count_lines (r->body), ==, 2);
  g_assert_nonnull (strstr (r->body->str, "\"1500\"^^<http://www.w3.org/2001/XMLSchema#integer>"));

  r = server_request (s, 2);
  g_assert_cmpstr (r->method, ==, "PUT");
  g_assert_true (g_str_has_prefix (r->target, "/store?graph=https%3A%2F%2Fw3id.org"));
  g_assert_cmpuint (count_lines (r->body), ==, 3);
  /* the literal's newline is escaped, so a triple stays one line */
  g_assert_nonnull (strstr (r->body->str, "\"said \\\"no\\\"\\nthen\""));

  g_assert_cmpuint (results->len, ==, 3);
  report = warta_load_report_format (results);
  g_assert_cmpstr (report, ==,
                   "loaded\tdefault\t1\t201\n"
                   "loaded\t" G1 "\t2\t201\n"
                   "loaded\t" G2 "\t3\t201\n"
                   "# 3 graphs, 6 triples stored, 0 graphs failed\n");
  server_stop (s);
}

static void
test_single_graph (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  WartaLoadOptions opts;
  const WartaLoadResult *res;

  options_for (&opts, endpoint);
  opts.graph = "urn:x-test:all";
  g_assert_true (warta_load_graph (g, &opts, results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->requests->len, ==, 1);
  g_assert_cmpstr (server_request (s, 0)->target, ==, "/store?graph=urn%3Ax-test%3Aall");
  /* d1 agent nk is in both article graphs but sent once */
  g_assert_cmpuint (count_lines (server_request (s, 0)->body), ==, 5);
  res = results->pdata[0];
  g_assert_cmpstr (res->graph, ==, "urn:x-test:all");
  g_assert_cmpuint (res->triples, ==, 5);
  server_stop (s);
}

static void
test_batches (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  WartaLoadOptions opts;
  const WartaLoadResult *res;

  options_for (&opts, endpoint);
  opts.graph = "urn:x-test:all";
  opts.batch_size = 2;
  g_assert_true (warta_load_graph (g, &opts, results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->requests->len, ==, 3);
  g_assert_cmpstr (server_request (s, 0)->method, ==, "PUT");
  g_assert_cmpstr (server_request (s, 1)->method, ==, "POST");
  g_assert_cmpstr (server_request (s, 2)->method, ==, "POST");
  g_assert_cmpuint (count_lines (server_request (s, 0)->body), ==, 2);
  g_assert_cmpuint (count_lines (server_request (s, 1)->body), ==, 2);
  g_assert_cmpuint (count_lines (server_request (s, 2)->body), ==, 1);
  res = results->pdata[0];
  g_assert_cmpuint (res->batches, ==, 3);
  g_assert_cmpuint (res->sent, ==, 5);
  server_stop (s);
}

static void
test_basic_auth_from_env (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  g_autofree char *expected = NULL, *b64 = NULL;
  WartaLoadOptions opts;
  Request *r;

  s->require_basic = TRUE;
  opts = env_options;
  opts.endpoint = endpoint;
  opts.graph = "urn:x-test:all";
  g_assert_cmpstr (opts.user, ==, "loader");
  g_assert_true (warta_load_graph (g, &opts, results, &error));
  g_assert_no_error (error);
  /* first without credentials (challenge), then with Basic */
  g_assert_cmpuint (s->requests->len, ==, 2);
  g_assert_null (server_request (s, 0)->authorization);
  r = server_request (s, 1);
  b64 = g_base64_encode ((const guchar *) "loader:s3cret:x", strlen ("loader:s3cret:x"));
  expected = g_strconcat ("Basic ", b64, NULL);
  g_assert_cmpstr (r->authorization, ==, expected);
  g_assert_null (strstr (r->target, "s3cret"));
  g_assert_cmpuint (count_lines (r->body), ==, 5);
  server_stop (s);
}

static void
test_retry_after_503 (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  static const int statuses[] = { 503, 429, 204 };
  WartaLoadOptions opts;
  const WartaLoadResult *res;

  server_script (s, statuses, G_N_ELEMENTS (statuses));
  options_for (&opts, endpoint);
  opts.graph = "urn:x-test:all";
  g_assert_true (warta_load_graph (g, &opts, results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (s->requests->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpstr (server_request (s, i)->method, ==, "PUT");
      g_assert_cmpuint (server_request (s, i)->body->len, ==, server_request (s, 0)->body->len);
    }
  res = results->pdata[0];
  g_assert_null (res->error);
  g_assert_cmpint (res->http_status, ==, 204);
  server_stop (s);
}

static void
test_failed_batch (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  g_autofree char *report = NULL;
  static const int statuses[] = { 201, 500, 502 };
  WartaLoadOptions opts;
  const WartaLoadResult *res;

  server_script (s, statuses, G_N_ELEMENTS (statuses));
  s->default_status = 201;
  options_for (&opts, endpoint);
  opts.graph = "urn:x-test:all";
  opts.batch_size = 2;
  opts.retries = 1;
  g_assert_false (warta_load_graph (g, &opts, results, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "urn:x-test:all"));
  g_assert_nonnull (strstr (error->message, "batch 2 of 3"));
  g_assert_nonnull (strstr (error->message, "HTTP 502"));
  /* PUT ok, POST 500, POST retried once: 502; the third batch never sent */
  g_assert_cmpuint (s->requests->len, ==, 3);
  res = results->pdata[0];
  g_assert_cmpuint (res->sent, ==, 2);
  g_assert_cmpint (res->http_status, ==, 502);
  report = warta_load_report_format (results);
  g_assert_true (g_str_has_prefix (report, "FAILED\turn:x-test:all\t5\t502\tbatch 2 of 3"));
  g_assert_nonnull (strstr (report, "1 graph failed"));
  server_stop (s);
}

static void
test_no_retry_on_400 (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  static const int statuses[] = { 400 };
  WartaLoadOptions opts;

  server_script (s, statuses, G_N_ELEMENTS (statuses));
  options_for (&opts, endpoint);
  g_assert_false (warta_load_graph (g, &opts, results, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "HTTP 400"));
  /* the failed default graph is not retried; the other graphs still go */
  g_assert_cmpuint (s->requests->len, ==, 3);
  g_assert_nonnull (((WartaLoadResult *) results->pdata[0])->error);
  g_assert_null (((WartaLoadResult *) results->pdata[1])->error);
  server_stop (s);
}

static void
test_connection_refused (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (WartaGraph) g = sample_graph ();
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  WartaLoadOptions opts;

  server_stop (s);   /* nobody listens on the port any more */
  options_for (&opts, endpoint);
  opts.graph = "urn:x-test:all";
  opts.retries = 2;
  g_assert_false (warta_load_graph (g, &opts, results, &error));
  g_assert_error (error, WARTA_ERROR, WARTA_ERROR_IO);
  g_assert_cmpint (((WartaLoadResult *) results->pdata[0])->http_status, ==, 0);
}

static void
test_load_files (void)
{
  TestServer *s = server_start ();
  g_autofree char *endpoint = server_endpoint (s);
  g_autoptr (GPtrArray) results = new_results ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("warta-load-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "g.nq", NULL);
  const char *files[] = { path, NULL };
  WartaLoadOptions opts;

  g_assert_true (g_file_set_contents (path,
      "<" EX "a> <" EX "p> <" EX "b> <" G1 "> .\n"
      "<" EX "a> <" EX "p> <" EX "c> <" G1 "> .\n"
      "<" EX "a> <" EX "p> <" EX "b> <" G2 "> .\n", -1, NULL));
  options_for (&opts, endpoint);
  g_assert_true (warta_load_files (files, &opts, results, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpuint (((WartaLoadResult *) results->pdata[0])->triples, ==, 2);
  g_assert_cmpuint (((WartaLoadResult *) results->pdata[1])->triples, ==, 1);
  g_remove (path);
  g_rmdir (dir);
  server_stop (s);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("WARTA_STORE_USER", "loader", TRUE);
  g_setenv ("WARTA_STORE_PASSWORD", "s3cret:x", TRUE);
  g_setenv ("WARTA_STORE_NETRC", "/nonexistent/netrc", TRUE);
  warta_load_options_init (&env_options);
  g_test_add_func ("/load/put-per-graph", test_put_per_graph);
  g_test_add_func ("/load/single-graph", test_single_graph);
  g_test_add_func ("/load/batches", test_batches);
  g_test_add_func ("/load/basic-auth-from-env", test_basic_auth_from_env);
  g_test_add_func ("/load/retry-after-503", test_retry_after_503);
  g_test_add_func ("/load/failed-batch", test_failed_batch);
  g_test_add_func ("/load/no-retry-on-400", test_no_retry_on_400);
  g_test_add_func ("/load/connection-refused", test_connection_refused);
  g_test_add_func ("/load/files", test_load_files);
  return g_test_run ();
}
