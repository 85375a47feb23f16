/**
 * Helpers of the Address.so Trigger tests: a trigger set-up (n8n-core contexts through the harness),
 * callbacks signed under each canonical form and MAC, and a GET delivery over the raw query string.
 */
import { createHash, createHmac } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { AddressSoApi } from '../../credentials/AddressSoApi.credentials';
import { AddressSoTrigger } from '../../nodes/AddressSo/AddressSoTrigger.node';
import type { FakeRequest, NodeSetup } from '../helpers/harness';
import { runHook, runWebhook } from '../helpers/harness';

export const TRIGGER_TYPE = 'n8n-nodes-crypto-payments.addressSoTrigger';
export const SECRET = 'secret_key';

/** The example callback of the API doc (its `sign` is a placeholder no scheme produces). */
export const DOC_EXAMPLE =
	'coin=btc&wallet_id=3&account[id]=3&account[address]=mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw&account[balance_int]=6000&account[balance_float]=0.00006&account[updated_at]=1539945087&last_transaction[uuid]=a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11&last_transaction[hash]=awk211kkadkawkdkAQWKDwmkak123&last_transaction[amount_int]=2000&last_transaction[amount_float]=0.00002&last_transaction[created_at]=1542278419';

export type Mac = 'hmac-sha512' | 'hmac-sha256';

/** Written independently of the node's code: the two MACs of the inventory's section 1. */
export function mac(kind: Mac, text: string, secret = SECRET): string {
	if (kind === 'hmac-sha256') return createHmac('sha256', secret).update(text).digest('hex');
	const key = createHash('sha512').update(secret).digest('hex');
	return createHmac('sha512', key).update(text).digest('hex');
}

/** PHP urlencode (RFC 1738), independently of the node's encoder. */
export function phpUrlencode(text: string): string {
	return encodeURIComponent(text)
		.replace(/%20/g, '+')
		.replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

let uuidCounter = 0;

/** A fresh transaction uuid (each test delivers its own: the trigger emits each uuid once). */
export function freshUuid(): string {
	uuidCounter += 1;
	return `0eebc99a-9c0b-4ef8-bb6d-${String(Date.now() % 1e6).padStart(6, '0')}${String(uuidCounter).padStart(6, '0')}`;
}

/** The fields of a nested callback for wallet 3, account 3 (the doc's example, its own uuid). */
export function nestedFields(overrides: Record<string, string> = {}): Array<[string, string]> {
	const fields: Record<string, string> = {
		coin: 'btc',
		wallet_id: '3',
		'account[id]': '3',
		'account[address]': 'mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw',
		'account[balance_int]': '6000',
		'account[balance_float]': '0.00006',
		'account[updated_at]': '1539945087',
		'last_transaction[uuid]': freshUuid(),
		'last_transaction[hash]': 'awk211kkadkawkdkAQWKDwmkak123',
		'last_transaction[amount_int]': '2000',
		'last_transaction[amount_float]': '0.00002',
		'last_transaction[created_at]': '1542278419',
		...overrides,
	};
	return Object.entries(fields);
}

/** `name=value` joined by "&", names and values as given (brackets literal, as in the doc). */
export function rawQuery(pairs: Array<[string, string]>): string {
	return pairs.map(([n, v]) => `${n}=${v}`).join('&');
}

/** The canonical string of a form, built independently of the node's code. */
export function canonical(form: 'A' | 'B' | 'C', pairs: Array<[string, string]>): string {
	if (form === 'A') return rawQuery(pairs);
	if (form === 'B') return pairs.map(([n, v]) => `${phpUrlencode(n)}=${phpUrlencode(v)}`).join('&');
	return pairs
		.map(([n, v]) => `${n.replace(/\[([a-z_]+)\]$/, '_$1')}=${phpUrlencode(v)}`)
		.join('&');
}

/** The raw query of a callback signed under a form and MAC. */
export function signedQuery(
	pairs: Array<[string, string]>,
	form: 'A' | 'B' | 'C' = 'A',
	kind: Mac = 'hmac-sha512',
	secret = SECRET,
): string {
	return `${rawQuery(pairs)}&sign=${mac(kind, canonical(form, pairs), secret)}`;
}

export const OFFLINE_CREDENTIALS: ICredentialDataDecryptedObject = {
	email: '',
	password: '',
	apiToken: 'offline-api-token',
	secretToken: SECRET,
	paymentPassword: '',
	signingScheme: 'sdk2020',
	baseUrl: 'http://127.0.0.1:9',
};

export function triggerSetup(
	parameters: IDataObject = {},
	credentials: ICredentialDataDecryptedObject = OFFLINE_CREDENTIALS,
	staticData?: IDataObject,
): NodeSetup {
	return {
		nodeType: new AddressSoTrigger(),
		type: TRIGGER_TYPE,
		parameters: {
			events: 'balanceChanged',
			entityType: 'wallet',
			coin: 'btc',
			walletId: '3',
			confirmViaApi: false,
			options: {},
			...parameters,
		},
		credentialType: new AddressSoApi(),
		credentials: { ...credentials },
		staticData,
	};
}

/** A GET callback with this raw query string, as n8n's webhook server hands it to the trigger. */
export function deliver(setup: NodeSetup, query: string, extra: Partial<FakeRequest> = {}) {
	return runWebhook(setup, {
		method: 'GET',
		url: `/webhook/wf-1/node/callback?${query}`,
		headers: {},
		...extra,
	});
}

export function hook(setup: NodeSetup, method: 'checkExists' | 'create' | 'delete') {
	return runHook(setup, method);
}
