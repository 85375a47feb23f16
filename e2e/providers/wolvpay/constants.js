'use strict';
// WolvPay e2e spec: node types, ids and the trigger's webhook (shared by its workflows and checks).
const PKG = 'n8n-nodes-crypto-payments';
const ACTION = `${PKG}.wolvPay`;
const TRIGGER = `${PKG}.wolvPayTrigger`;
const WEBHOOK_ID = '5c1f7d2a-8e4b-4a39-b6d0-3a0f5e7d9002';
const WEBHOOK_PATH = 'webhook';
const CUSTOMER_CHOOSES = '__customerChooses__';

const ids = {
	credential: 'ccpWolvPaySbx',
	actionWorkflow: 'ccpWolvPayAll',
	triggerWorkflow: 'ccpWolvPayHook',
};

function webhookUrl(n8nUrl) {
	return `${n8nUrl}/webhook/${WEBHOOK_ID}/${WEBHOOK_PATH}`;
}

module.exports = {
	PKG,
	ACTION,
	TRIGGER,
	WEBHOOK_ID,
	WEBHOOK_PATH,
	CUSTOMER_CHOOSES,
	ids,
	webhookUrl,
};
