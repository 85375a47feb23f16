import { sendOperation } from '../../helpers/send';

export const operation = sendOperation('wallet');
