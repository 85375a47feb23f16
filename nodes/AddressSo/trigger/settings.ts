/**
 * What a delivery needs to know about the trigger: the watched wallet or account, Confirm via API,
 * which MACs to accept. Read from the node's parameters at ACTIVATION (where an expression may be
 * evaluated) and kept in the workflow's static data, so that the webhook phase evaluates nothing.
 */
import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { WatchedEntity } from './callback';

export interface TriggerSettings {
	watched: WatchedEntity;
	confirmViaApi: boolean;
	/** Also accept the MAC of the other signing scheme (see verify.ts). */
	eitherMac: boolean;
}

const SETTINGS_KEY = 'settings';

function fail(ctx: IHookFunctions | IWebhookFunctions, message: string): never {
	throw new NodeOperationError(ctx.getNode(), message);
}

/** The settings from the node's parameters, checked (activation fails naming the field). */
export function readSettings(this: IHookFunctions | IWebhookFunctions): TriggerSettings {
	const type = String(this.getNodeParameter('entityType', 'wallet'));
	const coin = String(this.getNodeParameter('coin', '') ?? '').trim();
	const walletId = String(this.getNodeParameter('walletId', '') ?? '').trim();
	if (type !== 'wallet' && type !== 'account') fail(this, 'Watch must be a wallet or an account');
	if (!/^[A-Za-z0-9]{1,20}$/.test(coin)) fail(this, 'Coin: choose a coin from the list');
	if (!/^\d{1,15}$/.test(walletId)) fail(this, 'Wallet: choose a wallet (its ID is a number)');
	const watched: WatchedEntity = { type, coin: coin.toLowerCase(), walletId };
	if (type === 'account') {
		const accountId = String(this.getNodeParameter('accountId', '') ?? '').trim();
		if (!/^\d{1,15}$/.test(accountId))
			fail(this, 'Account: choose an account (its ID is a number)');
		watched.accountId = accountId;
	}
	const options = (this.getNodeParameter('options', {}) ?? {}) as IDataObject;
	return {
		watched,
		confirmViaApi: this.getNodeParameter('confirmViaApi', true) !== false,
		eitherMac: options.callbackMac !== 'credential',
	};
}

/** The id Address.so knows the watched entity by (entity_id of the webhook). */
export function entityIdOf(watched: WatchedEntity): string {
	return watched.type === 'account' ? String(watched.accountId) : watched.walletId;
}

export function saveSettings(data: IDataObject, settings: TriggerSettings): void {
	data[SETTINGS_KEY] = JSON.parse(JSON.stringify(settings)) as IDataObject;
}

export function clearSettings(data: IDataObject): void {
	delete data[SETTINGS_KEY];
}

/** A saved settings object, checked field by field (anything else: undefined). */
function savedSettings(value: unknown): TriggerSettings | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const s = value as IDataObject;
	const w = (s.watched ?? {}) as IDataObject;
	const ok =
		(w.type === 'wallet' || w.type === 'account') &&
		typeof w.coin === 'string' &&
		typeof w.walletId === 'string' &&
		(w.type === 'wallet' || typeof w.accountId === 'string') &&
		typeof s.confirmViaApi === 'boolean' &&
		typeof s.eitherMac === 'boolean';
	return ok ? (s as unknown as TriggerSettings) : undefined;
}

/**
 * The settings of a delivery: those saved at activation; for a trigger activated without them
 * (none should be), the node's parameters.
 */
export function deliverySettings(this: IWebhookFunctions): TriggerSettings {
	const data = this.getWorkflowStaticData('node');
	return savedSettings(data[SETTINGS_KEY]) ?? readSettings.call(this);
}
