/**
 * The SigmaMind agent-testing client: agent-scoped operations on test cases, batch runs and
 * test runs, with retries, timeouts, typed unchecked exceptions, paging, waiting for batches
 * and batch reports. Request and response types are the generated models of
 * {@code ai.sigmamind.sdk.models}.
 *
 * <pre>{@code
 * try (SigmaMindClient client = SigmaMindClient.fromEnv()) {
 *   Agent agent = client.agent("mJzLaPEo425lieb9");
 *   TestRun run = agent.testRuns("batch_s0OJu2JWR8R45Fai").get("job_ksUu5yRHGTLLrLeM");
 * }
 * }</pre>
 *
 * <p>Values are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package ai.sigmamind.sdk;

import org.jspecify.annotations.NullMarked;
