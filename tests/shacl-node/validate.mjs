// validate.mjs: SHACL-validates RDF files against ontology/shapes.ttl.
//
//   node validate.mjs SHAPES.ttl DATA...   (Turtle, N-Triples, N-Quads, TriG)
//
// All quads of all DATA files are read into one data graph (graph names
// dropped: the shapes speak of the union).  Prints "conforms" or one line
// per violation (focus node, path, message); exit status 0 if the data
// conforms, 1 if not, 2 if a file cannot be read or parsed.
// Run by tests/shacl.sh; needs `npm ci` in this directory.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const formats = { '.ttl': 'text/turtle', '.nt': 'application/n-triples',
                  '.nq': 'application/n-quads', '.trig': 'application/trig' };

function readInto (store, path) {
  const format = formats[extname(path)] || 'text/turtle';
  const parser = new N3.Parser({ format, baseIRI: 'file://' + path });
  const { quad, defaultGraph } = N3.DataFactory;
  for (const q of parser.parse(readFileSync(path, 'utf8')))
    store.add(quad(q.subject, q.predicate, q.object, defaultGraph()));
}

function term (t) {
  if (!t) return '-';
  if (t.termType === 'NamedNode') return '<' + t.value + '>';
  if (t.termType === 'BlankNode') return '_:' + t.value;
  return JSON.stringify(t.value);
}

async function main (argv) {
  if (argv.length < 2) {
    console.error('usage: node validate.mjs SHAPES.ttl DATA...');
    return 2;
  }
  const shapes = new N3.Store();
  const data = new N3.Store();
  try {
    readInto(shapes, argv[0]);
    for (const path of argv.slice(1)) readInto(data, path);
  } catch (e) {
    console.error('validate.mjs: ' + e.message);
    return 2;
  }
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(data);
  if (report.conforms) {
    console.log('conforms');
    return 0;
  }
  for (const r of report.results) {
    const message = r.message.map((m) => m.value).join('; ');
    console.log(`${term(r.focusNode)}\t${term(r.path)}\t${message}`);
  }
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
