'use strict';
// The REST API the editor uses (/rest: owner setup, login, API keys, manual runs, credential test)
// and n8n's public API (/api/v1: executions, activation). These are methods of N8n (mixed in by
// n8n.js): `this` is the N8n instance; `this.url` is where its editor/API listens.
const { request } = require('./http');
const { waitFor } = require('./processes');

function authCookie(res) {
	const set = [].concat(res.headers['set-cookie'] || []);
	const auth = set.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error('n8n answered without an n8n-auth cookie');
	return auth;
}

function failed(method, route, res, max = 1000) {
	return new Error(`${method} ${route} -> ${res.status}: ${res.text.slice(0, max)}`);
}

const methods = {
	async rest(method, route, body, { cookie = this.cookie } = {}) {
		const headers = { 'browser-id': 'n8n-nodes-crypto-payments-e2e' };
		if (cookie) headers.Cookie = cookie;
		return request(`${this.url}/rest${route}`, { method, headers, body });
	},

	async _restOk(method, route, body) {
		const res = await this.rest(method, route, body);
		if (res.status < 200 || res.status >= 300) throw failed(method, `/rest${route}`, res);
		return res.json && res.json.data !== undefined ? res.json.data : res.json;
	},

	/** Whether the instance still shows the owner setup page. */
	async needsOwnerSetup() {
		const settings = await this._restOk('GET', '/settings');
		return Boolean(settings.userManagement && settings.userManagement.showSetupOnFirstLoad);
	},

	/** POST /rest/owner/setup; keeps and returns the session cookie. */
	async setupOwner({ email, password, firstName = 'Demo', lastName = 'Owner' }) {
		const res = await this.rest('POST', '/owner/setup', { email, password, firstName, lastName });
		if (res.status !== 200) throw failed('POST', '/rest/owner/setup', res, 500);
		this.cookie = authCookie(res);
		return this.cookie;
	},

	/** POST /rest/login; keeps and returns the session cookie. */
	async login({ email, password }) {
		const res = await this.rest('POST', '/login', { emailOrLdapLoginId: email, password });
		if (res.status !== 200) throw failed('POST', '/rest/login', res, 500);
		this.cookie = authCookie(res);
		return this.cookie;
	},

	/** POST /rest/api-keys (every scope the owner may grant); keeps and returns the raw key. */
	async createApiKey(label = `e2e ${Date.now()}`) {
		const scopes = await this._restOk('GET', '/api-keys/scopes');
		const data = await this._restOk('POST', '/api-keys', { label, scopes, expiresAt: null });
		this.apiKey = data.rawApiKey;
		return this.apiKey;
	},

	async api(method, route, body) {
		if (!this.apiKey) throw new Error('no API key: call createApiKey() first');
		return request(`${this.url}/api/v1${route}`, {
			method,
			headers: { 'X-N8N-API-KEY': this.apiKey },
			body,
		});
	},

	/** Executions of a workflow, newest first, with their data (public API, all pages). */
	async listExecutions(workflowId, { includeData = true, status } = {}) {
		const out = [];
		let cursor;
		do {
			const qs = new URLSearchParams({
				workflowId,
				includeData: String(includeData),
				limit: '100',
			});
			if (status) qs.set('status', status);
			if (cursor) qs.set('cursor', cursor);
			const res = await this.api('GET', `/executions?${qs}`);
			if (res.status !== 200) throw failed('GET', '/api/v1/executions', res, 500);
			out.push(...res.json.data);
			cursor = res.json.nextCursor;
		} while (cursor);
		return out;
	},

	/**
	 * What the editor's "Execute workflow" button does: POST /rest/workflows/:id/run from the given
	 * trigger node. Resolves the execution id.
	 */
	async runManually(workflowId, triggerName) {
		const data = await this._restOk('POST', `/workflows/${encodeURIComponent(workflowId)}/run`, {
			triggerToStartFrom: { name: triggerName },
		});
		if (!data || !data.executionId)
			throw new Error(
				`POST /rest/workflows/${workflowId}/run answered no executionId: ${JSON.stringify(data)}`,
			);
		return data.executionId;
	},

	/** One execution with its data (public API); waits until it has finished when `wait` is set. */
	async getExecution(id, { wait = true, timeoutMs = 60000 } = {}) {
		return waitFor(
			async () => {
				const res = await this.api('GET', `/executions/${encodeURIComponent(id)}?includeData=true`);
				if (res.status === 404) return undefined;
				if (res.status !== 200) throw failed('GET', `/api/v1/executions/${id}`, res, 500);
				const e = res.json;
				return !wait || (e.finished !== undefined && e.status !== 'running' && e.status !== 'new')
					? e
					: undefined;
			},
			{ timeoutMs, what: `execution ${id}` },
		);
	},

	/** Activates (publishes) a workflow in the running n8n through the public API. */
	async activateWorkflow(id) {
		const res = await this.api('POST', `/workflows/${id}/activate`);
		if (res.status !== 200) throw failed('POST', `/api/v1/workflows/${id}/activate`, res);
		return res.json;
	},

	async deactivateWorkflow(id) {
		const res = await this.api('POST', `/workflows/${id}/deactivate`);
		if (res.status !== 200) throw failed('POST', `/api/v1/workflows/${id}/deactivate`, res);
		return res.json;
	},

	/**
	 * The editor's "Test" button of a saved credential: GET /rest/credentials/:id?includeData=true
	 * (redacted data, as the editor holds it), the user's edits merged on top, then
	 * POST /rest/credentials/test {credentials: {id, name, type, data}}.
	 * Resolves n8n's answer {status: 'OK' | 'Error', message}.
	 */
	async testCredential(id, changes = {}) {
		const cred = await this._restOk(
			'GET',
			`/credentials/${encodeURIComponent(id)}?includeData=true`,
		);
		const data = { ...(cred.data || {}), ...changes };
		return this._restOk('POST', '/credentials/test', {
			credentials: { id: cred.id, name: cred.name, type: cred.type, data },
		});
	},
};

module.exports = { methods, authCookie };
