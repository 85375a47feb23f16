import type { INodeProperties } from 'n8n-workflow';
import { safetyLimitsProperty } from './payouts/guard';
import type { Registry } from './registry';
import { buildProperties } from './registry';

/** An action node's properties: the registry's menus and fields, plus Safety Limits on money operations. */
export function nodeProperties(registry: Registry, defaultResource: string): INodeProperties[] {
	return buildProperties(registry, {
		defaultResource,
		extra: (op) => (op.kind === 'money' ? [safetyLimitsProperty] : []),
	});
}
