/**
 * Shared by the WestWallet node tests: checks that a request the sandbox recorded carries the
 * credential's key and a signature over exactly the bytes sent (the query as JSON for GET).
 */
import { createHmac } from 'crypto';
import type { WestWalletSandbox } from './setup';

export function expectSignedBy(
	sb: WestWalletSandbox,
	req: {
		headers: Record<string, string>;
		body: string;
		method: string;
		url: string;
	},
) {
	const ts = req.headers['x-access-timestamp'];
	expect(req.headers['x-api-key']).toBe(sb.credentials.publicKey);
	let payload = req.body;
	if (req.method === 'GET') {
		const q = new URL(req.url, 'http://x').searchParams;
		payload = [...q.keys()].length ? JSON.stringify(Object.fromEntries(q)) : '';
	}
	expect(req.headers['x-access-sign']).toBe(
		createHmac('sha256', sb.credentials.privateKey)
			.update(ts + payload)
			.digest('hex'),
	);
}
