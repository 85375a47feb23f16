/**
 * The Wyre Trigger's description: its events as n8n's nodes panel reads them (a property shown as
 * "Event", "Events" or "Trigger On", each option an action), and issue 20 from the start: a
 * version above 1 by default, a static webhook description, and no parameter the webhook step
 * reads that could hold an expression.
 */
import type { INodeProperties } from 'n8n-workflow';
import { WyreTrigger } from '../../nodes/Wyre/WyreTrigger.node';

const description = new WyreTrigger().description;

test("n8n's nodes panel lists the three sources as trigger events", () => {
	const events = description.properties.find((p) =>
		['event', 'events', 'trigger on'].includes(p.displayName.toLowerCase()),
	) as INodeProperties;
	expect(events.name).toBe('events');
	expect(
		events.options?.map((o) => [('value' in o && o.value) || '', 'action' in o && o.action]),
	).toEqual([
		['walletTransaction', 'On wallet transaction'],
		['objectUpdate', 'On object update'],
		['walletOrder', 'On wallet order update'],
	]);
});

test('issue 20: default version above 1, static webhook description', () => {
	expect(description.defaultVersion).toBe(1.1);
	expect(description.version).toEqual([1, 1.1]);
	for (const webhook of description.webhooks ?? []) {
		for (const value of Object.values(webhook)) {
			expect(typeof value === 'string' && value.startsWith('=')).toBe(false);
		}
	}
});

test('issue 20: every parameter the webhook step reads is a fixed value (no expression)', () => {
	const readOnDelivery = [
		'events',
		'registration',
		'walletId',
		'requireSignature',
		'transactionTypes',
		'transactionStatuses',
		'objectTypes',
		'transferStatuses',
		'orderStatuses',
	];
	for (const name of readOnDelivery) {
		const props = description.properties.filter((p) => p.name === name);
		expect({ name, found: props.length > 0 }).toEqual({ name, found: true });
		for (const p of props)
			expect({ name, fixed: p.noDataExpression }).toEqual({ name, fixed: true });
	}
});
