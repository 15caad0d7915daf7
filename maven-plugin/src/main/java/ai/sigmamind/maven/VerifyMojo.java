package ai.sigmamind.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the suites {@code run-suite} ran did not pass: a suite below its pass-rate
 * threshold, incomplete, or unable to run. It reads the result {@code run-suite} wrote after the
 * reports, so a failed build always has them; no result at all is a failure too (a gate never
 * passes by accident).
 *
 * <pre>{@code
 * mvn verify -Dsigmamind.sandbox=true     # run-suite in integration-test, this goal in verify
 * }</pre>
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class VerifyMojo extends AbstractMojo {
  /** Where run-suite wrote the reports and the result. */
  @Parameter(property = "sigmamind.reportDir", defaultValue = "${project.build.directory}/sigmamind")
  File reportDirectory = new File("target/sigmamind");

  /** Skip the gate (and the suites). */
  @Parameter(property = "sigmamind.skip", defaultValue = "false")
  boolean skip;

  /** Made by Maven, which then sets the parameters above from the POM and {@code -D} properties. */
  public VerifyMojo() {
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("SigmaMind gate skipped (sigmamind.skip)");
      return;
    }
    if (!Files.isRegularFile(SuiteResultFile.in(reportDirectory.toPath()))) {
      throw new MojoFailureException("No SigmaMind result at " + SuiteResultFile.in(reportDirectory.toPath())
          + ": run the run-suite goal first (it is bound to integration-test)");
    }
    SuiteResultFile result;
    try {
      result = SuiteResultFile.read(reportDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the SigmaMind result: " + e.getMessage(), e);
    }
    if (!result.passed()) {
      throw new MojoFailureException("SigmaMind suites did not pass (exit code " + result.exitCode() + "; reports in "
          + reportDirectory + "):\n" + result.verdict());
    }
    result.verdict().lines().forEach(line -> getLog().info(line));
  }
}
