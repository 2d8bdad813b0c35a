/* canon.c: canonical N-Quads and W3C RDF Dataset Canonicalization
 * (RDFC-1.0).
 *
 * What it does: writes terms in canonical N-Quads form; parses N-Triples /
 * N-Quads lines into canonical lines with its own small parser (blank node
 * labels kept as written, U+0000 in literals kept, no per-term allocation);
 * collects the statements of files or WartaGraphs as canonical lines
 * (WartaLineSet; other syntaxes are read through warta_graph_parse_file,
 * i.e. Raptor); and runs RDFC-1.0: first-degree hashes, canonical
 * identifiers for unique hashes, N-degree hashes with permutations and
 * recursion, under a work limit that refuses poison graphs.
 *
 * What it does not: decide what two graphs have in common (diff.c), or
 * check that IRIs are absolute.
 *
 * Callers: cmd-canon.c (warta canon), diff.c, tests/unit/test-canon.c. */
#include "warta-canon.h"
#include "warta-error.h"

#include <stdio.h>
#include <string.h>
#include <errno.h>

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

/* ================================================================ terms */

static void
append_escaped_char (GString *out, gunichar c)
{
  switch (c)
    {
    case '\b': g_string_append (out, "\\b"); return;
    case '\t': g_string_append (out, "\\t"); return;
    case '\n': g_string_append (out, "\\n"); return;
    case '\f': g_string_append (out, "\\f"); return;
    case '\r': g_string_append (out, "\\r"); return;
    case '"': g_string_append (out, "\\\""); return;
    case '\\': g_string_append (out, "\\\\"); return;
    default:
      break;
    }
  if (c < 0x20 || c == 0x7f)
    g_string_append_printf (out, "\\u%04X", c);
  else
    g_string_append_unichar (out, c);
}

static inline gboolean
literal_byte_is_plain (guchar b)
{
  return b >= 0x20 && b != 0x7f && b != '"' && b != '\\';
}

/* Appends raw lexical bytes (UTF-8, possibly with NUL) escaped. */
static void
append_escaped_lexical (GString *out, const char *s, gsize len)
{
  gsize i = 0;

  while (i < len)
    {
      gsize run = i;

      while (run < len && literal_byte_is_plain ((guchar) s[run]))
        run++;
      if (run > i)
        g_string_append_len (out, s + i, run - i);
      if (run < len)
        append_escaped_char (out, (guchar) s[run++]);
      i = run;
    }
}

void
warta_canon_append_literal (GString *out, const char *lex, gsize len, const char *datatype,
                            const char *lang)
{
  g_string_append_c (out, '"');
  append_escaped_lexical (out, lex, len);
  g_string_append_c (out, '"');
  if (lang != NULL && lang[0] != '\0')
    {
      g_string_append_c (out, '@');
      g_string_append (out, lang);
    }
  else if (datatype != NULL && strcmp (datatype, XSD_STRING) != 0)
    {
      g_string_append (out, "^^<");
      g_string_append (out, datatype);
      g_string_append_c (out, '>');
    }
}

void
warta_canon_append_term (GString *out, const WartaTerm *t)
{
  g_return_if_fail (t != NULL);

  switch (t->kind)
    {
    case WARTA_TERM_IRI:
      g_string_append_c (out, '<');
      g_string_append (out, t->value);
      g_string_append_c (out, '>');
      break;
    case WARTA_TERM_BLANK:
      g_string_append (out, "_:");
      g_string_append (out, t->value);
      break;
    case WARTA_TERM_LITERAL:
    default:
      warta_canon_append_literal (out, t->value, strlen (t->value), t->datatype, t->lang);
      break;
    }
}

/* ================================================================ parsing */

void
warta_canon_line_init (WartaCanonLine *cl)
{
  memset (cl, 0, sizeof *cl);
  cl->buf = g_string_sized_new (256);
}

void
warta_canon_line_clear (WartaCanonLine *cl)
{
  if (cl->buf != NULL)
    g_string_free (cl->buf, TRUE);
  cl->buf = NULL;
}

typedef struct {
  const char *p, *end;
  GString *out;
  const char *problem;  /* set on failure */
} Scan;

static inline void
skip_ws (Scan *sc)
{
  while (sc->p < sc->end && (*sc->p == ' ' || *sc->p == '\t' || *sc->p == '\r'))
    sc->p++;
}

