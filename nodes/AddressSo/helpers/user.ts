import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { checkToken } from '../../shared/params';
import { output } from './output';

export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	required: true,
	default: '',
};

/** An e-mail address: one token with a single "@" and a dot in the domain. */
export function emailParam(ctx: IExecuteFunctions, i: number, field = 'Email'): string {
	return checkToken(ctx, ctx.getNodeParameter('email', i), field, i, {
		required: true,
		maxLength: 254,
		pattern: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
		expected: 'an e-mail address',
	}) as string;
}

/** A user answer (`{user: {...}}`) as one item: the user object, secrets hidden. */
export async function userOutput(
	ctx: IExecuteFunctions,
	result: unknown,
	i: number,
): Promise<IDataObject[]> {
	const user =
		result && typeof result === 'object' && 'user' in result
			? (result as IDataObject).user
			: result;
	return await output(ctx, user, i, { convert: false });
}

/** A plain-text answer ("success") as an item. */
export function statusOutput(result: unknown, extra: IDataObject = {}): IDataObject {
	return { ...extra, result: typeof result === 'string' ? result : JSON.stringify(result) };
}
