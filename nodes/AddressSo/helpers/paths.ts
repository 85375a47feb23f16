/**
 * Address.so's user endpoints (log-in session, `X-Auth-Token`); every other endpoint takes the API
 * token (`X-API-TOKEN`), including /limits/{id} outside /api/ as the PHP SDK resolves it.
 */
const USER_PATH = /^\/(login|signup|user|request-secret-token|forgot-password|logout)(\/|\?|$)/;

export function isUserPath(path: string): boolean {
	return USER_PATH.test(path);
}

/** The send endpoints (wallet and account): the only requests that are signed. */
const SEND_PATH = /^\/api\/coins\/[^/?]+\/wallets\/[^/?]+(\/accounts\/[^/?]+)?\/send\/?(\?|$)/;

export function isSendPath(path: string): boolean {
	return SEND_PATH.test(path);
}
