'use strict';
// Address.so e2e constants: node types, ids, addresses and the names of the steps checks refer to.

const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.addressSo`;

const ids = {
	credential: 'ccpAddressSoSbx',
	actionWorkflow: 'ccpAddressSoAll',
	triggerWorkflow: 'ccpAddressSoHook',
};

/** The sandbox's seeded BTC wallet (the trigger watches it) and an outside BTC address. */
const WALLET_5 = '5';
const EXTERNAL_BTC = '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2';

/** Step names the checks and expressions refer to. */
const STEP = {
	newWallet: 'Create a BTC wallet',
	wallet5: 'Read wallet 5',
	newAccount: 'Create an account',
	webhook: 'Create a webhook',
	limit: 'Set a wallet limit',
	link: 'Read the e-mailed link (sandbox only)',
	walletSend: 'Pay wallet 5 from the new wallet',
	accountSend: 'Send from the account',
	spare: 'Create a spare wallet',
	spareAccount: 'Create a spare account',
	archived: 'Create an account to archive',
};

module.exports = { ACTION, ids, WALLET_5, EXTERNAL_BTC, STEP };
