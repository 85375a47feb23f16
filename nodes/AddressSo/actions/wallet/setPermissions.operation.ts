import type { ItemOperation } from '../../../shared/registry';
import { invalidInput } from '../../../shared/params';
import { output } from '../../helpers/output';
import { checkNumericId, walletOf } from '../../helpers/params';
import { addressSoResult } from '../../transport';
import { coinField, outputOptions, walletLocator } from '../common.descriptions';

const ROLES = ['view', 'transfer', 'admin', 'order'];

export const operation: ItemOperation = {
	name: 'Set Permissions',
	description: "Set another user's roles on a wallet (none: remove them all)",
	action: 'Set wallet permissions',
	kind: 'write',
	properties: [
		coinField,
		walletLocator,
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			required: true,
			default: '',
			description: 'The Address.so user whose roles are set',
		},
		{
			displayName: 'Permissions',
			name: 'permissions',
			type: 'multiOptions',
			options: [
				{ name: 'Admin', value: 'admin', description: 'Manage the permissions of the wallet' },
				{ name: 'Order', value: 'order' },
				{ name: 'Transfer', value: 'transfer', description: 'Send from the wallet' },
				{ name: 'View', value: 'view', description: "See the wallet's transactions" },
			],
			default: ['view'],
			description: "The user's roles on the wallet; none removes all of them",
		},
		outputOptions(),
	],
	async execute(i) {
		const { coin, wallet, path } = walletOf(this, i);
		const userId = checkNumericId(this, this.getNodeParameter('userId', i), i, 'User ID');
		const raw = this.getNodeParameter('permissions', i, []);
		const list = typeof raw === 'string' ? raw.split(',').map((s) => s.trim()) : raw;
		if (!Array.isArray(list)) invalidInput(this, 'Permissions', 'must be a list of roles', i);
		const roles = (list as unknown[]).filter((r) => r !== '');
		for (const role of roles) {
			if (typeof role !== 'string' || !ROLES.includes(role))
				invalidInput(this, 'Permissions', `"${String(role)}" is not one of ${ROLES.join(', ')}`, i);
		}
		// ["0"] is how Address.so's SDK removes every role.
		const permissions = roles.length ? [...new Set(roles as string[])] : ['0'];
		const result = await addressSoResult.call(this, 'POST', `${path}/permissions`, 'write', {
			body: { user_id: userId, permissions },
			itemIndex: i,
			action: `Setting permissions of user ${userId} on ${coin} wallet ${wallet}`,
		});
		return await output(this, result, i, { coin });
	},
};
