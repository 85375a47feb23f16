'use strict';
// Wyre's example workflows (examples/wyre/*.json, written by `npm run examples`): what a user
// imports to start. Portable: no sandbox-only steps, no credential; `forSandbox` is what the demo
// and the e2e suite change to run them against the local sandbox.
const { layout } = require('../../lib/examples');
const { ACTION, TRIGGER, SEED } = require('./constants');
const { triggerWebhook } = require('./triggers');

const SETTINGS = 'Settings';
const WALLET_PLACEHOLDER = 'WA_YOUR_WALLET_ID';
const NEW_WALLET = 'Create a wallet';
const QUOTE = 'Quote a BTC transfer';

const CREDENTIAL = [
	'**Credential**: create a *Wyre API* credential (API key and secret key) and pick it in every Wyre',
	'node. **Live or sandbox**: Environment Production or Test talks to Wyre (live), Custom Base URL to',
	'a Wyre-compatible deployment. Wyre wound its public API down in 2023: the nodes follow its',
	"documented API. To try without real funds, run `npm run sandbox` in this package's repository",
	'and choose Custom Base URL with the Wyre sandbox URL it prints.',
].join('\n');

const wy = (name, parameters) => ({ name, type: ACTION, parameters, executeOnce: true });
const rl = (value, mode = 'id') => ({ __rl: true, mode, value });
const setting = (name) => `={{ $('${SETTINGS}').first().json.${name} }}`;

function action() {
	return layout({
		id: 'ccpExWyreQuote',
		name: 'Wyre: look around and quote a transfer',
		sections: [
			{
				title: 'Wyre: look around and quote a transfer',
				text: [
					'Reads your account, wallets, exchange rates and limits, makes a new wallet and asks Wyre',
					'for a quote of a BTC transfer into it. Nothing here moves money: the transfer stays',
					'UNCONFIRMED and expires (Transfer → Confirm, or Auto Confirm, would move it; see the README).',
					'',
					CREDENTIAL,
					'',
					`**Your wallet**: put the id of a wallet with some BTC (WA_…) into *${SETTINGS}* → walletId.`,
					'Then click **Execute workflow**.',
				].join('\n'),
			},
			{
				title: '1. Look around',
				text: 'Your account, your wallets, the exchange rates and what remains of your limits.',
				rows: [
					[
						{ name: 'Run', type: 'n8n-nodes-base.manualTrigger' },
						{
							name: SETTINGS,
							type: 'n8n-nodes-base.set',
							typeVersion: 3.4,
							parameters: {
								mode: 'manual',
								assignments: {
									assignments: [
										{
											id: 'wallet-id',
											name: 'walletId',
											value: WALLET_PLACEHOLDER,
											type: 'string',
										},
									],
								},
								options: {},
							},
						},
						wy('Own account', { resource: 'account', operation: 'getV2' }),
						wy('Wallets', { resource: 'wallet', operation: 'getAll', returnAll: false, limit: 10 }),
						wy('Exchange rates', { resource: 'rate', operation: 'get', as: 'priced' }),
						wy('Limits', { resource: 'limit', operation: 'get' }),
					],
				],
			},
			{
				title: '2. Quote a transfer',
				text: [
					'A new wallet for a customer, a quote for sending it 0.0001 BTC from your wallet (at most',
					'one payout of 0.001 BTC: Safety Limits), then the quote as Wyre keeps it.',
				].join('\n'),
				rows: [
					[
						wy(NEW_WALLET, {
							resource: 'wallet',
							operation: 'create',
							name: '={{ "customer-" + $execution.id + "-" + $now.toMillis() }}',
							type: 'DEFAULT',
							additionalFields: { notes: 'made by the example workflow' },
						}),
						wy(QUOTE, {
							resource: 'transfer',
							operation: 'create',
							sourceType: 'wallet',
							source: setting('walletId'),
							sourceCurrency: 'BTC',
							sourceAmount: '0.0001',
							destType: 'wallet',
							dest: `={{ $('${NEW_WALLET}').first().json.id }}`,
							destCurrency: 'BTC',
							additionalFields: { message: 'example quote' },
							safetyLimits: {
								maxPayouts: 1,
								maxAmounts: { limit: [{ currency: 'BTC', amount: '0.001' }] },
							},
						}),
						wy('Read the quote', {
							resource: 'transfer',
							operation: 'get',
							transferId: `={{ $('${QUOTE}').first().json.id }}`,
						}),
					],
				],
			},
		],
	});
}

function trigger() {
	return layout({
		id: 'ccpExWyreCallbacks',
		name: 'Wyre: wallet deposits (self-registering trigger)',
		sections: [
			{
				title: 'Wyre: wallet deposits (self-registering trigger)',
				text: [
					"Starts once per confirmed deposit into one wallet. Activation sets the wallet's callback",
					'URL to this trigger (the previous one is restored on deactivation); every callback is',
					'checked against its X-Api-Signature over the raw body, and repeated callbacks start nothing.',
					'',
					CREDENTIAL,
					'',
					'**Wallet**: open *Wyre Trigger* and pick the wallet to watch.',
					'**Webhook URL**: nothing to copy: the trigger registers its Production URL with Wyre',
					'itself when you activate the workflow (your n8n must be reachable from Wyre).',
					'**Webhook Secret** (credential): the key Wyre signs callbacks with; empty: the secret key.',
				].join('\n'),
			},
			{
				title: 'On a deposit',
				text: 'Replace *Handle the deposit* with what you do: credit the customer, email, …',
				rows: [
					[
						{
							name: 'Wyre Trigger',
							type: TRIGGER,
							webhookId: triggerWebhook.webhookId,
							parameters: {
								events: 'walletTransaction',
								registration: 'automatic',
								walletId: rl('', 'list'),
								transactionTypes: ['incoming', 'interestPayout'],
								transactionStatuses: ['CONFIRMED'],
							},
						},
						{ name: 'Handle the deposit', type: 'n8n-nodes-base.noOp' },
					],
				],
			},
		],
	});
}

/** The changes that run the examples against the local sandbox (demo, e2e): its seed wallet. */
function forSandbox(workflow) {
	for (const n of workflow.nodes) {
		if (n.name === SETTINGS) n.parameters.assignments.assignments[0].value = SEED.wallet;
		if (n.type.endsWith('.wyreTrigger')) n.parameters.walletId = rl(SEED.wallet);
	}
}

module.exports = { examples: () => [action(), trigger()], forSandbox };
