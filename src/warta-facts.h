/* warta-facts.h: what extraction finds, before it is RDF — and how it
 * becomes RDF with stable IRIs.
 *
 * THE MODEL
 *
 * Extraction yields WartaFacts of two families:
 *
 *   events      Deployment, ArmsTransfer, Treaty — something that happened
 *               (or is said to have happened) in the world;
 *   statements  Claim, Denial, NonConfirmation — somebody saying something
 *               about an event or about another statement.
 *
 * A claim is never folded into its event.  "NIS says North Korea sent
 * 1,500 troops" is two nodes: a Deployment {agent North Korea, troops 1500}
 * and a Claim {speaker NIS, about → that Deployment}.  Two sources giving
 * different counts give two Deployments (1,500 and 10,000), each with its
 * own Claim, so every figure stays attributed to whoever gave it.  A Denial
 * points at the event it denies ("Russia denied using North Korean troops")
 * or at the Statement it rejects ("dismissed the claims as fake news").  A
 * negated denial ("Putin did not deny") yields nothing.  An event the
 * article states in its own voice has no Statement at all.
 *
 * STABLE IRIS
 *
 * Every node IRI is minted from the node's identifying content, so the same
 * fact read from another article, another run or a later corpus version
 * gets the same IRI, and two articles reporting the same thing give ONE
 * node whose prov:wasDerivedFrom lists both:
 *
 *   actor      WARTA_ID_BASE "actor/" slug(prefLabel@en)  (registry actors
 *              keep the IRI written in ontology/actors.ttl)
 *   article    WARTA_ID_BASE "article/" slug(file base name)
 *   event      WARTA_ID_BASE "<kind>/" hex(SHA-256(key))[0..16]
 *   statement  WARTA_ID_BASE "<kind>/" hex(SHA-256(key))[0..16]
 *
 * where key is a canonical string of the identifying fields, each
 * normalised (IRIs as is, sets sorted, numbers in decimal):
 *
 *   Deployment   "Deployment|agent|dest1,dest2|troops|date"
 *   ArmsTransfer "ArmsTransfer|agent|recipient|item[|quantity]"
 *   Treaty       "Treaty|party1,party2,…|signedOn|kind-of-act|signatory1,…"
 *   Statement    "<Class>|speaker|about-IRI"
 *
 * Evidence, rule ids, articles, unit, transport and dates of a statement are
 * NOT in the key: they accumulate on the node.  The evidence sentence is
 * therefore never part of an identity, so fixing a typo elsewhere in an
 * article does not move a fact.  slug() is lower-case ASCII letters and
 * digits joined by '-', after Unicode decomposition.
 *
 * Ownership: a WartaFactSet owns its facts; facts own their strings and
 * arrays.  Actor references are IRIs (strings), never pointers, so facts
 * outlive the lexicon they were read with. */
#pragma once

#include <glib.h>
#include "warta-date.h"

G_BEGIN_DECLS

typedef enum {
  WARTA_FACT_DEPLOYMENT,
  WARTA_FACT_ARMS_TRANSFER,
  WARTA_FACT_TREATY,
  WARTA_FACT_CLAIM,
  WARTA_FACT_DENIAL,
  WARTA_FACT_NON_CONFIRMATION,
  WARTA_FACT_N_KINDS
} WartaFactKind;

/* "Deployment", "ArmsTransfer", "Treaty", "Claim", "Denial", "NonConfirmation" */
const char *warta_fact_kind_name (WartaFactKind kind);
gboolean warta_fact_kind_is_statement (WartaFactKind kind);

/* Where a fact was read: one per (article, sentence, rule).  A merged fact
 * has several. */
typedef struct {
  char *article_id;   /* WartaDocument id */
  char *sentence;     /* the evidence sentence, as in the text */
  char *rule;         /* the rule that produced the fact, e.g. "deploy.active" or a lexicon entry IRI */
  gsize start, end;   /* byte offsets of the sentence in the article */
} WartaSource;

