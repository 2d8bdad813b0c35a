# diff-gen.awk: writes an N-Triples file of N triples (no blank nodes) for
# bench/diff-bench.sh.  Variables: n (triples), changed (1: the "new"
# version, in which every 100th triple has another object, and the lines
# come in another order).  Deterministic: no randomness.
BEGIN {
  if (n == 0) n = 1000000
  stride = 7919                       # prime, coprime with n: a permutation
  for (k = 0; k < n; k++) {
    i = changed ? (k * stride) % n : k
    s = int (i / 10)
    p = i % 10
    subj = "<https://w3id.org/warta/id/bench/s" s ">"
    pred = "<https://w3id.org/warta/ns#p" p ">"
    if (p == 0)
      obj = "<https://w3id.org/warta/ns#Class" (s % 7) ">"
    else if (p % 3 == 0)
      obj = "\"" (s * 31 + p) "\"^^<http://www.w3.org/2001/XMLSchema#integer>"
    else
      obj = "\"value " s " of property " p " \\\"quoted\\\"\"@en"
    if (changed && i % 100 == 42)
      obj = "\"changed " i "\""
    print subj " " pred " " obj " ."
  }
}
