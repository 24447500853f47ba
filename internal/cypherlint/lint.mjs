// Lints Cypher statements with Neo4j's own grammar and semantic analysis
// (npm @neo4j-cypher/language-support). Usage:
//
//   node lint.mjs PACKAGE_DIR < inputs.json
//
// inputs.json: [{"name": ..., "cypher": ..., "params": ["name", ...]}].
// For each input and each Cypher version (CYPHER 5, CYPHER 25) it prints
// the diagnostics as JSON: [{"name", "version", "diagnostics": [{"severity"
// (1 error, 2 warning, 3 info, 4 hint), "message", "line", "column"
// (1-based), "offset"}]}]. The declared params are the only parameters the
// statement may use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const entry = join(dir, pkg.module ?? 'dist/esm/index.js');
const { lintCypherQuery } = await import(pathToFileURL(entry).href);

const inputs = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const input of inputs) {
  const parameters = Object.fromEntries((input.params ?? []).map((p) => [p, null]));
  for (const version of ['CYPHER 5', 'CYPHER 25']) {
    const { diagnostics } = lintCypherQuery(input.cypher, { parameters, defaultLanguage: version }, { consoleCommandsEnabled: false });
    out.push({
      name: input.name,
      version,
      package: pkg.version,
      diagnostics: diagnostics.map((d) => ({
        severity: d.severity,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        offset: d.offsets.start,
      })),
    });
  }
}
process.stdout.write(JSON.stringify(out));
