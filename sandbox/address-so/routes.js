'use strict';
// The Address.so API routes (paths exactly as the provider's; a trailing slash is accepted, as the
// SDKs send one): user endpoints at the root, everything else under /api. Unknown paths answer
// the error envelope (DEFAUL_CODE_ERROR -3000, HTTP 404; a known path with another method 405).
const { failure, ApiFailure } = require('./envelope');
const user = require('./routes-user');
const wallets = require('./routes-wallets');
const send = require('./routes-send');
const webhooks = require('./routes-webhooks');

function register(router, app) {
	user.register(router, app);
	send.register(router, app);
	webhooks.register(router, app);
	wallets.register(router, app);
}

function fallbacks(router, app) {
	const answer = (status, message) => ({
		...failure(app, new ApiFailure('DEFAULT', message)),
		status,
	});
	return {
		notFound: () => answer(404, 'Not found.'),
		methodNotAllowed: (ctx) => ({
			...answer(405, 'Method not allowed.'),
			headers: { Allow: router.methodsFor(ctx.path).join(', ') },
		}),
	};
}

module.exports = { register, fallbacks };
