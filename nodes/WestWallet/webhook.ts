import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { sameAmount } from '../shared/decimal';
import { RawJsonNumber, serializeJson } from '../shared/json';
import {
	acceptWebhook,
	answerWebhook,
	ignoreWebhook,
	rejectWebhook,
} from '../shared/webhook/answers';
import {
	contentType,
	parseFormFields,
	parseJsonObject,
	readRawBody,
	textField,
} from '../shared/webhook/body';
import { checkSourceIp } from '../shared/webhook/ip';
import { safeEqual } from '../shared/webhook/verify';
import { westWalletRequest } from './transport';

/** The source IP that WestWallet IPNs are widely reported to come from (not documented officially). */
export const WESTWALLET_IPN_IP = '5.188.51.47';

/** Reads an IPN body (form-urlencoded as WestWallet sends it; JSON accepted too) from the raw bytes. */
export function parseIpnBody(raw: Buffer): IDataObject | undefined {
	const text = raw.toString('utf8').trim();
	if (!text) return undefined;
	if (text.startsWith('{')) return parseJsonObject(raw);
	return parseFormFields(text);
}

/**
 * The IPN's fields, or the status to refuse it with. WestWallet does not sign IPNs (the trigger
 * trusts only the API's view of the transaction), so a multipart IPN is read from the fields n8n
 * parsed: text fields only, no files, no repeated keys.
 */
export async function readIpn(this: IWebhookFunctions): Promise<IDataObject | 401 | 413 | 415> {
	if (contentType(this).startsWith('multipart/form-data')) {
		const body = (
			this.getRequestObject() as unknown as { body?: { data?: unknown; files?: unknown } }
		).body;
		const files = body?.files;
		if (files && typeof files === 'object' && Object.keys(files).length) return 415;
		const fields = body?.data;
		if (!fields || typeof fields !== 'object') return 401;
		const out = Object.create(null) as IDataObject;
		for (const [key, value] of Object.entries(fields)) {
			if (typeof value !== 'string') return 401; // a repeated key (a list) or something else
			out[key] = value;
		}
		return out;
	}
	const body = await readRawBody(this);
	if (!body.ok) return body.status;
	return parseIpnBody(body.raw) ?? 401;
}

/** The IPN's transaction id (digits), or undefined. */
export function ipnId(ipn: IDataObject): string | undefined {
	const id = textField(ipn, 'id');
	return id !== undefined && /^\d{1,30}$/.test(id) ? id : undefined;
}

/** Why the API's view of a transaction does not confirm an IPN (undefined: confirmed). */
export function ipnMismatch(ipn: IDataObject, api: IDataObject): string | undefined {
	if (textField(api, 'id') !== ipnId(ipn)) return 'id';
	if (!sameAmount(textField(ipn, 'amount'), api.amount)) return 'amount';
	for (const field of ['currency', 'address', 'status']) {
		if ((textField(ipn, field) ?? '') !== String(api[field] ?? '')) return field;
	}
	if (
		Object.prototype.hasOwnProperty.call(ipn, 'dest_tag') &&
		(textField(ipn, 'dest_tag') ?? '') !== String(api.dest_tag ?? '')
	) {
		return 'dest_tag';
	}
	return undefined;
}

/** One IPN: source IP, secret token, body, confirmation by the API, filters. */
export async function handleIpn(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const ipRejection = checkSourceIp.call(this);
	if (ipRejection) return ipRejection;

	if (this.getNodeParameter('verifyToken', true) as boolean) {
		const expected = String(this.getNodeParameter('secretToken', '') ?? '');
		const query = this.getQueryData() as IDataObject;
		const given = typeof query.token === 'string' ? query.token : '';
		if (!expected || !safeEqual(given, expected)) return rejectWebhook.call(this, 401);
	}

	const ipn = await readIpn.call(this);
	if (typeof ipn === 'number') return rejectWebhook.call(this, ipn);
	const id = ipnId(ipn);
	if (!id) return rejectWebhook.call(this, 401);

	let data: IDataObject = { ...ipn };
	if (this.getNodeParameter('confirmViaApi', true) as boolean) {
		let api: IDataObject;
		try {
			api = (await westWalletRequest.call(this, 'POST', '/wallet/transaction', 'read', {
				body: serializeJson({ id: new RawJsonNumber(id) }),
				action: 'Confirming an IPN',
			})) as IDataObject;
		} catch (error) {
			// WestWallet does not know this transaction: the IPN is not authentic.
			const providerCode = (error as { context?: IDataObject }).context?.providerCode;
			if (providerCode === 'not_found' || providerCode === 'bad_request')
				return rejectWebhook.call(this, 401);
			// The API could not be asked (network, 5xx, or our own credential was refused):
			// answer "try again later" and start nothing.
			return answerWebhook.call(this, 503);
		}
		if (!api || typeof api !== 'object' || ipnMismatch(ipn, api))
			return rejectWebhook.call(this, 401);
		data = api;
	}

	const statuses = this.getNodeParameter('statuses', []) as string[];
	const types = this.getNodeParameter('types', []) as string[];
	const statusOk = statuses.length === 0 || statuses.includes(String(data.status));
	const typeOk = types.length === 0 || data.type === undefined || types.includes(String(data.type));
	if (!statusOk || !typeOk) {
		// Authentic, but not one the user asked for: acknowledge it and start nothing.
		return ignoreWebhook.call(this);
	}
	return acceptWebhook.call(this, data);
}
