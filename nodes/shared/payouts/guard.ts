import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { compareDecimal, decimalProblem } from '../decimal';
import { refuseRun } from './refusal';
import type { PreparedItem } from './types';

/**
 * The Safety Limits of every node with money operations: a bad spreadsheet row, an expression gone
 * wrong or a prompt-injected AI agent must not be able to send everything. Checked for all items
 * before any request is sent; a violation sends nothing.
 */
export const safetyLimitsProperty: INodeProperties = {
	displayName: 'Safety Limits',
	name: 'safetyLimits',
	type: 'collection',
	placeholder: 'Add Limit',
	default: {},
	description:
		'Limits checked for every payout before anything is sent. Read once per run (from the first item), so a row of input data cannot change them.',
	options: [
		{
			displayName: 'Allow Unlimited Payouts From AI Agents',
			name: 'allowUnlimitedForAi',
			type: 'boolean',
			default: false,
			description:
				'Whether an AI agent using this node as a tool may send payouts without limits. When off, the tool refuses payouts unless Max Payouts per Execution and, for the currency, a Max Amount per Payout or Allowed Destinations are set.',
		},
		{
			displayName: 'Allowed Destinations',
			name: 'allowedDestinations',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'bc1q..., 0x...',
			description:
				'Only send to these addresses (or SRNs), comma- or line-separated. Empty: any destination.',
		},
		{
			displayName: 'Max Amount per Payout',
			name: 'maxAmounts',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Currency Limit',
			default: {},
			options: [
				{
					displayName: 'Limit',
					name: 'limit',
					values: [
						{
							displayName: 'Currency',
							name: 'currency',
							type: 'string',
							default: '',
							placeholder: 'BTC',
						},
						{
							displayName: 'Max Amount',
							name: 'amount',
							type: 'string',
							default: '',
							placeholder: '0.05',
							description:
								'The largest amount one payout in this currency may have, as a decimal number',
						},
					],
				},
			],
		},
		{
			displayName: 'Max Payouts per Execution',
			name: 'maxPayouts',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The most payouts this node may send in one workflow execution. 0: no limit.',
		},
	],
};

export interface SafetyLimits {
	maxAmounts: Map<string, string>;
	allowed: Set<string>;
	maxPayouts: number;
	allowUnlimitedForAi: boolean;
}

/** Addresses whose letter case carries no meaning (hex, bech32) compare in lower case. */
function normalizeDestination(value: string): string {
	const v = value.trim();
	return /^0x[0-9a-f]+$/i.test(v) || /^[a-z]{1,83}1[02-9ac-hj-np-z]+$/i.test(v)
		? v.toLowerCase()
		: v;
}

/** The Safety Limits a refusal names (details.limit of the error items). */
export type SafetyLimitName =
	| 'Max Amount per Payout'
	| 'Allowed Destinations'
	| 'Max Payouts per Execution'
	| 'Allow Unlimited Payouts From AI Agents';

/** Refuses the whole run before anything is sent (see refusal.ts): a broken or violated limit. */
function limitError(
	ctx: IExecuteFunctions,
	message: string,
	limit: SafetyLimitName,
	itemIndex?: number,
	code = 'safety_limit',
): never {
	throw refuseRun(ctx, message, {
		code,
		limit,
		itemIndex,
		description:
			'Nothing was sent: the safety limits are checked for every payout of the run before the first request.',
	});
}

