'use strict';
// WestWallet e2e spec: names, ids and addresses shared by its workflows and checks.
const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.westWallet`;
const TRIGGER = `${PKG}.westWalletTrigger`;

/** The trigger's secret token: the IPN URL must carry ?token=<this>. Sandbox only. */
const IPN_TOKEN = 'sandbox-ipn-token-0123456789abcdef';
const WEBHOOK_ID = '3b0d6a3e-5f0c-4f7e-9a51-7e57a11e7001';
const WEBHOOK_PATH = 'ipn';

const ids = {
	credential: 'ccpWestWalletSbx',
	actionWorkflow: 'ccpWestWalletAll',
	triggerWorkflow: 'ccpWestWalletIpn',
	recoveryWorkflow: 'ccpWestWalletRecover',
};

// Addresses that pass the sandbox's (and WestWallet's) address patterns and are not ours.
const PAYOUT_BTC_ADDRESS = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const PAYOUT_DOGE_ADDRESSES = [
	'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L',
	'DEi4T4RkM6pV2G4hNXihsnpa4gHLFoxEy1',
];

function ipnUrl(n8nUrl) {
	return `${n8nUrl}/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH}?token=${IPN_TOKEN}`;
}

module.exports = {
	PKG,
	ACTION,
	TRIGGER,
	IPN_TOKEN,
	WEBHOOK_ID,
	WEBHOOK_PATH,
	ids,
	PAYOUT_BTC_ADDRESS,
	PAYOUT_DOGE_ADDRESSES,
	ipnUrl,
};
