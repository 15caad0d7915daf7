package ai.sigmamind.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code sigmamind}, {@code suite}, {@code batch}, ...):
 * run without one, it is a usage error that names them, as its {@code subcommands} declare them.
 */
abstract class CommandGroup implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public final void run() {
    List<String> names = List.copyOf(spec.subcommands().keySet());
    String last = names.get(names.size() - 1);
    String listed = names.size() == 1 ? last : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last;
    throw new ParameterException(spec.commandLine(), "Missing a command: " + listed);
  }
}
