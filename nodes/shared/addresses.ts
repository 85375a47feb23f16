import { BASE58_ALPHABET, base58CheckDecode } from './crypto/base58';
import { BECH32_CHARSET, decodeSegwit } from './crypto/bech32';
import { decodeCashAddr } from './crypto/cashaddr';
import { toEip55 } from './crypto/eip55';
import { describeChar } from './crypto/reasons';

/**
 * Local checks of payout destination addresses, so that a typo is caught before money moves:
 * every format here carries a checksum (Base58Check, Bech32/Bech32m, CashAddr, EIP-55) and the
 * whole string must be the address. A valid result means well formed for that coin and network,
 * not that anyone holds the keys.
 */

export type AddressNetwork = 'mainnet' | 'testnet';

export interface AddressCheck {
	valid: boolean;
	/** a short sentence naming what is wrong; only when not valid */
	reason?: string;
	/**
	 * 'p2pkh' | 'p2sh' (Base58Check), 'p2wpkh' | 'p2wsh' | 'p2tr' | 'witness-v<N>' (segwit; the
	 * last is a program no wallet creates today), 'cashaddr' (BCH), 'eip55' | 'hex' (ETH; 'hex'
	 * is all one case and so carries no checksum)
	 */
	kind?: string;
	/** the network the address belongs to; ETH addresses carry none */
	network?: AddressNetwork;
}

interface Base58Version {
	version: number;
	kind: 'p2pkh' | 'p2sh';
	network: AddressNetwork;
}

interface CoinRules {
	base58: Base58Version[];
	/** segwit human-readable parts; regtest counts as testnet */
	segwit?: Record<string, AddressNetwork>;
	cashaddr?: Record<string, AddressNetwork>;
}

const v = (version: number, kind: 'p2pkh' | 'p2sh', network: AddressNetwork): Base58Version => ({
	version,
	kind,
	network,
});

const BTC_BASE58 = [
	v(0x00, 'p2pkh', 'mainnet'),
	v(0x05, 'p2sh', 'mainnet'),
	v(0x6f, 'p2pkh', 'testnet'),
	v(0xc4, 'p2sh', 'testnet'),
];

const COINS: Record<string, CoinRules> = {
	BTC: { base58: BTC_BASE58, segwit: { bc: 'mainnet', tb: 'testnet', bcrt: 'testnet' } },
	LTC: {
		// 0x05 / 0xc4 are the P2SH versions Litecoin shared with Bitcoin before it had its own
		base58: [
			v(0x30, 'p2pkh', 'mainnet'),
			v(0x32, 'p2sh', 'mainnet'),
			v(0x05, 'p2sh', 'mainnet'),
			v(0x6f, 'p2pkh', 'testnet'),
			v(0x3a, 'p2sh', 'testnet'),
			v(0xc4, 'p2sh', 'testnet'),
		],
		segwit: { ltc: 'mainnet', tltc: 'testnet', rltc: 'testnet' },
	},
	DOGE: {
		base58: [
			v(0x1e, 'p2pkh', 'mainnet'),
			v(0x16, 'p2sh', 'mainnet'),
			v(0x71, 'p2pkh', 'testnet'),
			v(0xc4, 'p2sh', 'testnet'),
		],
	},
	DASH: {
		base58: [
			v(0x4c, 'p2pkh', 'mainnet'),
			v(0x10, 'p2sh', 'mainnet'),
			v(0x8c, 'p2pkh', 'testnet'),
			v(0x13, 'p2sh', 'testnet'),
		],
	},
	BCH: {
		base58: BTC_BASE58,
		cashaddr: { bitcoincash: 'mainnet', bchtest: 'testnet', bchreg: 'testnet' },
	},
};

const ETH_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

const invalid = (reason: string, kind?: string, network?: AddressNetwork): AddressCheck => ({
	valid: false,
	reason,
	...(kind !== undefined && { kind }),
	...(network !== undefined && { network }),
});

/** Accepts a well-formed address only on the network the caller asked for. */
function onNetwork(
	kind: string,
	network: AddressNetwork,
	wanted: AddressNetwork | 'any',
): AddressCheck {
	if (wanted === 'any' || wanted === network) return { valid: true, kind, network };
	return invalid(
		network === 'testnet'
			? 'this is a testnet address (a mainnet address is required)'
			: 'this is a mainnet address (a testnet address is required)',
		kind,
		network,
	);
}

