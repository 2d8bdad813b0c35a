/* reader.c: files, directories and stdin into WartaDocuments.
 *
 * What it does: reads bytes, checks they are UTF-8 (an error names the file
 * and the byte offset of the first bad sequence), strips a BOM, turns CRLF
 * and lone CR into LF, and drops boilerplate lines ("Baca Juga: …") by the
 * patterns the caller hands in.  Directories are walked recursively with
 * entries in byte order of their names; hidden entries and *.tsv / *.md
 * files are skipped.  One bad file does not stop the others.
 *
 * What it does not: know any boilerplate itself (the patterns are data from
 * the lexicon), split sentences or guess metadata.  Callers: the build
 * command (main pipeline) and the tests. */
#include "warta-reader.h"
#include "warta-error.h"

#include <stdio.h>
#include <string.h>

WartaBoilerplate *
warta_boilerplate_new (void)
{
  WartaBoilerplate *bp = g_new0 (WartaBoilerplate, 1);
  bp->lines = g_ptr_array_new_with_free_func (g_free);
  bp->prefixes = g_ptr_array_new_with_free_func (g_free);
  return bp;
}

void
warta_boilerplate_free (WartaBoilerplate *bp)
{
  if (bp == NULL)
    return;
  g_clear_pointer (&bp->lines, g_ptr_array_unref);
  g_clear_pointer (&bp->prefixes, g_ptr_array_unref);
  g_free (bp);
}

static gboolean
is_blank (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xFEFF || c == 0x200B;
}

/* Trims white space (Unicode) from both ends of line[0..len). */
static void
trim (const char **line, gsize *len)
{
  const char *s = *line, *e = *line + *len;
  while (s < e && is_blank (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  while (e > s)
    {
      const char *p = g_utf8_find_prev_char (s, e);
      if (p == NULL || !is_blank (g_utf8_get_char (p)))
        break;
      e = p;
    }
  *line = s;
  *len = (gsize) (e - s);
}

static gboolean
prefix_matches (const char *folded_line, const char *folded_prefix)
{
  gsize n = strlen (folded_prefix);
  char next;
  if (n == 0 || strncmp (folded_line, folded_prefix, n) != 0)
    return FALSE;
  next = folded_line[n];
  return next == '\0' || next == ':' || g_unichar_isspace (g_utf8_get_char (folded_line + n));
}

static gboolean
any_pattern (const GPtrArray *patterns, const char *folded_line, gboolean as_prefix)
{
  if (patterns == NULL)
    return FALSE;
  for (guint i = 0; i < patterns->len; i++)
    {
      g_autofree char *pat = g_utf8_casefold (g_ptr_array_index (patterns, i), -1);
      if (as_prefix ? prefix_matches (folded_line, pat) : strcmp (folded_line, pat) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
warta_boilerplate_matches (const WartaBoilerplate *bp, const char *line, gsize len)
{
  g_autofree char *folded = NULL;

  if (bp == NULL || line == NULL)
    return FALSE;
  trim (&line, &len);
  if (len == 0)
    return FALSE;
  folded = g_utf8_casefold (line, (gssize) len);
  return any_pattern (bp->lines, folded, FALSE) || any_pattern (bp->prefixes, folded, TRUE);
}

/* Appends @data (BOM already removed) to @out with line ends normalised
 * and boilerplate lines dropped (with their line end). */
static guint
clean_lines (GString *out, const char *data, gsize len, const WartaBoilerplate *bp)
{
  gsize i = 0;
  guint dropped = 0;

  while (i < len)
    {
      gsize s = i, eol_len = 0;
      while (i < len && data[i] != '\n' && data[i] != '\r')
        i++;
      if (i < len)
        eol_len = (data[i] == '\r' && i + 1 < len && data[i + 1] == '\n') ? 2 : 1;
      if (warta_boilerplate_matches (bp, data + s, i - s))
        dropped++;
      else
        {
          g_string_append_len (out, data + s, (gssize) (i - s));
          if (eol_len > 0)
            g_string_append_c (out, '\n');
        }
      i += eol_len;
    }
  return dropped;
}

WartaDocument *
warta_document_new_from_bytes (const char *id, const char *path,
                               const char *data, gsize len,
                               const WartaBoilerplate *bp,
                               GError **error)
{
  const char *bad = NULL;
  GString *text;
  WartaDocument *doc;

  g_return_val_if_fail (id != NULL && (data != NULL || len == 0), NULL);
  if (data == NULL)
    data = "";
  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_INVALID_UTF8,
                   "%s: invalid UTF-8 at byte offset %" G_GSIZE_FORMAT,
                   path ? path : id, (gsize) (bad - data));
      return NULL;
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  text = g_string_sized_new (len + 1);
  doc = g_new0 (WartaDocument, 1);
  doc->n_dropped_lines = clean_lines (text, data, len, bp);
  doc->id = g_strdup (id);
  doc->path = g_strdup (path ? path : id);
  doc->len = text->len;
  doc->text = g_string_free (text, FALSE);
  return doc;
}

void
warta_document_free (WartaDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->id);
  g_free (doc->path);
  g_free (doc->text);
  g_free (doc);
}

/* ------------------------------------------------------------------ */

static gboolean
read_stdin (GByteArray *buf, GError **error)
{
  guint8 chunk[65536];
  size_t n;
  while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
    g_byte_array_append (buf, chunk, (guint) n);
  if (ferror (stdin))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_IO, "-: cannot read standard input");
      return FALSE;
    }
  return TRUE;
}

static void
read_one (const char *path, const WartaBoilerplate *bp, GPtrArray *docs, GPtrArray *errors)
{
  GError *error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *id = NULL;
  gsize len = 0;
  WartaDocument *doc;

  if (strcmp (path, "-") == 0)
    {
      g_autoptr (GByteArray) buf = g_byte_array_new ();
      if (!read_stdin (buf, &error))
        {
          g_ptr_array_add (errors, error);
          return;
        }
      len = buf->len;
      data = g_memdup2 (buf->data ? (const char *) buf->data : "", len + 1);
      id = g_strdup ("stdin");
    }
  else
    {
      if (!g_file_get_contents (path, &data, &len, &error))
        {
          g_ptr_array_add (errors, error);
          return;
        }
      id = g_path_get_basename (path);
    }
  doc = warta_document_new_from_bytes (id, path, data, len, bp, &error);
  if (doc == NULL)
    g_ptr_array_add (errors, error);
  else
    g_ptr_array_add (docs, doc);
}

static gboolean
skip_entry (const char *name, gboolean is_dir)
{
  if (name[0] == '.')
    return TRUE;
  return !is_dir && (g_str_has_suffix (name, ".tsv") || g_str_has_suffix (name, ".md"));
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Appends the files under @dir (recursively, sorted) to @files. */
static gboolean
collect_dir (const char *dir, GPtrArray *files, GError **error)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      const char *n = g_ptr_array_index (names, i);
      g_autofree char *full = g_build_filename (dir, n, NULL);
      gboolean is_dir = g_file_test (full, G_FILE_TEST_IS_DIR);
      if (skip_entry (n, is_dir))
        continue;
      if (is_dir)
        {
          if (!collect_dir (full, files, error))
            return FALSE;
        }
      else
        g_ptr_array_add (files, g_steal_pointer (&full));
    }
  return TRUE;
}

