'use strict';
// The benchmark's credentials (every one pointing at the emulator) and the secrets its deliveries
// are signed with.

const IPN_TOKEN = 'bench-ipn-token-0123456789abcdef';
const WOLVPAY_SECRET = 'bench-wolvpay-webhook-secret';
const WYRE_SECRET = 'bench-wyre-webhook-secret';
const ADDRESS_SO_SECRET = 'bench-address-so-secret-token';
/** The wallet the Wyre wallet callbacks pay into, and the Address.so wallet the trigger watches. */
const WYRE_WALLET = 'WA_BENCH0001';
const ADDRESS_SO_WALLET = '3';

const CRED = {
	westWallet: { westWalletApi: { id: 'benchWestWallet', name: 'WestWallet (bench emulator)' } },
	wolvPay: { wolvPayApi: { id: 'benchWolvPay', name: 'WolvPay (bench emulator)' } },
	wyre: { wyreApi: { id: 'benchWyre', name: 'Wyre (bench emulator)' } },
	addressSo: { addressSoApi: { id: 'benchAddressSo', name: 'Address.so (bench emulator)' } },
	header: { httpHeaderAuth: { id: 'benchHeaderAuth', name: 'Header auth (bench emulator)' } },
};

function credentials(emulatorUrl) {
	return [
		{
			...CRED.westWallet.westWalletApi,
			type: 'westWalletApi',
			data: {
				publicKey: 'bench-public-key',
				privateKey: 'bench-private-key',
				baseUrl: emulatorUrl,
			},
		},
		{
			...CRED.wolvPay.wolvPayApi,
			type: 'wolvPayApi',
			data: { apiKey: 'bench-api-key', webhookSecret: WOLVPAY_SECRET, baseUrl: emulatorUrl },
		},
		{
			...CRED.wyre.wyreApi,
			type: 'wyreApi',
			data: {
				apiKey: 'bench-api-key',
				secretKey: 'bench-secret-key',
				webhookSecret: WYRE_SECRET,
				environment: 'custom',
				baseUrl: emulatorUrl,
				authMode: 'signed',
			},
		},
		{
			// no e-mail: no log-in; the API token alone registers the webhook
			...CRED.addressSo.addressSoApi,
			type: 'addressSoApi',
			data: {
				email: '',
				password: '',
				apiToken: 'bench-api-token',
				secretToken: ADDRESS_SO_SECRET,
				paymentPassword: '',
				signingScheme: 'sdk2020',
				baseUrl: emulatorUrl,
			},
		},
		{
			...CRED.header.httpHeaderAuth,
			type: 'httpHeaderAuth',
			data: { name: 'X-API-KEY', value: 'bench-public-key' },
		},
	];
}

module.exports = {
	CRED,
	credentials,
	IPN_TOKEN,
	WOLVPAY_SECRET,
	WYRE_SECRET,
	WYRE_WALLET,
	ADDRESS_SO_SECRET,
	ADDRESS_SO_WALLET,
};
