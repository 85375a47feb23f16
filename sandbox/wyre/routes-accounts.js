'use strict';
// Accounts of the Wyre sandbox: the legacy account (W4) and v3 accounts (W5-W8) with their profile
// fields and document uploads. Accounts created through the API are sub-accounts of the key's
// account (usable with masqueradeAs); a profile change notifies the account's subscriptions.
const c = require('./checks');
const views = require('./views');
const { PROFILE_FIELDS, DOCUMENT_TYPES } = require('./data');

/** The account `id` the acting account may see: itself or (for the key's account) its sub-accounts. */
function visibleAccount(app, account, id) {
	const acc = app.store.accounts.get(String(id).replace(/^account:/i, ''));
	if (!acc) throw c.notFound('Account', id);
	if (acc.id !== account.id && acc.parent !== account.id)
		throw c.accessDenied(`Account ${id} is not accessible with this key`, 'accessDenied.notOwner');
	return acc;
}

const ADDRESS_KEYS = ['street1', 'street2', 'city', 'state', 'postalCode', 'country'];

/** Applies [{fieldId, value}] to an account's profile (documents need an upload). */
function applyProfile(app, acc, fields) {
	if (fields === undefined) return;
	if (!Array.isArray(fields)) throw c.invalid('profileFields', 'profileFields must be a list');
	const types = app.store.profileFieldTypes(acc);
	fields.forEach((f, i) => {
		const at = `profileFields[${i}]`;
		if (!f || typeof f !== 'object' || typeof f.fieldId !== 'string')
			throw c.required(`${at}.fieldId`);
		const type = types.get(f.fieldId);
		if (!type)
			throw c.invalid(
				`${at}.fieldId`,
				`unknown profile field ${f.fieldId}`,
				'INVALID_VALUE',
				f.fieldId,
			);
		if (type === 'DOCUMENT')
			throw c.invalid(
				`${at}.value`,
				`${f.fieldId} is a document: upload it to /v3/accounts/{id}/${f.fieldId}`,
			);
		if (type === 'ADDRESS') {
			const v = f.value;
			if (
				!v ||
				typeof v !== 'object' ||
				Array.isArray(v) ||
				Object.keys(v).some((k) => !ADDRESS_KEYS.includes(k))
			)
				throw c.invalid(
					`${at}.value`,
					`${f.fieldId} must be an address {${ADDRESS_KEYS.join(', ')}}`,
				);
		} else if (typeof f.value !== 'string' || !f.value) {
			throw c.invalid(`${at}.value`, `${f.fieldId} must be a non-empty string`);
		}
	});
	for (const f of fields) acc.profile[f.fieldId] = { value: f.value, status: 'SUBMITTED' };
	acc.updatedAt = app.now();
}

function createAccount({ app, ctx, account }) {
	const body = c.jsonBody(ctx);
	const type = c.reqText(body, 'type');
	if (!PROFILE_FIELDS[type])
		throw c.invalid('type', 'type must be INDIVIDUAL or BUSINESS', 'INVALID_VALUE', type);
	const country = c.reqText(body, 'country');
	if (!/^[A-Z]{2}$/.test(country))
		throw c.invalid('country', 'country must be an ISO alpha-2 code', 'INVALID_VALUE', country);
	const subaccount = c.optBool(body, 'subaccount');
	if (account.parent !== null)
		throw c.accessDenied('A sub-account cannot create accounts', 'accessDenied.notOwner');
	const acc = app.store.addAccount({ type, country, parent: account.id });
	acc.subaccount = subaccount;
	try {
		applyProfile(app, acc, body.profileFields);
	} catch (e) {
		app.store.accounts.delete(acc.id);
		throw e;
	}
	return { body: views.accountView(app.store, acc) };
}

function updateAccount({ app, ctx, account }) {
	const acc = visibleAccount(app, account, ctx.params.id);
	const body = c.jsonBody(ctx);
	if (body.profileFields === undefined) throw c.required('profileFields');
	applyProfile(app, acc, body.profileFields);
	app.store.emit({ kind: 'object', srn: `account:${acc.id}` });
	return { body: views.accountView(app.store, acc) };
}

function uploadDocument({ app, ctx, account }) {
	const acc = visibleAccount(app, account, ctx.params.id);
	const fieldId = ctx.params.fieldId;
	if (app.store.profileFieldTypes(acc).get(fieldId) !== 'DOCUMENT')
		throw c.invalid(
			'fieldId',
			`${fieldId} is not a document field of a ${acc.type} account`,
			'INVALID_VALUE',
			fieldId,
		);
	const type = String(ctx.headers['content-type'] || '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	if (!DOCUMENT_TYPES.includes(type))
		throw c.invalid('Content-Type', `upload ${DOCUMENT_TYPES.join(', ')}`, 'INVALID_VALUE', type);
	if (!ctx.rawBody.length) throw c.required('body');
	const doc = {
		id: app.store.newId('DO'),
		fieldId,
		contentType: type,
		bytes: ctx.rawBody.length,
		documentType: ctx.query.get('documentType'),
		documentSubType: ctx.query.get('documentSubType'),
	};
	acc.documents.push(doc);
	const prev = acc.profile[fieldId];
	acc.profile[fieldId] = { value: [...(prev ? prev.value : []), doc.id], status: 'PENDING' };
	app.store.emit({ kind: 'object', srn: `account:${acc.id}` });
	return { body: views.accountView(app.store, acc) };
}

function register(add, app) {
	add('GET', '/v2/account', ({ account }) => ({
		body: views.legacyAccountView(app.store, account),
	}));
	add('POST', '/v3/accounts', createAccount);
	add('GET', '/v3/accounts/:id', ({ ctx, account }) => ({
		body: views.accountView(app.store, visibleAccount(app, account, ctx.params.id)),
	}));
	add('POST', '/v3/accounts/:id', updateAccount);
	add('POST', '/v3/accounts/:id/:fieldId', uploadDocument);
}

module.exports = { register, visibleAccount };
