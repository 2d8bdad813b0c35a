/* test-arms.c: an arms transfer keeps the count each source gave.
 *
 * The gold format has no column for how many weapons were sent, so these
 * tests read the extracted facts directly: the quantity is the number
 * written before the weapons ("12 million", "20"), never a price or "satu
 * pun" (not a single one), and two sources giving different counts of the
 * same shipment make two transfers, each with its own claim — as two troop
 * counts make two deployments. */
#include <string.h>

#include "warta-build.h"
#include "warta-test.h"

static WartaLexicon *lexicon;

static WartaFactSet *
extract (const char *text, const char *lang)
{
  return warta_test_extract (lexicon, text, lang);
}

/* The transfer whose quantity is @quantity (NULL: one without). */
static WartaFact *
transfer_counted (WartaFactSet *set, const char *quantity)
{
  for (guint k = 0; k < set->facts->len; k++)
    {
      WartaFact *f = g_ptr_array_index (set->facts, k);
      if (f->kind == WARTA_FACT_ARMS_TRANSFER && g_strcmp0 (f->quantity, quantity) == 0)
        return f;
    }
  return NULL;
}

static guint
count_kind (WartaFactSet *set, WartaFactKind kind)
{
  guint n = 0;
  for (guint k = 0; k < set->facts->len; k++)
    n += ((WartaFact *) g_ptr_array_index (set->facts, k))->kind == kind;
  return n;
}

/* The speaker slug of the claim about @event, or NULL. */
static const char *
claimant (WartaFactSet *set, const WartaFact *event)
{
  for (guint k = 0; k < set->facts->len; k++)
    {
      WartaFact *f = g_ptr_array_index (set->facts, k);
      if (f->kind == WARTA_FACT_CLAIM && f->about == event)
        return strrchr (f->speaker, '/') + 1;
    }
  return NULL;
}

static void
test_counts_by_source (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "North Korea has shipped more than 12 million artillery shells to Russia, South Korea's "
      "National Intelligence Service said on Thursday.\n"
      "Ukraine's military intelligence said last month that North Korea had delivered about "
      "6.5 million artillery shells to Russia.\n", "en");
  WartaFact *nis = transfer_counted (set, "12 million");
  WartaFact *hur = transfer_counted (set, "6.5 million");
  g_assert_nonnull (nis);
  g_assert_nonnull (hur);
  g_assert_cmpuint (count_kind (set, WARTA_FACT_ARMS_TRANSFER), ==, 2);
  if (!nis || !hur)
    return;
  g_assert_true (nis != hur);
  g_assert_cmpstr (nis->iri, !=, hur->iri);
  g_assert_cmpstr (claimant (set, nis), ==, "national-intelligence-service");
  g_assert_cmpstr (claimant (set, hur), ==, "ukrainian-military-intelligence");
}

static void
test_count_before_item_id (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "Polandia membeli 180 tank K2 senilai 6,5 miliar dolar AS dari Korea Selatan.\n", "id");
  WartaFact *f = transfer_counted (set, "180");
  g_assert_nonnull (f);
  if (f)
    g_assert_cmpstr (f->item, ==, "tank");
  g_assert_null (transfer_counted (set, "6,5 miliar"));
}

static void
test_not_a_single_one (void)
{
  g_autoptr (WartaFactSet) set = extract (
      "RIA Novosti melaporkan bahwa Polandia mengirim howitzer K9 ke Ukraina.\n"
      "\"Tidak satu pun howitzer kami dikirim ke Ukraina,\" kata juru bicara Kementerian "
      "Pertahanan Polandia.\n", "id");
  g_assert_null (transfer_counted (set, "satu"));
  g_assert_nonnull (transfer_counted (set, NULL));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  lexicon = warta_test_lexicon ();
  g_test_add_func ("/arms/counts-by-source", test_counts_by_source);
  g_test_add_func ("/arms/count-before-item-id", test_count_before_item_id);
  g_test_add_func ("/arms/not-a-single-one", test_not_a_single_one);
  int rc = g_test_run ();
  warta_lexicon_free (lexicon);
  return rc;
}
