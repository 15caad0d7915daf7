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
 *   },
 *   "removed": {
 *     "Angry customer": "tc_8hWq2Lp0Zs1d"
 *   }
 * }
 * }</pre>
 *
 * <p>{@code removed} lists the test cases that left the suite file but are still on the agent, so
 * that their ids are never lost: they stay there until a sync with prune deletes them (or the
 * label comes back to the suite, which makes the entry a test case again). The section is written
 * only when it has entries, so lock files without it (as written before it existed) read and write
 * as before. Entries for another agent are ignored; an id the agent no longer has is replaced when
 * its test case is created again.
 */
public final class LockFile {
  private static final JsonAdapter<Content> ADAPTER = new Moshi.Builder().build().adapter(Content.class).indent("  ");

  /** The file's JSON shape. */
  static final class Content {
    @Nullable String agentId;
    @Nullable Map<String, String> testCases;
    @Nullable Map<String, String> removed;
  }

  private final @Nullable Path file;
  private final String agentId;
  private final Map<String, String> idsByLabel;
  private final Map<String, String> removedIdsByLabel;

  private LockFile(@Nullable Path file, String agentId, Map<String, String> idsByLabel,
      Map<String, String> removedIdsByLabel) {
    this.file = file;
    this.agentId = agentId;
    this.idsByLabel = idsByLabel;
    this.removedIdsByLabel = removedIdsByLabel;
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
      return new LockFile(file, agentId, new LinkedHashMap<>(), new LinkedHashMap<>());
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
    Map<String, String> removed = new LinkedHashMap<>();
    if (content != null && agentId.equals(content.agentId)) {
      if (content.testCases != null) {
        ids.putAll(content.testCases);
      }
      if (content.removed != null) {
        removed.putAll(content.removed);
        removed.keySet().removeAll(ids.keySet());
      }
    }
    return new LockFile(file, agentId, ids, removed);
  }

  /**
   * A lock kept in memory only, for a target that does not outlive the run (the embedded sandbox).
   *
   * @param agentId the suite's agent
   * @return an empty lock that writes nothing
   */
  public static LockFile inMemory(String agentId) {
    return new LockFile(null, agentId, new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * Where the lock is written; empty when it is kept in memory.
   *
   * @return the file given to {@link #read}, or empty for {@link #inMemory}
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The id recorded for {@code label}, also when it is recorded as removed (the label came back). */
  Optional<String> idFor(String label) {
    return Optional.ofNullable(idsByLabel.getOrDefault(label, removedIdsByLabel.get(label)));
  }

  /** Every recorded label and its id, removed ones included, in file order. */
  Map<String, String> entries() {
    Map<String, String> entries = new LinkedHashMap<>(idsByLabel);
    entries.putAll(removedIdsByLabel);
    return entries;
  }

  /**
   * Records {@code label}'s test case as one of the suite's and writes the file at once.
   *
   * @throws UsageException if the file cannot be written
   */
  void record(String label, String testCaseId) {
    boolean wasRemoved = removedIdsByLabel.remove(label) != null;
    if (!testCaseId.equals(idsByLabel.put(label, testCaseId)) || wasRemoved) {
      write();
    }
  }

  /**
   * Records that {@code label}'s test case left the suite but stays on the agent, and writes the file if that changed it.
   *
   * @throws UsageException if the file cannot be written
   */
  void recordRemoved(String label, String testCaseId) {
    boolean wasActive = idsByLabel.remove(label) != null;
    if (!testCaseId.equals(removedIdsByLabel.put(label, testCaseId)) || wasActive) {
      write();
    }
  }

  /**
   * Forgets {@code label} (its test case was deleted, or is no longer on the agent) and writes the file if that changed it.
   *
   * @throws UsageException if the file cannot be written
   */
  void forget(String label) {
    boolean active = idsByLabel.remove(label) != null;
    if (removedIdsByLabel.remove(label) != null || active) {
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
    content.removed = removedIdsByLabel.isEmpty() ? null : removedIdsByLabel;
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
