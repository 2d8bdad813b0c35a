#!/usr/bin/python3
"""Checks the actor registry in every ontology/*.ttl:
 - each actor (State/Organization/Person/Place) has exactly one skos:prefLabel@en
   and at most one prefLabel per language;
 - every skos:altLabel has a language tag;
 - no label (NFKC-casefolded, punctuation as space) names two actors, in the
   same language (error) or across languages (warning: the linker ignores
   language), except a State and a Place located in it (capital metonym);
 - every warta:locatedIn / warta:affiliation target is an actor.
Run by tests/ontology-labels.sh (make check).  Usage: ontology-labels.py [ONTOLOGY_DIR] ; exit status 1 on any error."""
import glob, os, re, sys, unicodedata
import rdflib
from rdflib.namespace import SKOS, RDF

d = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('WARTA_ONTOLOGY_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'ontology'))
W = rdflib.Namespace('https://w3id.org/warta/ns#')
g = rdflib.Graph()
src = {}
for f in sorted(glob.glob(os.path.join(d, '*.ttl'))):
    gf = rdflib.Graph(); gf.parse(f, format='turtle')
    for t in gf:
        g.add(t)
        src.setdefault(t[0], set()).add(os.path.basename(f))

def key(text):
    t = unicodedata.normalize('NFKC', text).casefold().replace('’', "'")
    return ' '.join(re.sub(r"[^\w']+", ' ', t).split())

kinds = {W.State, W.Organization, W.Person, W.Place}
actors = {s: o for s, o in g.subject_objects(RDF.type) if o in kinds}
loc = dict(g.subject_objects(W.locatedIn))
errors, warnings = [], []
def short(s): return str(s).rsplit('/', 1)[-1]

for a in actors:
    prefs = {}
    for l in g.objects(a, SKOS.prefLabel):
        prefs.setdefault(l.language, []).append(str(l))
    if len(prefs.get('en', [])) != 1:
        errors.append('%s: %d prefLabel@en %s (%s)' % (short(a), len(prefs.get('en', [])), prefs.get('en'), ','.join(sorted(src.get(a, [])))))
    for lang, ls in prefs.items():
        if lang != 'en' and len(ls) > 1:
            errors.append('%s: %d prefLabel@%s %s' % (short(a), len(ls), lang, ls))
    for l in g.objects(a, SKOS.altLabel):
        if not l.language:
            errors.append('%s: altLabel "%s" without language' % (short(a), l))

def metonym(a, b):
    return any(actors.get(x) == W.State and actors.get(y) == W.Place and loc.get(y) == x
               for x, y in ((a, b), (b, a)))

by_key = {}
for a in actors:
    for p in (SKOS.prefLabel, SKOS.altLabel):
        for l in g.objects(a, p):
            by_key.setdefault(key(str(l)), {}).setdefault(a, set()).add(l.language)
for k, owners in sorted(by_key.items()):
    al = list(owners)
    for i in range(len(al)):
        for j in range(i + 1, len(al)):
            a, b = al[i], al[j]
            if metonym(a, b):
                continue
            files = ','.join(sorted(src.get(a, set()) | src.get(b, set())))
            msg = '"%s": %s@%s vs %s@%s [%s]' % (k, short(a), '/'.join(sorted(owners[a])), short(b), '/'.join(sorted(owners[b])), files)
            (errors if owners[a] & owners[b] else warnings).append('label clash ' + msg)

for p in (W.locatedIn, W.affiliation):
    for s, o in g.subject_objects(p):
        if o not in actors:
            errors.append('%s: %s target %s is not an actor' % (short(s), short(p), o))

print('actors: %d (%s)' % (len(actors), ', '.join('%s %d' % (short(k), sum(1 for v in actors.values() if v == k)) for k in sorted(kinds))))
for e in errors: print('ERROR', e)
for w_ in warnings: print('WARN ', w_)
print('%d errors, %d warnings' % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
