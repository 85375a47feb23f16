/**
 * Address.so callback signatures: the inventory's vectors (section 3, key `secret_key`, the doc's
 * example callback) for every canonical form under both MACs, and the forms that must not verify.
 */
import { readCallbackQuery } from '../../nodes/AddressSo/trigger/query';
import { verifyCallback } from '../../nodes/AddressSo/trigger/verify';
import { DOC_EXAMPLE } from './trigger-setup';

describe("the inventory's vectors (key secret_key, the doc's example callback)", () => {
	const both: Array<[string, string, string, string]> = [
		// [form, canonical string, HMAC-SHA256 (doc), HMAC-SHA512 (SDK key)]
		[
			'A raw query',
			DOC_EXAMPLE,
			'9d52cc18a71005e8c3041a8d7c29fd79709d4e524460e2535cae139c842c21f6',
			'c549a9f2d551870b75f15cc46ee530e7f284e9e1aaa37b32ffe187ff90c4112ff92bdba09e0b9bf5e28a06532bc6c5d3de093146baa5e1527db92834abb535db',
		],
		[
			'B http_build_query of the nested object',
			DOC_EXAMPLE,
			'2b563ecce45e534500b8887e6fe1661cc88bdb4f49e2d25f76183f71688b817c',
			'9ee0b7b4154d0e07e3dc430eb99e9a7cf690cbe88726bc38dbc84d0ea7c93a4e4b013bf3d2b9d351b32958f965a6ccc2e88d6d344b8f0233889455e431d2eee1',
		],
		[
			"C the PHP verifier's flat names",
			DOC_EXAMPLE,
			'1a2ca310e5b268eeb15a8ff2c0a7ad05fd2d459f6c58ae85bd74bcf395fc87c3',
			'5944946860c487619b3a6097522e0229a652023d13833b44d143d20838e35ef3e49cfddbcb13b875c9bbe1209974f6db82c3882f5f31d36c6938951ca52a6dd1',
		],
		[
			"E the doc's parameter table",
			'id=3&address=mhWoydzK4jk4t77gN4Vws9gbN8DrsPyLLw&balance=6000&updated_at=1539945087',
			'295a5e0b391827262581f43ac920cc016880ff603331070ecf714a9ab7c7e3fb',
			'bb035ce612386cf895e3df29aa8f82355ba91b88756a4d0853cbca37e49ae85f01fca1ddfbe4a2a778599ef6d232c0ff21000a904cf937d5003b98fc4596e5db',
		],
	];
	test.each(both)('%s: both MACs verify', (_form, query, sha256, sha512) => {
		const form = _form[0];
		for (const sign of [sha256, sha512]) {
			const parsed = readCallbackQuery(`${query}&sign=${sign}`);
			if (typeof parsed === 'number') throw new Error(`refused: ${parsed}`);
			const verified = verifyCallback(parsed, 'secret_key', ['hmac-sha512', 'hmac-sha256']);
			// E's string is the raw query of a table-shaped callback: it verifies as form A.
			expect(verified?.form).toBe(form === 'E' ? 'A' : form);
			expect(verified?.mac).toBe(sign.length === 64 ? 'hmac-sha256' : 'hmac-sha512');
		}
	});

	test('D (B with the names sorted) verifies; a reordered D-signed callback carries the same data', () => {
		const d256 = '2214c67fc7d7ed509d952f9f9aac15e8283504d0ec1c2e357ded64b623c54136';
		const d512 =
			'29c244df5bd1e10d08e0948e593b9012f663b107e4925ad363d2e38f8bb0ccb65e68eab582120af3cc15e8f15f67b98e4e4e0a5bd9ba9d86ca7f7e86c1dc848b';
		for (const sign of [d256, d512]) {
			const parsed = readCallbackQuery(`${DOC_EXAMPLE}&sign=${sign}`);
			if (typeof parsed === 'number') throw new Error('refused');
			expect(verifyCallback(parsed, 'secret_key', ['hmac-sha512', 'hmac-sha256'])?.form).toBe('D');
		}
	});

	test('F (what the doc PHP verifier computes on its own example: coin and wallet_id only) is not accepted', () => {
		const parsed = readCallbackQuery(
			`${DOC_EXAMPLE}&sign=60e7be4ffdf2133d37e4bf0e2211af9dc9a570be8fade1b1fc291ab4953041f5`,
		);
		if (typeof parsed === 'number') throw new Error('refused');
		expect(verifyCallback(parsed, 'secret_key', ['hmac-sha512', 'hmac-sha256'])).toBe(undefined);
	});

	test("the doc's placeholder signature (not hex) is refused before any MAC", () => {
		expect(readCallbackQuery(`${DOC_EXAMPLE}&sign=afafmk1m23mfasmflakfl`)).toBe(401);
	});
});