static inline int
hexval (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* After a backslash and 'u' or 'U': reads 4 or 8 hex digits. */
static gboolean
scan_uchar (Scan *sc, char kind, gunichar *out)
{
  int n = kind == 'u' ? 4 : 8;
  gunichar c = 0;

  if (sc->end - sc->p < n)
    return (sc->problem = "truncated \\u escape"), FALSE;
  for (int i = 0; i < n; i++)
    {
      int h = hexval (sc->p[i]);

      if (h < 0)
        return (sc->problem = "bad hex digit in \\u escape"), FALSE;
      c = (c << 4) | (gunichar) h;
    }
  if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return (sc->problem = "\\u escape is not a Unicode scalar value"), FALSE;
  sc->p += n;
  *out = c;
  return TRUE;
}

static inline gboolean
iri_byte_is_plain (guchar b)
{
  return b > 0x20 && b != '<' && b != '>' && b != '"' && b != '{' && b != '}' && b != '|'
         && b != '^' && b != '`' && b != '\\';
}

/* At '<': an IRI, appended as "<…>" unescaped. */
static gboolean
scan_iri (Scan *sc)
{
  sc->p++;
  g_string_append_c (sc->out, '<');
  for (;;)
    {
      const char *run = sc->p;
      gunichar c;

      while (sc->p < sc->end && iri_byte_is_plain ((guchar) *sc->p))
        sc->p++;
      g_string_append_len (sc->out, run, sc->p - run);
      if (sc->p >= sc->end)
        return (sc->problem = "unterminated IRI"), FALSE;
      if (*sc->p == '>')
        break;
      if (*sc->p != '\\' || sc->p + 1 >= sc->end || (sc->p[1] != 'u' && sc->p[1] != 'U'))
        return (sc->problem = "character not allowed in IRI"), FALSE;
      sc->p += 2;
      if (!scan_uchar (sc, sc->p[-1], &c))
        return FALSE;
      g_string_append_unichar (sc->out, c);
    }
  sc->p++;
  g_string_append_c (sc->out, '>');
  return TRUE;
}

static inline gboolean
label_byte (guchar b)
{
  return g_ascii_isalnum (b) || b == '_' || b == '-' || b == '.' || b >= 0x80;
}

/* At '_': a blank node "_:label" (a label cannot end with '.'). */
static gboolean
scan_blank (Scan *sc)
{
  const char *start;

  if (sc->end - sc->p < 3 || sc->p[1] != ':')
    return (sc->problem = "expected '_:' of a blank node"), FALSE;
  sc->p += 2;
  start = sc->p;
  while (sc->p < sc->end && label_byte ((guchar) *sc->p))
    sc->p++;
  while (sc->p > start && sc->p[-1] == '.')
    sc->p--;
  if (sc->p == start || *start == '-' || *start == '.')
    return (sc->problem = "bad blank node label"), FALSE;
  g_string_append (sc->out, "_:");
  g_string_append_len (sc->out, start, sc->p - start);
  return TRUE;
}

static gboolean
scan_echar (Scan *sc, gunichar *c)
{
  static const char from[] = "tbnrf\"'\\";
  static const char to[] = "\t\b\n\r\f\"'\\";
  const char *hit;

  if (sc->p >= sc->end)
    return (sc->problem = "unterminated literal"), FALSE;
  if (*sc->p == 'u' || *sc->p == 'U')
    {
      sc->p++;
      return scan_uchar (sc, sc->p[-1], c);
    }
  hit = strchr (from, *sc->p);
  if (hit == NULL || *sc->p == '\0')
    return (sc->problem = "bad escape in literal"), FALSE;
  *c = (guchar) to[hit - from];
  sc->p++;
  return TRUE;
}

static gboolean
scan_langtag (Scan *sc)
{
  const char *start = ++sc->p;

  while (sc->p < sc->end && g_ascii_isalpha (*sc->p))
    sc->p++;
  if (sc->p == start)
    return (sc->problem = "empty language tag"), FALSE;
  while (sc->p + 1 < sc->end && *sc->p == '-' && g_ascii_isalnum (sc->p[1]))
    {
      sc->p++;
      while (sc->p < sc->end && g_ascii_isalnum (*sc->p))
        sc->p++;
    }
  g_string_append_c (sc->out, '@');
  g_string_append_len (sc->out, start, sc->p - start);
  return TRUE;
}

/* After a closing quote: "^^<dt>" (dropped when xsd:string) or "@lang". */
static gboolean
scan_literal_suffix (Scan *sc)
{
  if (sc->p < sc->end && *sc->p == '@')
    return scan_langtag (sc);
  if (sc->end - sc->p >= 3 && sc->p[0] == '^' && sc->p[1] == '^' && sc->p[2] == '<')
    {
      gsize mark = sc->out->len;

      sc->p += 2;
      g_string_append (sc->out, "^^");
      if (!scan_iri (sc))
        return FALSE;
      if (sc->out->len - mark == strlen ("^^<" XSD_STRING ">")
          && memcmp (sc->out->str + mark, "^^<" XSD_STRING ">", sc->out->len - mark) == 0)
        g_string_truncate (sc->out, mark);
    }
  return TRUE;
}

/* At '"': a literal, appended in canonical form. */
static gboolean
scan_literal (Scan *sc)
{
  sc->p++;
  g_string_append_c (sc->out, '"');
  for (;;)
    {
      const char *run = sc->p;
      gunichar c;

      while (sc->p < sc->end && literal_byte_is_plain ((guchar) *sc->p))
        sc->p++;
      g_string_append_len (sc->out, run, sc->p - run);
      if (sc->p >= sc->end)
        return (sc->problem = "unterminated literal"), FALSE;
      if (*sc->p == '"')
        break;
      if (*sc->p == '\\')
        {
          sc->p++;
          if (!scan_echar (sc, &c))
            return FALSE;
          append_escaped_char (sc->out, c);
          continue;
        }
      if (*sc->p == '\n' || *sc->p == '\r')
        return (sc->problem = "line break inside a literal"), FALSE;
      append_escaped_char (sc->out, (guchar) *sc->p++);
    }
  sc->p++;
  g_string_append_c (sc->out, '"');
  return scan_literal_suffix (sc);
}

static gboolean
scan_term (Scan *sc, WartaCanonLine *cl, guint index)
{
  gboolean ok;
  char c;

  skip_ws (sc);
  if (sc->p >= sc->end)
    return (sc->problem = "statement ends too early"), FALSE;
  if (cl->n_terms > 0)
    g_string_append_c (sc->out, ' ');
  cl->start[index] = sc->out->len;
  c = *sc->p;
  if (c == '<')
    ok = scan_iri (sc);
  else if (c == '_' && index != 1)
    {
      ok = scan_blank (sc);
      cl->has_blank = TRUE;
    }
  else if (c == '"' && index == 2)
    ok = scan_literal (sc);
  else
    return (sc->problem = index == 1 ? "expected an IRI as predicate"
                                     : "expected an IRI, blank node or literal"), FALSE;
  cl->len[index] = sc->out->len - cl->start[index];
  cl->n_terms = index + 1;
  return ok;
}

static gboolean
scan_statement (Scan *sc, WartaCanonLine *cl)
{
  for (guint i = 0; i < 3; i++)
    if (!scan_term (sc, cl, i))
      return FALSE;
  skip_ws (sc);
  if (sc->p < sc->end && (*sc->p == '<' || *sc->p == '_') && !scan_term (sc, cl, 3))
    return FALSE;
  skip_ws (sc);
  if (sc->p >= sc->end || *sc->p != '.')
    return (sc->problem = "expected '.' at the end of the statement"), FALSE;
  sc->p++;
  skip_ws (sc);
  if (sc->p < sc->end && *sc->p != '#')
    return (sc->problem = "unexpected text after '.'"), FALSE;
  g_string_append (sc->out, " .");
  return TRUE;
}

gboolean
warta_canon_parse_line (const char *line, gsize len, WartaCanonLine *cl, GError **error)
{
  Scan sc = { line, line + len, cl->buf, NULL };

  g_string_truncate (cl->buf, 0);
  cl->n_terms = 0;
  cl->has_blank = FALSE;
  skip_ws (&sc);
  if (sc.p >= sc.end || *sc.p == '#')
    return TRUE;
  if (!scan_statement (&sc, cl))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "column %u: %s",
                   (guint) (sc.p - line) + 1, sc.problem);
      cl->n_terms = 0;
      return FALSE;
    }
  return TRUE;
}

