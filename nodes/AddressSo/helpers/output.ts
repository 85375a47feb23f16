import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { cachedCredentials, scrubSecrets } from '../../shared/transport';
import { addressSoSpec, CREDENTIAL_TYPE } from '../transport';
import type { CoinData } from './coins';
import { fromBaseUnits, getCoinsData } from './coins';

/** Fields that are secrets whatever their value (a 2FA seed, a session token). */
const ALWAYS_HIDDEN = new Set(['google2fa_secret', 'auth_token']);

function hideFields(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(hideFields);
	if (value && typeof value === 'object') {
		const out: IDataObject = {};
		for (const [k, v] of Object.entries(value as IDataObject))
			out[k] = (
				ALWAYS_HIDDEN.has(k) && typeof v === 'string' && v !== '' ? '***' : hideFields(v)
			) as IDataObject[string];
		return out;
	}
	return value;
}

/**
 * Adds `<name>_decimal` next to every `<name>_int` (base units → coin units, by the precision of
 * the object's `coin`, or of `coin` when the object has none).
 */
function addConverted(value: unknown, coins: CoinData[], coin?: string): unknown {
	if (Array.isArray(value)) return value.map((v) => addConverted(v, coins, coin));
	if (!value || typeof value !== 'object') return value;
	const obj = value as IDataObject;
	const own = typeof obj.coin === 'string' ? obj.coin : coin;
	const precision = coins.find(
		(c) => c.coin.toLowerCase() === (own ?? '').toLowerCase(),
	)?.precision;
	const out: IDataObject = {};
	for (const [k, v] of Object.entries(obj)) {
		out[k] = addConverted(v, coins, own) as IDataObject[string];
		const base = /^(.*)_int$/.exec(k)?.[1];
		if (base && precision !== undefined && (typeof v === 'string' || typeof v === 'number')) {
			const converted = fromBaseUnits(String(v), precision);
			if (converted !== undefined) out[`${base}_decimal`] = converted;
		}
	}
	return out;
}

/**
 * What an operation outputs: the result with the credential's secrets and always-secret fields
 * replaced by "***", and, with the "Add Converted Amounts" option, each base-unit amount also in
 * coin units. Lists become one item per entry.
 */
export async function output(
	ctx: IExecuteFunctions,
	result: unknown,
	i: number,
	options: { coin?: string; convert?: boolean } = {},
): Promise<IDataObject[]> {
	const credentials = await cachedCredentials(ctx, CREDENTIAL_TYPE);
	let value = hideFields(result);
	const convert =
		options.convert ??
		Boolean((ctx.getNodeParameter('options', i, {}) as IDataObject).convertAmounts);
	if (convert) value = addConverted(value, await getCoinsData(ctx), options.coin);
	value = scrubSecrets(
		value,
		addressSoSpec.secretFields.map((f) => String(credentials[f] ?? '')),
	);
	const list = Array.isArray(value) ? value : [value];
	return list.map((v) =>
		v && typeof v === 'object' && !Array.isArray(v) ? (v as IDataObject) : { result: v as string },
	);
}