typedef struct _WartaFact WartaFact;
struct _WartaFact {
  WartaFactKind kind;
  char *iri;               /* minted by warta_fact_mint_iri; NULL until then */

  /* events */
  char *agent;             /* Deployment, ArmsTransfer: actor IRI (required) */
  GPtrArray *destinations; /* Deployment: place/state IRIs (utf8), sorted, unique */
  gint64 troops;           /* Deployment: -1 when no number was given */
  WartaDate date;          /* Deployment: warta:date (single point) */
  WartaDate start_date, end_date; /* Deployment: warta:startDate / endDate */
  char *transported_by;    /* Deployment: actor IRI or NULL */
  char *unit;              /* Deployment: e.g. "special forces", or NULL */
  char *recipient;         /* ArmsTransfer: actor IRI */
  char *item;              /* ArmsTransfer: literal or NULL */
  char *quantity;          /* ArmsTransfer: literal or NULL */
  GPtrArray *parties;      /* Treaty: actor IRIs, sorted, unique */
  GPtrArray *signatories;  /* Treaty: person IRIs, sorted, unique */
  WartaDate signed_on;     /* Treaty */
  char *signed_at;         /* Treaty: place IRI or NULL */
  GPtrArray *provisions;   /* Treaty: literals */
  char *treaty_act;        /* Treaty: "signing" (default, NULL), "ratification", "entry-into-force",
                            * "exchange", or "protocol" (emitted as warta:Protocol, not
                            * warta:Treaty: a protocol's signers did not sign the treaty) */
  char *label;             /* Treaty: name as written, optional */

  /* statements */
  char *speaker;           /* actor IRI (required) */
  WartaFact *about;        /* (not owned) the event or statement it is about */
  char *about_iri;         /* IRI of ->about once minted (owned) */

  GPtrArray *sources;      /* (element-type WartaSource) at least one */
};

WartaFact *warta_fact_new (WartaFactKind kind);
/* A deep copy of every field and source, without ->iri and ->about_iri
 * (the copy is meant to be changed, then minted anew); ->about is shared,
 * as it is never owned. */
WartaFact *warta_fact_copy (const WartaFact *fact);
void warta_fact_free (WartaFact *fact);
void warta_fact_add_source (WartaFact *fact, const char *article_id, const char *sentence,
                            gsize start, gsize end, const char *rule);
/* Adds @iri to a sorted unique string array (destinations, parties, …). */
void warta_strv_set_add (GPtrArray *set, const char *iri);
/* Removes @iri from such an array, if it is there (its string is freed by
 * the array's free function). */
void warta_strv_set_remove (GPtrArray *set, const char *iri);

/* The canonical identity key described above (g_free it).  For a
 * statement, fact->about must have been minted first. */
char *warta_fact_identity_key (const WartaFact *fact);
/* Mints fact->iri (and fact->about_iri) from the key. */
void warta_fact_mint_iri (WartaFact *fact);

/* IRIs of things other than facts. */
char *warta_slug (const char *text);
char *warta_mint_actor_iri (const char *pref_label);
char *warta_mint_article_iri (const char *article_id);

/* A set of facts that merges duplicates: adding a fact whose IRI is
 * already present merges its sources (and optional fields the first copy
 * lacked) into the existing one and frees the new copy. */
typedef struct {
  GPtrArray *facts;        /* (element-type WartaFact) in insertion order */
  GHashTable *by_iri;      /* iri -> WartaFact (not owned) */
} WartaFactSet;

WartaFactSet *warta_fact_set_new (void);
void warta_fact_set_free (WartaFactSet *set);
/* Mints the IRI of @fact (its ->about must already be in the set, or
 * minted) and adds it; returns the fact now in the set (which may be an
 * earlier copy).  Takes ownership of @fact. */
WartaFact *warta_fact_set_add (WartaFactSet *set, WartaFact *fact);
/* Facts sorted by IRI (element-type WartaFact, container only). */
GPtrArray *warta_fact_set_sorted (const WartaFactSet *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaFact, warta_fact_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaFactSet, warta_fact_set_free)

G_END_DECLS