/* ================================================================ line sets */

struct _WartaLineSet {
  GArray *lines;         /* WartaSpan */
  GStringChunk *chunk;   /* copies of lines that differ from their source */
  GPtrArray *mappings;   /* GMappedFile * / GBytes * keeping sources alive */
  gboolean has_blank;
};

WartaLineSet *
warta_line_set_new (void)
{
  WartaLineSet *ls = g_new0 (WartaLineSet, 1);

  ls->lines = g_array_new (FALSE, FALSE, sizeof (WartaSpan));
  ls->chunk = g_string_chunk_new (1 << 20);
  ls->mappings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  return ls;
}

void
warta_line_set_free (WartaLineSet *ls)
{
  if (ls == NULL)
    return;
  g_array_unref (ls->lines);
  g_string_chunk_free (ls->chunk);
  g_ptr_array_unref (ls->mappings);
  g_free (ls);
}

guint
warta_line_set_size (const WartaLineSet *ls)
{
  return ls->lines->len;
}

const WartaSpan *
warta_line_set_get (const WartaLineSet *ls, guint i)
{
  g_return_val_if_fail (i < ls->lines->len, NULL);
  return &g_array_index (ls->lines, WartaSpan, i);
}

gboolean
warta_line_set_has_blank (const WartaLineSet *ls)
{
  return ls->has_blank;
}

void
warta_line_set_add_line (WartaLineSet *ls, const char *line, gsize len, gboolean has_blank)
{
  WartaSpan sp = { g_string_chunk_insert_len (ls->chunk, line, len), len };

  g_array_append_val (ls->lines, sp);
  ls->has_blank |= has_blank;
}

/* Adds the parsed line; points into @src when it already was canonical
 * (and @src stays alive), else copies. */
static void
add_parsed (WartaLineSet *ls, const WartaCanonLine *cl, const char *src, gsize src_len,
            gboolean src_stays)
{
  if (src_stays && src_len == cl->buf->len && memcmp (src, cl->buf->str, src_len) == 0)
    {
      WartaSpan sp = { src, src_len };

      g_array_append_val (ls->lines, sp);
      ls->has_blank |= cl->has_blank;
      return;
    }
  warta_line_set_add_line (ls, cl->buf->str, cl->buf->len, cl->has_blank);
}

/* Re-labels the blank nodes of the parsed line with @prefix. */
static void
prefix_blanks (WartaCanonLine *cl, const char *prefix)
{
  g_autoptr (GString) fresh = g_string_sized_new (cl->buf->len + 32);
  WartaCanonLine copy = *cl;

  for (guint i = 0; i < cl->n_terms; i++)
    {
      const char *t = cl->buf->str + cl->start[i];

      if (i > 0)
        g_string_append_c (fresh, ' ');
      copy.start[i] = fresh->len;
      if (t[0] == '_')
        {
          g_string_append (fresh, "_:");
          g_string_append (fresh, prefix);
          g_string_append_len (fresh, t + 2, cl->len[i] - 2);
        }
      else
        g_string_append_len (fresh, t, cl->len[i]);
      copy.len[i] = fresh->len - copy.start[i];
    }
  g_string_append (fresh, " .");
  g_string_assign (cl->buf, fresh->str);
  memcpy (cl->start, copy.start, sizeof cl->start);
  memcpy (cl->len, copy.len, sizeof cl->len);
}

/* Parses an N-Quads document; @data stays alive as long as @ls when
 * @stays. */
static gboolean
add_nquads_text (WartaLineSet *ls, const char *name, const char *data, gsize len,
                 gboolean stays, const char *bnode_prefix, GError **error)
{
  WartaCanonLine cl;
  const char *p = data, *end = data + len;
  guint lineno = 0;
  gboolean ok = TRUE;
  const char *bad = NULL;

  if (!g_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_INVALID_UTF8, "%s: not valid UTF-8 at byte %"
                   G_GSIZE_FORMAT, name, (gsize) (bad - data));
      return FALSE;
    }
  warta_canon_line_init (&cl);
  while (p < end && ok)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *eol = nl ? nl : end;
      g_autoptr (GError) local = NULL;

      lineno++;
      if (!warta_canon_parse_line (p, eol - p, &cl, &local))
        {
          g_set_error (error, WARTA_ERROR, WARTA_ERROR_PARSE, "%s:%u: %s", name, lineno,
                       local->message);
          ok = FALSE;
        }
      else if (cl.n_terms > 0)
        {
          if (bnode_prefix != NULL && bnode_prefix[0] != '\0' && cl.has_blank)
            prefix_blanks (&cl, bnode_prefix);
          add_parsed (ls, &cl, p, eol - p, stays);
        }
      p = nl ? nl + 1 : end;
    }
  warta_canon_line_clear (&cl);
  return ok;
}