static int
compare_docs (gconstpointer a, gconstpointer b)
{
  const WartaDocument *x = *(WartaDocument *const *) a;
  const WartaDocument *y = *(WartaDocument *const *) b;
  int c = strcmp (x->id, y->id);
  return c != 0 ? c : strcmp (x->path, y->path);
}

static void
read_path (const char *path, const WartaBoilerplate *bp, GPtrArray *docs, GPtrArray *errors)
{
  g_autoptr (GPtrArray) files = NULL;
  GError *error = NULL;

  if (strcmp (path, "-") == 0 || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      if (strcmp (path, "-") != 0 && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_ptr_array_add (errors, g_error_new (WARTA_ERROR, WARTA_ERROR_NOT_FOUND,
                                                "%s: no such file or directory", path));
          return;
        }
      read_one (path, bp, docs, errors);
      return;
    }
  files = g_ptr_array_new_with_free_func (g_free);
  if (!collect_dir (path, files, &error))
    {
      g_prefix_error (&error, "%s: ", path);
      g_ptr_array_add (errors, error);
    }
  for (guint i = 0; i < files->len; i++)
    read_one (g_ptr_array_index (files, i), bp, docs, errors);
}

gboolean
warta_read_paths (const char *const *paths, const WartaBoilerplate *bp,
                  GPtrArray *docs, GPtrArray *errors)
{
  guint n_errors;

  g_return_val_if_fail (paths != NULL && docs != NULL && errors != NULL, FALSE);
  n_errors = errors->len;
  for (guint i = 0; paths[i] != NULL; i++)
    read_path (paths[i], bp, docs, errors);
  g_ptr_array_sort (docs, compare_docs);
  return errors->len == n_errors;
}
