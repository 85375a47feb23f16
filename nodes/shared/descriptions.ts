import type { INodeProperties } from 'n8n-workflow';

/** The "Return All" and "Limit" fields of a list operation. */
export function returnAllAndLimit(
	resource: string,
	operation: string,
	options: { returnAllDescription?: string; defaultLimit?: number } = {},
): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: options.returnAllDescription ?? 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { resource: [resource], operation: [operation] } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: options.defaultLimit ?? 50,
			description: 'Max number of results to return',
			displayOptions: { show: { resource: [resource], operation: [operation], returnAll: [false] } },
		},
	];
}