gboolean
warta_line_set_add_nquads (WartaLineSet *ls, const char *data, gsize len, GError **error)
{
  return add_nquads_text (ls, "(data)", data, len, FALSE, NULL, error);
}

static GBytes *
read_whole (const char *path, GError **error)
{
  if (strcmp (path, "-") == 0)
    {
      g_autoptr (GByteArray) buf = g_byte_array_new ();
      guint8 block[65536];
      size_t n;

      while ((n = fread (block, 1, sizeof block, stdin)) > 0)
        g_byte_array_append (buf, block, n);
      if (ferror (stdin))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "-: cannot read stdin");
          return NULL;
        }
      return g_byte_array_free_to_bytes (g_steal_pointer (&buf));
    }
  else
    {
      GMappedFile *mf = g_mapped_file_new (path, FALSE, error);
      GBytes *bytes;

      if (mf == NULL)
        return NULL;
      bytes = g_mapped_file_get_bytes (mf);  /* holds a reference to @mf */
      g_mapped_file_unref (mf);
      return bytes;
    }
}

void
warta_line_set_add_graph (WartaLineSet *ls, const WartaGraph *g)
{
  g_autoptr (GArray) quads = warta_graph_quads (g);
  g_autoptr (GString) buf = g_string_sized_new (256);

  for (guint i = 0; i < quads->len; i++)
    {
      const WartaQuad *q = &g_array_index (quads, WartaQuad, i);
      const WartaTerm *t[4] = { q->s, q->p, q->o, q->g };
      gboolean blank = FALSE;

      g_string_truncate (buf, 0);
      for (guint k = 0; k < 4 && t[k] != NULL; k++)
        {
          if (k > 0)
            g_string_append_c (buf, ' ');
          warta_canon_append_term (buf, t[k]);
          blank |= t[k]->kind == WARTA_TERM_BLANK;
        }
      g_string_append (buf, " .");
      warta_line_set_add_line (ls, buf->str, buf->len, blank);
    }
}

gboolean
warta_line_set_read_file (WartaLineSet *ls, const char *path, const char *syntax,
                          const char *bnode_prefix, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (ls != NULL && path != NULL, FALSE);

  if (syntax == NULL)
    syntax = strcmp (path, "-") == 0 ? "nquads" : warta_rdf_syntax_from_filename (path);
  if (syntax == NULL || (strcmp (syntax, "nquads") != 0 && strcmp (syntax, "ntriples") != 0))
    {
      g_autoptr (WartaGraph) g = warta_graph_new ();

      if (!warta_graph_parse_file (g, path, syntax, bnode_prefix, error))
        return FALSE;
      warta_line_set_add_graph (ls, g);
      return TRUE;
    }
  bytes = read_whole (path, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!add_nquads_text (ls, path, data ? data : "", len, TRUE, bnode_prefix, error))
    return FALSE;
  g_ptr_array_add (ls->mappings, g_steal_pointer (&bytes));
  return TRUE;
}

char *
warta_line_set_to_string (const WartaLineSet *ls, gsize *len)
{
  GString *out = g_string_sized_new (64);

  for (guint i = 0; i < ls->lines->len; i++)
    {
      const WartaSpan *sp = &g_array_index (ls->lines, WartaSpan, i);

      g_string_append_len (out, sp->str, sp->len);
      g_string_append_c (out, '\n');
    }
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}

/* A term of a canonical line as a term of @g. */
static const WartaTerm *
term_to_graph (WartaGraph *g, const char *t, gsize len, GString *scratch)
{
  const char *close;

  if (t[0] == '<')
    {
      g_string_assign (scratch, "");
      g_string_append_len (scratch, t + 1, len - 2);
      return warta_graph_iri (g, scratch->str);
    }
  if (t[0] == '_')
    {
      g_string_assign (scratch, "");
      g_string_append_len (scratch, t + 2, len - 2);
      return warta_graph_blank (g, scratch->str);
    }
  /* literal: "lex" then @lang or ^^<dt>; lex is escaped canonically */
  {
    g_autoptr (GString) lex = g_string_new (NULL);
    g_autofree char *suffix = NULL;
    const char *p = t + 1;

    for (close = p; *close != '"'; close++)
      if (*close == '\\')
        close++;
    while (p < close)
      {
        if (*p != '\\')
          {
            g_string_append_c (lex, *p++);
            continue;
          }
        p++;
        switch (*p)
          {
          case 'b': g_string_append_c (lex, '\b'); p++; break;
          case 't': g_string_append_c (lex, '\t'); p++; break;
          case 'n': g_string_append_c (lex, '\n'); p++; break;
          case 'f': g_string_append_c (lex, '\f'); p++; break;
          case 'r': g_string_append_c (lex, '\r'); p++; break;
          case 'u':
            {
              char hex[5] = { p[1], p[2], p[3], p[4], 0 };
              gunichar c = (gunichar) g_ascii_strtoull (hex, NULL, 16);

              /* U+0000 cannot live in a C string: kept escaped */
              if (c == 0)
                g_string_append (lex, "\\u0000");
              else
                g_string_append_unichar (lex, c);
              p += 5;
              break;
            }
          default: g_string_append_c (lex, *p++); break;
          }
      }
    suffix = g_strndup (close + 1, len - (gsize) (close + 1 - t));
    if (suffix[0] == '@')
      return warta_graph_literal (g, lex->str, NULL, suffix + 1);
    if (suffix[0] == '^')
      {
        suffix[strlen (suffix) - 1] = '\0';
        return warta_graph_literal (g, lex->str, suffix + 3, NULL);
      }
    return warta_graph_literal (g, lex->str, NULL, NULL);
  }
}

