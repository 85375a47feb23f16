import { checkAddress } from '../nodes/shared/addresses';
import * as fs from 'fs';
for (const line of fs.readFileSync('/tmp/addrs.txt', 'utf8').split('\n').filter(Boolean)) {
	const a = line.replace(/'/g, '');
	const coin =
		a.startsWith('L') || a.startsWith('M') || a.startsWith('ltc1')
			? 'LTC'
			: a.startsWith('D')
				? 'DOGE'
				: a.startsWith('0x')
					? 'ETH'
					: a.startsWith('X') || a.startsWith('7')
						? 'DASH'
						: 'BTC';
	console.log(a, coin, JSON.stringify(checkAddress(coin, a, { network: 'any' })));
}
