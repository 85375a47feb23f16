/**
 * No signed request follows a redirect, for EVERY operation of EVERY provider: when the
 * operation's endpoint answers 302 to another local server, that server receives nothing; the node
 * fails naming the status and the Location host; a read is not retried; a money or write request
 * is an UNKNOWN outcome (a redirect proves no refusal).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import type { OperationDefinition } from '../../nodes/shared/registry';
import { getOperation, operationKeys } from '../../nodes/shared/registry';
import { runNode } from '../helpers/harness';
import { providers } from './providers';
import type { OperationCase, ProviderContract, SandboxLike } from './types';

let elsewhere: http.Server;
let elsewhereUrl = '';
const received: Array<{ url?: string; headers: http.IncomingHttpHeaders }> = [];
beforeAll(async () => {
	elsewhere = http.createServer((req, res) => {
		received.push({ url: req.url, headers: req.headers });
		res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"result":"stolen"}');
	});
	await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
	elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => elsewhere.close(() => resolve())));

describe.each(providers.map((p) => [p.title, p] as const))(
	'%s: no request follows a redirect',
	(_title, contract: ProviderContract) => {
		let sb: SandboxLike;
		beforeAll(async () => {
			sb = await contract.startSandbox();
		});
		afterAll(async () => sb.close());
		beforeEach(() => {
			sb.reset();
			received.length = 0;
		});

		const caseOf = (key: string) => (contract.cases as Record<string, OperationCase>)[key];
		const opOf = (key: string) => getOperation(contract.registry, key) as OperationDefinition;

		test.each(operationKeys(contract.registry))('%s', async (key) => {
			const [resource, operation] = key.split('.');
			const c = caseOf(key);
			const parameters: IDataObject = {
				resource,
				operation,
				...c.parameters,
				...(c.prepare ? await c.prepare(sb) : {}),
			};
			const target = typeof c.path === 'function' ? c.path(parameters) : c.path;
			sb.requests.length = 0;
			received.length = 0;
			sb.faults.push({
				path: target,
				status: 302,
				headers: { Location: `${elsewhereUrl}/collect?from=${encodeURIComponent(target)}` },
				body: '',
				times: 5,
			});
			const error = await runNode(
				{
					nodeType: contract.nodeType,
					type: contract.type,
					parameters,
					credentialType: contract.credentialType,
					credentials: { ...sb.credentials },
				},
				[{}],
			).then(
				() => undefined,
				(e: Error & { context?: IDataObject; description?: string }) => e,
			);
			expect(received).toEqual([]); // the other host received nothing at all
			expect(error?.message).toMatch(
				/HTTP 302, a redirect to 127\.0\.0\.1:\d+, which is not followed/,
			);
			expect(sb.requests.filter((r) => r.path === target)).toHaveLength(1); // never retried
			if (opOf(key).kind === 'read') {
				expect(error?.context?.outcome).toBe('failed');
				expect(error?.message).not.toMatch(/UNKNOWN/);
			} else {
				expect(error?.message).toMatch(/UNKNOWN/);
				expect(error?.context?.outcome).toBe('unknown');
			}
		});
	},
);
