import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GnuPG, run as a process, in a GnuPG home of its own: a throwaway signing key made for one
 * staging, the signatures checked against it, and the home's agent stopped afterwards.
 *
 * <p>Example: {@code String key = Gpg.throwawayKey(home); ... Gpg.verifies(home, asc, file); Gpg.stopAgent(home);}
 */
final class Gpg {
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
    Process process = start(home, "--batch", "--verify", signature.toString(), file.toString());
    process.getInputStream().readAllBytes();
    return process.waitFor() == 0;
  }

  /** Stops the agent gpg started for {@code home} (and only that one). */
  static void stopAgent(Path home) throws IOException, InterruptedException {
    new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "all")
        .redirectErrorStream(true).start().waitFor();
  }

  private static String run(Path home, String... arguments) throws IOException, InterruptedException {
    Process process = start(home, arguments);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("gpg " + String.join(" ", arguments) + " failed:\n" + output);
    }
    return output;
  }

  private static Process start(Path home, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString()));
    command.addAll(List.of(arguments));
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("gpg is needed to sign and verify the staged release (Debian package gnupg)", e);
    }
  }
}
