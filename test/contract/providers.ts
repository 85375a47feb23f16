/** Every provider the contract suite covers: a new provider adds its contract file and one line here. */
import type { ProviderContract } from './types';
import { addressSoContract } from './address-so.contract';
import { westWalletContract } from './westwallet.contract';
import { whirContract } from './whir.contract';
import { wolvPayContract } from './wolvpay.contract';

export const providers: ProviderContract[] = [
	westWalletContract,
	wolvPayContract,
	whirContract,
	addressSoContract,
] as unknown as ProviderContract[];
