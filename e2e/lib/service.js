'use strict';
// A long-running child process (n8n, the sandboxes, PostgreSQL, Redis) in its own process group:
// its output is kept and can be waited on (waitForLog), and stop() ends the whole group (n8n's task
// runner too). The group is recorded (processes.js) so an interrupted test run leaves nothing behind.
const { spawn } = require('node:child_process');
const { trackGroup } = require('./processes');

/** Resolves the waiters whose pattern now matches the output; rejects them all when the process ended. */
class LogWaiters {
	constructor(name) {
		this.name = name;
		this.list = [];
	}

	check(output) {
		for (const w of this.list.slice()) {
			if (w.re.test(output.slice(w.from))) this.settle(w).resolve();
		}
	}

	failAll(error) {
		for (const w of this.list.slice()) this.settle(w).reject(error);
	}

	settle(w) {
		clearTimeout(w.timer);
		this.list.splice(this.list.indexOf(w), 1);
		return w;
	}

	add(re, from, ms, output) {
		return new Promise((resolve, reject) => {
			const w = { re, from, resolve, reject };
			w.timer = setTimeout(() => {
				if (this.list.includes(w))
					this.settle(w).reject(
						new Error(`${this.name} did not log ${re} within ${ms} ms\n${output().slice(-4000)}`),
					);
			}, ms);
			this.list.push(w);
		});
	}
}

/**
 * A spawned process and its output: {process, pid, name, log(), logSince(offset), offset,
 * waitForLog(re, ms, from), exited (a promise of {code, signal}), stop()}.
 */
class RunningProcess {
	constructor(child, { name, onLine, stopSignal }) {
		this.process = child;
		this.pid = child.pid;
		this.name = name;
		this.stopSignal = stopSignal || 'SIGTERM';
		this.output = '';
		this.exitedWith = null;
		this.waiters = new LogWaiters(name);
		this.untrack = trackGroup(child.pid);
		for (const stream of [child.stdout, child.stderr]) this._collect(stream, onLine);
		this.exited = new Promise((resolve) => {
			child.once('exit', (code, signal) => {
				this.exitedWith = { code, signal };
				this.waiters.failAll(
					new Error(`${name} exited (${code ?? signal})\n${this.output.slice(-4000)}`),
				);
				resolve(this.exitedWith);
			});
		});
	}

	_collect(stream, onLine) {
		let buf = '';
		stream.on('data', (chunk) => {
			const text = chunk.toString('utf8');
			this.output += text;
			buf += text;
			const lines = buf.split('\n');
			buf = lines.pop();
			if (onLine) for (const line of lines) onLine(line);
			this.waiters.check(this.output);
		});
	}

	log() {
		return this.output;
	}

	logSince(offset) {
		return this.output.slice(offset);
	}

	get offset() {
		return this.output.length;
	}

	/** Resolves once `re` matches the output after `from`; rejects after `ms` or when the process ends. */
	waitForLog(re, ms = 30000, from = 0) {
		if (re.test(this.output.slice(from))) return Promise.resolve();
		if (this.exitedWith)
			return Promise.reject(
				new Error(
					`${this.name} is not running (exit ${this.exitedWith.code ?? this.exitedWith.signal})`,
				),
			);
		return this.waiters.add(re, from, ms, () => this.output);
	}

	_killGroup(signal) {
		try {
			process.kill(-this.pid, signal);
		} catch {
			// already gone
		}
	}

	/** Ends the process group: the stop signal, SIGKILL after graceMs, and SIGKILL for what is left. */
	async stop({ graceMs = 15000 } = {}) {
		if (!this.exitedWith) {
			this._killGroup(this.stopSignal);
			const timer = setTimeout(() => this._killGroup('SIGKILL'), graceMs);
			await this.exited;
			clearTimeout(timer);
		}
		this._killGroup('SIGKILL'); // whatever is left of the group (n8n's task runner)
		this.untrack();
		return this.exitedWith;
	}
}

/**
 * Spawns `cmd args` detached (own process group). Resolves a RunningProcess once `ready` (a RegExp)
 * appeared in its output (stdout + stderr), or at once without `ready`.
 * opts: {cwd, env, name (for messages), ready, timeoutMs, onLine(line), uid, gid,
 *        stopSignal (default SIGTERM; PostgreSQL's fast shutdown is SIGINT)}
 */
async function startProcess(cmd, args, opts = {}) {
	const name = opts.name || cmd;
	const child = spawn(cmd, args, {
		cwd: opts.cwd,
		env: opts.env || process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
		uid: opts.uid,
		gid: opts.gid,
	});
	if (child.pid === undefined) {
		// spawn failed (no such binary, no permission): the reason comes as an 'error' event
		throw await new Promise((resolve) =>
			child.once('error', (e) => resolve(new Error(`${name} could not start: ${e.message}`))),
		);
	}
	const handle = new RunningProcess(child, {
		name,
		onLine: opts.onLine,
		stopSignal: opts.stopSignal,
	});
	if (opts.ready) {
		try {
			await handle.waitForLog(opts.ready, opts.timeoutMs || 120000);
		} catch (error) {
			await handle.stop({ graceMs: 3000 });
			throw error;
		}
	}
	return handle;
}

module.exports = { startProcess, RunningProcess };
