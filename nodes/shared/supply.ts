/**
 * The most of a coin that can ever exist, for well-known coins whose protocol caps the supply.
 * No single payout can be larger, so an amount above it is bad input (a misplaced decimal point,
 * an expression gone wrong) and is refused, naming the field, before anything is sent.
 * Coins without a cap (ETH, DOGE, stablecoins, …) are not listed: only the general digit bound
 * applies to them. Keys are tickers in upper case.
 */
export const MAX_SUPPLY: Readonly<Record<string, string>> = {
	BTC: '21000000',
	BCH: '21000000',
	BSV: '21000000',
	ZEC: '21000000',
	LTC: '84000000',
	BNB: '200000000',
	LINK: '1000000000',
	ADA: '45000000000',
	XRP: '100000000000',
};

/** The supply cap of a ticker ("btc", "BTC"), or undefined when it has none or is not listed. */
export function maxSupplyOf(ticker: string | undefined): string | undefined {
	if (!ticker) return undefined;
	return MAX_SUPPLY[ticker.trim().toUpperCase()];
}
