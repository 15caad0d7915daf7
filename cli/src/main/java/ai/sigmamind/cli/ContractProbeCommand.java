package ai.sigmamind.cli;

import ai.sigmamind.suite.Target;
import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingValues;
import ai.sigmamind.suite.settings.SettingsRegistry;
import ai.sigmamind.suite.settings.TargetChoice;
import ai.sigmamind.suite.probe.ContractProbe;
import ai.sigmamind.suite.probe.ProbeRecords;
import ai.sigmamind.suite.probe.ProbeReports;
import ai.sigmamind.suite.probe.ProbeResult;
import ai.sigmamind.suite.probe.ProbeSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sigmamind contract probe}: binds the options to {@link ContractProbe}; flags, the target
 * and the output directories are checked before the first request.
 */
@Command(name = "probe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Calls the service with your key and checks every answer (status, headers, body) against the spec "
        + "this tool was built with. Read-only by default: lists the agent's test cases, batch runs and test runs and "
        + "reads the first of each.",
        "Fields the spec lacks are drift to review (a warning); a missing required field, a changed type or an "
            + "undocumented status is breaking. Prints a table per operation and writes JUnit XML, JSON and Markdown "
            + "reports (contract-probe.xml, .json and .md in --report-dir). The key never appears in any output.",
        "Exit codes: 0 everything exercised conforms (drift is a warning), 1 breaking drift, 2 usage error, "
            + "3 the service could not be reached, refused a call, or the probe was interrupted."})
final class ContractProbeCommand extends SettingsCommand {
  /** Where the reports go unless --report-dir says otherwise, as for suite runs. */
  static final Path DEFAULT_REPORT_DIR = SuiteRunCommand.DEFAULT_REPORT_DIR;

  @Option(names = "--agent", paramLabel = "ID",
      description = "The agent whose data is read (required, except with --sandbox: the sandbox's Demo Agent).")
  @Nullable String agentId;

  @Option(names = "--write", description = "Also create, read, update and delete a scratch test case labelled '"
      + ContractProbe.SCRATCH_LABEL + " ...'; it is deleted even on failure or Ctrl-C.")
  boolean write;

  @Option(names = "--with-batch", description = "With --write: also start one batch of one attempt of the scratch "
      + "test case and read it. This costs a run: one simulated conversation, billed like any other.")
  boolean withBatch;

  @Option(names = "--record", paramLabel = "DIR", description = "Write each operation's observed answer, redacted, "
      + "as a fixture file (get-test-run.json, ...) to DIR.")
  @Nullable Path recordDirectory;

  @Option(names = "--redact", description = "Also mask ids (test case, batch, job, chat, workspace and agent ids) "
      + "in every output; the key is always masked.")
  boolean redact;

  ContractProbeCommand(CliContext context) {
    super(context);
  }

  @Override
  public List<Setting> settings() {
    return SettingFlags.withTarget(SettingsRegistry.REPORT_DIR);
  }

  @Override
  public Integer call() {
    SettingValues values = values();
    Path reportDirectory = values.path(SettingsRegistry.REPORT_DIR).orElse(DEFAULT_REPORT_DIR);
    TargetChoice choice = TargetChoice.read(values);
    ProbeSettings settings = new ProbeSettings(agentId == null && choice.isSandbox() ? ContractProbe.SANDBOX_AGENT_ID
        : agentId, write, withBatch, redact);
    ProbeReports.checkWritable(reportDirectory);
    if (recordDirectory != null) {
      ProbeReports.checkWritable(recordDirectory);
    }
    PrintStream out = context.out();
    try (Target target = choice.isSandbox() ? ContractProbe.sandboxTarget() : choice.open();
        InterruptGuard guard = InterruptGuard.install(context.handleInterrupts(),
            InterruptGuard.SIGNALS + ": the probe starts no new call, cleans up and writes its reports")) {
      out.println("Target: " + target.description());
      ProbeResult result = new ContractProbe(settings, guard.interruption(), context.clock()).run(target);
      out.println();
      out.print(ProbeReports.table(result));
      out.println();
      List<Path> written = ProbeReports.write(result, reportDirectory);
      out.println("Wrote " + written.size() + " reports to " + reportDirectory + ": " + names(written));
      if (recordDirectory != null) {
        List<Path> recorded = ProbeRecords.write(result, recordDirectory);
        out.println("Recorded " + recorded.size() + " observed answers to " + recordDirectory + ": " + names(recorded));
      }
      out.println(result.verdictLine());
      return guard.finished(result.exitCode().code());
    }
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(file -> String.valueOf(file.getFileName())).toList());
  }
}
