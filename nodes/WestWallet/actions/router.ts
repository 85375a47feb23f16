import type { OperationMap } from '../../shared/router';
import * as address from './address';
import * as currency from './currency';
import * as invoice from './invoice';
import * as transaction from './transaction';
import * as wallet from './wallet';
import * as withdrawal from './withdrawal';

export const operations: OperationMap = {
	currency: { getAll: currency.getAll },
	wallet: { getBalance: wallet.getBalance, getBalances: wallet.getBalances },
	withdrawal: { create: withdrawal.create, createMany: withdrawal.createMany },
	transaction: { get: transaction.get, getAll: transaction.getAll },
	address: { generate: address.generate },
	invoice: { create: invoice.create, getTransactions: invoice.getTransactions },
};
