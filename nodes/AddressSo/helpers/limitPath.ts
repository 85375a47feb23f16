import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

/**
 * Where a limit lives. The SDK writes "/limits/{id}" with a leading slash, which its HTTP client
 * resolves outside /api/; every other endpoint of the API is under /api/, so that is the default.
 */
export const limitPathOption: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Endpoint',
			name: 'limitPath',
			type: 'options',
			options: [
				{ name: '/api/limits/{ID}', value: 'api' },
				{ name: '/limits/{ID} (as the PHP SDK Resolves It)', value: 'root' },
			],
			default: 'api',
		},
	],
};

export function limitPath(ctx: IExecuteFunctions, i: number, id: string): string {
	const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
	return `${options.limitPath === 'root' ? '' : '/api'}/limits/${encodeURIComponent(id)}`;
}
