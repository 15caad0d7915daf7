/**
 * An embedded simulator of SigmaMind's agent-testing API — what stripe-mock is for Stripe, but
 * stateful and deterministic. Start it with {@link ai.sigmamind.sandbox.SigmaMindSandbox}, the
 * JUnit 5 {@link ai.sigmamind.sandbox.SandboxExtension}, or standalone with
 * {@link ai.sigmamind.sandbox.SandboxMain}.
 *
 * <pre>{@code
 * try (SigmaMindSandbox sandbox = SigmaMindSandbox.builder().build().start()) {
 *   // POST sandbox.baseUrl() + "/v1/test-cases" with any X-API-Key ...
 * }
 * }</pre>
 *
 * <h2>Behaviour</h2>
 * <ul>
 *   <li>Every operation of {@code openapi/sigmamind.yaml} ({@code ApiOperation}), answered with
 *       the generated models' own JSON adapters: 201 on creates, 204 on delete, a bare array for the test-case list,
 *       the page envelope for batch runs (newest first) and test runs; 400/401/404/405 with the
 *       error body {@code {"error","message","path","status","timestamp"}}.</li>
 *   <li>Each {@code X-API-Key} is its own workspace ({@code org_…}, derived from the key); a missing
 *       or blank key is 401. Data of one workspace is a 404 from another. Every workspace has the
 *       seed's agent, Demo Agent ({@code mJzLaPEo425lieb9}, status {@code Testing}), plus agents
 *       added with {@link ai.sigmamind.sandbox.SigmaMindSandbox#addAgent}.</li>
 *   <li>A batch makes one run per attempt of each (distinct) test case; the i-th run (from 0)
 *       completes {@code pace × (i + 1)} after the batch started, by the sandbox clock. Until then
 *       it has no {@code completedDate}, verdict or remarks, and is not counted in
 *       {@code successfulAttempts}/{@code failedAttempts}.</li>
 *   <li>Verdicts are a seeded draw per (test case id, attempt) against the pass probability, unless
 *       a marker decides. Completed runs carry remarks explaining the verdict against the success
 *       criteria and (newer shape) a transcript built from the persona and mock data.</li>
 * </ul>
 *
 * <h2>Markers</h2>
 * Put one in a test case's {@code userPrompt} or {@code successCriteria} (case-insensitive; the
 * prompt's first marker wins, then the criteria's):
 * <ul>
 *   <li>{@code [sandbox:pass]} — every run succeeds;</li>
 *   <li>{@code [sandbox:fail]} — every run fails;</li>
 *   <li>{@code [sandbox:flaky]} — odd attempts succeed, even attempts fail;</li>
 *   <li>{@code [sandbox:stuck]} — runs never complete, so the batch never does (for testing
 *       timeouts).</li>
 * </ul>
 *
 * <h2>Admin endpoints (no API key; off with {@code adminEndpoints(false)} or {@code --no-admin})</h2>
 * <ul>
 *   <li>{@code POST /_sandbox/provider-states} with Pact's body
 *       {@code {"state": "...", "params": {...}, "action": "setup"|"teardown"}}. Setup answers 200
 *       with the ids it used ({@code apiKey}, {@code workspaceId}, {@code agentId},
 *       {@code testCaseId}, {@code batchId}, {@code jobId}); teardown resets the sandbox; an unknown
 *       state is 400.</li>
 *   <li>{@code POST /_sandbox/reset} — 204; same as {@link ai.sigmamind.sandbox.SigmaMindSandbox#reset()}.</li>
 *   <li>{@code POST /_sandbox/clock/advance?seconds=N} — 200 {@code {"now": "..."}}.</li>
 * </ul>
 *
 * <h2>Provider states</h2>
 * A {@code {placeholder}} matches one word; {@code params} may add or override values. States act
 * in the workspace of {@code params.apiKey}, by default
 * {@link ai.sigmamind.sandbox.SigmaMindSandbox#SEED_API_KEY} whose workspace is the seed's
 * {@code org_V6eZ2zg8ziDx5pft}. Data is the seed's: Demo Agent, test case
 * {@code tc_d17T6uReChpyfFeP} (angry customer cancelling, 5 attempts), batch and runs created
 * {@code 2023-11-07T05:31:56Z}, the first run with the seed's job and chat ids and, when it
 * succeeded, the seed's remarks. With the seed's ids and key, {@code GET
 * /v1/test-runs/job_ksUu5yRHGTLLrLeM?batchId=batch_s0OJu2JWR8R45Fai&agentId=mJzLaPEo425lieb9}
 * answers exactly the documented seed response.
 * <ul>
 *   <li>{@code agent {agentId} exists} (params {@code agentName}, {@code agentStatus} for a new one)</li>
 *   <li>{@code agent {agentId} has test case {testCaseId}}</li>
 *   <li>{@code no test cases exist}</li>
 *   <li>{@code no batch runs exist}</li>
 *   <li>{@code batch {batchId} exists} — complete, 5 of 5 runs succeeded</li>
 *   <li>{@code batch {batchId} is running} — 5 runs, none complete (ever)</li>
 *   <li>{@code batch {batchId} has {count} test runs} — complete, all succeeded</li>
 *   <li>{@code test run {jobId} of batch {batchId} exists and succeeded} — the seed run</li>
 *   <li>{@code test run {jobId} of batch {batchId} exists and failed}</li>
 *   <li>{@code test run {jobId} of batch {batchId} is running}</li>
 * </ul>
 * Batch and run states also read {@code agentId}, {@code testCaseId} and {@code jobId} from params
 * (defaults: the seed's).
 */
@NullMarked
package ai.sigmamind.sandbox;

import org.jspecify.annotations.NullMarked;
