#!/usr/bin/env python3
"""gen-graph.py: writes a synthetic warta graph (N-Triples) whose actors view
has about N nodes and 1.2 N edges, for bench/draw-bench.sh.

Usage: gen-graph.py N OUT.nt [SEED]

Mix: 10% states, 30% organizations, 40% people, 20% places.  Every place is
the destination of one deployment by a state; 0.2 N more deployments between
states, 0.05 N arms transfers; every person and organization is affiliated to
an organization or a state; one claim per deployment (not drawn in the actors
view, but read).  Standard library only; deterministic for a given seed."""
import random
import sys

W = "https://w3id.org/warta/ns#"
I = "https://w3id.org/warta/id/bench/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def main():
    n = int(sys.argv[1])
    out = open(sys.argv[2], "w", encoding="utf-8")
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)

    def iri(s, p, o):
        out.write(f"<{I}{s}> <{p}> <{o}> .\n")

    def lit(s, p, value, dtype=None, lang=None):
        tail = f"@{lang}" if lang else (f"^^<{dtype}>" if dtype else "")
        out.write(f'<{I}{s}> <{p}> "{value}"{tail} .\n')

    counts = {"State": max(2, n // 10), "Organization": n * 3 // 10,
              "Person": n * 4 // 10}
    counts["Place"] = max(1, n - sum(counts.values()))
    names = {}
    for cls, k in counts.items():
        names[cls] = [f"{cls.lower()}{i}" for i in range(k)]
        for i, s in enumerate(names[cls]):
            iri(s, RDF_TYPE, W + cls)
            lit(s, PREF, f"{cls} number {i}", lang="en")
    states = names["State"]
    for s in names["Organization"] + names["Person"]:
        pool = states if rnd.random() < 0.5 or not names["Organization"] else names["Organization"]
        target = rnd.choice(pool)
        if target != s:
            iri(s, W + "affiliation", I + target)
    deps = [(rnd.choice(states), p) for p in names["Place"]]
    deps += [(rnd.choice(states), rnd.choice(states)) for _ in range(n // 5)]
    for i, (agent, dest) in enumerate(deps):
        d = f"dep{i}"
        iri(d, RDF_TYPE, W + "Deployment")
        iri(d, W + "agent", I + agent)
        iri(d, W + "destination", I + dest)
        lit(d, W + "troops", rnd.randrange(100, 20000), dtype=XSD_INT)
        lit(d, W + "startDate", f"2024-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}", dtype=XSD_DATE)
        st = f"claim{i}"
        iri(st, RDF_TYPE, W + "Claim")
        iri(st, W + "speaker", I + rnd.choice(names["Person"] or states))
        iri(st, W + "about", I + d)
    for i in range(n // 20):
        a = f"arms{i}"
        iri(a, RDF_TYPE, W + "ArmsTransfer")
        iri(a, W + "agent", I + rnd.choice(states))
        iri(a, W + "recipient", I + rnd.choice(states))
        lit(a, W + "item", "artillery shells")
    out.close()


if __name__ == "__main__":
    main()
