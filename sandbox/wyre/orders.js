'use strict';
// Wallet orders of the Wyre sandbox (placeholder until the orders land).
function registerControl() {}
module.exports = { registerControl };
