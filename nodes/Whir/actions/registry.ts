import { defineRegistry } from '../../shared/registry';
import type { OperationKey } from '../../shared/registry';
import { operation as addressValidate } from './address/validate.operation';
import { operation as serviceGetStatus } from './service/getStatus.operation';
import { operation as transactionCheckOutcome } from './transaction/checkOutcome.operation';
import { operation as transactionCreate } from './transaction/create.operation';
import { operation as transactionGet } from './transaction/get.operation';
import { operation as transactionGetAll } from './transaction/getAll.operation';

/**
 * Every operation of the Whir node, declared once: the menus, each field's visibility and the
 * dispatch are derived from this. The money-moving endpoint is the `kind: 'money'` entry:
 * transaction.create (POST /createTransaction).
 */
export const registry = defineRegistry({
	transaction: {
		name: 'Transaction',
		operations: {
			create: transactionCreate,
			get: transactionGet,
			getAll: transactionGetAll,
			checkOutcome: transactionCheckOutcome,
		},
	},
	address: { name: 'Address', operations: { validate: addressValidate } },
	service: { name: 'Service', operations: { getStatus: serviceGetStatus } },
});

export type WhirOperation = OperationKey<typeof registry>;
