// The standalone sandbox jar as the end-to-end checks of the stock clients use it: started on a
// free loopback port in one wire shape, ready when it prints its URL, stopped with a bounded wait.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The wire shapes the sandbox imitates, and the flag that selects each. */
export const WIRE_SHAPES = { seed: [], newer: ['--newer-shape'] } as const satisfies Record<string, readonly string[]>;
export type WireShape = keyof typeof WIRE_SHAPES;

/** The key whose workspace holds the documented seed's data. */
export const SEED_KEY = 'sandbox-seed-key';

export interface Sandbox {
  readonly baseUrl: string;
  readonly process: ChildProcess;
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

/** Starts the jar on a free port in `shape` and resolves with the URL it prints when ready. */
export function startSandbox(java: string, jar: string, shape: WireShape, flags: readonly string[] = []): Promise<Sandbox> {
  const args = [...WIRE_SHAPES[shape], ...flags];
  const child = spawn(java, ['-jar', jar, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the sandbox did not start within 60 s: ${args.join(' ')}`));
    }, 60_000);
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const ready = /^SigmaMind sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (ready === null) {
        child.kill();
        reject(new Error(`unexpected first line from the sandbox: ${line}`));
      } else {
        resolve({ baseUrl: ready[1], process: child });
      }
    });
  });
}

/** Asks the sandbox to stop and waits for it at most 10 s, then kills it. */
export function stopSandbox(sandbox: Sandbox): Promise<void> {
  const child = sandbox.process;
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill();
  });
}