/** For an unknown prefix: names the coins that do use it, since a mixed-up coin is a common slip. */
function otherCoinsHint(coin: string, owns: (rules: CoinRules) => boolean): string {
	const others = Object.keys(COINS).filter((c) => c !== coin && owns(COINS[c]));
	return others.length ? ` (this looks like an address for ${others.join(' or ')})` : '';
}

function checkBase58(
	coin: string,
	rules: CoinRules,
	address: string,
	wanted: AddressNetwork | 'any',
): AddressCheck {
	const payload = base58CheckDecode(address, 21);
	if (typeof payload === 'string') return invalid(payload);
	const match = rules.base58.find((r) => r.version === payload[0]);
	if (!match) {
		const hint = otherCoinsHint(coin, (r) => r.base58.some((x) => x.version === payload[0]));
		return invalid(`unknown address prefix for ${coin}${hint}`);
	}
	return onNetwork(match.kind, match.network, wanted);
}

function segwitKind(version: number, length: number): string {
	if (version === 0) return length === 20 ? 'p2wpkh' : 'p2wsh';
	if (version === 1 && length === 32) return 'p2tr';
	return `witness-v${version}`;
}

function checkSegwit(
	rules: Record<string, AddressNetwork>,
	address: string,
	wanted: AddressNetwork | 'any',
): AddressCheck {
	const decoded = decodeSegwit(address);
	if (typeof decoded === 'string') return invalid(decoded);
	return onNetwork(segwitKind(decoded.version, decoded.program.length), rules[decoded.hrp], wanted);
}

function checkCashAddr(
	rules: Record<string, AddressNetwork>,
	address: string,
	wanted: AddressNetwork | 'any',
): AddressCheck {
	const decoded = decodeCashAddr(address, Object.keys(rules));
	if (typeof decoded === 'string') return invalid(decoded);
	const { type, hash } = decoded;
	// P2PKH hashes are 20 bytes; P2SH also has a 32-byte form (P2SH32). Types 2 and 3 are the
	// token-aware forms of 0 and 1 (CashTokens) and pay the same scripts.
	if (type > 3) return invalid(`unknown CashAddr address type ${type}`);
	const sizes = type % 2 === 0 ? [20] : [20, 32];
	if (!sizes.includes(hash.length))
		return invalid(`a ${hash.length}-byte hash is not payable with this CashAddr address type`);
	return onNetwork('cashaddr', rules[decoded.prefix], wanted);
}

/** Picks the format by the shape of the text, then leaves the verdict to that format's checks. */
function checkBitcoinFamily(
	coin: string,
	rules: CoinRules,
	address: string,
	wanted: AddressNetwork | 'any',
): AddressCheck {
	if (ETH_ADDRESS.test(address))
		return invalid(`unknown address prefix "0x" for ${coin} (this looks like an address for ETH)`);
	const lower = address.toLowerCase();
	const colon = lower.indexOf(':');
	if (rules.cashaddr && (colon >= 0 || address.length > 36))
		return checkCashAddr(rules.cashaddr, address, wanted);
	if (colon >= 0) {
		const prefix = lower.slice(0, colon);
		const hint = otherCoinsHint(coin, (r) =>
			Boolean(r.cashaddr && Object.hasOwn(r.cashaddr, prefix)),
		);
		return invalid(`unknown address prefix "${prefix}:" for ${coin}${hint}; give the bare address`);
	}
	const separator = lower.lastIndexOf('1');
	const hrp = lower.slice(0, Math.max(separator, 0));
	if (rules.segwit && Object.hasOwn(rules.segwit, hrp)) {
		const segwit = checkSegwit(rules.segwit, address, wanted);
		if (segwit.network) return segwit; // it decoded: the verdict is the network's
		// A Base58 address can begin like a prefix too (an LTC "LTc1..." is possible).
		const legacy = checkBase58(coin, rules, address, wanted);
		return legacy.network ? legacy : segwit;
	}
	const looksBase58 = Array.from(address).every((ch) => BASE58_ALPHABET.includes(ch));
	const looksBech32 =
		/^[a-z]+$/.test(hrp) &&
		Array.from(lower.slice(separator + 1)).every((ch) => BECH32_CHARSET.includes(ch));
	if (!looksBase58 && looksBech32) {
		const hint = otherCoinsHint(coin, (r) => Boolean(r.segwit && Object.hasOwn(r.segwit, hrp)));
		return invalid(`unknown address prefix "${hrp}1" for ${coin}${hint}`);
	}
	return checkBase58(coin, rules, address, wanted);
}

