import { defineRegistry } from '../../shared/registry';
import type { OperationKey } from '../../shared/registry';
import { operation as addressGenerate } from './address/generate.operation';
import { operation as currencyGetAll } from './currency/getAll.operation';
import { operation as invoiceCreate } from './invoice/create.operation';
import { operation as invoiceGetTransactions } from './invoice/getTransactions.operation';
import { operation as transactionGet } from './transaction/get.operation';
import { operation as transactionGetAll } from './transaction/getAll.operation';
import { operation as walletGetBalance } from './wallet/getBalance.operation';
import { operation as walletGetBalances } from './wallet/getBalances.operation';
import { operation as withdrawalCheckOutcome } from './withdrawal/checkOutcome.operation';
import { operation as withdrawalCreate } from './withdrawal/create.operation';
import { operation as withdrawalCreateMany } from './withdrawal/createMany.operation';

/**
 * Every operation of the WestWallet node, declared once: the menus, each field's visibility and
 * the dispatch are derived from this. The money-moving endpoints are the `kind: 'money'` entries:
 * withdrawal.create (POST /wallet/create_withdrawal) and withdrawal.createMany
 * (POST /wallet/create_withdrawal/many).
 */
export const registry = defineRegistry({
	withdrawal: {
		name: 'Withdrawal',
		operations: {
			create: withdrawalCreate,
			createMany: withdrawalCreateMany,
			checkOutcome: withdrawalCheckOutcome,
		},
	},
	currency: { name: 'Currency', operations: { getAll: currencyGetAll } },
	wallet: {
		name: 'Wallet',
		operations: { getBalance: walletGetBalance, getBalances: walletGetBalances },
	},
	transaction: {
		name: 'Transaction',
		operations: { get: transactionGet, getAll: transactionGetAll },
	},
	address: { name: 'Address', operations: { generate: addressGenerate } },
	invoice: {
		name: 'Invoice',
		operations: { create: invoiceCreate, getTransactions: invoiceGetTransactions },
	},
});

export type WestWalletOperation = OperationKey<typeof registry>;
