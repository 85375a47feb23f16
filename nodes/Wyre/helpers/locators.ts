import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { checkText, invalidInput } from '../../shared/params';
import type { WyreSettings } from '../transport';
import { wyreRequest } from '../transport';
import type { IdKind } from './params';
import { checkWyreId } from './params';

/** A resource locator's mode and value (a plain string from an expression counts as an id). */
export function locatorValue(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
): { mode: string; value: unknown } {
	const raw = ctx.getNodeParameter(name, i) as unknown;
	if (raw && typeof raw === 'object' && !Array.isArray(raw) && '__rl' in raw) {
		const rl = raw as IDataObject;
		return { mode: String(rl.mode ?? 'id'), value: rl.value };
	}
	return { mode: 'id', value: raw };
}

/** The id a locator (list or id mode) points at, checked as a Wyre id of its kind. */
export function readLocatorId(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	i: number,
	kind: IdKind,
): string {
	return checkWyreId(ctx, locatorValue(ctx, name, i).value, label, i, kind);
}

/** GET /v2/wallet?name=… (W26): the wallet with this unique name. */
export async function walletByName(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	settings: WyreSettings,
): Promise<IDataObject> {
	return (await wyreRequest.call(ctx, 'GET', '/v2/wallet', 'read', {
		qs: { name },
		settings,
		itemIndex: i,
		action: `Looking up the wallet named "${name}"`,
	})) as IDataObject;
}

/** The wallet id of a wallet locator; "By Name" looks the wallet up first (W26). */
export async function readWalletId(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	i: number,
	settings: WyreSettings,
): Promise<string> {
	const { mode, value } = locatorValue(ctx, name, i);
	if (mode !== 'name') return checkWyreId(ctx, value, label, i, 'wallet');
	const walletName = checkText(ctx, value, `${label} (name)`, i, {
		required: true,
		maxLength: 200,
	}) as string;
	const wallet = await walletByName(ctx, walletName, i, settings);
	if (typeof wallet?.id !== 'string')
		invalidInput(ctx, label, `: Wyre answered no wallet id for the name "${walletName}"`, i);
	return checkWyreId(ctx, wallet.id, label, i, 'wallet');
}
