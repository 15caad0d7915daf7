package ai.sigmamind.suite;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindException;
import ai.sigmamind.suite.SuiteResult.CaseResult;
import ai.sigmamind.suite.stats.ConfirmationPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the confirmation stage of a {@link BaselineGate}: after the first batch, the suspect cases
 * its plan picked run again, in one follow-up batch, each with the planned attempts. The API takes
 * a case's attempts from the test case itself, so each is set to the planned number for that batch
 * and restored to the suite file's value once the batch has finished (a failed restore is reported;
 * the next sync puts it right).
 */
final class ConfirmationRunner {
  private static final String NOT_STARTED = "interrupted before the confirmation batch started";
  private final RunContext context;
  private final Duration timeout;

  ConfirmationRunner(RunContext context, Duration timeout) {
    this.context = context;
    this.timeout = timeout;
  }

  /** The first stage with its confirmation batch, when its gates ask for one; else the first stage unchanged. */
  SuiteResult confirm(SuiteResult firstStage, List<Gate> gates, Agent agent, String prefix) {
    if (firstStage.incomplete() != null) {
      return firstStage;
    }
    Optional<BaselineGate> gate = gates.stream().filter(BaselineGate.class::isInstance).map(BaselineGate.class::cast)
        .findFirst();
    if (gate.isEmpty()) {
      return firstStage;
    }
    ConfirmationPlan plan = gate.get().confirmationPlan(firstStage);
    if (plan.suspects().isEmpty()) {
      return firstStage;
    }
    context.display().println(prefix + "confirmation: " + plan.confirmed().size() + " of " + plan.suspects().size()
        + " suspect case(s) re-run with " + plan.totalAttempts() + " more attempts in one batch (budget "
        + plan.policy().budget() + ")");
    plan.suspects().forEach(suspect ->
        context.display().println(prefix + "  '" + suspect.label() + "': " + suspect.reason()));
    if (plan.confirmed().isEmpty()) {
      return firstStage;
    }
    if (context.interruption().isTriggered()) {
      return firstStage.withIncomplete(NOT_STARTED);
    }
    return run(firstStage, plan, agent, prefix);
  }

  private SuiteResult run(SuiteResult firstStage, ConfirmationPlan plan, Agent agent, String prefix) {
    Map<String, String> ids = new LinkedHashMap<>();
    firstStage.cases().forEach(testCase -> ids.put(testCase.label(), testCase.testCaseId()));
    Map<String, Long> restore = new LinkedHashMap<>();
    try {
      List<String> rerun = new ArrayList<>();
      for (ConfirmationPlan.Suspect suspect : plan.confirmed()) {
        String id = ids.get(suspect.label());
        long attempts = suspect.attempts();
        agent.testCases().update(id, request -> request.attempt(attempts));
        restore.put(id, suiteAttempts(firstStage, suspect.label()));
        rerun.add(id);
      }
      if (context.interruption().isTriggered()) {
        return firstStage.withIncomplete(NOT_STARTED);
      }
      String batchId = agent.batchRuns().create(rerun).batchId();
      Instant started = context.clock().instant();
      context.display().println(prefix + "started confirmation batch " + batchId + "; waiting for its runs");
      RunContext.Waited waited = context.awaitBatch(agent, batchId, timeout, firstStage.suite().name());
      List<CaseResult> cases = SuiteResult.group(firstStage.sync(), waited.report()).stream()
          .filter(testCase -> rerun.contains(testCase.testCaseId())).toList();
      ConfirmationBatch batch = new ConfirmationBatch(batchId, plan, cases, started, context.clock().instant());
      long judged = cases.stream().mapToLong(testCase -> testCase.passed() + testCase.failed()).sum();
      context.display().println(prefix + "confirmation batch " + batchId + (waited.incomplete() == null
          ? " ran " + batch.attempts() + " attempts"
          : " stopped with " + judged + " of " + batch.attempts() + " attempts judged"));
      return firstStage.withConfirmation(batch, waited.incomplete());
    } finally {
      restore.forEach((id, attempts) -> restoreAttempts(agent, id, attempts, prefix));
    }
  }

  private void restoreAttempts(Agent agent, String id, long attempts, String prefix) {
    try {
      agent.testCases().update(id, request -> request.attempt(attempts));
    } catch (SigmaMindException e) {
      context.display().println(prefix + "could not set the attempts of " + id + " back to " + attempts
          + " (" + e.getMessage() + "); the next sync sets them back");
    }
  }

  private static long suiteAttempts(SuiteResult result, String label) {
    return result.suite().testCases().stream().filter(testCase -> testCase.label().equals(label))
        .mapToLong(SuiteCase::attempt).findFirst().orElse(1);
  }
}
