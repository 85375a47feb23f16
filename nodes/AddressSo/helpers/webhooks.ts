import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkUrl } from '../../shared/params';
import { checkNumericId } from './params';

export const webhookUrlField: INodeProperties = {
	displayName: 'URL',
	name: 'url',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'https://example.com/callback',
	description: 'Where Address.so sends its notifications (HTTP GET)',
};

export function webhookUrl(ctx: IExecuteFunctions, i: number): string {
	return checkUrl(ctx, ctx.getNodeParameter('url', i), 'URL', i, { required: true }) as string;
}

export function webhookId(ctx: IExecuteFunctions, i: number): string {
	return checkNumericId(ctx, ctx.getNodeParameter('webhookId', i), i, 'Webhook ID');
}

export function webhookPath(id: string): string {
	return `/api/webhooks/${encodeURIComponent(id)}`;
}
