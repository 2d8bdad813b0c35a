/* warta-lexicon.h: everything warta knows about words and names, loaded
 * from the Turtle files in ontology/ at start-up with Raptor.
 *
 * Two kinds of knowledge, both pure data:
 *
 *  1. The actor and place registry (ontology/actors.ttl).  Each warta:State,
 *     warta:Organization, warta:Person or warta:Place has one
 *     skos:prefLabel@en, any number of skos:altLabel / skos:prefLabel in
 *     other languages, optional warta:affiliation, warta:locatedIn and
 *     owl:sameAs.  Every label, in any language, is a way to mention it.
 *
 *  2. The lexicon (ontology/lexicon.ttl): words and phrases by grammatical
 *     job.  Each entry is a resource
 *         lex:kirim a warta:LexicalEntry ;
 *             warta:category warta:DeploymentTrigger ;
 *             skos:prefLabel "kirim"@id ;
 *             skos:altLabel "mengirim"@id, "dikirim"@id .
 *     Every label of an entry is a form; a form of several words is a
 *     phrase matched token by token.  The category IRIs are the fixed part
 *     (the grammar knows what a denial verb is); the words are data, so an
 *     analyst adds a verb by adding a label.  Optional properties on an
 *     entry are kept as attributes (warta:bearerClass on titles,
 *     warta:unitLabel on unit nouns, …).
 *
 * Forms are analysed with the same stemmer as the text
 * (warta_token_analyse_word), so "kirim" matches mengirim, dikirim,
 * pengiriman; see warta-token.h for the matching rule.  An entry with
 * warta:matching "surface" matches folded forms only, never by stem (for
 * function words, and verbs whose stem is a common word: ditempatkan ->
 * "tempat").  An entry whose labels are in several languages becomes one
 * WartaLexEntry per language, all with the entry's IRI.
 *
 * Ownership: the WartaLexicon owns every actor and entry; pointers into it
 * stay valid until warta_lexicon_free.  Actors added at run time
 * (warta_lexicon_add_actor) are owned by it too.  Not thread-safe for
 * writing; read-only use from several threads is fine. */
#pragma once

#include <glib.h>
#include "warta-token.h"
#include "warta-reader.h"

G_BEGIN_DECLS

#define WARTA_NS "https://w3id.org/warta/ns#"
#define WARTA_ID_BASE "https://w3id.org/warta/id/"

typedef enum {
  WARTA_ACTOR_STATE,
  WARTA_ACTOR_ORGANIZATION,
  WARTA_ACTOR_PERSON,
  WARTA_ACTOR_PLACE,
} WartaActorClass;

typedef struct {
  char *text;  /* label as written in the ontology */
  char *lang;  /* "en", "id", … or "" */
} WartaLabel;

typedef struct _WartaActor WartaActor;
struct _WartaActor {
  char *iri;
  WartaActorClass klass;
  char *pref_label;       /* the skos:prefLabel@en (canonical English name) */
  GPtrArray *labels;      /* (element-type WartaLabel) every label, prefLabel first */
  char *affiliation_iri;  /* or NULL */
  char *located_in_iri;   /* or NULL */
  char *same_as;          /* owl:sameAs IRI or NULL */
  gboolean learned;       /* added at run time from text, not from the registry */
  gboolean fields_forces; /* warta:fieldsForces: a bloc that sends troops of its own (NATO, CSTO) */
  gboolean makes_arms;    /* warta:makesArms: an arms maker or exporter (Baykar, Rosoboronexport) */
};

/* Grammatical jobs of lexicon entries.  The names are the local names of the
 * category IRIs in the warta: namespace (warta:DeploymentTrigger …). */
