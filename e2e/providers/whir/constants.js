'use strict';
// Whir e2e constants: node types, ids, the payout addresses and the e2e poll times.

const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.whir`;
const TRIGGER = `${PKG}.whirTrigger`;

const ids = {
	credential: 'ccpWhirSbx',
	actionWorkflow: 'ccpWhirAll',
	triggerWorkflow: 'ccpWhirPoll',
};

// Valid mainnet addresses that are not the sandbox's (P2WPKH, P2PKH, P2SH).
const PAYOUT = [
	'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
	'1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH',
	'3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
];
const CREATE = 'Create a payout transaction';

/**
 * Polling: n8n accepts no poll time more often than once a minute, but a node may have several
 * poll times. The e2e suite gives the trigger six (at seconds 0, 10, …, 50 of every minute): n8n
 * then polls every 10 s. The demo keeps the node's own "every minute".
 */
const triggerPoll = {
	pollTimes: {
		item: [0, 10, 20, 30, 40, 50].map((s) => ({
			mode: 'custom',
			cronExpression: `${s} * * * * *`,
		})),
	},
	/** Longest wait for the poll that notices a change (one interval and a margin). */
	maxWaitMs: 30000,
	/** How long "no execution" is watched: more than one poll interval. */
	quietMs: 14000,
};

module.exports = { ACTION, TRIGGER, ids, PAYOUT, CREATE, triggerPoll };
