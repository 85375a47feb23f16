'use strict';
// Child processes for the demo and the e2e suites: one-shot commands (run), long-running services in
// their own process group (startProcess: n8n, sandboxes, PostgreSQL, Redis), the bookkeeping that
// kills those groups when we exit or are interrupted, free ports and polling (waitFor).
// Plain CommonJS, no dependencies.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

// ---- process groups we started (killed when this process exits) -------------------------------------
// Each group is also recorded as a file <tmp>/n8n-nodes-crypto-payments-groups/<our pid>-<group pid>,
// so a process that loaded this module in another context (jest's global setup, outside the test
// sandbox) can kill them on Ctrl-C: killRecordedGroups().

const GROUPS_DIR = path.join(os.tmpdir(), 'n8n-nodes-crypto-payments-groups');
const liveGroups = new Set();

/** Records a process group; returns the function that forgets it again. */
function trackGroup(pid) {
	liveGroups.add(pid);
	const file = path.join(GROUPS_DIR, `${process.pid}-${pid}`);
	try {
		fs.mkdirSync(GROUPS_DIR, { recursive: true });
		fs.writeFileSync(file, '');
	} catch {
		// best effort
	}
	return () => {
		liveGroups.delete(pid);
		fs.rmSync(file, { force: true });
	};
}

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// gone
	}
}

function killGroups(signal = 'SIGKILL') {
	for (const pid of liveGroups) killGroup(pid, signal);
}

/** Kills the groups recorded for an owner process (default: this one); removes the records on SIGKILL. */
function killRecordedGroups(signal = 'SIGKILL', ownerPid = process.pid) {
	let names = [];
	try {
		names = fs.readdirSync(GROUPS_DIR).filter((n) => n.startsWith(`${ownerPid}-`));
	} catch {
		return;
	}
	for (const n of names) {
		killGroup(Number(n.split('-')[1]), signal);
		if (signal === 'SIGKILL') fs.rmSync(path.join(GROUPS_DIR, n), { force: true });
	}
}
process.on('exit', () => killGroups('SIGKILL'));

/**
 * On SIGINT/SIGTERM/SIGHUP: stop every process group started by this process (n8n, sandboxes),
 * then die of the same signal. For callers without their own shutdown (jest's global setup); the
 * demo has its own.
 */
function stopOnSignals() {
	process.on('exit', () => killRecordedGroups('SIGKILL'));
	for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(sig, () => {
			killGroups('SIGTERM');
			killRecordedGroups('SIGTERM');
			setTimeout(() => {
				killGroups('SIGKILL');
				killRecordedGroups('SIGKILL');
				process.kill(process.pid, sig);
			}, 1000);
		});
	}
}

// ---- waiting and ports -------------------------------------------------------------------------------

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until fn() returns a truthy value (returns it) or throws after timeoutMs. */
async function waitFor(fn, { timeoutMs = 20000, intervalMs = 250, what = 'condition' } = {}) {
	const end = Date.now() + timeoutMs;
	let last;
	for (;;) {
		try {
			last = await fn();
			if (last) return last;
		} catch (error) {
			last = error;
		}
		if (Date.now() > end) {
			throw new Error(
				`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
			);
		}
		await sleep(intervalMs);
	}
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort(host = '127.0.0.1') {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.once('error', reject);
		srv.listen(0, host, () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Whether something already listens on host:port. */
function portInUse(port, host = '127.0.0.1') {
	return new Promise((resolve) => {
		const socket = net.connect({ port, host });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

// ---- one-shot commands -------------------------------------------------------------------------------

/** Calls onLine(line, stream) for every complete line of a stream's chunks; flush() the rest at the end. */
function lineSplitter(onLine) {
	const buf = { stdout: '', stderr: '' };
	return {
		push(stream, text) {
			buf[stream] += text;
			const lines = buf[stream].split('\n');
			buf[stream] = lines.pop();
			for (const line of lines) onLine(line, stream);
		},
		flush() {
			for (const s of ['stdout', 'stderr']) if (buf[s]) onLine(buf[s], s);
		},
	};
}

/**
 * Runs a command; resolves {code, signal, stdout, stderr}. Rejects only when it cannot start.
 * opts: {cwd, env, input, timeoutMs, onLine(line, stream), uid, gid}
 */
function run(cmd, args, opts = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			cwd: opts.cwd,
			env: opts.env || process.env,
			stdio: ['pipe', 'pipe', 'pipe'],
			uid: opts.uid,
			gid: opts.gid,
		});
		const out = { stdout: '', stderr: '' };
		const lines = opts.onLine ? lineSplitter(opts.onLine) : undefined;
		for (const stream of ['stdout', 'stderr']) {
			child[stream].on('data', (chunk) => {
				const text = chunk.toString('utf8');
				out[stream] += text;
				if (lines) lines.push(stream, text);
			});
		}
		let timer;
		if (opts.timeoutMs) {
			timer = setTimeout(() => {
				out.stderr += `\n[e2e] killed after ${opts.timeoutMs} ms\n`;
				child.kill('SIGKILL');
			}, opts.timeoutMs);
		}
		child.once('error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			if (lines) lines.flush();
			resolve({ code, signal, stdout: out.stdout, stderr: out.stderr });
		});
		child.stdin.end(opts.input);
	});
}

function commandError(what, result) {
	const tail = (s) => s.split('\n').slice(-40).join('\n');
	return new Error(
		`${what} failed (exit ${result.code}${result.signal ? `, ${result.signal}` : ''})\n--- stdout\n${tail(result.stdout)}\n--- stderr\n${tail(result.stderr)}`,
	);
}

module.exports = {
	trackGroup,
	killGroups,
	killRecordedGroups,
	stopOnSignals,
	sleep,
	waitFor,
	freePort,
	portInUse,
	lineSplitter,
	run,
	commandError,
};
