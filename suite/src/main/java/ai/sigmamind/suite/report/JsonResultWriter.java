package ai.sigmamind.suite.report;

import ai.sigmamind.suite.SyncResult;
import ai.sigmamind.suite.SuiteResult;
import ai.sigmamind.suite.StatisticalVerdict;
import ai.sigmamind.suite.SuiteResult.CaseResult;
import ai.sigmamind.suite.SuiteResult.RunResult;
import ai.sigmamind.suite.SyncResult.SyncedCase;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.stats.BaselineComparison;
import ai.sigmamind.suite.stats.CaseComparison;
import ai.sigmamind.suite.stats.CaseConfirmation;
import ai.sigmamind.suite.stats.ConfirmationPolicy;
import ai.sigmamind.suite.stats.ConfirmationStage;
import ai.sigmamind.suite.stats.PassRate;
import com.squareup.moshi.Moshi;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link SuiteResult} as JSON for scripts and dashboards: the target, the verdict, each gate's verdict and the totals, what
 * the sync did, per test case counts, every run with its verdict, remarks and transcript, and
 * ({@code statistics}, null without a baseline) the statistical verdict per test case.
 * Absent values are written as {@code null}, so every key is always there.
 *
 * <pre>{@code
 * String json = JsonResultWriter.toJson(result);
 * // {"suite": "demo-agent", "target": "sandbox", "verdict": "PASSED", "passRate": 0.8125, "totals": {...}, ...}
 * }</pre>
 */
final class JsonResultWriter {
  private JsonResultWriter() {
  }

  static String toJson(SuiteResult result) {
    Map<String, @Nullable Object> root = new LinkedHashMap<>();
    root.put("suite", result.suite().name());
    root.put("suiteFile", result.suite().file().toString());
    root.put("target", result.targetKind());
    root.put("targetDescription", result.target());
    root.put("agentId", result.suite().agentId());
    root.put("batchId", result.batchId());
    root.put("verdict", result.verdict().name());
    root.put("exitCode", result.exitCode().code());
    root.put("passRate", rate(result.passRate()));
    root.put("incomplete", result.incomplete());
    root.put("gates", result.gates().stream().map(gate -> Map.of("gate", gate.gate(), "passed", gate.passed(),
        "message", gate.message())).toList());
    root.put("started", result.started().toString());
    root.put("finished", result.finished().toString());
    root.put("totals", counts(result.runs().size(), result.passed(), result.failed(), result.pending()));
    Map<String, Object> sync = new LinkedHashMap<>();
    for (SyncResult.Action action : SyncResult.Action.values()) {
      sync.put(action.name().toLowerCase(Locale.ROOT), result.sync().count(action));
    }
    root.put("sync", sync);
    Map<String, SyncedCase> synced = result.sync().cases().stream()
        .collect(Collectors.toMap(SyncedCase::testCaseId, Function.identity()));
    root.put("testCases", result.cases().stream().map(testCase -> testCase(testCase, synced.get(testCase.testCaseId()))).toList());
    root.put("runs", result.runs().stream().map(JsonResultWriter::run).toList());
    root.put("statistics", result.statistics().map(JsonResultWriter::statistics).orElse(null));
    return new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ").toJson(root);
  }

  private static Map<String, @Nullable Object> testCase(CaseResult testCase, @Nullable SyncedCase synced) {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("label", testCase.label());
    json.put("testCaseId", testCase.testCaseId());
    json.put("sync", synced == null ? null : synced.action().name().toLowerCase(Locale.ROOT));
    json.put("changedFields", synced == null ? List.of() : synced.changedFields());
    json.putAll(counts(testCase.runs().size(), testCase.passed(), testCase.failed(), testCase.pending()));
    json.put("passRate", rate(testCase.passRate()));
    return json;
  }

  private static Map<String, @Nullable Object> run(RunResult run) {
    TestRun testRun = run.run();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("label", run.label());
    json.put("attempt", run.attempt());
    json.put("testCaseId", testRun.testCase() == null ? null : testRun.testCase().testCaseId());
    json.put("jobId", testRun.jobId());
    json.put("chatId", testRun.chatId());
    json.put("successful", testRun.successful());
    json.put("remarks", testRun.remarks());
    json.put("createdDate", date(testRun.createdDate()));
    json.put("completedDate", date(testRun.completedDate()));
    json.put("conversation", testRun.conversation().stream()
        .map(message -> Map.of("role", message.role().value(), "content", message.content()))
        .toList());
    return json;
  }

