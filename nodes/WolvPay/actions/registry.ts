import { defineRegistry } from '../../shared/registry';
import type { OperationKey } from '../../shared/registry';
import { operation as coinGetAll } from './coin/getAll.operation';
import { operation as invoiceCreate } from './invoice/create.operation';
import { operation as invoiceGet } from './invoice/get.operation';
import { operation as invoiceGetAll } from './invoice/getAll.operation';
import { operation as invoiceUpdate } from './invoice/update.operation';

/**
 * Every operation of the WolvPay node, declared once. WolvPay receives payments only: no
 * operation moves money out (no `kind: 'money'` entries).
 */
export const registry = defineRegistry({
	invoice: {
		name: 'Invoice',
		operations: {
			create: invoiceCreate,
			get: invoiceGet,
			getAll: invoiceGetAll,
			update: invoiceUpdate,
		},
	},
	coin: { name: 'Coin', operations: { getAll: coinGetAll } },
});

export type WolvPayOperation = OperationKey<typeof registry>;
