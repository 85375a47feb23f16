import { defineRegistry } from '../../shared/registry';
import type { OperationKey } from '../../shared/registry';
import { operation as accountArchive } from './account/archive.operation';
import { operation as accountCheckOutcome } from './account/checkOutcome.operation';
import { operation as accountCreate } from './account/create.operation';
import { operation as accountDelete } from './account/delete.operation';
import { operation as accountEstimateFee } from './account/estimateFee.operation';
import { operation as accountGet } from './account/get.operation';
import { operation as accountGetAll } from './account/getAll.operation';
import { operation as accountGetTransactions } from './account/getTransactions.operation';
import { operation as accountSend } from './account/send.operation';
import { operation as coinGet } from './coin/get.operation';
import { operation as coinGetAll } from './coin/getAll.operation';
import { operation as invoiceGetDepositAddress } from './invoice/getDepositAddress.operation';
import { operation as limitDelete } from './limit/delete.operation';
import { operation as limitUpdate } from './limit/update.operation';
import { operation as userForgotPassword } from './user/forgotPassword.operation';
import { operation as userGet } from './user/get.operation';
import { operation as userGetSecretToken } from './user/getSecretToken.operation';
import { operation as userGetTariffs } from './user/getTariffs.operation';
import { operation as userLogOut } from './user/logOut.operation';
import { operation as userRequestSecretToken } from './user/requestSecretToken.operation';
import { operation as userRequestTariff } from './user/requestTariff.operation';
import { operation as userSignUp } from './user/signUp.operation';
import { operation as walletCheckOutcome } from './wallet/checkOutcome.operation';
import { operation as walletCreate } from './wallet/create.operation';
import { operation as walletDelete } from './wallet/delete.operation';
import { operation as walletEstimateFee } from './wallet/estimateFee.operation';
import { operation as walletGet } from './wallet/get.operation';
import { operation as walletGetAll } from './wallet/getAll.operation';
import { operation as walletGetLimits } from './wallet/getLimits.operation';
import { operation as walletGetTransactions } from './wallet/getTransactions.operation';
import { operation as walletSend } from './wallet/send.operation';
import { operation as walletSetLimit } from './wallet/setLimit.operation';
import { operation as walletSetPermissions } from './wallet/setPermissions.operation';
import { operation as walletUpdate } from './wallet/update.operation';
import { operation as webhookCreate } from './webhook/create.operation';
import { operation as webhookDelete } from './webhook/delete.operation';
import { operation as webhookGet } from './webhook/get.operation';
import { operation as webhookGetAll } from './webhook/getAll.operation';
import { operation as webhookUpdate } from './webhook/update.operation';

/**
 * Every operation of the Address.so node (endpoints A1-A39 of the inventory but the log-in, which
 * is the credential's). The money-moving endpoints are the `kind: 'money'` entries: wallet.send
 * (POST /api/coins/{coin}/wallets/{id}/send) and account.send (…/accounts/{id}/send).
 */
export const registry = defineRegistry({
	wallet: {
		name: 'Wallet',
		operations: {
			create: walletCreate,
			getAll: walletGetAll,
			get: walletGet,
			update: walletUpdate,
			delete: walletDelete,
			setPermissions: walletSetPermissions,
			getTransactions: walletGetTransactions,
			send: walletSend,
			checkOutcome: walletCheckOutcome,
			estimateFee: walletEstimateFee,
			getLimits: walletGetLimits,
			setLimit: walletSetLimit,
		},
	},
	account: {
		name: 'Account',
		operations: {
			create: accountCreate,
			getAll: accountGetAll,
			get: accountGet,
			delete: accountDelete,
			archive: accountArchive,
			getTransactions: accountGetTransactions,
			send: accountSend,
			checkOutcome: accountCheckOutcome,
			estimateFee: accountEstimateFee,
		},
	},
	coin: { name: 'Coin', operations: { getAll: coinGetAll, get: coinGet } },
	limit: { name: 'Limit', operations: { update: limitUpdate, delete: limitDelete } },
	invoice: { name: 'Invoice', operations: { getDepositAddress: invoiceGetDepositAddress } },
	webhook: {
		name: 'Webhook',
		operations: {
			create: webhookCreate,
			getAll: webhookGetAll,
			get: webhookGet,
			update: webhookUpdate,
			delete: webhookDelete,
		},
	},
	user: {
		name: 'User',
		operations: {
			get: userGet,
			signUp: userSignUp,
			requestSecretToken: userRequestSecretToken,
			getSecretToken: userGetSecretToken,
			forgotPassword: userForgotPassword,
			getTariffs: userGetTariffs,
			requestTariff: userRequestTariff,
			logOut: userLogOut,
		},
	},
});

export type AddressSoOperation = OperationKey<typeof registry>;