  private static Map<String, @Nullable Object> statistics(StatisticalVerdict statistics) {
    BaselineComparison comparison = statistics.comparison();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("baselineFile", statistics.baselineFile().toString());
    json.put("verdict", comparison.outcome());
    json.put("alpha", comparison.settings().alpha());
    json.put("minDrop", comparison.settings().minDrop());
    json.put("baselineOverall", passRate(comparison.baselineOverall()));
    json.put("candidateOverall", passRate(comparison.candidateOverall()));
    json.put("confirmation", confirmation(statistics));
    json.put("cases", comparison.cases().stream().map(JsonResultWriter::compared).toList());
    json.put("newCases", comparison.newCases());
    json.put("notRun", comparison.notRun());
    json.put("flakiest", statistics.flakiest().stream().map(flaky -> {
      Map<String, @Nullable Object> entry = new LinkedHashMap<>();
      entry.put("label", flaky.label());
      entry.put("runs", flaky.runs());
      entry.put("flips", flaky.flips());
      entry.put("mixedRuns", flaky.mixedRuns());
      entry.put("overall", passRate(flaky.overall()));
      return entry;
    }).toList());
    return json;
  }

  private static Map<String, @Nullable Object> compared(CaseComparison compared) {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("label", compared.label());
    json.put("verdict", compared.verdict().name());
    json.put("baseline", passRate(compared.baseline()));
    json.put("candidate", passRate(compared.candidate()));
    json.put("dropPValue", compared.dropPValue());
    json.put("gainPValue", compared.gainPValue());
    json.put("dropInterval", List.of(compared.dropInterval().lower(), compared.dropInterval().upper()));
    json.put("attemptsNeeded", compared.attemptsNeeded().isPresent() ? compared.attemptsNeeded().getAsInt() : null);
    json.put("unstable", compared.unstable());
    CaseConfirmation second = compared.confirmation();
    json.put("firstStage", second == null ? compared.verdict().name() : second.firstStage().name());
    Map<String, @Nullable Object> stage = null;
    if (second != null) {
      stage = new LinkedHashMap<>();
      stage.put("reason", second.reason());
      stage.put("result", passRate(second.result()));
      stage.put("pValue", second.pValue());
      stage.put("criticalValue", second.criticalValue());
      stage.put("regressed", second.regressed());
      stage.put("candidateOverall", passRate(compared.candidateOverall()));
    }
    json.put("confirmation", stage);
    return json;
  }

  /** The confirmation stage: the policy, the batch and what it cost, and every suspect case with why. */
  private static Map<String, @Nullable Object> confirmation(StatisticalVerdict statistics) {
    BaselineComparison comparison = statistics.comparison();
    ConfirmationPolicy policy = comparison.policy();
    ConfirmationStage stage = comparison.confirmation();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("budget", policy.budget());
    json.put("alphaShare", policy.enabled() ? policy.alphaShare() : 0.0);
    json.put("triggerPValue", policy.triggerPValue());
    json.put("batchId", stage == null ? null : stage.batchId());
    json.put("attemptsPlanned", stage == null ? 0 : stage.plan().totalAttempts());
    json.put("attemptsRun", stage == null ? 0 : stage.attemptsRun());
    json.put("suspects", statistics.suspects().stream().map(suspect -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("label", suspect.label());
      entry.put("attempts", suspect.attempts());
      entry.put("reason", suspect.reason());
      return entry;
    }).toList());
    json.put("summary", statistics.confirmationLine());
    return json;
  }

  private static Map<String, Object> passRate(PassRate rate) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("passes", rate.passes());
    json.put("attempts", rate.attempts());
    json.put("rate", rate.rate());
    json.put("interval95", List.of(rate.interval().lower(), rate.interval().upper()));
    return json;
  }

  private static Map<String, Object> counts(long attempts, long passed, long failed, long pending) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("attempts", attempts);
    json.put("passed", passed);
    json.put("failed", failed);
    json.put("pending", pending);
    return json;
  }

  private static @Nullable Double rate(OptionalDouble rate) {
    return rate.isPresent() ? rate.getAsDouble() : null;
  }

  private static @Nullable String date(@Nullable OffsetDateTime date) {
    return date == null ? null : date.toString();
  }
}