gboolean
warta_line_set_to_graph (const WartaLineSet *ls, WartaGraph *g, GError **error)
{
  WartaCanonLine cl;
  g_autoptr (GString) scratch = g_string_new (NULL);

  warta_canon_line_init (&cl);
  for (guint i = 0; i < ls->lines->len; i++)
    {
      const WartaSpan *sp = &g_array_index (ls->lines, WartaSpan, i);
      const WartaTerm *t[4] = { NULL, NULL, NULL, NULL };

      if (!warta_canon_parse_line (sp->str, sp->len, &cl, error))
        {
          warta_canon_line_clear (&cl);
          return FALSE;
        }
      for (guint k = 0; k < cl.n_terms; k++)
        t[k] = term_to_graph (g, cl.buf->str + cl.start[k], cl.len[k], scratch);
      if (cl.n_terms > 0)
        warta_graph_add (g, t[0], t[1], t[2], t[3]);
    }
  warta_canon_line_clear (&cl);
  return TRUE;
}

/* ================================================================ RDFC-1.0 */

void
warta_canon_options_init (WartaCanonOptions *opts)
{
  opts->hash = WARTA_CANON_SHA256;
  opts->work_limit = WARTA_CANON_WORK_AUTO;
}

gboolean
warta_canon_hash_from_name (const char *name, WartaCanonHash *out)
{
  if (g_ascii_strcasecmp (name, "sha256") == 0 || g_ascii_strcasecmp (name, "sha-256") == 0)
    *out = WARTA_CANON_SHA256;
  else if (g_ascii_strcasecmp (name, "sha384") == 0 || g_ascii_strcasecmp (name, "sha-384") == 0)
    *out = WARTA_CANON_SHA384;
  else
    return FALSE;
  return TRUE;
}

/* A quad: canonical term strings (interned: equal terms, equal
 * pointers); g NULL for the default graph. */
typedef struct {
  const char *t[4];
} CQuad;

typedef struct {
  const char *term;    /* "_:label" */
  GArray *quads;       /* guint indices of the quads mentioning it */
  char *h1;            /* first-degree hash, once computed */
  char *canon;         /* canonical identifier "c14nN", once issued */
} Bnode;

/* An identifier issuer: prefix, counter, and the identifiers issued in
 * order. */
typedef struct {
  const char *prefix;
  GHashTable *ids;     /* Bnode* -> char* */
  GPtrArray *order;    /* Bnode*, in issuing order */
} Issuer;

typedef struct {
  GChecksumType hash;
  guint64 work, limit;
  GStringChunk *terms;
  GArray *quads;          /* CQuad */
  GHashTable *bnodes;     /* term -> Bnode* */
  guint canon_counter;
  GPtrArray *canon_order; /* Bnode* in canonical issuing order */
} Canon;

static Issuer *
issuer_new (const char *prefix)
{
  Issuer *is = g_new0 (Issuer, 1);

  is->prefix = prefix;
  is->ids = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  is->order = g_ptr_array_new ();
  return is;
}

static void
issuer_free (Issuer *is)
{
  if (is == NULL)
    return;
  g_hash_table_unref (is->ids);
  g_ptr_array_unref (is->order);
  g_free (is);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Issuer, issuer_free)

static Issuer *
issuer_copy (const Issuer *src)
{
  Issuer *is = issuer_new (src->prefix);

  for (guint i = 0; i < src->order->len; i++)
    {
      Bnode *b = src->order->pdata[i];

      g_ptr_array_add (is->order, b);
      g_hash_table_insert (is->ids, b, g_strdup (g_hash_table_lookup (src->ids, b)));
    }
  return is;
}

static const char *
issuer_lookup (const Issuer *is, Bnode *b)
{
  return g_hash_table_lookup (is->ids, b);
}

static const char *
issuer_issue (Issuer *is, Bnode *b)
{
  char *id = g_hash_table_lookup (is->ids, b);

  if (id != NULL)
    return id;
  id = g_strdup_printf ("%s%u", is->prefix, is->order->len);
  g_hash_table_insert (is->ids, b, id);
  g_ptr_array_add (is->order, b);
  return id;
}

static void
canon_issue (Canon *c, Bnode *b)
{
  if (b->canon != NULL)
    return;
  b->canon = g_strdup_printf ("c14n%u", c->canon_counter++);
  g_ptr_array_add (c->canon_order, b);
}

static char *
hash_string (Canon *c, const char *data, gsize len)
{
  return g_compute_checksum_for_data (c->hash, (const guchar *) data, len);
}

static gboolean
spend (Canon *c, GError **error)
{
  c->work++;
  if (c->limit != 0 && c->work > c->limit)
    {
      g_set_error (error, WARTA_ERROR, WARTA_ERROR_LIMIT,
                   "canonicalization gave up after %" G_GUINT64_FORMAT " steps of blank node "
                   "hashing (the work limit): too many look-alike blank nodes (a poison "
                   "graph?); raise it with --work-limit, 0 for none",
                   c->limit);
      return FALSE;
    }
  return TRUE;
}

static Bnode *
bnode_of (Canon *c, const char *term)
{
  return term != NULL && term[0] == '_' ? g_hash_table_lookup (c->bnodes, term) : NULL;
}

static void
bnode_free (Bnode *b)
{
  g_array_unref (b->quads);
  g_free (b->h1);
  g_free (b->canon);
  g_free (b);
}

