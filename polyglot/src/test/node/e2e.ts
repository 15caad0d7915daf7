// End to end with the stock typescript-fetch client, as a TypeScript team would use it: starts the
// standalone sandbox jar in each wire shape and creates test cases, starts a batch, waits for it,
// lists and gets its runs and reads the verdicts. Any field the client maps wrongly (a verdict
// read as undefined, an agent status refused) fails the script, and with it the build.
// Usage: node out/e2e.js <java> <sigmamind-sandbox-...-standalone.jar>
import {
  BatchRunsApi,
  Configuration,
  TestCasesApi,
  TestRunsApi,
  type BatchRun,
  type TestRun,
} from './client/src/index.js';
import { SEED_KEY, check, startSandbox, stopSandbox, type Sandbox, type WireShape } from './sandbox.js';

const DEMO_AGENT = 'mJzLaPEo425lieb9';

/** The sandbox's own admin endpoints (not part of the API, so not in the generated client). */
async function admin(sandbox: Sandbox, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${sandbox.baseUrl}/_sandbox/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  check(response.ok, `POST /_sandbox/${path} answered ${response.status}: ${await response.text()}`);
}

/** The verdict under whichever spelling this generation uses; the spec declares both. */
function verdict(run: TestRun): boolean | null | undefined {
  return run.isSuccesful ?? run.isSuccessful;
}

function isComplete(batch: BatchRun): boolean {
  return (batch.successfulAttempts ?? 0) + (batch.failedAttempts ?? 0) === batch.totalAttempts;
}

async function exercise(java: string, jar: string, shape: WireShape): Promise<void> {
  const sandbox = await startSandbox(java, jar, shape);
  console.log(`[${shape}] target: standalone sandbox ${sandbox.baseUrl}`);
  try {
    const configuration = new Configuration({ basePath: sandbox.baseUrl, apiKey: SEED_KEY });
    const testCases = new TestCasesApi(configuration);
    const batchRuns = new BatchRunsApi(configuration);
    const testRuns = new TestRunsApi(configuration);
    const spelling: keyof TestRun = shape === 'seed' ? 'isSuccesful' : 'isSuccessful';

    // The seed's run is there out of the box, in this generation's spelling.
    const seedRun = await testRuns.getTestRun({
      jobId: 'job_ksUu5yRHGTLLrLeM', batchId: 'batch_s0OJu2JWR8R45Fai', agentId: DEMO_AGENT,
    });
    check(seedRun[spelling] === true, `[${shape}] seed run: ${spelling} is ${seedRun[spelling]}, expected true`);
    check(seedRun.agent?.status === 'Testing', `[${shape}] seed run: agent status ${seedRun.agent?.status}`);

    // An agent status this client was not generated with is kept, not refused.
    await admin(sandbox, 'provider-states', {
      state: 'agent agent_polyglot exists', params: { agentName: 'Retired Bot', agentStatus: 'Retired' },
    });
    const retired = await testCases.createTestCase({
      createTestCaseRequest: {
        agentId: 'agent_polyglot', userPrompt: 'A customer asks for a refund.', successCriteria: 'Agent helps.',
      },
    });
    check(retired.agent?.status === 'Retired', `[${shape}] unknown agent status read as ${retired.agent?.status}`);

    const passing = await testCases.createTestCase({
      createTestCaseRequest: {
        agentId: DEMO_AGENT,
        label: 'Polyglot pass',
        userPrompt: 'You are a polite customer asking about opening hours. [sandbox:pass]',
        successCriteria: 'Agent gives the opening hours.',
        attempt: 2,
      },
    });
    const failing = await testCases.createTestCase({
      createTestCaseRequest: {
        agentId: DEMO_AGENT,
        userPrompt: 'You are an angry customer who wants to cancel. [sandbox:fail]',
        successCriteria: 'Agent confirms the cancellation.',
      },
    });
    check(passing.testCaseId.startsWith('tc_'), `[${shape}] test case id ${passing.testCaseId}`);
    check(passing.attempt === 2, `[${shape}] attempt read as ${passing.attempt}`);

    const created = await batchRuns.createBatchRun({
      createBatchRunRequest: { agentId: DEMO_AGENT, testCases: [passing.testCaseId, failing.testCaseId] },
    });

    // Wait for the batch as a client does, polling getBatchRun; the sandbox's clock is moved on
    // instead of sleeping, so the runs complete at once and deterministically.
    let batch = await batchRuns.getBatchRun({ batchId: created.batchId, agentId: DEMO_AGENT });
    for (let poll = 0; !isComplete(batch); poll++) {
      check(poll < 10, `[${shape}] batch ${created.batchId} not complete after ${poll} polls`);
      await admin(sandbox, 'clock/advance?seconds=60', {});
      batch = await batchRuns.getBatchRun({ batchId: created.batchId, agentId: DEMO_AGENT });
    }
    check(batch.totalAttempts === 3, `[${shape}] totalAttempts ${batch.totalAttempts}, expected 3`);
    check(batch.successfulAttempts === 2 && batch.failedAttempts === 1,
      `[${shape}] counters ${batch.successfulAttempts}/${batch.failedAttempts}, expected 2/1`);

    const page = await testRuns.listTestRuns({ batchId: created.batchId, agentId: DEMO_AGENT, page: 0, size: 100 });
    check(page.totalCount === 3 && page.data.length === 3 && !page.hasNext, `[${shape}] page ${JSON.stringify(page)}`);

    const verdicts = new Map<string, boolean[]>();
    for (const listed of page.data) {
      const run = await testRuns.getTestRun({ jobId: listed.jobId, batchId: created.batchId, agentId: DEMO_AGENT });
      check(typeof run[spelling] === 'boolean', `[${shape}] ${run.jobId}: ${spelling} is ${run[spelling]}`);
      check(run.completedDate instanceof Date && !Number.isNaN(run.completedDate.getTime()),
        `[${shape}] ${run.jobId}: completedDate ${run.completedDate}`);
      const id = run.testCase?.testCaseId ?? '?';
      verdicts.set(id, [...(verdicts.get(id) ?? []), verdict(run) === true]);
    }
    check(JSON.stringify(verdicts.get(passing.testCaseId)) === '[true,true]',
      `[${shape}] verdicts of the passing case: ${JSON.stringify(verdicts.get(passing.testCaseId))}`);
    check(JSON.stringify(verdicts.get(failing.testCaseId)) === '[false]',
      `[${shape}] verdicts of the failing case: ${JSON.stringify(verdicts.get(failing.testCaseId))}`);
    console.log(`[${shape}] ok: 3 runs read through ${spelling}, 2 passed, 1 failed; unknown agent status kept`);
  } finally {
    await stopSandbox(sandbox);
  }
}

async function main(): Promise<void> {
  const [java, jar] = process.argv.slice(2);
  check(java !== undefined && jar !== undefined, 'Usage: node out/e2e.js <java> <standalone sandbox jar>');
  await exercise(java, jar, 'seed');
  await exercise(java, jar, 'newer');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
