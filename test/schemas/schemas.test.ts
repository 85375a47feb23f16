/**
 * Output schemas (nodes/<Node>/__schema__/v<version>/<resource>/<operation>.json): n8n serves them at
 * /schemas/<package>.<node>/<version>/<resource>/<operation>.json so that the editor shows an action's
 * output fields before the node has run. Every operation of every provider in the contract suite
 * (test/contract/providers.ts) runs its valid case against the provider's sandbox; its output items'
 * shape is compared with the stored schema.
 *   npm run schemas        (SCHEMAS_WRITE=1) writes the schemas from the sandbox's answers
 *   npx jest test/schemas  fails when a schema is missing, stale or disagrees with the sandbox
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { operationKeys } from '../../nodes/shared/registry';
import { providers } from '../contract/providers';
import type { OperationCase, ProviderContract, SandboxLike } from '../contract/types';
import { runNode } from '../helpers/harness';
import { moneyNotText, schemaOfItems } from './infer';

const ROOT = path.resolve(__dirname, '..', '..');
const WRITE = process.env.SCHEMAS_WRITE === '1';
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The node's folder (nodes/<Folder>) from package.json "n8n": <Folder>/<Node>.node.js named after it. */
function folderOf(contract: ProviderContract): string {
	const name = contract.nodeType.description.name;
	const file = (pkg.n8n.nodes as string[]).find((f) => {
		const base = path.basename(f, '.node.js');
		return base.charAt(0).toLowerCase() + base.slice(1) === name;
	});
	if (!file) throw new Error(`no node file in package.json "n8n" for node "${name}"`);
	return file.split('/')[2];
}

/** "1.0.0" for each version the node declares (n8n pads typeVersion 1 -> 1.0.0). */
function versionsOf(contract: ProviderContract): string[] {
	const v = contract.nodeType.description.version;
	return (Array.isArray(v) ? v : [v]).map((x) =>
		String(x).split('.').concat(['0', '0']).slice(0, 3).join('.'),
	);
}

function schemaFile(folder: string, version: string, key: string): string {
	const [resource, operation] = key.split('.');
	return path.join(
		ROOT,
		'nodes',
		folder,
		'__schema__',
		`v${version}`,
		resource,
		`${operation}.json`,
	);
}

test('every node folder in package.json "n8n" with an action node has a contract (and so schemas)', () => {
	const actionFolders = (pkg.n8n.nodes as string[])
		.filter((f) => !/Trigger\.node\.js$/.test(f))
		.map((f) => f.split('/')[2]);
	expect([...new Set(actionFolders)].sort()).toEqual(providers.map(folderOf).sort());
});

describe.each(providers.map((p) => [p.title, p] as const))(
	'%s: output schemas',
	(_title, contract: ProviderContract) => {
		let sb: SandboxLike;
		beforeAll(async () => {
			sb = await contract.startSandbox();
		});
		afterAll(async () => sb.close());
		beforeEach(() => sb.reset());

		const folder = folderOf(contract);
		const keys = operationKeys(contract.registry) as string[];

		test.each(keys)('%s: the stored schema is the shape the sandbox answers', async (key) => {
			const [resource, operation] = key.split('.');
			const c = (contract.cases as Record<string, OperationCase>)[key];
			const parameters: IDataObject = {
				resource,
				operation,
				...c.parameters,
				...(c.prepare ? await c.prepare(sb) : {}),
			};
			const [out] = await runNode(
				{
					nodeType: contract.nodeType,
					type: contract.type,
					parameters,
					credentialType: contract.credentialType,
					credentials: { ...sb.credentials },
				},
				[{}],
			);
			expect(out.length).toBeGreaterThan(0);
			const schema = schemaOfItems(out.map((item) => item.json));
			expect({ key, moneyNotText: moneyNotText(schema) }).toEqual({ key, moneyNotText: [] });
			for (const version of versionsOf(contract)) {
				const file = schemaFile(folder, version, key);
				if (WRITE) {
					fs.mkdirSync(path.dirname(file), { recursive: true });
					// npm run schemas then formats them (prettier --write)
					fs.writeFileSync(file, JSON.stringify(schema, null, '\t') + '\n');
				}
				const relative = path.relative(ROOT, file);
				expect({ file: relative, exists: fs.existsSync(file) }).toEqual({
					file: relative,
					exists: true,
				});
				expect({ file: relative, schema: JSON.parse(fs.readFileSync(file, 'utf8')) }).toEqual({
					file: relative,
					schema,
				});
			}
		});

		test('no schema file for an operation the node does not have (npm run schemas removes them)', () => {
			const base = path.join(ROOT, 'nodes', folder, '__schema__');
			const expected = new Set(
				versionsOf(contract).flatMap((v) => keys.map((k) => schemaFile(folder, v, k))),
			);
			const walk = (dir: string): string[] =>
				fs.existsSync(dir)
					? fs
							.readdirSync(dir, { withFileTypes: true })
							.flatMap((e) =>
								e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
							)
					: [];
			const stray = walk(base).filter((f) => !expected.has(f));
			if (WRITE) for (const f of stray) fs.rmSync(f);
			expect(WRITE ? [] : stray.map((f) => path.relative(ROOT, f))).toEqual([]);
		});
	},
);
