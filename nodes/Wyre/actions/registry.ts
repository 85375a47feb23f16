import { defineRegistry } from '../../shared/registry';
import type { OperationKey } from '../../shared/registry';
import { operation as accountCreate } from './account/create.operation';
import { operation as accountGet } from './account/get.operation';
import { operation as accountGetV2 } from './account/getV2.operation';
import { operation as accountUpdate } from './account/update.operation';
import { operation as accountUploadDocument } from './account/uploadDocument.operation';
import { operation as limitGet } from './limit/get.operation';
import { operation as orderCalculateLimits } from './order/calculateLimits.operation';
import { operation as orderGet } from './order/get.operation';
import { operation as orderReserve } from './order/reserve.operation';
import { operation as paymentMethodAttachBlockchain } from './paymentMethod/attachBlockchain.operation';
import { operation as paymentMethodCreate } from './paymentMethod/create.operation';
import { operation as paymentMethodDelete } from './paymentMethod/delete.operation';
import { operation as paymentMethodGet } from './paymentMethod/get.operation';
import { operation as paymentMethodGetAll } from './paymentMethod/getAll.operation';
import { operation as rateGet } from './rate/get.operation';
import { operation as subscriptionCreate } from './subscription/create.operation';
import { operation as subscriptionDelete } from './subscription/delete.operation';
import { operation as subscriptionGetAll } from './subscription/getAll.operation';
import { operation as transferCheckOutcome } from './transfer/checkOutcome.operation';
import { operation as transferConfirm } from './transfer/confirm.operation';
import { operation as transferCreate } from './transfer/create.operation';
import { operation as transferGet } from './transfer/get.operation';
import { operation as transferGetAll } from './transfer/getAll.operation';
import { operation as transferTrack } from './transfer/track.operation';
import { operation as walletCreate } from './wallet/create.operation';
import { operation as walletCreateMany } from './wallet/createMany.operation';
import { operation as walletDelete } from './wallet/delete.operation';
import { operation as walletGet } from './wallet/get.operation';
import { operation as walletGetAll } from './wallet/getAll.operation';
import { operation as walletGetByName } from './wallet/getByName.operation';
import { operation as walletUpdate } from './wallet/update.operation';
import { operation as webhookRegisterWalletOrder } from './webhook/registerWalletOrder.operation';

/**
 * Every operation of the Wyre node, declared once: the menus, each field's visibility and the
 * dispatch are derived from this. The money-moving endpoints are the `kind: 'money'` entries:
 * transfer.create (POST /v3/transfers) and transfer.confirm (POST /v3/transfers/{id}/confirm).
 */
export const registry = defineRegistry({
	transfer: {
		name: 'Transfer',
		operations: {
			create: transferCreate,
			confirm: transferConfirm,
			get: transferGet,
			getAll: transferGetAll,
			track: transferTrack,
			checkOutcome: transferCheckOutcome,
		},
	},
	wallet: {
		name: 'Wallet',
		operations: {
			create: walletCreate,
			createMany: walletCreateMany,
			get: walletGet,
			getByName: walletGetByName,
			update: walletUpdate,
			delete: walletDelete,
			getAll: walletGetAll,
		},
	},
	account: {
		name: 'Account',
		operations: {
			getV2: accountGetV2,
			create: accountCreate,
			get: accountGet,
			update: accountUpdate,
			uploadDocument: accountUploadDocument,
		},
	},
	paymentMethod: {
		name: 'Payment Method',
		operations: {
			create: paymentMethodCreate,
			getAll: paymentMethodGetAll,
			get: paymentMethodGet,
			delete: paymentMethodDelete,
			attachBlockchain: paymentMethodAttachBlockchain,
		},
	},
	rate: { name: 'Rate', operations: { get: rateGet } },
	limit: { name: 'Limit', operations: { get: limitGet } },
	subscription: {
		name: 'Subscription',
		operations: {
			create: subscriptionCreate,
			getAll: subscriptionGetAll,
			delete: subscriptionDelete,
		},
	},
	order: {
		name: 'Order',
		operations: {
			reserve: orderReserve,
			get: orderGet,
			calculateLimits: orderCalculateLimits,
		},
	},
	webhook: { name: 'Webhook', operations: { registerWalletOrder: webhookRegisterWalletOrder } },
});

export type WyreOperation = OperationKey<typeof registry>;
