// Copies what tsc does not compile next to the compiled files in dist/: the node and credential
// icons, and the output schemas (nodes/<Node>/__schema__/**, written by `npm run schemas`; n8n serves
// them from dist/nodes/<Node>/__schema__/v<version>/<resource>/<operation>.json).
const path = require('path');
const { task, src, dest, parallel } = require('gulp');

const copy = (pattern, from, to) =>
	function copyFiles() {
		return src(path.resolve(from, pattern), { encoding: false }).pipe(dest(path.resolve(to)));
	};

const nodeIcons = copy('**/*.{png,svg}', 'nodes', path.join('dist', 'nodes'));
const credentialIcons = copy('**/*.{png,svg}', 'credentials', path.join('dist', 'credentials'));
const schemas = copy('*/__schema__/**/*.json', 'nodes', path.join('dist', 'nodes'));

task('build:icons', parallel(nodeIcons, credentialIcons));
task('build:schemas', schemas);
task('build:assets', parallel(nodeIcons, credentialIcons, schemas));
