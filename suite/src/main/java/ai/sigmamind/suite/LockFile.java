package ai.sigmamind.suite;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The link between a suite's test cases (by label) and the agent's test-case ids, kept in a file
 * beside the suite ({@code demo-agent.yaml} → {@code demo-agent.lock.json}) and committed with it,
 * like a package lock. It lets the sync find its test cases on an API that does not return labels.
 * Every change is written at once (atomically), so a sync that fails after creating some test
 * cases leaves them recorded and the next sync resumes instead of creating them again.
 *
 * <pre>{@code
 * {
 *   "agentId": "mJzLaPEo425lieb9",
 *   "testCases": {
 *     "Refund request": "tc_Vf3kq0aZ8Lx1",
 *     "Billing question": "tc_2mQe7Rt9Ys4u"
 *   }
 * }
 * }</pre>
 *
 * <p>Entries for another agent are ignored; an id the agent no longer has is replaced when its
 * test case is created again.
 */
public final class LockFile {
  private static final JsonAdapter<Content> ADAPTER = new Moshi.Builder().build().adapter(Content.class).indent("  ");

  /** The file's JSON shape. */
  static final class Content {
    @Nullable String agentId;
    @Nullable Map<String, String> testCases;
  }

  private final @Nullable Path file;
  private final String agentId;
  private final Map<String, String> idsByLabel;

  private LockFile(@Nullable Path file, String agentId, Map<String, String> idsByLabel) {
    this.file = file;
    this.agentId = agentId;
    this.idsByLabel = idsByLabel;
  }

  /**
   * {@code demo-agent.lock.json} for {@code demo-agent.yaml}, in the same directory.
   *
   * @param suiteFile the suite's file; its last extension, if any, is replaced
   * @return a sibling path; whether it exists is not checked
   */
  public static Path beside(Path suiteFile) {
    String name = String.valueOf(suiteFile.getFileName());
    int dot = name.lastIndexOf('.');
    return suiteFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".lock.json");
  }

  /**
   * The lock for {@code suite}, read from {@code file} when it exists.
   *
   * @param file the lock file, usually {@link #beside} the suite; a missing file gives an empty lock, created
   *     on the first record
   * @param agentId the suite's agent; the file's entries count only if it names the same agent
   * @return the lock, written back to {@code file} on every change
   * @throws UsageException if the file exists but is not a lock file
   */
  public static LockFile read(Path file, String agentId) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new LockFile(file, agentId, new LinkedHashMap<>());
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read the lock file: " + e.getMessage(), e);
    }
    Content content;
    try {
      content = ADAPTER.fromJson(text);
    } catch (JsonDataException | IOException e) {
      throw new UsageException(file + ": not a suite lock file (" + e.getMessage()
          + "); fix it, or delete it to match test cases by label again", e);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    if (content != null && agentId.equals(content.agentId) && content.testCases != null) {
      ids.putAll(content.testCases);
    }
    return new LockFile(file, agentId, ids);
  }

  /**
   * A lock kept in memory only, for a target that does not outlive the run (the embedded sandbox).
   *
   * @param agentId the suite's agent
   * @return an empty lock that writes nothing
   */
  public static LockFile inMemory(String agentId) {
    return new LockFile(null, agentId, new LinkedHashMap<>());
  }

  /**
   * Where the lock is written; empty when it is kept in memory.
   *
   * @return the file given to {@link #read}, or empty for {@link #inMemory}
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The id recorded for {@code label}. */
  Optional<String> idFor(String label) {
    return Optional.ofNullable(idsByLabel.get(label));
  }

  /**
   * Records {@code label}'s test case and writes the file at once.
   *
   * @throws UsageException if the file cannot be written
   */
  void record(String label, String testCaseId) {
    if (!testCaseId.equals(idsByLabel.put(label, testCaseId))) {
      write();
    }
  }

  /** Forgets the labels not in {@code labels} (test cases removed from the suite) and writes the file if that changed it. */
  void retain(Set<String> labels) {
    if (idsByLabel.keySet().retainAll(labels)) {
      write();
    }
  }

  private void write() {
    if (file == null) {
      return;
    }
    Content content = new Content();
    content.agentId = agentId;
    content.testCases = idsByLabel;
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(temporary, ADAPTER.toJson(content) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UsageException("Cannot write the lock file " + file + ": " + e.getMessage(), e);
    }
  }
}
