'use strict';
// Whir example workflows: every operation of the action node (against the sandbox), and the
// polling trigger (every minute; the e2e suite polls faster, see constants.js).
const { node, workflow, manualTrigger } = require('../../lib/workflow');
const { ACTION, TRIGGER, ids, PAYOUT, CREATE } = require('./constants');

function credentials({ sandbox }) {
	const { apiKey, secretKey, baseUrl } = sandbox.credentials;
	return [
		{
			id: ids.credential,
			name: 'Whir sandbox',
			type: 'whirApi',
			data: { apiKey, secretKey, baseUrl },
		},
	];
}

/** An HTTP Request node calling a sandbox control endpoint for the transaction made by `CREATE`. */
function control(i, name, sandbox, step, notes) {
	const url = `={{ "${sandbox.url}/_sandbox/transactions/" + $('${CREATE}').first().json.id + "/${step}" }}`;
	return node(
		i,
		name,
		'n8n-nodes-base.httpRequest',
		{ method: 'POST', url, options: {} },
		{ typeVersion: 4.2, executeOnce: true, notes },
	);
}

function workflows({ sandbox }) {
	const cred = { whirApi: { id: ids.credential, name: 'Whir sandbox' } };
	const wh = (i, name, parameters, opts = {}) =>
		node(i, name, ACTION, parameters, { credentials: cred, executeOnce: true, ...opts });
	let i = 0;
	const nodes = [
		manualTrigger('Run'),
		wh(++i, 'Whir status', { resource: 'service', operation: 'getStatus' }),
		wh(++i, 'Check an address', { resource: 'address', operation: 'validate', address: PAYOUT[0] }),
		wh(++i, CREATE, {
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
		control(
			++i,
			'Simulate the deposit (sandbox only)',
			sandbox,
			'deposit',
			'The sandbox marks the deposit as received: the Whir Trigger sees "confirming"',
		),
		control(
			++i,
			'Simulate the confirmation (sandbox only)',
			sandbox,
			'confirm',
			'One confirmation, no delay: the payouts are sent ("complete")',
		),
		wh(++i, 'Read the transaction', {
			resource: 'transaction',
			operation: 'get',
			transactionId: `={{ $('${CREATE}').first().json.id }}`,
			options: {},
		}),
		wh(++i, 'Check the outcome', {
			resource: 'transaction',
			operation: 'checkOutcome',
			payoutSource: 'manual',
			destination: PAYOUT[1],
			amount: '0.0025',
			sentAt: `={{ $('${CREATE}').first().json.created }}`,
			network: 'mainnet',
		}),
		wh(++i, 'Recent transactions', {
			resource: 'transaction',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			options: {},
		}),
		node(
			++i,
			'Payout list',
			'n8n-nodes-base.set',
			{
				mode: 'raw',
				jsonOutput: JSON.stringify(
					{ payouts: PAYOUT.map((address, k) => ({ address, amount: `0.00${k + 1}` })) },
					null,
					2,
				),
				options: {},
			},
			{ typeVersion: 3.4, executeOnce: true },
		),
		node(++i, 'One item per payout', 'n8n-nodes-base.splitOut', {
			fieldToSplitOut: 'payouts',
			options: {},
		}),
		wh(
			++i,
			'One transaction for all items',
			{
				resource: 'transaction',
				operation: 'create',
				payoutSource: 'items',
				address: '={{ $json.address }}',
				amount: '={{ $json.amount }}',
				delay: 1,
				refCode: '',
				payoutsFormat: 'array',
				options: {},
			},
			{ executeOnce: false },
		),
	];
	const action = workflow({
		id: ids.actionWorkflow,
		name: 'Whir: every operation (sandbox)',
		nodes,
	});
	const trigger = workflow({
		id: ids.triggerWorkflow,
		name: 'Whir: transaction changes (polling)',
		nodes: [
			node(
				0,
				'Whir Trigger',
				TRIGGER,
				{
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					events: ['transactionCreated', 'statusChanged'],
					statuses: [],
					options: {},
				},
				{ credentials: cred },
			),
			node(
				1,
				'Handle the transaction',
				'n8n-nodes-base.noOp',
				{},
				{ notes: 'React to the new status here' },
			),
		],
	});
	return [action, trigger];
}

module.exports = { credentials, workflows };