typedef enum {
  WARTA_LEX_DEPLOYMENT_TRIGGER,  /* kirim, kerahkan, tempatkan; send, deploy */
  WARTA_LEX_TRANSPORT_TRIGGER,   /* angkut, pindahkan; transport, ferry */
  WARTA_LEX_PRESENCE_TRIGGER,    /* tiba, berada, ditempatkan; arrive, be stationed */
  WARTA_LEX_SUPPLY_TRIGGER,      /* pasok, jual; supply, sell */
  WARTA_LEX_SIGNING_TRIGGER,     /* tandatangani; sign */
  WARTA_LEX_RATIFICATION_TRIGGER,/* ratifikasi, berlaku; ratify, enter into force */
  WARTA_LEX_TREATY_NOUN,         /* perjanjian, pakta, kesepakatan; treaty, pact */
  WARTA_LEX_TROOP_NOUN,          /* tentara, pasukan, prajurit; troops, soldiers */
  WARTA_LEX_UNIT_NOUN,           /* pasukan khusus; special forces (attr unitLabel) */
  WARTA_LEX_WEAPON_NOUN,         /* senjata, rudal, amunisi; weapons, missiles */
  WARTA_LEX_CLAIM_VERB,          /* mengatakan, mengonfirmasi, melaporkan, menuduh; say, confirm */
  WARTA_LEX_DENIAL_VERB,         /* membantah, menepis, menyangkal; deny, dismiss */
  WARTA_LEX_DENIAL_PHRASE,       /* berita palsu, tidak berdasar; fake news, groundless */
  WARTA_LEX_NONCONFIRM_PHRASE,   /* belum dapat memastikan, masih menyelidiki; could not verify */
  WARTA_LEX_REFUSAL_PHRASE,      /* menolak menjawab, tidak mengomentari; declined to comment */
  WARTA_LEX_NEGATOR,             /* tidak, belum, bukan, tak; not, never */
  WARTA_LEX_CONDITIONAL,         /* jika, apabila; if */
  WARTA_LEX_HEDGE,               /* belum tentu; not necessarily */
  WARTA_LEX_REPORT_CONTINUATION, /* disebutkan bahwa, disampaikan bahwa */
  WARTA_LEX_SPEAKER_ANAPHOR,     /* dia, ia, badan tersebut; he, she, the agency */
  WARTA_LEX_EVENT_ANAPHOR,       /* klaim tersebut, laporan itu; the claims, the report */
  WARTA_LEX_GROUP_ANAPHOR,       /* kedua negara; both countries */
  WARTA_LEX_PLACE_INTRO,         /* wilayah, kota, provinsi; region, city */
  WARTA_LEX_TITLE,               /* presiden, juru bicara, menteri pertahanan (attr bearerClass) */
  WARTA_LEX_ROLE_NOUN,           /* pejabat, diplomat; official, diplomat (unnamed speakers) */
  WARTA_LEX_ORG_NOUN,            /* kementerian, badan, dinas; ministry, agency */
  WARTA_LEX_COMPLEMENTIZER,      /* bahwa; that */
  WARTA_LEX_ACCORDING_TO,        /* menurut; according to */
  WARTA_LEX_QUOTE_CUE,           /* kata, ujar, tambahnya after a clause; said, added */
  WARTA_LEX_PREP_DESTINATION,    /* ke, menuju; to, into */
  WARTA_LEX_PREP_LOCATION,       /* di; in, at */
  WARTA_LEX_PREP_ORIGIN,         /* dari; from */
  WARTA_LEX_PREP_AGENT,          /* oleh; by */
  WARTA_LEX_PREP_MEANS,          /* melalui, dengan kapal; via, aboard */
  WARTA_LEX_CLAUSE_BREAK,        /* tetapi, namun, sementara; but, while */
  WARTA_LEX_BOILERPLATE_LINE,    /* Advertisement, Sumber (whole line) */
  WARTA_LEX_BOILERPLATE_PREFIX,  /* Baca Juga, Editor (line start) */
  WARTA_LEX_PREP_OTHER,          /* dengan, untuk, pada, dalam, tentang; with, for, on, about */
  WARTA_LEX_RELATIVIZER,         /* yang; which, who, that (relative) */
  WARTA_LEX_COORDINATOR,         /* dan, serta, maupun, baik; and, or, both */
  WARTA_LEX_LIST_INTRO,          /* termasuk, seperti, yaitu; including, such as */
  WARTA_LEX_PROVISION_VERB,      /* menyediakan, menetapkan, mencakup; provides, commits */
  WARTA_LEX_PURPOSE_MARKER,      /* untuk, guna, demi; in order to */
  WARTA_LEX_ASPECT_ADVERB,       /* telah, sudah, akan, sedang, pernah, segera, juga; has, will, also */
  WARTA_LEX_PASSIVE_AUX,         /* was, were, been, is, are (English passive: "were sent") */
  WARTA_LEX_REPLACEMENT_VERB,    /* menggantikan; replaces, supersedes (a treaty replacing another) */
  WARTA_LEX_PROSPECTIVE,         /* akan, dijadwalkan, berencana; will, expected to, plans to */
  WARTA_LEX_ACQUIRE_TRIGGER,     /* membeli, mengimpor dari; buy, import from (the recipient acts) */
  WARTA_LEX_DETERMINER,          /* sebuah, suatu; the, a, its (English: a trigger after one is a noun) */
  WARTA_LEX_BORDER_NOUN,         /* perbatasan; border, frontier ("to the Belarusian border" is not Belarus) */
  WARTA_LEX_DEMONSTRATIVE,       /* itu, tersebut; the, this, that ("direktorat itu", "the agency" name a body said before) */
  WARTA_LEX_CASUALTY_WORD,       /* tewas, terluka, korban; killed, wounded (a count of them is no deployment) */
  WARTA_LEX_BLOCKING_VERB,       /* melarang, mengecam; bans, condemned (its subject does not do the act it governs) */
  WARTA_LEX_FIGURE_NOUN,         /* angka, jumlahnya; figure, number (a count given for an event told before) */
  WARTA_LEX_PREP_SIDE,           /* untuk, di barisan; for, in the ranks of (the side fighters fight for) */
  WARTA_LEX_NAME_PARTICLE,       /* de, van, bin (a lowercase word inside a personal name) */
  WARTA_LEX_COMPLEMENT_MARKER,   /* sebagai; as ("dismissed the reports as fantasies invented in Paris") */
  WARTA_LEX_WITNESS_MARKER,      /* disaksikan; witnessed by, looking on (who watch sign nothing) */
  WARTA_LEX_PLACE_ANAPHOR,       /* negara itu; the country (where troops were said to be before) */
  WARTA_LEX_REQUEST_WORD,        /* meminta, mendesak; asked, urged (an act asked for is no act) */
  WARTA_LEX_COMITATIVE,          /* bersama, beserta; along with (troops sent with a system) */
  WARTA_LEX_QUANTITY_FLOOR,      /* tidak kurang dari; no fewer than (negates nothing) */
  WARTA_LEX_REGION_MODIFIER,     /* Barat, Eropa; Western (a region, no state, names a speaker) */
  WARTA_LEX_DEAL_NOUN,           /* kontrak, kesepakatan; contract (its maker buys) */
  WARTA_LEX_FORMER_MARKER,       /* mantan, eks; former, retired (ex-soldiers: no state's force) */
  WARTA_LEX_CONCURRENCE,         /* senada, sejalan dengan itu; similarly, likewise (same topic) */
  WARTA_LEX_IMITATION,           /* replika, tiruan; replica, mock (a copy of a weapon is none) */
  WARTA_LEX_FORCE_BODY,          /* militer, kementerian pertahanan; military, army (a body that commands forces) */
  WARTA_LEX_PRESS_INQUIRY,       /* ketika dikonfirmasi; asked to (the press asks, no one speaks) */
  WARTA_LEX_N_CATEGORIES
} WartaLexCategory;

