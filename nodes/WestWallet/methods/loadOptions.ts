import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { getCurrenciesData } from '../helpers/currencies';

/** Tickers from /wallet/currencies_data, e.g. "BTC — Bitcoin". */
export async function getCurrencies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const list = await getCurrenciesData(this);
	const options: INodePropertyOptions[] = [];
	for (const c of list) {
		for (const t of c.tickers ?? []) {
			const flags = [
				c.active === false ? 'inactive' : '',
				c.send_active === false ? 'no sending' : '',
			]
				.filter(Boolean)
				.join(', ');
			options.push({ name: `${t} — ${c.name}${flags ? ` (${flags})` : ''}`, value: t });
		}
	}
	return options.sort((a, b) => String(a.value).localeCompare(String(b.value)));
}
