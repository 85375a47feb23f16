import type { IExecuteFunctions } from 'n8n-workflow';
import { readLocatorId } from '../../helpers/locators';

/** The payment method id of the locator. */
export function readPaymentMethodId(ctx: IExecuteFunctions, i: number): string {
	return readLocatorId(ctx, 'paymentMethodId', 'Payment Method', i, 'paymentMethod');
}

export function paymentMethodPath(id: string, suffix = ''): string {
	return `/v2/paymentMethod/${encodeURIComponent(id)}${suffix}`;
}
