/** Dropdowns of the trigger: the wallets of a coin, the accounts of a wallet (coins: methods/). */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { addressSoRead } from './api';

function list(value: unknown): IDataObject[] {
	return Array.isArray(value)
		? value.filter((v): v is IDataObject => !!v && typeof v === 'object')
		: [];
}

function parameter(ctx: ILoadOptionsFunctions, name: string): string {
	return String(ctx.getCurrentNodeParameter(name) ?? '').trim();
}

export async function getTriggerWallets(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const coin = parameter(this, 'coin');
	if (!/^[A-Za-z0-9]{1,20}$/.test(coin)) return [];
	const path = `/api/coins/${encodeURIComponent(coin)}/wallets`;
	const wallets = list(await addressSoRead.call(this, path, 'Loading the wallets'));
	return wallets.map((w) => ({
		name: `${String(w.label ?? 'Wallet')} (#${String(w.id)})`,
		value: String(w.id),
		description: typeof w.receiving_address === 'string' ? w.receiving_address : undefined,
	}));
}

export async function getTriggerAccounts(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const coin = parameter(this, 'coin');
	const walletId = parameter(this, 'walletId');
	if (!/^[A-Za-z0-9]{1,20}$/.test(coin) || !/^\d{1,15}$/.test(walletId)) return [];
	const path = `/api/coins/${encodeURIComponent(coin)}/wallets/${walletId}/accounts`;
	const accounts = list(await addressSoRead.call(this, path, 'Loading the accounts'));
	return accounts.map((a) => ({
		name: `${String(a.address ?? 'Account')} (#${String(a.id)})`,
		value: String(a.id),
	}));
}