/* Serializes a quad, blank nodes named by @name_of (canonical lines:
 * "s p o [g] .\n"). */
typedef const char *(*NameFunc) (Canon *c, Bnode *b, gpointer data);

static void
append_quad (Canon *c, GString *out, const CQuad *q, NameFunc name_of, gpointer data)
{
  for (guint k = 0; k < 4 && q->t[k] != NULL; k++)
    {
      Bnode *b = bnode_of (c, q->t[k]);

      if (k > 0)
        g_string_append_c (out, ' ');
      if (b != NULL)
        {
          g_string_append (out, "_:");
          g_string_append (out, name_of (c, b, data));
        }
      else
        g_string_append (out, q->t[k]);
    }
  g_string_append (out, " .\n");
}

static const char *
name_first_degree (Canon *c, Bnode *b, gpointer reference)
{
  return b == reference ? "a" : "z";
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* 4.6 Hash First Degree Quads (cached in b->h1). */
static const char *
hash_first_degree (Canon *c, Bnode *b)
{
  g_autoptr (GPtrArray) lines = NULL;
  g_autoptr (GString) all = NULL;

  if (b->h1 != NULL)
    return b->h1;
  lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < b->quads->len; i++)
    {
      GString *s = g_string_new (NULL);

      append_quad (c, s, &g_array_index (c->quads, CQuad, g_array_index (b->quads, guint, i)),
                   name_first_degree, b);
      g_ptr_array_add (lines, g_string_free (s, FALSE));
    }
  g_ptr_array_sort (lines, compare_strings);
  all = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    g_string_append (all, lines->pdata[i]);
  b->h1 = hash_string (c, all->str, all->len);
  return b->h1;
}

/* 4.7 Hash Related Blank Node. */
static char *
hash_related (Canon *c, Bnode *related, const CQuad *q, char position, const Issuer *issuer)
{
  g_autoptr (GString) input = g_string_new (NULL);
  const char *id = NULL;

  g_string_append_c (input, position);
  if (position != 'g')
    g_string_append (input, q->t[1]);
  if (related->canon != NULL || (id = issuer_lookup (issuer, related)) != NULL)
    {
      g_string_append (input, "_:");
      g_string_append (input, related->canon ? related->canon : id);
    }
  else
    g_string_append (input, hash_first_degree (c, related));
  return hash_string (c, input->str, input->len);
}

/* Related hash -> GPtrArray of Bnode* (step 3 of 4.8.3). */
static GHashTable *
related_hashes (Canon *c, Bnode *n, const Issuer *issuer)
{
  static const char positions[4] = { 's', 0, 'o', 'g' };
  GHashTable *hn = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n->quads->len; i++)
    {
      const CQuad *q = &g_array_index (c->quads, CQuad, g_array_index (n->quads, guint, i));

      for (guint k = 0; k < 4; k++)
        {
          Bnode *related = k == 1 ? NULL : bnode_of (c, q->t[k]);
          GPtrArray *list;
          char *h;

          if (related == NULL || related == n)
            continue;
          h = hash_related (c, related, q, positions[k], issuer);
          list = g_hash_table_lookup (hn, h);
          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (hn, h, list);
            }
          else
            g_free (h);
          g_ptr_array_add (list, related);
        }
    }
  return hn;
}

/* Next permutation of @idx[0..n) in lexicographic order; FALSE after the
 * last. */
static gboolean
next_permutation (guint *idx, guint n)
{
  guint i, j, t;

  if (n < 2)
    return FALSE;
  i = n - 1;
  while (i > 0 && idx[i - 1] >= idx[i])
    i--;
  if (i == 0)
    return FALSE;
  j = n - 1;
  while (idx[j] <= idx[i - 1])
    j--;
  t = idx[i - 1], idx[i - 1] = idx[j], idx[j] = t;
  for (j = n - 1; i < j; i++, j--)
    t = idx[i], idx[i] = idx[j], idx[j] = t;
  return TRUE;
}

static inline gboolean
path_worse (const GString *path, const GString *chosen)
{
  return chosen != NULL && path->len >= chosen->len && strcmp (path->str, chosen->str) > 0;
}

static gboolean hash_ndegree (Canon *c, Bnode *n, const Issuer *issuer, char **hash_out,
                              Issuer **issuer_out, GError **error);

/* Steps 5.4.1-5.4.5 for one permutation: the path, and the issuer it
 * leaves.  *@path NULL (no error) when the permutation was skipped. */
static gboolean
try_permutation (Canon *c, GPtrArray *nodes, const guint *idx, const Issuer *issuer,
                 const GString *chosen, GString **path_out, Issuer **issuer_out, GError **error)
{
  g_autoptr (Issuer) copy = issuer_copy (issuer);
  g_autoptr (GString) path = g_string_new (NULL);
  g_autoptr (GPtrArray) recursion = g_ptr_array_new ();

  *path_out = NULL;
  for (guint i = 0; i < nodes->len; i++)
    {
      Bnode *related = nodes->pdata[idx[i]];

      g_string_append (path, "_:");
      if (related->canon != NULL)
        g_string_append (path, related->canon);
      else
        {
          if (issuer_lookup (copy, related) == NULL)
            g_ptr_array_add (recursion, related);
          g_string_append (path, issuer_issue (copy, related));
        }
      if (path_worse (path, chosen))
        return TRUE;
    }
  for (guint i = 0; i < recursion->len; i++)
    {
      Bnode *related = recursion->pdata[i];
      g_autofree char *h = NULL;
      Issuer *result = NULL;

      if (!hash_ndegree (c, related, copy, &h, &result, error))
        return FALSE;
      g_string_append (path, "_:");
      g_string_append (path, issuer_issue (copy, related));
      g_string_append_printf (path, "<%s>", h);
      issuer_free (copy);
      copy = result;
      if (path_worse (path, chosen))
        return TRUE;
    }
  *path_out = g_steal_pointer (&path);
  *issuer_out = g_steal_pointer (&copy);
  return TRUE;
}