typedef struct {
  char *iri;                 /* the entry's IRI, used as the rule trace */
  WartaLexCategory category;
  char *lang;                /* language of its labels ("id", "en") */
  GPtrArray *forms;          /* (element-type GArray of WartaToken): analysed phrases */
  GPtrArray *texts;          /* (element-type utf8) the labels as written */
  GHashTable *attrs;         /* local name of property -> utf8 value, or NULL */
} WartaLexEntry;

typedef struct _WartaLexicon WartaLexicon;

/* Loads every *.ttl file in @dir (sorted).  Errors name the file and line. */
WartaLexicon *warta_lexicon_load_dir (const char *dir, GError **error);
/* Loads the given files (for tests). */
WartaLexicon *warta_lexicon_load_files (const char *const *files, GError **error);
void warta_lexicon_free (WartaLexicon *lex);

/* The default ontology directory: $WARTA_ONTOLOGY_DIR, else the directory
 * configured at build time (the source tree's ontology/ when run from it,
 * else $(pkgdatadir)/ontology). */
const char *warta_lexicon_default_dir (void);

/* Category from the local name of its IRI ("DenialVerb"), or -1. */
int warta_lex_category_from_name (const char *local_name);
const char *warta_lex_category_name (WartaLexCategory cat);

/* Actors */
WartaActor *warta_lexicon_actor (const WartaLexicon *lex, const char *iri);
GPtrArray *warta_lexicon_actors (const WartaLexicon *lex); /* (element-type WartaActor) (transfer none) sorted by IRI */
/* Adds an actor learned from text.  The IRI is minted from class and label
 * (warta_mint_actor_iri); if it exists already the existing actor is
 * returned and nothing changes. */
