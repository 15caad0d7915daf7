package ai.sigmamind.suite;

import ai.sigmamind.suite.SyncPlan.Step;
import ai.sigmamind.suite.SyncResult.Action;
import ai.sigmamind.suite.SyncResult.RemovedCase;
import ai.sigmamind.suite.SyncResult.RemovedCase.Fate;
import ai.sigmamind.suite.SyncResult.SyncedCase;
import ai.sigmamind.sdk.NotFoundException;
import ai.sigmamind.sdk.TestCases;
import ai.sigmamind.sdk.models.MockDataVariable;
import ai.sigmamind.sdk.models.TestCase;
import ai.sigmamind.sdk.models.UpdateTestCaseRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes an agent's test cases match a suite's: creates the missing ones and updates only the
 * fields that differ (a partial update), so syncing an unchanged suite again makes no write at
 * all. A suite test case is found by the id its {@link LockFile} records, else by label (when the
 * API returns labels); each created id is recorded in the lock at once, so an API without labels
 * works as well and a sync that fails halfway resumes without orphans. A test case the lock
 * records that has left the suite file is reported and kept (on the agent, and in the lock as
 * removed) until a plan made {@link SyncPlan#pruning() pruning} deletes it; test cases of the agent
 * that neither the suite nor its lock names are left alone.
 *
 * <pre>{@code
 * Agent agent = client.agent(suite.agentId());
 * SuiteSync sync = new SuiteSync(agent.testCases(), LockFile.read(LockFile.beside(suite.file()), suite.agentId()));
 * SyncResult result = sync.apply(sync.plan(suite));          // or sync.plan(suite).pruning()
 * }</pre>
 */
public final class SuiteSync {
  private final TestCases testCases;
  private final LockFile lock;

  /**
   * Syncs to {@code testCases} (one agent's), linking suite entries to ids through {@code lock}.
   *
   * @param testCases the suite's agent's test cases, as {@code client.agent(suite.agentId()).testCases()}
   * @param lock the lock of the same suite and agent; updated as test cases are created
   */
  public SuiteSync(TestCases testCases, LockFile lock) {
    this.testCases = testCases;
    this.lock = lock;
  }

  /**
   * What {@link #apply} would do; reads the agent's test cases and writes nothing.
   *
   * @param suite the suite whose test cases the agent should have
   * @return the steps, one per suite test case in suite order, and the test cases that left the suite
   * @throws SyncConflictException if the agent has several test cases with one of the suite's
   *     labels and the lock names none of them
   * @throws ai.sigmamind.sdk.SigmaMindException if a call fails
   */
  public SyncPlan plan(Suite suite) {
    List<TestCase> existing = testCases.list();
    Map<String, TestCase> byId = existing.stream()
        .collect(Collectors.toMap(TestCase::testCaseId, Function.identity(), (first, second) -> first));
    Map<String, List<TestCase>> byLabel = existing.stream()
        .filter(testCase -> testCase.label() != null)
        .collect(Collectors.groupingBy(testCase -> Objects.requireNonNull(testCase.label()).strip()));
    List<Step> steps = new ArrayList<>();
    for (SuiteCase wanted : suite.testCases()) {
      TestCase match = lock.idFor(wanted.label()).map(byId::get).orElse(null);
      if (match == null) {
        List<TestCase> matches = byLabel.getOrDefault(wanted.label(), List.of());
        if (matches.size() > 1) {
          throw new SyncConflictException("Agent " + suite.agentId() + " has " + matches.size() + " test cases labelled '"
              + wanted.label() + "' (" + matches.stream().map(TestCase::testCaseId).collect(Collectors.joining(", "))
              + "); delete or relabel all but one so the suite can tell which is its own");
        }
        match = matches.isEmpty() ? null : matches.get(0);
      }
      steps.add(match == null
          ? new Step(wanted, null, Action.CREATED, List.of(), request -> { })
          : compare(wanted, match));
    }
    Set<String> labels = suite.testCases().stream().map(SuiteCase::label).collect(Collectors.toSet());
    List<RemovedCase> removed = new ArrayList<>();
    lock.entries().forEach((label, id) -> {
      if (!labels.contains(label)) {
        removed.add(new RemovedCase(label, id, byId.containsKey(id) ? Fate.KEPT : Fate.FORGOTTEN));
      }
    });
    return new SyncPlan(suite, steps, removed);
  }

  /**
   * Carries out {@code plan}, recording each test case in the lock as soon as it exists, then
   * deals with the test cases that left the suite: kept (and recorded as removed), deleted when
   * the plan prunes, or forgotten when the agent no longer has them.
   *
   * @param plan a plan from {@link #plan} of this sync, made against the agent's current test cases
   * @return the agent's test-case id and what was done, per suite test case, and per test case that left the suite
   * @throws ai.sigmamind.sdk.SigmaMindException if a call fails (what was created is recorded)
   * @throws UsageException if the lock file cannot be written
   */
  public SyncResult apply(SyncPlan plan) {
    List<SyncedCase> synced = new ArrayList<>();
    for (Step step : plan.steps()) {
      SuiteCase wanted = step.testCase();
      String id = step.testCaseId();
      if (step.action() == Action.CREATED) {
        id = testCases.create(request -> request
            .label(wanted.label())
            .userPrompt(wanted.userPrompt())
            .successCriteria(wanted.successCriteria())
            .attempt(wanted.attempt())
            .llmModel(wanted.llmModel())
            .mockData(wanted.mockDataVariables())).testCaseId();
      } else if (step.action() == Action.UPDATED) {
        testCases.update(Objects.requireNonNull(id), step.changes());
      }
      String testCaseId = Objects.requireNonNull(id);
      lock.record(wanted.label(), testCaseId);
      synced.add(new SyncedCase(wanted, testCaseId, step.action(), step.changedFields()));
    }
    List<RemovedCase> removed = plan.removed();
    for (RemovedCase gone : removed) {
      switch (gone.fate()) {
        case KEPT -> lock.recordRemoved(gone.label(), gone.testCaseId());
        case DELETED -> {
          deleteIfPresent(gone.testCaseId());
          lock.forget(gone.label());
        }
        case FORGOTTEN -> lock.forget(gone.label());
      }
    }
    return new SyncResult(synced, removed);
  }

  /**
   * {@link #plan} then {@link #apply}.
   *
   * @param suite the suite whose test cases the agent should have
   * @return the agent's test-case id and what was done, per suite test case
   */
  public SyncResult sync(Suite suite) {
    return apply(plan(suite));
  }

  /** Deletes the test case; one already gone (deleted by someone else since the plan) is as good as deleted. */
  private void deleteIfPresent(String testCaseId) {
    try {
      testCases.delete(testCaseId);
    } catch (NotFoundException e) {
      // nothing left to delete
    }
  }

  private static Step compare(SuiteCase wanted, TestCase existing) {
    Map<String, Consumer<UpdateTestCaseRequest.Builder>> changes = new LinkedHashMap<>();
    if (!wanted.userPrompt().equals(strip(existing.userPrompt()))) {
      changes.put("userPrompt", request -> request.userPrompt(wanted.userPrompt()));
    }
    if (!wanted.successCriteria().equals(strip(existing.successCriteria()))) {
      changes.put("successCriteria", request -> request.successCriteria(wanted.successCriteria()));
    }
    if (!Objects.equals(wanted.attempt(), existing.attempt())) {
      changes.put("attempt", request -> request.attempt(wanted.attempt()));
    }
    if (wanted.llmModel() != null && !wanted.llmModel().equals(existing.llmModel())) {
      changes.put("llmModel", request -> request.llmModel(wanted.llmModel()));
    }
    if (!sameMockData(wanted.mockData(), existing.mockData())) {
      changes.put("mockData", request -> request.mockData(wanted.mockDataVariables()));
    }
    return new Step(wanted, existing.testCaseId(), changes.isEmpty() ? Action.UNCHANGED : Action.UPDATED,
        List.copyOf(changes.keySet()), request -> changes.values().forEach(change -> change.accept(request)));
  }

  /** Mock data is a set of named variables: order does not matter, a repeated name does. */
  private static boolean sameMockData(Map<String, String> wanted, List<MockDataVariable> existing) {
    Map<String, String> stored = new HashMap<>();
    for (MockDataVariable variable : existing) {
      if (stored.put(variable.variableName(), variable.value()) != null) {
        return false;
      }
    }
    return stored.equals(wanted);
  }

  private static @Nullable String strip(@Nullable String text) {
    return text == null ? null : text.strip();
  }
}
