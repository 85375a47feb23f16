import type { INodeProperties } from 'n8n-workflow';

export const verifySignatureOption: INodeProperties = {
	displayName: 'Verify Response Signature',
	name: 'verifySignature',
	type: 'boolean',
	default: true,
	description:
		"Whether to check the signature Whir puts on its answers with the credential's Secret Key (when one is set). An answer whose signature does not match is an error and nothing from it is output.",
};

export const requireSignatureOption: INodeProperties = {
	displayName: 'Require Signature',
	name: 'requireSignature',
	type: 'boolean',
	default: false,
	description:
		'Whether an answer without a signature is an error too (needs the Secret Key). Off: it is output with signatureVerified "not signed".',
};

export const networkOption: INodeProperties = {
	displayName: 'Bitcoin Network',
	name: 'network',
	type: 'options',
	options: [
		{
			name: 'Mainnet',
			value: 'mainnet',
			description: 'Real bitcoin: addresses start with 1, 3 or bc1',
		},
		{
			name: 'Testnet',
			value: 'testnet',
			description: 'Test coins: addresses start with m, n, 2 or tb1',
		},
	],
	default: 'mainnet',
	description:
		'The network every payout address must belong to (checked by its checksum before anything is sent)',
};

/** The checkHint of Create: how to resolve an unknown outcome. */
export const CREATE_CHECK_HINT =
	'connect this item (error output) to Whir → Transaction → Check Outcome, which looks for a transaction with these payouts created around the time it was sent, or look at Transaction → Get Many. Deposit to no address until you know';

/** A Whir transaction ID as the doc shows them (16 letters and digits, e.g. JEVG1TKFP4L95EDX). */
export const TRANSACTION_ID = {
	pattern: /^[A-Za-z0-9]{4,64}$/,
	expected: 'a Whir transaction ID (letters and digits, e.g. JEVG1TKFP4L95EDX)',
};