WartaActor *warta_lexicon_add_actor (WartaLexicon *lex, WartaActorClass klass,
                                     const char *pref_label, const char *affiliation_iri);
/* Drops every actor added at run time and every label given at run time
 * to a registry actor: the lexicon is again as loaded, and the next
 * article is read as if it came first.  Pointers to dropped actors
 * dangle; graphs already built keep only IRIs and labels. */
void warta_lexicon_forget_learned (WartaLexicon *lex);
/* Gives a learned actor one more label (@lang "" when unknown), found by
 * warta_lexicon_actor_by_label from now on. */
void warta_lexicon_add_label (WartaLexicon *lex, WartaActor *actor, const char *label, const char *lang);
/* Finds an actor by any of its labels (folded comparison), or NULL. */
WartaActor *warta_lexicon_actor_by_label (const WartaLexicon *lex, const char *label);
/* The state an actor speaks for, following warta:affiliation (itself for a
 * State), or NULL. */
WartaActor *warta_lexicon_actor_state (const WartaLexicon *lex, const WartaActor *actor);

/* Lexicon entries */
GPtrArray *warta_lexicon_entries (const WartaLexicon *lex, WartaLexCategory cat); /* (element-type WartaLexEntry) (transfer none) sorted by IRI */
/* Longest entry of @cat (any language if @lang is NULL) whose form matches the
 * tokens starting at @i; sets *n_tokens.  NULL when none matches. */
const WartaLexEntry *warta_lexicon_match (const WartaLexicon *lex, WartaLexCategory cat,
                                          const char *lang, const WartaTokens *toks,
                                          guint i, guint *n_tokens);
/* Attribute of an entry, or NULL. */
const char *warta_lex_entry_attr (const WartaLexEntry *e, const char *name);

/* Boilerplate patterns from the BOILERPLATE_LINE / _PREFIX entries (new object). */
WartaBoilerplate *warta_lexicon_boilerplate (const WartaLexicon *lex);

/* The stemmer a lexicon uses for @lang (owned by the lexicon). */
WartaStemmer *warta_lexicon_stemmer (const WartaLexicon *lex, WartaLang lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WartaLexicon, warta_lexicon_free)

G_END_DECLS
