/**
 * Every credential type of the package may be used by our own nodes only (n8n's
 * restrictToSupportedNodes) and hides n8n's domain restriction fields. Its supportedNodes are the
 * short names of exactly the nodes that declare it, plus the AI-tool variant of each node usable
 * as a tool: n8n prefixes them with the installing package's name, so they match in the bundle and
 * in every per-provider package. A new provider's credential fails here until it has the lines of
 * nodes/shared/credentials.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialType, INodeType } from 'n8n-workflow';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The instance of every class a source file (from its dist path in package.json) exports. */
function load<T>(distPath: string): T[] {
	const source = path.join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(source) as Record<string, new () => T>;
	// the classes n8n instantiates: named like the file (WestWalletApi, WestWalletTrigger, …)
	const className = path.basename(source).split('.')[0];
	return [new mod[className]()];
}

const credentials = (pkg.n8n.credentials as string[]).flatMap((f) => load<ICredentialType>(f));
const nodes = (pkg.n8n.nodes as string[]).flatMap((f) => load<INodeType>(f));

test.each(credentials.map((c) => [c.name, c] as const))(
	'%s is restricted to our nodes and their AI tools',
	(name, credential) => {
		expect(credential.restrictToSupportedNodes).toBe(true);
		expect(credential.hideDomainRestrictionFields).toBe(true);
		// the Test button's signed request never follows a redirect
		expect(credential.test?.request.disableFollowRedirect).toBe(true);
		const declaring = nodes.filter((n) =>
			(n.description.credentials ?? []).some((c) => c.name === name),
		);
		expect(declaring.length).toBeGreaterThan(0);
		const expected = declaring.flatMap((n) =>
			n.description.usableAsTool
				? [n.description.name, `${n.description.name}Tool`]
				: [n.description.name],
		);
		expect([...(credential.supportedNodes ?? [])].sort()).toEqual(expected.sort());
		// short names only: n8n adds the package prefix (the bundle's or a per-provider package's)
		for (const n of credential.supportedNodes ?? []) expect(n).not.toContain('.');
	},
);
