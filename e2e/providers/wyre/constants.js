'use strict';
// Wyre e2e constants: node types, ids, the sandbox's seed objects and node names used across files.

const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.wyre`;
const TRIGGER = `${PKG}.wyreTrigger`;

const ids = {
	credential: 'ccpWyreSbx',
	actionWorkflow: 'ccpWyreAll',
	triggerWorkflow: 'ccpWyreHook',
};

// The sandbox's seed (docs/providers/wyre.md, ## Sandbox)
const SEED = {
	account: 'AC_SANDBOX0001',
	subAccount: 'AC_SANDBOX0002',
	wallet: 'WA_SANDBOX0001',
	walletName: 'sandbox-main',
	paymentMethod: 'PA_SANDBOX0001',
};

// Names of the action workflow's nodes that later nodes and the checks refer to.
const N = {
	ownAccount: 'Own account',
	subAccount: 'Create a sub-account',
	bank: 'Link a bank account (ACH)',
	wallet: 'Create a wallet',
	wallets: 'Create wallets in one batch',
	transfer: 'Send BTC to the new wallet',
	confirm: 'Confirm the transfer',
	complete: 'Simulate the completion (sandbox only)',
	subscription: 'Watch the new wallet',
	reserve: 'Reserve a card purchase',
	pay: 'Simulate the card payment (sandbox only)',
	deposit: 'Simulate a deposit (sandbox only)',
};

module.exports = { ACTION, TRIGGER, ids, SEED, N };