/* 4.8 Hash N-Degree Quads: returns the hash and a new issuer. */
static gboolean
hash_ndegree (Canon *c, Bnode *n, const Issuer *issuer, char **hash_out, Issuer **issuer_out,
              GError **error)
{
  g_autoptr (GHashTable) hn = NULL;
  g_autoptr (GString) data = g_string_new (NULL);
  g_autoptr (Issuer) current = issuer_copy (issuer);
  g_autofree char **keys = NULL;
  guint n_keys = 0;

  if (!spend (c, error))
    return FALSE;
  hn = related_hashes (c, n, issuer);
  keys = (char **) g_hash_table_get_keys_as_array (hn, &n_keys);
  qsort (keys, n_keys, sizeof (char *), compare_strings);
  for (guint k = 0; k < n_keys; k++)
    {
      GPtrArray *nodes = g_hash_table_lookup (hn, keys[k]);
      g_autofree guint *idx = g_new (guint, nodes->len);
      g_autoptr (GString) chosen = NULL;
      g_autoptr (Issuer) chosen_issuer = NULL;

      g_string_append (data, keys[k]);
      for (guint i = 0; i < nodes->len; i++)
        idx[i] = i;
      do
        {
          GString *path = NULL;
          Issuer *left = NULL;

          if (!spend (c, error)
              || !try_permutation (c, nodes, idx, current, chosen, &path, &left, error))
            return FALSE;
          if (path != NULL && (chosen == NULL || strcmp (path->str, chosen->str) < 0))
            {
              if (chosen != NULL)
                g_string_free (chosen, TRUE);
              issuer_free (chosen_issuer);
              chosen = path;
              chosen_issuer = left;
            }
          else
            {
              if (path != NULL)
                g_string_free (path, TRUE);
              issuer_free (left);
            }
        }
      while (next_permutation (idx, nodes->len));
      g_string_append (data, chosen->str);
      issuer_free (current);
      current = g_steal_pointer (&chosen_issuer);
    }
  *hash_out = hash_string (c, data->str, data->len);
  *issuer_out = g_steal_pointer (&current);
  return TRUE;
}

/* ---- the main algorithm (4.4) ---- */

static const char *
intern_span (Canon *c, const char *s, gsize len)
{
  g_autofree char *tmp = g_strndup (s, len);

  return g_string_chunk_insert_const (c->terms, tmp);
}

/* Step 1-2: the quads (duplicates dropped) and the blank node map. */
static gboolean
canon_load (Canon *c, const WartaLineSet *in, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  WartaCanonLine cl;
  gboolean ok = TRUE;

  warta_canon_line_init (&cl);
  for (guint i = 0; i < warta_line_set_size (in) && ok; i++)
    {
      const WartaSpan *sp = warta_line_set_get (in, i);
      CQuad q = { { NULL, NULL, NULL, NULL } };
      const char *line = intern_span (c, sp->str, sp->len);

      if (g_hash_table_contains (seen, line))
        continue;
      g_hash_table_add (seen, (char *) line);
      if (!(ok = warta_canon_parse_line (sp->str, sp->len, &cl, error)))
        break;
      if (cl.n_terms == 0)
        continue;
      for (guint k = 0; k < cl.n_terms; k++)
        {
          q.t[k] = intern_span (c, cl.buf->str + cl.start[k], cl.len[k]);
          if (q.t[k][0] == '_')
            {
              Bnode *b = g_hash_table_lookup (c->bnodes, q.t[k]);
              guint qi = c->quads->len;

              if (b == NULL)
                {
                  b = g_new0 (Bnode, 1);
                  b->term = q.t[k];
                  b->quads = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (c->bnodes, (char *) b->term, b);
                }
              if (b->quads->len == 0 || g_array_index (b->quads, guint, b->quads->len - 1) != qi)
                g_array_append_val (b->quads, qi);
            }
        }
      g_array_append_val (c->quads, q);
    }
  warta_canon_line_clear (&cl);
  return ok;
}

static int
compare_bnode_terms (gconstpointer a, gconstpointer b)
{
  const Bnode *x = *(Bnode *const *) a, *y = *(Bnode *const *) b;

  return strcmp (x->term, y->term);
}

/* Steps 3-5: first-degree hashes; unique ones get canonical identifiers.
 * Returns the non-unique groups, ordered by hash (GPtrArray of GPtrArray
 * of Bnode*). */
static GPtrArray *
issue_unique (Canon *c)
{
  g_autoptr (GHashTable) by_hash = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  g_autofree char **keys = NULL;
  GPtrArray *rest = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint n_keys = 0;
  GHashTableIter it;
  gpointer value;

  g_hash_table_iter_init (&it, c->bnodes);
  while (g_hash_table_iter_next (&it, NULL, &value))
    g_ptr_array_add (all, value);

  /* a fixed order, so that ties among equal hashes do not depend on
   * hash-table iteration */
  g_ptr_array_sort (all, compare_bnode_terms);
  for (guint i = 0; i < all->len; i++)
    {
      Bnode *b = all->pdata[i];
      const char *h = hash_first_degree (c, b);
      GPtrArray *list = g_hash_table_lookup (by_hash, h);

      if (list == NULL)
        g_hash_table_insert (by_hash, (char *) h, list = g_ptr_array_new ());
      g_ptr_array_add (list, b);
    }
  keys = (char **) g_hash_table_get_keys_as_array (by_hash, &n_keys);
  qsort (keys, n_keys, sizeof (char *), compare_strings);
  for (guint k = 0; k < n_keys; k++)
    {
      GPtrArray *list = g_hash_table_lookup (by_hash, keys[k]);

      if (list->len == 1)
        canon_issue (c, list->pdata[0]);
      else
        g_ptr_array_add (rest, g_ptr_array_ref (list));
    }
  return rest;
}

