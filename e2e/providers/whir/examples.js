'use strict';
// Whir's example workflows (examples/whir/*.json, written by `npm run examples`): what a user imports
// to start. Portable: no sandbox-only steps, no credential; the local sandbox needs no change
// (its URL is the credential's).
const { layout } = require('../../lib/examples');
const { ACTION, TRIGGER, PAYOUT, CREATE } = require('./constants');

const CREDENTIAL = [
	'**Credential**: create a *Whir API* credential (API key and secret key from your Whir account) and',
	'pick it in every Whir node. **Live or sandbox**: the credential talks to Whir (live) by default; to',
	"try without real funds, run `npm run sandbox` in this package's repository and set the credential's",
	'Base URL to the Whir sandbox URL it prints.',
].join('\n');

const wh = (name, parameters) => ({ name, type: ACTION, parameters, executeOnce: true });

function action() {
	return layout({
		id: 'ccpExWhirPayout',
		name: 'Whir: a Bitcoin payout transaction',
		sections: [
			{
				title: 'Whir: a Bitcoin payout transaction',
				text: [
					'Checks Whir and a payout address, creates a transaction paying two addresses, and reads it',
					'back. Whir pays out only after you deposit the total to the address the transaction returns:',
					'creating it moves no money (the safety limits of the node apply all the same).',
					'',
					CREDENTIAL,
					'',
					'Then click **Execute workflow**; the example *Whir: transaction changes (polling)* sees',
					'the new transaction at its next poll.',
				].join('\n'),
			},
			{
				title: '1. Check, create, read',
				text: 'Replace the payout addresses and amounts with yours before running it live.',
				rows: [
					[
						{ name: 'Run', type: 'n8n-nodes-base.manualTrigger' },
						wh('Whir status', { resource: 'service', operation: 'getStatus' }),
						wh('Check an address', {
							resource: 'address',
							operation: 'validate',
							address: PAYOUT[0],
						}),
						wh(CREATE, {
							resource: 'transaction',
							operation: 'create',
							payoutSource: 'list',
							payouts: {
								payout: [
									{ address: PAYOUT[0], amount: '0.001' },
									{ address: PAYOUT[1], amount: '0.0025' },
								],
							},
							delay: 0,
							refCode: '',
							payoutsFormat: 'object',
							options: {},
						}),
						wh('Read the transaction', {
							resource: 'transaction',
							operation: 'get',
							transactionId: `={{ $('${CREATE}').first().json.id }}`,
							options: {},
						}),
						wh('Recent transactions', {
							resource: 'transaction',
							operation: 'getAll',
							returnAll: false,
							limit: 5,
							options: {},
						}),
					],
				],
			},
		],
	});
}

function trigger() {
	return layout({
		id: 'ccpExWhirChanges',
		name: 'Whir: transaction changes (polling)',
		sections: [
			{
				title: 'Whir: transaction changes (polling)',
				text: [
					'Starts once per new transaction and once per status change (pending → confirming →',
					'processing → complete, or expired). Whir has no webhooks: the trigger asks Whir every',
					'minute, so there is **no webhook URL** to set up; the first poll only takes note of what exists.',
					'',
					CREDENTIAL,
					'',
					'Activate this workflow; each change shows up in its Executions tab.',
				].join('\n'),
			},
			{
				title: 'On a change',
				text: 'Replace *Handle the transaction* with what to do: notify, update your books, …',
				rows: [
					[
						{
							name: 'Whir Trigger',
							type: TRIGGER,
							parameters: {
								pollTimes: { item: [{ mode: 'everyMinute' }] },
								events: ['transactionCreated', 'statusChanged'],
								statuses: [],
								options: {},
							},
						},
						{ name: 'Handle the transaction', type: 'n8n-nodes-base.noOp' },
					],
				],
			},
		],
	});
}

module.exports = { examples: () => [action(), trigger()] };
