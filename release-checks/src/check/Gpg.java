import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GnuPG, run as a process, in a GnuPG home of its own: a throwaway signing key made for one
 * staging, the signatures checked against it, and the home's agent stopped afterwards.
 *
 * <p>Example: {@code String key = Gpg.throwawayKey(home); ... Gpg.verifies(home, asc, file); Gpg.stopAgent(home);}
 */
final class Gpg {
  /** Making a key or checking a signature takes seconds; a gpg waiting on something else is killed. */
  private static final Duration BOUND = Duration.ofMinutes(2);

  private Gpg() {}

  /** Makes an unprotected, one-day ed25519 signing key in {@code home}; returns its fingerprint. */
  static String throwawayKey(Path home) throws IOException, InterruptedException {
    run(home, "--batch", "--passphrase", "", "--pinentry-mode", "loopback", "--quick-gen-key",
        "SigmaMind release check <release-check@sigmamind.invalid>", "ed25519", "sign", "1d");
    for (String line : run(home, "--batch", "--with-colons", "--list-secret-keys").split("\n")) {
      if (line.startsWith("fpr:")) {
        return line.split(":")[9];
      }
    }
    throw new IOException("gpg made no key in " + home);
  }

  /** Whether {@code signature} is a good signature of {@code file} by a key in {@code home}. */
  static boolean verifies(Path home, Path signature, Path file) throws IOException, InterruptedException {
    return gpg(home, "--batch", "--verify", signature.toString(), file.toString()).ok();
  }

  /** Stops the agent gpg started for {@code home} (and only that one). */
  static void stopAgent(Path home) throws IOException, InterruptedException {
    Processes.run(List.of("gpgconf", "--homedir", home.toString(), "--kill", "all"), home, Map.of(), BOUND);
  }

  private static String run(Path home, String... arguments) throws IOException, InterruptedException {
    Processes.Result result = gpg(home, arguments);
    if (!result.ok()) {
      throw new IOException("gpg " + String.join(" ", arguments) + " failed:\n" + result.output());
    }
    return result.output();
  }

  private static Processes.Result gpg(Path home, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString()));
    command.addAll(List.of(arguments));
    try {
      return Processes.run(command, home, Map.of(), BOUND);
    } catch (IOException e) {
      throw new IOException("gpg is needed to sign and verify the staged release (Debian package gnupg)", e);
    }
  }
}
