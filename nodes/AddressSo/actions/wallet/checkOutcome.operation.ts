import { checkOutcomeOperation } from '../../helpers/outcome';

export const operation = checkOutcomeOperation('wallet');
