'use strict';
// Bitcoin address validation for the Whir sandbox, written out here in plain JS (no dependency,
// nothing shared with the node code, so the two can check each other):
//   Base58Check (legacy P2PKH / P2SH): 25 bytes = version + 20-byte hash + 4-byte checksum, the
//     checksum being the first 4 bytes of SHA-256(SHA-256(version + hash)); versions 0x00 / 0x05
//     on mainnet ("1…" / "3…"), 0x6f / 0xc4 on testnet ("m…" or "n…" / "2…").
//   SegWit (BIP173 bech32 for witness version 0, BIP350 bech32m for versions 1 to 16), human
//     readable part "bc" (mainnet) or "tb" (testnet); v0 programs are 20 or 32 bytes, others 2 to 40.
// Also encodes SegWit addresses (the sandbox's deposit addresses are real, valid ones).
const crypto = require('node:crypto');

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;
const BASE58_VERSIONS = {
	0x00: ['mainnet', 'p2pkh'],
	0x05: ['mainnet', 'p2sh'],
	0x6f: ['testnet', 'p2pkh'],
	0xc4: ['testnet', 'p2sh'],
};
const HRP_NETWORK = { bc: 'mainnet', tb: 'testnet' };

const sha256 = (b) => crypto.createHash('sha256').update(b).digest();

/** Base58 text -> bytes (leading '1's are zero bytes); null on a character outside the alphabet. */
function base58Decode(text) {
	let n = 0n;
	for (const ch of text) {
		const d = BASE58.indexOf(ch);
		if (d < 0) return null;
		n = n * 58n + BigInt(d);
	}
	const hex = n === 0n ? '' : n.toString(16);
	const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
	const zeros = text.length - text.replace(/^1+/, '').length;
	return Buffer.concat([Buffer.alloc(zeros), body]);
}

function base58Encode(bytes) {
	let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
	let out = '';
	while (n > 0n) {
		out = BASE58[Number(n % 58n)] + out;
		n /= 58n;
	}
	for (const b of bytes) {
		if (b !== 0) break;
		out = `1${out}`;
	}
	return out;
}

/** { network, type } of a valid legacy address, else null. */
function decodeBase58Check(text) {
	if (text.length < 26 || text.length > 35) return null;
	const bytes = base58Decode(text);
	if (!bytes || bytes.length !== 25) return null;
	const payload = bytes.subarray(0, 21);
	if (!sha256(sha256(payload)).subarray(0, 4).equals(bytes.subarray(21))) return null;
	const v = BASE58_VERSIONS[payload[0]];
	return v ? { network: v[0], type: v[1] } : null;
}

/** Base58Check encoding of version + payload (used by tests to build addresses). */
function encodeBase58Check(version, payload) {
	const body = Buffer.concat([Buffer.from([version]), Buffer.from(payload)]);
	return base58Encode(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)]));
}

function polymod(values) {
	const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
	let chk = 1;
	for (const v of values) {
		const top = chk >>> 25;
		chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
		for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]) >>> 0;
	}
	return chk;
}

const hrpExpand = (hrp) => [
	...[...hrp].map((c) => c.charCodeAt(0) >> 5),
	0,
	...[...hrp].map((c) => c.charCodeAt(0) & 31),
];

/** Regroups bits (8 -> 5 with padding, 5 -> 8 without); null when the padding is not zero / too long. */
function convertBits(data, from, to, pad) {
	let acc = 0;
	let bits = 0;
	const out = [];
	const maxv = (1 << to) - 1;
	for (const v of data) {
		acc = (acc << from) | v;
		bits += from;
		while (bits >= to) {
			bits -= to;
			out.push((acc >> bits) & maxv);
		}
	}
	if (pad) {
		if (bits > 0) out.push((acc << (to - bits)) & maxv);
	} else if (bits >= from || (acc << (to - bits)) & maxv) {
		return null;
	}
	return out;
}

/** { hrp, data (5-bit values without checksum), constant } of a bech32/bech32m string, else null. */
function bech32Decode(text) {
	if (text.length > 90 || (text !== text.toLowerCase() && text !== text.toUpperCase())) return null;
	const s = text.toLowerCase();
	const pos = s.lastIndexOf('1');
	if (pos < 1 || pos + 7 > s.length) return null;
	const hrp = s.slice(0, pos);
	if ([...hrp].some((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126)) return null;
	const data = [...s.slice(pos + 1)].map((c) => BECH32.indexOf(c));
	if (data.some((d) => d < 0)) return null;
	const constant = polymod([...hrpExpand(hrp), ...data]);
	if (constant !== BECH32_CONST && constant !== BECH32M_CONST) return null;
	return { hrp, data: data.slice(0, -6), constant };
}

/** { network, type } of a valid SegWit address, else null. */
function decodeSegwit(text) {
	const d = bech32Decode(text);
	if (!d || !HRP_NETWORK[d.hrp] || d.data.length < 1) return null;
	const version = d.data[0];
	if (version > 16) return null;
	if (d.constant !== (version === 0 ? BECH32_CONST : BECH32M_CONST)) return null;
	const program = convertBits(d.data.slice(1), 5, 8, false);
	if (!program || program.length < 2 || program.length > 40) return null;
	if (version === 0 && program.length !== 20 && program.length !== 32) return null;
	const type =
		version === 0
			? program.length === 20
				? 'p2wpkh'
				: 'p2wsh'
			: version === 1 && program.length === 32
				? 'p2tr'
				: `witness_v${version}`;
	return { network: HRP_NETWORK[d.hrp], type };
}

/** A SegWit address for `program` (bytes): bech32 for version 0, bech32m above. */
function encodeSegwit(hrp, version, program) {
	const data = [version, ...convertBits([...program], 8, 5, true)];
	const constant = version === 0 ? BECH32_CONST : BECH32M_CONST;
	const mod = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
	const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
	return `${hrp}1${[...data, ...checksum].map((v) => BECH32[v]).join('')}`;
}

/** { network: 'mainnet'|'testnet', type } for a valid Bitcoin address, else null. */
function decodeAddress(text) {
	if (typeof text !== 'string' || !text) return null;
	return /^(bc|tb)1/i.test(text) ? decodeSegwit(text) : decodeBase58Check(text);
}

/** Whether `text` is a valid Bitcoin address (testnet ones only when acceptTestnet). */
function isValidAddress(text, { acceptTestnet = true } = {}) {
	const a = decodeAddress(text);
	return !!a && (a.network === 'mainnet' || acceptTestnet);
}

/** The form two addresses are compared in (bech32 is case-insensitive, Base58 is not). */
function canonicalAddress(text) {
	return /^(bc|tb)1/i.test(text) ? text.toLowerCase() : text;
}

module.exports = {
	decodeAddress,
	isValidAddress,
	canonicalAddress,
	encodeSegwit,
	encodeBase58Check,
};
