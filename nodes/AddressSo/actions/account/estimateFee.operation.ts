import { estimateFeeOperation } from '../../helpers/estimateFee';

export const operation = estimateFeeOperation('account');
