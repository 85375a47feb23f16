'use strict';
// Address formats per coin, as the sandbox checks recipients (INVALID_ADDRESS otherwise) and makes
// its own deposit addresses:
//   btc   Base58Check P2PKH/P2SH and SegWit bech32/bech32m, mainnet and testnet (sandbox/whir/address.js)
//   ltc   Base58Check, versions 0x30 "L", 0x32 "M", 0x05 "3"; testnet 0x6f/0xc4/0x3a
//   dash  Base58Check, versions 0x4c "X", 0x10 "7"; testnet 0x8c "y", 0x13 "8"
//   xrp   Base58Check in Ripple's alphabet, version 0x00 ("r…")
//   eth   0x + 40 hex digits (the EIP-55 mixed-case checksum needs Keccak, which node lacks: not checked)
const crypto = require('node:crypto');
const bitcoin = require('../whir/address');

const BITCOIN_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const RIPPLE_ALPHABET = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';
const VERSIONS = {
	ltc: [0x30, 0x32, 0x05, 0x6f, 0xc4, 0x3a],
	dash: [0x4c, 0x10, 0x8c, 0x13],
	xrp: [0x00],
};
const MAIN_VERSION = { btc: 0x00, ltc: 0x30, dash: 0x4c, xrp: 0x00 };

const sha256 = (b) => crypto.createHash('sha256').update(b).digest();

function decode(text, alphabet) {
	let n = 0n;
	for (const ch of text) {
		const d = alphabet.indexOf(ch);
		if (d < 0) return null;
		n = n * 58n + BigInt(d);
	}
	const hex = n === 0n ? '' : n.toString(16);
	const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
	let zeros = 0;
	while (zeros < text.length && text[zeros] === alphabet[0]) zeros++;
	return Buffer.concat([Buffer.alloc(zeros), body]);
}

function encode(bytes, alphabet) {
	let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
	let out = '';
	while (n > 0n) {
		out = alphabet[Number(n % 58n)] + out;
		n /= 58n;
	}
	for (const b of bytes) {
		if (b !== 0) break;
		out = alphabet[0] + out;
	}
	return out;
}

/** The version byte of a valid 25-byte Base58Check text, else null. */
function base58CheckVersion(text, alphabet) {
	if (text.length < 25 || text.length > 35) return null;
	const bytes = decode(text, alphabet);
	if (!bytes || bytes.length !== 25) return null;
	const payload = bytes.subarray(0, 21);
	return sha256(sha256(payload)).subarray(0, 4).equals(bytes.subarray(21)) ? payload[0] : null;
}

function encodeBase58Check(version, hash20, alphabet = BITCOIN_ALPHABET) {
	const body = Buffer.concat([Buffer.from([version]), Buffer.from(hash20)]);
	return encode(Buffer.concat([body, sha256(sha256(body)).subarray(0, 4)]), alphabet);
}

/** Whether `text` is a valid address of `coin` (a coin code such as "btc"). */
function isValidAddress(coin, text) {
	if (typeof text !== 'string' || !text || text !== text.trim()) return false;
	if (coin === 'eth') return /^0x[0-9a-fA-F]{40}$/.test(text);
	if (coin === 'btc') return bitcoin.decodeAddress(text) !== null;
	const alphabet = coin === 'xrp' ? RIPPLE_ALPHABET : BITCOIN_ALPHABET;
	const version = base58CheckVersion(text, alphabet);
	return version !== null && (VERSIONS[coin] || []).includes(version);
}

/** A valid mainnet address of `coin`, derived from `seed` (deterministic). */
function makeAddress(coin, seed) {
	const hash = sha256(Buffer.from(`address-so-sandbox:${coin}:${seed}`));
	if (coin === 'eth') return `0x${hash.subarray(0, 20).toString('hex')}`;
	const alphabet = coin === 'xrp' ? RIPPLE_ALPHABET : BITCOIN_ALPHABET;
	return encodeBase58Check(MAIN_VERSION[coin], hash.subarray(0, 20), alphabet);
}

module.exports = { isValidAddress, makeAddress, encodeBase58Check, RIPPLE_ALPHABET };
