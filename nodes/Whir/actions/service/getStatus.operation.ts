import type { IDataObject } from 'n8n-workflow';
import type { ItemOperation } from '../../../shared/registry';
import { whirRequest } from '../../transport';

export const operation: ItemOperation = {
	name: 'Get Status',
	description: 'Check that the Whir service is up (public, no API key)',
	action: 'Get the service status',
	kind: 'read',
	properties: [],
	async execute(i) {
		return (await whirRequest.call(this, 'GET', '/status', 'read', {
			itemIndex: i,
			action: 'Reading the Whir service status',
			public: true,
		})) as IDataObject;
	},
};
