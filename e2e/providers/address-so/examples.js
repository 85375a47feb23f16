'use strict';
// Address.so's example workflows (examples/address-so/*.json, written by `npm run examples`): what a
// user imports to start. Portable: no sandbox-only steps, no credential; `forSandbox` is what the
// demo and the e2e suite change to run them against the local sandbox.
const { layout } = require('../../lib/examples');
const { ACTION, WALLET_5 } = require('./constants');

const TRIGGER = `${ACTION}Trigger`;

const WALLETS = 'Your BTC wallets';

const CREDENTIAL = [
	'**Credential**: create an *Address.so API* credential (your log-in e-mail and password, and the',
	'secret token from User → Get Secret Token) and pick it in every Address.so node. **Live or',
	'sandbox**: the credential talks to Address.so (live) by default; to try without real funds, run',
	"`npm run sandbox` in this package's repository and set the credential's Base URL to the Address.so",
	'sandbox URL it prints.',
].join('\n');

const as = (name, parameters) => ({ name, type: ACTION, parameters, executeOnce: true });
const firstWallet = {
	coin: 'btc',
	wallet: { __rl: true, mode: 'id', value: `={{ String($('${WALLETS}').first().json.id) }}` },
};

const BALANCE = 'Wallet balance';
const TRANSACTIONS = 'Latest transactions';
const FEE = 'Fee for 0.001 BTC';
const DEPOSIT = 'Deposit address';
const next = (...names) => ({ main: [names.map((node) => ({ node, type: 'main', index: 0 }))] });

function action() {
	return layout({
		id: 'ccpExAddressSoWallets',
		name: 'Address.so: your wallets at a glance',
		sections: [
			{
				title: 'Address.so: your wallets at a glance',
				text: [
					'Reads your user, the coins Address.so offers and your BTC wallets, then the first wallet:',
					'its balance, latest transactions, the fee a 0.001 BTC send would cost, and a deposit',
					'address. Nothing here moves money (Wallet → Send and Account → Send do; see the README).',
					'',
					CREDENTIAL,
					'',
					'You need at least one BTC wallet (Wallet → Create makes one). Then click **Execute workflow**.',
				].join('\n'),
			},
			{
				title: '1. Look around',
				text: 'Who you are, the coins and your BTC wallets.',
				rows: [
					[
						{ name: 'Run', type: 'n8n-nodes-base.manualTrigger' },
						as('Who am I', { resource: 'user', operation: 'get' }),
						as('Coins', { resource: 'coin', operation: 'getAll', returnAll: true }),
						as(WALLETS, {
							resource: 'wallet',
							operation: 'getAll',
							coin: 'btc',
							returnAll: false,
							limit: 10,
							options: {},
						}),
					],
				],
			},
			{
				title: '2. One wallet',
				text: 'Each from your first BTC wallet: its balance (amounts also in BTC), latest transactions, a fee estimate, and a deposit address.',
				rows: [
					[
						as(BALANCE, {
							resource: 'wallet',
							operation: 'get',
							...firstWallet,
							options: { convertAmounts: true },
						}),
						as(TRANSACTIONS, {
							resource: 'wallet',
							operation: 'getTransactions',
							...firstWallet,
							returnAll: false,
							limit: 5,
							options: { convertAmounts: true },
						}),
						as(FEE, {
							resource: 'wallet',
							operation: 'estimateFee',
							...firstWallet,
							amount: '0.001',
							feePriority: 2,
							options: {},
						}),
						as(DEPOSIT, { resource: 'invoice', operation: 'getDepositAddress' }),
					],
				],
			},
		],
		// the wallet's steps each read the wallet list: a wallet without transactions stops none
		connections: {
			Run: next('Who am I'),
			'Who am I': next('Coins'),
			Coins: next(WALLETS),
			[WALLETS]: next(BALANCE, TRANSACTIONS, FEE, DEPOSIT),
		},
	});
}

function trigger() {
	return layout({
		id: 'ccpExAddressSoBalance',
		name: 'Address.so: balance changes (signed callbacks)',
		sections: [
			{
				title: 'Address.so: balance changes (signed callbacks)',
				text: [
					'Starts once per balance change of the watched wallet (a deposit, a send), after checking the',
					"callback's signature and re-reading the wallet from the Address.so API (Confirm via API).",
					'',
					CREDENTIAL,
					'',
					'**Wallet**: open *Address.so Trigger* and pick the coin and the wallet (or an account) to watch.',
					'**Webhook URL**: nothing to copy. Activating this workflow registers its URL at Address.so',
					'for that wallet, deactivating removes it. The secret token of the credential verifies the',
					'callbacks; n8n must be reachable from the internet (set WEBHOOK_URL).',
				].join('\n'),
			},
			{
				title: 'On a balance change',
				text: 'Replace *Handle the change* with what you do: credit an order, notify, …',
				rows: [
					[
						{
							name: 'Address.so Trigger',
							type: TRIGGER,
							typeVersion: 1.1,
							parameters: {
								events: 'balanceChanged',
								entityType: 'wallet',
								coin: 'btc',
								walletId: '',
								confirmViaApi: true,
								options: {},
							},
						},
						{ name: 'Handle the change', type: 'n8n-nodes-base.noOp' },
					],
				],
			},
		],
	});
}

/** The changes that run the examples against the local sandbox (demo, e2e): its seeded wallet 5. */
function forSandbox(workflow) {
	for (const n of workflow.nodes)
		if (n.type.endsWith('.addressSoTrigger')) n.parameters.walletId = WALLET_5;
}

module.exports = { examples: () => [action(), trigger()], forSandbox };
