package ai.sigmamind.suite.probe;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.suite.Interruption;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One probe in progress: the calls made so far, each with the attempts the recorder saw, and the
 * scratch test case to delete. Turns them into a {@link ProbeResult} at the end.
 */
final class ProbeRun {
  private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);
  /** The note of an operation of the spec the flow has no step for: not exercised, whatever the settings. */
  static final String NO_STEP = "the probe has no step for this operation";
  /** The note of a step the settings take but an earlier step did not give what it needs (a scratch test case). */
  private static final String NOT_REACHED = "not reached: an earlier step did not give what this one needs";

  /** One call: its operation, the attempts it made (the last one is judged) and what went wrong. */
  private record CallMade(ApiOperation operation, List<ProbedExchange> attempts, @Nullable String note) {
  }

  /** A call the probe makes through the SDK; its result is ignored (the recorded answer is judged). */
  @FunctionalInterface
  interface Call {
    @Nullable Object make();
  }

  private final ExchangeRecorder recorder;
  private final Redaction redaction;
  private final Interruption interruption;
  private final Map<ApiOperation, ContractProbe.Step> flow;
  private final List<CallMade> callsMade = new ArrayList<>();
  private final Map<ApiOperation, List<String>> skipped = new EnumMap<>(ApiOperation.class);
  private final List<String> problems = new ArrayList<>();
  private @Nullable String stopped;
  private @Nullable String scratchId;

  /**
   * A run of a flow that has a step for each operation of {@code flow}'s keys, and only for them.
   */
  ProbeRun(ExchangeRecorder recorder, Redaction redaction, Interruption interruption,
      Map<ApiOperation, ContractProbe.Step> flow) {
    this.recorder = recorder;
    this.redaction = redaction;
    this.interruption = interruption;
    this.flow = flow;
  }

  /**
   * Makes {@code call} unless the probe was stopped; returns the answer's parsed body when it
   * succeeded (even if the SDK could not read it), else null.
   */
  @Nullable Object call(ApiOperation operation, Call call) {
    if (interruption.isTriggered() && stopped == null) {
      stopped = "Interrupted before " + operation.operationId() + ": the probe stopped and cleaned up";
    }
    if (stopped != null) {
      skip(operation, "not reached: " + (interruption.isTriggered() ? "interrupted" : "the probe stopped"));
      return null;
    }
    return make(operation, call);
  }

  private @Nullable Object make(ApiOperation operation, Call call) {
    requireStep(operation);
    int before = recorder.count();
    String note = null;
    try {
      call.make();
    } catch (RuntimeException e) {
      note = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    List<ProbedExchange> attempts = recorder.since(before);
    if (attempts.isEmpty()) {
      stopped = "No answer to " + operation.operationId() + (note == null ? "" : " (" + note + ")")
          + ": the service could not be reached";
    }
    callsMade.add(new CallMade(operation, attempts, note));
    if (attempts.isEmpty() || !attempts.get(attempts.size() - 1).succeeded()) {
      return null;
    }
    Object tree = parse(attempts.get(attempts.size() - 1).body());
    if (tree != null) {
      redaction.noteIds(tree);
    }
    return tree;
  }

  void skip(ApiOperation operation, String why) {
    requireStep(operation);
    skipped.computeIfAbsent(operation, key -> new ArrayList<>()).add(why);
  }

  /** Keeps the flow's list of steps true: a call or skip of an operation it does not list is a bug of the probe. */
  private void requireStep(ApiOperation operation) {
    if (!flow.containsKey(operation)) {
      throw new IllegalStateException("The probe's flow lists no step for " + operation.operationId()
          + ": add it to ContractProbe.STEPS");
    }
  }

  void problem(String problem) {
    problems.add(problem);
  }

  void scratchCreated(String id) {
    scratchId = id;
  }

  /** Deletes the scratch test case, as a step of the probe or, {@code cleanup}, whatever happened. */
  void deleteScratch(Agent agent, boolean cleanup) {
    String id = scratchId;
    if (id == null || (!cleanup && stopped != null)) {
      return;
    }
    make(ApiOperation.DELETE_TEST_CASE, () -> {
      agent.testCases().delete(id);
      return null;
    });
    CallMade delete = callsMade.get(callsMade.size() - 1);
    boolean deleted = !delete.attempts().isEmpty() && delete.attempts().get(delete.attempts().size() - 1).succeeded();
    if (deleted) {
      scratchId = null;
      if (cleanup) {
        skip(ApiOperation.DELETE_TEST_CASE, "deleted the scratch test case " + id + " while cleaning up");
      }
    } else {
      problems.add("Could not delete the scratch test case " + id + ": delete it by hand (its label starts with '"
          + ContractProbe.SCRATCH_LABEL + "')");
    }
  }

  /** Deletes the scratch test case if it is still there; runs whatever stopped the probe. */
  void cleanUp(Agent agent) {
    deleteScratch(agent, true);
  }

  ProbeResult result(String target, boolean live, ProbeSettings settings, SpecCheck spec) {
    List<OperationReport> reports = new ArrayList<>();
    Map<ApiOperation, String> observed = new EnumMap<>(ApiOperation.class);
    for (ApiOperation operation : ApiOperation.values()) {
      reports.add(report(operation, spec, observed, settings));
    }
    List<String> allProblems = new ArrayList<>();
    if (stopped != null) {
      allProblems.add(stopped);
    }
    allProblems.addAll(problems);
    return new ProbeResult(redaction.apply(target), live, redaction.apply(settings.agentId()), spec.specVersion(), reports,
        allProblems.stream().map(redaction::apply).toList(), observed);
  }

  private OperationReport report(ApiOperation operation, SpecCheck spec, Map<ApiOperation, String> observed,
      ProbeSettings settings) {
    Set<Finding> findings = new LinkedHashSet<>();
    List<String> calls = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean failed = false;
    boolean made = false;
    for (CallMade call : callsMade) {
      if (call.operation() != operation) {
        continue;
      }
      made = true;
      if (call.attempts().isEmpty()) {
        failed = true;
        notes.add("no answer" + (call.note() == null ? "" : ": " + call.note()));
        continue;
      }
      ProbedExchange last = call.attempts().get(call.attempts().size() - 1);
      calls.add(last.toString());
      spec.check(last).forEach(finding -> findings.add(new Finding(finding.kind(), finding.location(),
          redaction.apply(finding.message()))));
      if (last.succeeded()) {
        observed.put(operation, redaction.apply(last.body()));
        if (call.note() != null) {
          notes.add("the SDK could not read the answer: " + call.note());
        }
      } else {
        failed = true;
        notes.add("answered " + last.status() + " where the probe expected success"
            + (call.note() == null ? "" : ": " + call.note()));
      }
    }
    notes.addAll(skipped.getOrDefault(operation, List.of()));
    ContractProbe.Step step = flow.get(operation);
    if (step == null) {
      notes.add(NO_STEP);
    } else if (!made && notes.isEmpty()) {
      String leftOut = step.leftOutBy(settings);
      notes.add(leftOut == null ? NOT_REACHED : leftOut);
    }
    List<Finding> sorted = findings.stream()
        .sorted(Comparator.comparing(Finding::kind).reversed().thenComparing(Finding::location)).toList();
    return new OperationReport(operation, outcome(made, failed, findings), sorted,
        calls.stream().map(redaction::apply).toList(), notes.stream().map(redaction::apply).toList(),
        spec.evidence(operation));
  }

  private static OperationReport.Outcome outcome(boolean made, boolean failed, Set<Finding> findings) {
    if (findings.stream().anyMatch(finding -> finding.kind() == Finding.Kind.BREAKING)) {
      return OperationReport.Outcome.BREAKING;
    }
    if (failed) {
      return OperationReport.Outcome.FAILED;
    }
    if (!findings.isEmpty()) {
      return OperationReport.Outcome.DRIFT;
    }
    return made ? OperationReport.Outcome.CONFORMS : OperationReport.Outcome.NOT_EXERCISED;
  }

  /** The {@code data} list of a page, or null. */
  static @Nullable Object data(@Nullable Object page) {
    return page instanceof Map<?, ?> map ? map.get("data") : null;
  }

  /** The {@code field} of the first item of {@code list}, or null. */
  static @Nullable String firstId(@Nullable Object list, String field) {
    return list instanceof List<?> items && !items.isEmpty() ? id(items.get(0), field) : null;
  }

  /** The non-blank string {@code field} of {@code object}, or null. */
  static @Nullable String id(@Nullable Object object, String field) {
    return object instanceof Map<?, ?> map && map.get(field) instanceof String id && !id.isBlank() ? id : null;
  }

  private static @Nullable Object parse(String body) {
    try {
      return body.isBlank() ? null : TREE.fromJson(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