typedef struct {
  char *hash;
  Issuer *issuer;
} HashPath;

static void
hash_path_free (HashPath *hp)
{
  g_free (hp->hash);
  issuer_free (hp->issuer);
  g_free (hp);
}

static int
compare_hash_paths (gconstpointer a, gconstpointer b)
{
  const HashPath *x = *(HashPath *const *) a, *y = *(HashPath *const *) b;

  return strcmp (x->hash, y->hash);
}

/* Step 6 for one group of blank nodes sharing a first-degree hash. */
static gboolean
issue_group (Canon *c, GPtrArray *group, GError **error)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func ((GDestroyNotify) hash_path_free);

  for (guint i = 0; i < group->len; i++)
    {
      Bnode *n = group->pdata[i];
      g_autoptr (Issuer) temp = NULL;
      HashPath *hp;

      if (n->canon != NULL)
        continue;
      temp = issuer_new ("b");
      issuer_issue (temp, n);
      hp = g_new0 (HashPath, 1);
      if (!hash_ndegree (c, n, temp, &hp->hash, &hp->issuer, error))
        {
          g_free (hp);
          return FALSE;
        }
      g_ptr_array_add (paths, hp);
    }
  g_ptr_array_sort (paths, compare_hash_paths);
  for (guint i = 0; i < paths->len; i++)
    {
      HashPath *hp = paths->pdata[i];

      for (guint j = 0; j < hp->issuer->order->len; j++)
        canon_issue (c, hp->issuer->order->pdata[j]);
    }
  return TRUE;
}

static const char *
name_canonical (Canon *c, Bnode *b, gpointer data)
{
  return b->canon;
}

/* Step 7: the canonical lines, sorted. */
static WartaLineSet *
canon_output (Canon *c)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  WartaLineSet *out = warta_line_set_new ();
  gboolean blank = g_hash_table_size (c->bnodes) > 0;

  for (guint i = 0; i < c->quads->len; i++)
    {
      GString *s = g_string_new (NULL);

      append_quad (c, s, &g_array_index (c->quads, CQuad, i), name_canonical, NULL);
      g_string_truncate (s, s->len - 1);  /* the newline */
      g_ptr_array_add (lines, g_string_free (s, FALSE));
    }
  g_ptr_array_sort (lines, compare_strings);
  for (guint i = 0; i < lines->len; i++)
    if (i == 0 || strcmp (lines->pdata[i], lines->pdata[i - 1]) != 0)
      warta_line_set_add_line (out, lines->pdata[i], strlen (lines->pdata[i]),
                               blank && strstr (lines->pdata[i], "_:") != NULL);
  return out;
}

static GHashTable *
canon_map (Canon *c)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter it;
  gpointer value;

  g_hash_table_iter_init (&it, c->bnodes);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      Bnode *b = value;

      g_hash_table_insert (map, g_strdup (b->term + 2), g_strdup (b->canon));
    }
  return map;
}

static void
canon_clear (Canon *c)
{
  g_string_chunk_free (c->terms);
  g_array_unref (c->quads);
  g_hash_table_unref (c->bnodes);
  g_ptr_array_unref (c->canon_order);
}

WartaLineSet *
warta_canonicalize (const WartaLineSet *in, const WartaCanonOptions *opts, GHashTable **issued,
                    guint64 *work, GError **error)
{
  WartaCanonOptions defaults;
  Canon c = { 0 };
  g_autoptr (GPtrArray) groups = NULL;
  WartaLineSet *out = NULL;
  gboolean ok;

  g_return_val_if_fail (in != NULL, NULL);
  if (opts == NULL)
    {
      warta_canon_options_init (&defaults);
      opts = &defaults;
    }
  c.hash = opts->hash == WARTA_CANON_SHA384 ? G_CHECKSUM_SHA384 : G_CHECKSUM_SHA256;
  c.limit = opts->work_limit;
  c.terms = g_string_chunk_new (1 << 16);
  c.quads = g_array_new (FALSE, FALSE, sizeof (CQuad));
  c.bnodes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) bnode_free);
  c.canon_order = g_ptr_array_new ();

  ok = canon_load (&c, in, error);
  if (ok && c.limit == WARTA_CANON_WORK_AUTO)
    c.limit = WARTA_CANON_WORK_BASE
              + (guint64) WARTA_CANON_WORK_PER_BNODE * g_hash_table_size (c.bnodes);
  if (ok)
    {
      groups = issue_unique (&c);
      for (guint i = 0; i < groups->len && ok; i++)
        ok = issue_group (&c, groups->pdata[i], error);
    }
  if (ok)
    {
      out = canon_output (&c);
      if (issued != NULL)
        *issued = canon_map (&c);
    }
  if (work != NULL)
    *work = c.work;
  canon_clear (&c);
  return out;
}

char *
warta_canon_map_to_json (GHashTable *issued)
{
  g_autofree char **keys = NULL;
  GString *out = g_string_new ("{");
  guint n = 0;

  keys = (char **) g_hash_table_get_keys_as_array (issued, &n);
  qsort (keys, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *k = g_strescape (keys[i], NULL);
      g_autofree char *v = g_strescape (g_hash_table_lookup (issued, keys[i]), NULL);

      g_string_append_printf (out, "%s\n  \"%s\": \"%s\"", i > 0 ? "," : "", k, v);
    }
  g_string_append (out, n > 0 ? "\n}\n" : "}\n");
  return g_string_free (out, FALSE);
}
