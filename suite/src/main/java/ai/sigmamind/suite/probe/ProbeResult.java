package ai.sigmamind.suite.probe;

import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.suite.ExitCode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A probe's findings, every text already redacted: one report per operation of the spec, in the
 * spec's order, and the problems that are no operation's (an interruption, a scratch test case
 * left behind).
 *
 * @param target where the probe ran, e.g. {@code SigmaMind API at https://api.sigmamind.ai}
 * @param live whether the target is a service rather than an embedded sandbox (which confirms
 *     nothing about the service)
 * @param agentId the agent probed (masked with {@code --redact})
 * @param specVersion the version of the spec the tool was built with
 * @param operations one report per operation
 * @param problems what went wrong outside the operations; empty when nothing did
 * @param observed the last successful body of each operation, redacted, for {@code --record}
 */
public record ProbeResult(String target, boolean live, String agentId, String specVersion, List<OperationReport> operations,
    List<String> problems, Map<ApiOperation, String> observed) {

  /**
   * Copies the collections.
   *
   * @param target where the probe ran
   * @param live whether the target is a service
   * @param agentId the agent probed
   * @param specVersion the spec's version
   * @param operations one report per operation
   * @param problems what went wrong outside the operations
   * @param observed the last successful body of each operation
   */
  public ProbeResult {
    operations = List.copyOf(operations);
    problems = List.copyOf(problems);
    observed = Map.copyOf(observed);
  }

  /**
   * 1 when an answer breaks the spec; else 3 when a call failed, the service could not be reached
   * or the probe was interrupted; else 0 (drift to review is a warning).
   *
   * @return the exit code
   */
  public ExitCode exitCode() {
    if (count(OperationReport.Outcome.BREAKING) > 0) {
      return ExitCode.BELOW_THRESHOLD;
    }
    return count(OperationReport.Outcome.FAILED) > 0 || !problems.isEmpty() ? ExitCode.API_ERROR : ExitCode.OK;
  }

  /**
   * The operations the spec marks inferred that this probe of a live service found conforming
   * (drift aside): what the spec's {@code x-sigmamind-evidence} may now say {@code probed <date>}.
   *
   * @return their operation ids, in the spec's order; empty for an embedded sandbox
   */
  public List<String> confirmedInferred() {
    return live ? operations.stream().filter(OperationReport::confirmsInferred)
        .map(report -> report.operation().operationId()).toList() : List.of();
  }

  /**
   * How many operations had {@code outcome}.
   *
   * @param outcome the outcome to count
   * @return the number of operations with it
   */
  public long count(OperationReport.Outcome outcome) {
    return operations.stream().filter(report -> report.outcome() == outcome).count();
  }

  /**
   * E.g. {@code Contract probe: 4 conforms, 1 drift to review, 3 breaking, 2 not exercised; exit code 1}.
   *
   * @return one line
   */
  public String verdictLine() {
    Map<OperationReport.Outcome, Long> counts = operations.stream()
        .collect(Collectors.groupingBy(OperationReport::outcome, Collectors.counting()));
    String tally = Arrays.stream(OperationReport.Outcome.values()).filter(counts::containsKey)
        .sorted(Comparator.comparing(outcome -> outcome == OperationReport.Outcome.NOT_EXERCISED))
        .map(outcome -> counts.get(outcome) + " " + outcome.label())
        .collect(Collectors.joining(", "));
    return "Contract probe: " + tally + (problems.isEmpty() ? "" : "; " + problems.size() + " problem(s)")
        + "; exit code " + exitCode().code();
  }
}
