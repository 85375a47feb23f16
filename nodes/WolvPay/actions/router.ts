import type { OperationMap } from '../../shared/router';
import * as coin from './coin';
import * as invoice from './invoice';

export const operations: OperationMap = {
	coin: { getAll: coin.getAll },
	invoice: { create: invoice.create, get: invoice.get, getAll: invoice.getAll, update: invoice.update },
};
