// End to end with the stock `python` client: picks an interpreter that has what the generated
// client declares it needs (requirements_check.py), then, for each wire shape, starts the
// standalone sandbox accepting only the seed's key and runs e2e.py against it. Where no
// interpreter qualifies the check is skipped with the reason, except under CI=true or when the
// interpreter was named (-Dpolyglot.python), where it fails.
// Usage: node out/python-e2e.js <java> <standalone sandbox jar> <generated python client dir> [python]
import { spawn } from 'node:child_process';
import { SEED_KEY, WIRE_SHAPES, check, startSandbox, stopSandbox, type WireShape } from './sandbox.js';

/** Tried in this order when no interpreter is named (-Dpolyglot.python); the first that qualifies is used. */
const CANDIDATES = ['python3', 'python', '/usr/bin/python3', '/usr/local/bin/python3'];

interface Outcome {
  readonly code: number | null;
  readonly output: string;
}

/** Runs a command to its end or for at most `timeoutMs`, then kills it; output is collected or passed through. */
function run(command: string, args: string[], cwd: string, timeoutMs: number, collect: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', collect ? 'pipe' : 'inherit', collect ? 'pipe' : 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      output += `\n${command} was stopped after ${timeoutMs / 1000} s`;
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: error.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.trim() });
    });
  });
}

/** The first candidate that can run the generated client, or undefined with each one's reason printed. */
async function interpreter(clientDir: string, named: string | undefined): Promise<string | undefined> {
  const reasons: string[] = [];
  for (const candidate of named ? [named] : CANDIDATES) {
    const probe = await run(candidate, ['requirements_check.py', '.'], clientDir, 30_000, true);
    if (probe.code === 0) {
      console.log(`[python] interpreter ${candidate}: ${probe.output}`);
      return candidate;
    }
    reasons.push(`  ${candidate}: ${probe.output || `exit ${probe.code}`}`);
  }
  console.log(`[python] no interpreter can run the stock Python client:\n${reasons.join('\n')}`);
  return undefined;
}

async function main(): Promise<void> {
  const [java, jar, clientDir, named] = process.argv.slice(2);
  check(java !== undefined && jar !== undefined && clientDir !== undefined,
    'Usage: node out/python-e2e.js <java> <standalone sandbox jar> <generated python client dir> [python]');
  const python = await interpreter(clientDir, named || undefined);
  check(python !== undefined || !named, `[python] -Dpolyglot.python=${named} cannot run the stock Python client`);
  if (python === undefined) {
    const remedy = 'install pydantic 2, urllib3 2, python-dateutil and typing-extensions for python3, or name an '
      + 'interpreter that has them with -Dpolyglot.python=PATH';
    check(process.env.CI !== 'true', `[python] CI=true: the stock Python client must run here; ${remedy}`);
    console.log(`[python] SKIPPED: the stock Python client was not run end to end; ${remedy}`);
    return;
  }
  for (const shape of Object.keys(WIRE_SHAPES) as WireShape[]) {
    const sandbox = await startSandbox(java, jar, shape, ['--api-key', SEED_KEY, '--known-agents-only']);
    try {
      const outcome = await run(python, ['e2e.py', sandbox.baseUrl, shape], clientDir, 120_000, false);
      check(outcome.code === 0, `[python] e2e.py against the ${shape} shape failed (exit ${outcome.code}) ${outcome.output}`);
    } finally {
      await stopSandbox(sandbox);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
