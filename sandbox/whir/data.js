'use strict';
// Fixed rules and texts of the Whir sandbox. The fee rule and the pending lifetime are the
// sandbox's own (the provider publishes neither): deterministic, so tests can assert them.

const DEFAULTS = Object.freeze({
	apiKey: 'whir_sandbox_api_key',
	secretKey: 'whir_sandbox_secret_key',
	/** The key a "forged" signature is made with. */
	forgedKey: 'not_the_whir_secret_key',
	acceptTestnet: true,
	/** A transaction nobody paid expires this long after creation (the doc's example: 72 h). */
	pendingTtlHours: 72,
});

/** fee = 0.5 % of the payouts' sum, rounded UP to the satoshi, + 0.0001 BTC (10000 satoshis). */
const FEE = Object.freeze({ perThousand: 5n, fixedUnits: 10000n });

/** Error descriptions (our wording; the doc gives only "Invalid JSON data."). */
const TEXT = Object.freeze({
	invalidJson: 'Invalid JSON data.',
	missingKey: 'Missing API key.',
	invalidKey: 'Invalid API key.',
	blocked: 'Account or API access is blocked.',
	noEndpoint: 'Endpoint does not exist.',
	maintenance: 'Service is temporarily unavailable.',
	noTransaction: 'Transaction not found.',
});

const STATUSES = ['pending', 'confirming', 'processing', 'complete', 'expired'];
const HOUR_MS = 3600 * 1000;

module.exports = { DEFAULTS, FEE, TEXT, STATUSES, HOUR_MS };
