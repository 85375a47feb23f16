'use strict';
// Exchange rates and transfer pricing of the Wyre sandbox, all in BigInt units at 18 decimals.
// Rate X->Y = USD price of X / USD price of Y (data.js), truncated to 18 decimals; the same rate
// is shown by GET /v3/rates and used by every transfer. Fees are charged in the source currency:
// 1 % of the base amount when the currencies differ, plus the destination's network fee (converted)
// when the destination is an external blockchain address. `sourceAmount` of a transfer is
// everything that leaves the source (fees included); `destAmount` what arrives.
const { toUnits, unitsText, divUnits } = require('../lib/money');
const { CURRENCIES, FEES } = require('./data');
const { SCALE } = require('./checks');

const ONE = 10n ** BigInt(SCALE);

/** Rate from -> to as units at SCALE (ONE for the same currency). */
function rateUnits(from, to) {
	if (from === to) return ONE;
	const a = toUnits(CURRENCIES[from].usd, SCALE);
	const b = toUnits(CURRENCIES[to].usd, SCALE);
	return divUnits(a, SCALE, b, SCALE, SCALE, false);
}

const rateText = (from, to) => unitsText(rateUnits(from, to), SCALE);

/** Rounds units to the currency's decimals (down, or up). */
function round(units, currency, up = false) {
	const step = 10n ** BigInt(SCALE - CURRENCIES[currency].decimals);
	const r = units % step;
	if (r === 0n) return units;
	return up ? units - r + step : units - r;
}

const mul = (a, b) => (a * b) / ONE;

/** Every ordered pair of distinct currencies: [pairName, from, to]. */
function pairs() {
	const codes = Object.keys(CURRENCIES);
	const out = [];
	for (const a of codes) for (const b of codes) if (a !== b) out.push([`${a}${b}`, a, b]);
	return out;
}

/**
 * GET /v3/rates in one of its three forms (as=divisor|multiplier|priced), values as decimal texts:
 * multiplier XY = how many Y one X buys; divisor XY = how many X one Y costs (divide an X amount
 * by it); priced XY = {Y: multiplier XY, X: multiplier YX}.
 */
function ratesTable(as) {
	const out = {};
	for (const [name, a, b] of pairs()) {
		if (as === 'multiplier') out[name] = rateText(a, b);
		else if (as === 'priced') out[name] = { [b]: rateText(a, b), [a]: rateText(b, a) };
		else out[name] = rateText(b, a);
	}
	return out;
}

/**
 * Prices a transfer. input: {sourceCurrency, destCurrency, sourceUnits | destUnits,
 * includesFees, external (dest is a blockchain address)}. Returns {debit, credit, fees, rate} in
 * units at SCALE, or {tooSmall: true} when nothing would arrive.
 */
function price({
	sourceCurrency: src,
	destCurrency: dst,
	sourceUnits,
	destUnits,
	includesFees,
	external,
}) {
	const rate = rateUnits(src, dst);
	const back = rateUnits(dst, src);
	const exchangeFee = (base) =>
		src === dst ? 0n : round((base * toUnits(FEES.exchangePercent, 2)) / 10000n, src, true);
	const network = external && FEES.network[dst] ? toUnits(FEES.network[dst], SCALE) : 0n;
	const networkInSource = round(mul(network, back), src, true);
	const base = sourceUnits !== null ? sourceUnits : round(mul(destUnits, back), src, true);
	const fees = exchangeFee(base) + networkInSource;
	let debit;
	let credit;
	if (includesFees) {
		debit = base;
		credit = round(mul(base - fees, rate), dst);
	} else {
		debit = base + fees;
		credit = destUnits !== null ? destUnits : round(mul(base, rate), dst);
	}
	if (credit <= 0n || base <= fees * (includesFees ? 1n : 0n)) return { tooSmall: true };
	return { debit, credit, fees, rate: src === dst ? null : rate };
}

module.exports = { ONE, rateUnits, rateText, round, ratesTable, price, pairs };
