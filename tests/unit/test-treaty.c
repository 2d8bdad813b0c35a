/* test-treaty.c: a treaty's acts and instruments are separate facts.
 *
 * The gold format flattens treaties into parties, signatories and a
 * signing month, so it cannot say which node a signatory is on.  These
 * tests read the extracted facts directly: a treaty's signing is one fact,
 * its ratification, entry into force and exchange of instruments are
 * others (dated by warta:date, never by signedOn), a protocol signed under
 * it has its own signatories, and a treaty it replaces is a treaty of its
 * own. */
#include <string.h>

#include "warta-build.h"
#include "warta-test.h"

static WartaLexicon *lexicon;

static WartaFactSet *
extract (const char *text, const char *lang)
{
  return warta_test_extract (lexicon, text, lang);
}

static GPtrArray *
treaties (WartaFactSet *set)
{
  GPtrArray *out = g_ptr_array_new ();
  for (guint k = 0; k < set->facts->len; k++)
    {
      WartaFact *f = g_ptr_array_index (set->facts, k);
      if (f->kind == WARTA_FACT_TREATY)
        g_ptr_array_add (out, f);
    }
  return out;
}

static WartaFact *
treaty_with_act (GPtrArray *ts, const char *act)
{
  for (guint k = 0; k < ts->len; k++)
    {
      WartaFact *f = g_ptr_array_index (ts, k);
      if (g_strcmp0 (f->treaty_act ? f->treaty_act : "signing", act) == 0)
        return f;
    }
  return NULL;
}

static gboolean
has_iri (GPtrArray *set, const char *slug)
{
  g_autofree char *iri = g_strconcat (WARTA_ID_BASE "actor/", slug, NULL);
  for (guint k = 0; k < set->len; k++)
    if (strcmp (g_ptr_array_index (set, k), iri) == 0)
      return TRUE;
  return FALSE;
}

static void
test_entry_into_force (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "Rusia dan Korea Utara menandatangani pakta pertahanan pada Juni 2024.\n"
      "Pakta tersebut mulai berlaku pada Desember 2024.\n", "id");
  g_autoptr (GPtrArray) ts = treaties (set);
  WartaFact *signing = treaty_with_act (ts, "signing");
  WartaFact *force = treaty_with_act (ts, "entry-into-force");
  g_assert_nonnull (signing);
  g_assert_nonnull (force);
  if (!signing || !force)
    return;
  g_assert_true (signing != force);
  g_assert_cmpint (signing->signed_on.year, ==, 2024);
  g_assert_cmpint (signing->signed_on.month, ==, 6);
  /* the entry into force is dated, but not as a signing */
  g_assert_cmpint (force->signed_on.precision, ==, WARTA_DATE_NONE);
  g_assert_cmpint (force->date.month, ==, 12);
  g_assert_true (has_iri (force->parties, "russia") && has_iri (force->parties, "north-korea"));
}

static void
test_ratification_en (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "Japan and the Philippines signed a defence pact in July 2024.\n"
      "The Philippine senate ratified the pact in December 2024.\n", "en");
  g_autoptr (GPtrArray) ts = treaties (set);
  WartaFact *signing = treaty_with_act (ts, "signing");
  WartaFact *rat = treaty_with_act (ts, "ratification");
  g_assert_nonnull (signing);
  g_assert_nonnull (rat);
  if (!signing || !rat)
    return;
  g_assert_cmpint (signing->signed_on.month, ==, 7);
  g_assert_cmpint (rat->signed_on.precision, ==, WARTA_DATE_NONE);
}

static void
test_exchange (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "Rusia dan Korea Utara menandatangani perjanjian kemitraan pada Juni 2024.\n"
      "Kedua negara bertukar instrumen ratifikasi di Moskow pada 4 Desember 2024.\n", "id");
  g_autoptr (GPtrArray) ts = treaties (set);
  WartaFact *ex = treaty_with_act (ts, "exchange");
  g_assert_nonnull (ex);
  if (!ex)
    return;
  g_assert_cmpint (ex->date.day, ==, 4);
  g_assert_nonnull (treaty_with_act (ts, "signing"));
}

static void
test_protocol_signatories (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "Tiongkok dan Rusia menandatangani perjanjian persahabatan pada Juli 2001.\n"
      "Pada Maret 2023, Wang Yi dan Sergei Lavrov menandatangani protokol perjanjian tersebut.\n",
      "id");
  g_autoptr (GPtrArray) ts = treaties (set);
  WartaFact *treaty = treaty_with_act (ts, "signing");
  WartaFact *protocol = treaty_with_act (ts, "protocol");
  g_assert_nonnull (treaty);
  g_assert_nonnull (protocol);
  if (!treaty || !protocol)
    return;
  g_assert_true (has_iri (protocol->signatories, "wang-yi"));
  g_assert_true (has_iri (protocol->signatories, "sergei-lavrov"));
  /* the protocol's signatories did not sign the treaty */
  g_assert_cmpuint (treaty->signatories->len, ==, 0);
  g_assert_cmpint (treaty->signed_on.year, ==, 2001);
  g_assert_cmpint (protocol->signed_on.year, ==, 2023);
}

static void
test_replaced_treaty (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "Rusia dan Korea Utara menandatangani perjanjian baru pada Juni 2024, yang menggantikan "
      "perjanjian tahun 1961.\n", "id");
  g_autoptr (GPtrArray) ts = treaties (set);
  g_assert_cmpuint (ts->len, ==, 2);
  gboolean new_one = FALSE, old_one = FALSE;
  for (guint k = 0; k < ts->len; k++)
    {
      WartaFact *f = g_ptr_array_index (ts, k);
      g_assert_true (has_iri (f->parties, "russia") && has_iri (f->parties, "north-korea"));
      new_one |= f->signed_on.year == 2024 && f->signed_on.month == 6;
      old_one |= f->signed_on.year == 1961 && f->signed_on.precision == WARTA_DATE_YEAR;
    }
  g_assert_true (new_one);
  g_assert_true (old_one);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  lexicon = warta_test_lexicon ();
  g_test_add_func ("/treaty/entry-into-force", test_entry_into_force);
  g_test_add_func ("/treaty/ratification-en", test_ratification_en);
  g_test_add_func ("/treaty/exchange", test_exchange);
  g_test_add_func ("/treaty/protocol-signatories", test_protocol_signatories);
  g_test_add_func ("/treaty/replaced", test_replaced_treaty);
  int rc = g_test_run ();
  warta_lexicon_free (lexicon);
  return rc;
}
