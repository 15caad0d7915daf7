package ai.sigmamind.cli;

import ai.sigmamind.suite.SuiteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What {@code suite run} and {@code batch wait} say when they stop waiting (Ctrl-C, SIGTERM or
 * {@code --timeout}) while batches still run: that they go on at SigmaMind, and the exact command
 * that waits for them again: for {@code suite run} the options as typed, one {@code --resume} per
 * unfinished batch and those suites' files; for {@code batch wait} the same command.
 */
final class ResumeHint {
  static final String RESUME_OPTION = "--resume";
  private static final String GO_ON = " on at SigmaMind: stopping the wait does not cancel runs. To wait for ";
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private ResumeHint() {
  }

  /**
   * The lines to print for {@code unfinished} (results cut short), none when every batch completed.
   * {@code confirming}: the run has a baseline gate, so resuming it may start a confirmation batch.
   */
  static List<String> lines(ParseResult parsed, List<SuiteResult> unfinished, boolean embeddedSandbox,
      boolean confirming) {
    if (unfinished.isEmpty()) {
      return List.of();
    }
    if (embeddedSandbox) {
      return List.of("The embedded sandbox stopped with this run, and batch " + batchIds(unfinished) + " with it; "
          + "run the suite again for a verdict.");
    }
    List<String> lines = new ArrayList<>();
    List<SuiteResult> waiting = unfinished.stream().filter(result -> result.pending() > 0).toList();
    if (!waiting.isEmpty()) {
      String batches = batchIds(waiting);
      lines.add((waiting.size() == 1 ? "Batch " + batches + " goes" : "Batches " + batches + " go")
          + GO_ON + (waiting.size() == 1 ? "it" : "them") + " again and gate the results, without starting a new batch"
          + (confirming ? " (but for a confirmation batch, if the baseline gate asks for one):" : ":"));
    }
    unfinished.stream().filter(result -> result.pending() == 0).map(ResumeHint::unjudged).forEach(lines::add);
    lines.add("  " + command(parsed, unfinished));
    return lines;
  }

  /**
   * A first batch that completed, but whose run stopped in the baseline gate's confirmation stage:
   * --resume takes first batches only, so the command judges that batch again and re-runs the
   * confirmation in a new batch.
   */
  private static String unjudged(SuiteResult result) {
    String stopped = result.confirmation() == null ? "the run stopped before its gates judged it"
        : "its confirmation batch " + result.confirmation().batchId() + " did not (it goes on at SigmaMind, but "
            + RESUME_OPTION + " cannot wait for a confirmation batch)";
    return "Batch " + result.batchId() + " completed, but " + stopped + ". To gate the results, this judges batch "
        + result.batchId() + " again and runs any confirmation anew, in a new batch:";
  }

  private static String batchIds(List<SuiteResult> results) {
    return String.join(", ", results.stream().map(SuiteResult::batchId).toList());
  }

  /** What {@code batch wait} prints when it stops waiting: the command that waits for the same batch again. */
  static List<String> waitLines(ParseResult parsed, String batchId) {
    return List.of("Batch " + batchId + " goes" + GO_ON + "it again:",
        "  " + command(List.of("sigmamind", "batch", "wait"), parsed, List.of(batchId)));
  }

  /** {@code sigmamind suite run [options as typed] --resume BATCH... FILE...}, quoted for a POSIX shell. */
  static String command(ParseResult parsed, List<SuiteResult> unfinished) {
    List<String> arguments = new ArrayList<>();
    unfinished.forEach(result -> arguments.addAll(List.of(RESUME_OPTION, result.batchId())));
    unfinished.forEach(result -> arguments.add(String.valueOf(result.suite().file())));
    return command(List.of("sigmamind", "suite", "run"), parsed, arguments);
  }

  /** {@code command}, the options as typed (but {@code --resume}), then {@code arguments}, quoted. */
  private static String command(List<String> command, ParseResult parsed, List<String> arguments) {
    List<String> words = new ArrayList<>(command);
    for (OptionSpec option : parsed.matchedOptions()) {
      if (option.longestName().equals(RESUME_OPTION)) {
        continue;
      }
      if (option.arity().max() == 0) {
        words.add(option.longestName());
      } else {
        option.originalStringValues().forEach(value -> words.addAll(List.of(option.longestName(), value)));
      }
    }
    words.addAll(arguments);
    return String.join(" ", words.stream().map(ResumeHint::quote).toList());
  }

  private static String quote(String word) {
    return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