function checkEth(address: string): AddressCheck {
	if (!address.startsWith('0x')) {
		return invalid(
			address.startsWith('0X')
				? 'an ETH address starts with a lower-case "0x"'
				: 'an ETH address starts with "0x"',
		);
	}
	const hex = address.slice(2);
	const bad = Array.from(hex).find((ch) => !/[0-9a-fA-F]/.test(ch));
	if (bad !== undefined)
		return invalid(`the address contains ${describeChar(bad)}, which is not a hex digit`);
	if (hex.length !== 40)
		return invalid(
			`the address has ${hex.length} hex digits after "0x" instead of 40 (a character is probably missing or extra)`,
		);
	if (/^0+$/.test(hex)) return invalid('this is the zero address (whatever is sent there is lost)');
	// One case throughout means the sender did not checksum it: well formed, but a typo would pass.
	if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return { valid: true, kind: 'hex' };
	if (toEip55(hex) !== address) {
		return invalid(
			'the EIP-55 checksum (the pattern of capital letters) does not match (a character is probably mistyped)',
		);
	}
	return { valid: true, kind: 'eip55' };
}

/** Ripple's Base58 alphabet: the same 58 characters as Bitcoin's, in another order. */
const XRP_ALPHABET = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

/** A classic XRP address: "r" + Base58Check (Ripple's alphabet) of version 0x00 and 20 bytes. */
function checkXrp(address: string): AddressCheck {
	if (/^[XT]/.test(address))
		return invalid('X-addresses are not supported: give the classic r… address and the tag');
	if (!address.startsWith('r')) return invalid('an XRP address starts with "r"');
	const bad = Array.from(address).find((ch) => !XRP_ALPHABET.includes(ch));
	if (bad !== undefined)
		return invalid(`the address contains ${describeChar(bad)}, which XRP addresses never use`);
	const asBitcoin = Array.from(address, (ch) => BASE58_ALPHABET[XRP_ALPHABET.indexOf(ch)]).join('');
	const payload = base58CheckDecode(asBitcoin, 21);
	if (typeof payload === 'string') return invalid(payload);
	if (payload[0] !== 0) return invalid('the address has an unknown XRP version');
	return { valid: true, kind: 'classic' };
}

/**
 * Checks `address` as a destination for `coin` ('BTC' | 'LTC' | 'DOGE' | 'BCH' | 'DASH' | 'ETH' | 'XRP',
 * any case). Returns undefined for a coin without rules here, so the caller decides what an
 * unchecked coin means. `network` defaults to 'mainnet'; 'any' accepts both; ETH ignores it.
 */
export function checkAddress(
	coin: string,
	address: string,
	options: { network?: AddressNetwork | 'any' } = {},
): AddressCheck | undefined {
	const symbol = typeof coin === 'string' ? coin.trim().toUpperCase() : '';
	const rules = Object.hasOwn(COINS, symbol) ? COINS[symbol] : undefined;
	if (!rules && symbol !== 'ETH' && symbol !== 'XRP') return undefined;
	const wanted = options.network ?? 'mainnet';
	if (!['mainnet', 'testnet', 'any'].includes(wanted))
		throw new Error(`checkAddress: unknown network "${String(wanted)}"`);
	if (typeof address !== 'string') return invalid('the address must be text');
	if (address === '') return invalid('the address is empty');
	if (address.length > 200) return invalid('the text is too long to be an address');
	if (/\s/.test(address))
		return invalid(
			'the address contains whitespace (a space, tab or line break); give the address alone',
		);
	const odd = Array.from(address).find((ch) => ch < '!' || ch > '~');
	if (odd !== undefined)
		return invalid(`the address contains ${describeChar(odd)}, which no address uses`);
	if (symbol === 'XRP') return checkXrp(address);
	return rules ? checkBitcoinFamily(symbol, rules, address, wanted) : checkEth(address);
}

/** True for the coins checkAddress has rules for (their address formats carry a checksum). */
export function isChecksummedCoin(coin: string): boolean {
	const symbol = typeof coin === 'string' ? coin.trim().toUpperCase() : '';
	return symbol === 'ETH' || symbol === 'XRP' || Object.hasOwn(COINS, symbol);
}