export function readSafetyLimits(ctx: IExecuteFunctions): SafetyLimits {
	const raw = ctx.getNodeParameter('safetyLimits', 0, {}) as IDataObject;
	const maxAmounts = new Map<string, string>();
	const rows = ((raw.maxAmounts as IDataObject | undefined)?.limit ?? []) as IDataObject[];
	for (const row of rows) {
		const currency = String(row.currency ?? '')
			.trim()
			.toUpperCase();
		const amount = row.amount;
		if (!currency)
			limitError(
				ctx,
				'Safety Limits → Max Amount per Payout: a row has no currency',
				'Max Amount per Payout',
			);
		const problem = decimalProblem(amount, { allowZero: true });
		if (problem)
			limitError(
				ctx,
				`Safety Limits → Max Amount per Payout (${currency}) ${problem}`,
				'Max Amount per Payout',
			);
		maxAmounts.set(currency, amount as string);
	}
	const allowed = new Set(
		String(raw.allowedDestinations ?? '')
			.split(/[\s,;]+/)
			.filter(Boolean)
			.map(normalizeDestination),
	);
	const maxPayouts = Number(raw.maxPayouts ?? 0);
	if (!Number.isInteger(maxPayouts) || maxPayouts < 0) {
		limitError(
			ctx,
			'Safety Limits → Max Payouts per Execution must be a whole number (0 for no limit)',
			'Max Payouts per Execution',
		);
	}
	return { maxAmounts, allowed, maxPayouts, allowUnlimitedForAi: raw.allowUnlimitedForAi === true };
}

/** True when the node runs as an AI agent's tool (n8n gives the tool variant the type "<name>Tool"). */
export function runsAsAiTool(ctx: IExecuteFunctions): boolean {
	return /Tool$/.test(ctx.getNode().type);
}

/**
 * Payouts counted per workflow execution and node, in this process (an execution runs in one
 * process, also in queue mode). Bounded: the oldest executions are forgotten first.
 */
const sentPerExecution = new Map<string, number>();
const MAX_TRACKED_EXECUTIONS = 1000;

function executionKey(ctx: IExecuteFunctions): string | undefined {
	const id = ctx.getExecutionId?.();
	return id ? `${id}\u0000${ctx.getNode().name}` : undefined;
}

export function recordPayouts(ctx: IExecuteFunctions, count: number): void {
	const key = executionKey(ctx);
	if (!key || count === 0) return;
	const before = sentPerExecution.get(key) ?? 0;
	sentPerExecution.delete(key);
	sentPerExecution.set(key, before + count);
	while (sentPerExecution.size > MAX_TRACKED_EXECUTIONS) {
		sentPerExecution.delete(sentPerExecution.keys().next().value as string);
	}
}

/** Throws, naming the limit and the item, when a payout of the run breaks a safety limit. */
export function checkSafetyLimits(ctx: IExecuteFunctions, prepared: PreparedItem[]): void {
	const limits = readSafetyLimits(ctx);
	const asAi = runsAsAiTool(ctx) && !limits.allowUnlimitedForAi;
	const key = executionKey(ctx);
	let count = key ? (sentPerExecution.get(key) ?? 0) : 0;
	for (const item of prepared) {
		for (const payout of item.payouts) {
			const currency = payout.currency.toUpperCase();
			const max = limits.maxAmounts.get(currency);
			if (asAi && (limits.maxPayouts === 0 || (max === undefined && limits.allowed.size === 0))) {
				limitError(
					ctx,
					`Refused: this payout was requested by an AI agent, and the node's Safety Limits do not bound it (set Max Payouts per Execution and a Max Amount per Payout for ${currency} or Allowed Destinations, or turn on "Allow Unlimited Payouts From AI Agents")`,
					'Allow Unlimited Payouts From AI Agents',
					item.itemIndex,
					'ai_tool_without_limits',
				);
			}
			if (max !== undefined && compareDecimal(payout.amount, max) > 0) {
				limitError(
					ctx,
					`Safety limit "Max Amount per Payout" exceeded: item ${item.itemIndex + 1} would send ${payout.amount} ${currency}, the limit is ${max} ${currency}`,
					'Max Amount per Payout',
					item.itemIndex,
				);
			}
			if (limits.allowed.size && !limits.allowed.has(normalizeDestination(payout.destination))) {
				limitError(
					ctx,
					`Safety limit "Allowed Destinations": item ${item.itemIndex + 1} would send to ${payout.destination}, which is not in the list`,
					'Allowed Destinations',
					item.itemIndex,
				);
			}
			count++;
			if (limits.maxPayouts > 0 && count > limits.maxPayouts) {
				limitError(
					ctx,
					`Safety limit "Max Payouts per Execution" (${limits.maxPayouts}) exceeded at item ${item.itemIndex + 1}: this run would send ${count} or more payouts`,
					'Max Payouts per Execution',
					item.itemIndex,
				);
			}
		}
	}
}
