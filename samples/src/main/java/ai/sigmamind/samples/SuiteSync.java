package ai.sigmamind.samples;

import ai.sigmamind.samples.SyncResult.Action;
import ai.sigmamind.samples.SyncResult.SyncedCase;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Makes an agent's test cases match a suite's, by label: creates the missing ones and updates
 * only the fields that differ (a partial update), so syncing an unchanged suite again makes no
 * write at all. Test cases of the agent that the suite does not name are left alone.
 *
 * <pre>{@code
 * SyncResult result = new SuiteSync(client.agent(suite.agentId()).testCases()).sync(suite);
 * }</pre>
 */
final class SuiteSync {
  private final TestCases testCases;

  SuiteSync(TestCases testCases) {
    this.testCases = testCases;
  }

  /**
   * @throws SyncConflictException if the agent has several test cases with one of the suite's
   *     labels, or the API drops the label of a created test case
   * @throws ai.sigmamind.sdk.SigmaMindException if a call fails
   */
  SyncResult sync(Suite suite) {
    Map<String, List<TestCase>> byLabel = testCases.list().stream()
        .filter(testCase -> testCase.label() != null)
        .collect(Collectors.groupingBy(testCase -> Objects.requireNonNull(testCase.label()).strip()));
    List<SyncedCase> synced = new ArrayList<>();
    for (SuiteCase wanted : suite.testCases()) {
      List<TestCase> matches = byLabel.getOrDefault(wanted.label(), List.of());
      if (matches.size() > 1) {
        throw new SyncConflictException("Agent " + suite.agentId() + " has " + matches.size() + " test cases labelled '"
            + wanted.label() + "' (" + matches.stream().map(TestCase::testCaseId).collect(Collectors.joining(", "))
            + "); delete or relabel all but one so the suite can tell which is its own");
      }
      synced.add(matches.isEmpty() ? create(wanted) : update(wanted, matches.get(0)));
    }
    return new SyncResult(synced);
  }

  private SyncedCase create(SuiteCase wanted) {
    TestCase created = testCases.create(request -> request
        .label(wanted.label())
        .userPrompt(wanted.userPrompt())
        .successCriteria(wanted.successCriteria())
        .attempt(wanted.attempt())
        .llmModel(wanted.llmModel())
        .mockData(wanted.mockDataVariables()));
    if (!wanted.label().equals(strip(created.label()))) {
      throw new SyncConflictException("The API did not keep the label of the created test case " + created.testCaseId()
          + " ('" + wanted.label() + "' was sent, " + (created.label() == null ? "none" : "'" + created.label() + "'")
          + " came back); without labels the suite cannot find its test cases again");
    }
    return new SyncedCase(wanted, created.testCaseId(), Action.CREATED, List.of());
  }

  private SyncedCase update(SuiteCase wanted, TestCase existing) {
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
    if (changes.isEmpty()) {
      return new SyncedCase(wanted, existing.testCaseId(), Action.UNCHANGED, List.of());
    }
    testCases.update(existing.testCaseId(), request -> changes.values().forEach(change -> change.accept(request)));
    return new SyncedCase(wanted, existing.testCaseId(), Action.UPDATED, List.copyOf(changes.keySet()));
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
