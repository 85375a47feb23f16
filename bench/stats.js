'use strict';
// Medians and the printed table of the benchmark.

function median(values) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return NaN;
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function fmt(x, digits = 2) {
	if (!Number.isFinite(x)) return '–';
	return x >= 100 ? x.toFixed(0) : x.toFixed(digits);
}

/** A plain text table: rows of cells, the first row is the header. */
function table(rows) {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	const line = (r) => r.map((cell, c) => String(cell).padEnd(widths[c])).join('  ');
	return [
		line(rows[0]),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.slice(1).map(line),
	].join('\n');
}

/** [a, b, c] -> rotations, so that each repetition starts with another variant (interleaving). */
function rotated(list, k) {
	const n = list.length;
	return list.map((_, i) => list[(i + k) % n]);
}

module.exports = { median, fmt, table, rotated };
