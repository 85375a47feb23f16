'use strict';
// n8n's command line, run in an instance's user folder with its environment (N8n.env()): import of
// credentials and workflows, publish, `n8n execute`, `n8n export:nodes`. These are methods of N8n
// (mixed in by n8n.js): `this` is the N8n instance.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { run, commandError, freePort, sleep } = require('./processes');
const { N8N_BIN, nodeBinary, assertRuntime } = require('./runtime');

/**
 * Extracts the JSON document n8n printed among log lines (`n8n execute --rawOutput` prints the run as
 * JSON.stringify(run, null, 2), so it starts with a line "{" and ends with a line "}").
 * Returns undefined when there is none.
 */
function extractJson(stdout) {
	const lines = stdout.split(/\r?\n/);
	let best;
	for (let i = 0; i < lines.length; i++) {
		const open = lines[i].trimEnd();
		if (open !== '{' && open !== '[') continue;
		const close = open === '{' ? '}' : ']';
		for (let j = i + 1; j < lines.length; j++) {
			if (lines[j].trimEnd() !== close) continue;
			try {
				best = JSON.parse(lines.slice(i, j + 1).join('\n'));
				i = j;
				break;
			} catch {
				// a nested bracket line; keep looking for the real end
			}
		}
	}
	return best;
}

/** Output items (json) of a node in a run (IRun, as `n8n execute` prints it or the API returns it). */
function nodeOutput(result, nodeName, { run: runIndex = 0, output = 0 } = {}) {
	const runData = result && result.data && result.data.resultData && result.data.resultData.runData;
	const runs = runData && runData[nodeName];
	if (!runs || !runs[runIndex]) return undefined;
	const main = runs[runIndex].data && runs[runIndex].data.main;
	return ((main && main[output]) || []).map((item) => item.json);
}

const methods = {
	/** Runs `n8n <args...>` to completion; resolves {code, stdout, stderr}. */
	async cli(args, { timeoutMs = 180000 } = {}) {
		assertRuntime();
		fs.mkdirSync(this.userFolder, { recursive: true });
		const brokerPort = await freePort();
		this._log(`$ n8n ${args.join(' ')}`);
		return run(nodeBinary(), [N8N_BIN, ...args], {
			cwd: this.userFolder,
			env: this.env(brokerPort),
			timeoutMs,
			onLine: this.logFile || this.onLog ? (line) => this._log(line) : undefined,
		});
	},

	async _cliOk(args, what) {
		const result = await this.cli(args);
		if (result.code !== 0) throw commandError(what || `n8n ${args.join(' ')}`, result);
		return result;
	},

	/** Runs `n8n <command> --input=<file with data>` and removes the file again. */
	async _cliWithInput(command, name, data) {
		const dir = path.join(this.userFolder, 'tmp');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${Date.now()}-${crypto.randomBytes(3).toString('hex')}-${name}`);
		fs.writeFileSync(file, JSON.stringify(data, null, 2), { mode: 0o600 });
		try {
			return await this._cliOk([command, `--input=${file}`], `n8n ${command}`);
		} finally {
			fs.rmSync(file, { force: true });
		}
	},

	/** `n8n import:credentials` of [{id, name, type, data}] (plain data: n8n encrypts it). */
	importCredentials(list) {
		return this._cliWithInput('import:credentials', 'credentials.json', list);
	},

	/** `n8n import:workflow` of one workflow or an array (ids <= 21 chars; imported inactive). */
	importWorkflow(workflows) {
		return this._cliWithInput(
			'import:workflow',
			'workflows.json',
			Array.isArray(workflows) ? workflows : [workflows],
		);
	},

	/** `n8n publish:workflow --id` (active from the next `n8n start`). */
	publishWorkflow(id) {
		return this._cliOk(['publish:workflow', `--id=${id}`], `n8n publish:workflow --id=${id}`);
	},

	/**
	 * `n8n execute --id --rawOutput`. Resolves {exitCode, result, stdout, stderr}: result is the run
	 * (IRun: {data: {resultData: {runData, error?, lastNodeExecuted}}, status, ...}) or undefined.
	 */
	async execute(id, { timeoutMs = 180000 } = {}) {
		const r = await this.cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs });
		return { exitCode: r.code, result: extractJson(r.stdout), stdout: r.stdout, stderr: r.stderr };
	},

	/** `n8n export:nodes` into a file; returns the parsed list of node type descriptions. */
	async exportNodes() {
		const file = path.join(this.userFolder, 'tmp', `nodes-${Date.now()}.json`);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		const r = await this._cliOk(['export:nodes', `--output=${file}`], 'n8n export:nodes');
		// The file is written through a stream that may still be flushing when the process exits.
		let text = '';
		for (let k = 0; k < 50; k++) {
			text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
			if (text.trimEnd().endsWith(']')) break;
			await sleep(100);
		}
		const nodes = JSON.parse(text);
		fs.rmSync(file, { force: true });
		return Object.assign(nodes, { stdout: r.stdout, stderr: r.stderr });
	},
};

module.exports = { methods, extractJson, nodeOutput };
