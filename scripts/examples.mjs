// Writes the example workflows of every provider present in package.json "n8n" whose e2e spec has
// `examples` (e2e/providers/<id>/examples.js) to examples/<id>/<name>.json, and removes the other
// .json files there. `npm run examples` runs it and formats the files; test/examples checks that
// they are up to date and readable. A provider may also hand-write its examples/<id>/*.json and
// leave `examples` out of its spec: then this script leaves its folder alone.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { presentProviders } = require(path.join(root, 'e2e', 'providers'));
const { EXAMPLES_DIR, exampleFileName, generateExamples } = require(
	path.join(root, 'e2e', 'lib', 'examples'),
);

for (const spec of presentProviders()) {
	if (!spec.examples) {
		console.log(`[examples] ${spec.id}: no examples in its spec (hand-written files kept)`);
		continue;
	}
	const dir = path.join(EXAMPLES_DIR, spec.id);
	fs.mkdirSync(dir, { recursive: true });
	const written = new Set();
	for (const workflow of generateExamples(spec)) {
		const file = exampleFileName(workflow);
		fs.writeFileSync(path.join(dir, file), JSON.stringify(workflow, null, '\t') + '\n');
		written.add(file);
	}
	for (const f of fs.readdirSync(dir))
		if (f.endsWith('.json') && !written.has(f)) fs.rmSync(path.join(dir, f));
	console.log(`[examples] ${spec.id}: ${[...written].join(', ')}`);
}
