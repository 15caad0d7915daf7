package ai.sigmamind.junit;

import ai.sigmamind.suite.Suite;
import ai.sigmamind.suite.SuiteFile;
import ai.sigmamind.suite.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Turns a launcher's selectors into suite descriptors: classes annotated {@link SigmaMindSuite}
 * (what Surefire and Failsafe select), classpath roots, directories, classpath resources and files
 * named {@code *.sigmamind.yaml}, and unique ids (an IDE rerunning one test case or one run).
 */
final class SuiteDiscovery {
  static final String SUFFIX = ".sigmamind.yaml";

  private final UniqueId engineId;
  private final Map<UniqueId, SuiteDescriptor> suites = new LinkedHashMap<>();
  /** Per suite chosen by unique id only: the case and run ids selected (a suite id selects it whole). */
  private final Map<UniqueId, List<UniqueId>> partial = new LinkedHashMap<>();
  /** Every problem found, reported together once discovery has looked at every selector. */
  private final Set<String> problems = new LinkedHashSet<>();

  SuiteDiscovery(UniqueId engineId) {
    this.engineId = engineId;
  }

  /**
   * The suites {@code request} selects, in selection order.
   *
   * @throws UsageException if a named suite file is missing or invalid, or a selection that names
   *     suites finds none; the message lists every such problem of every file, one per line
   */
  List<SuiteDescriptor> discover(EngineDiscoveryRequest request) {
    request.getSelectorsByType(ClassSelector.class).forEach(this::select);
    request.getSelectorsByType(ClasspathRootSelector.class)
        .forEach(selector -> suiteFiles(Path.of(selector.getClasspathRoot())).forEach(file -> add(file, null)));
    request.getSelectorsByType(DirectorySelector.class)
        .forEach(selector -> suiteFiles(selector.getPath()).forEach(file -> add(file, null)));
    request.getSelectorsByType(ClasspathResourceSelector.class).stream()
        .map(ClasspathResourceSelector::getClasspathResourceName).filter(name -> name.endsWith(SUFFIX))
        .forEach(name -> resource(name, null).ifPresentOrElse(file -> add(file, null),
            () -> problems.add("No classpath resource " + name)));
    request.getSelectorsByType(FileSelector.class).stream().map(FileSelector::getPath)
        .filter(path -> path.getFileName().toString().endsWith(SUFFIX)).forEach(file -> add(file, null));
    request.getSelectorsByType(UniqueIdSelector.class).forEach(selector -> select(selector.getUniqueId()));
    partial.forEach(this::prune);
    if (!problems.isEmpty()) {
      throw new UsageException(String.join(System.lineSeparator(), problems));
    }
    return List.copyOf(suites.values());
  }

  private void select(ClassSelector selector) {
    Class<?> type = selector.getJavaClass();
    SigmaMindSuite annotation = type.getAnnotation(SigmaMindSuite.class);
    if (annotation == null) {
      return;
    }
    TestSource source = ClassSource.from(type);
    if (annotation.value().length == 0) {
      Path root = classpathRoot(type);
      List<Path> files = suiteFiles(root);
      if (files.isEmpty()) {
        // A suite class that runs nothing would pass the build without a single run.
        problems.add(type.getName() + " is annotated @SigmaMindSuite without file names, but its classpath root "
            + root + " has no *" + SUFFIX + " file: put the suite files under src/test/resources or name them");
      }
      files.forEach(file -> add(file, source));
      return;
    }
    for (String name : annotation.value()) {
      Path file = resource(name, type.getClassLoader()).orElseGet(() -> Path.of(name));
      if (Files.isRegularFile(file)) {
        add(file, source);
      } else {
        problems.add(type.getName() + " names the suite file '" + name
            + "', which is neither a classpath resource nor a file relative to " + Path.of("").toAbsolutePath());
      }
    }
  }

  private void select(UniqueId id) {
    List<UniqueId.Segment> segments = id.getSegments();
    if (!id.hasPrefix(engineId) || segments.size() < 2 || !segments.get(1).getType().equals(SuiteDescriptor.SEGMENT)) {
      return;
    }
    UniqueId suiteId = engineId.append(SuiteDescriptor.SEGMENT, segments.get(1).getValue());
    boolean whole = suites.containsKey(suiteId) && !partial.containsKey(suiteId);
    SuiteDescriptor suite = add(Path.of(segments.get(1).getValue()), null);
    if (suite == null || whole) {
      return;
    }
    if (segments.size() == 2) {
      partial.remove(suite.getUniqueId());
    } else {
      partial.computeIfAbsent(suite.getUniqueId(), key -> new ArrayList<>()).add(id);
    }
  }

  /** The suite in {@code file}, added once; null, with its problems noted, when the file is not a valid suite. */
  private @Nullable SuiteDescriptor add(Path file, @Nullable TestSource source) {
    Suite suite;
    try {
      suite = SuiteFile.read(file);
    } catch (UsageException e) {
      problems.add(e.getMessage());
      return null;
    }
    UniqueId id = SuiteDescriptor.idOf(engineId, suite);
    SuiteDescriptor known = suites.get(id);
    if (known != null) {
      return known;
    }
    SuiteDescriptor descriptor = new SuiteDescriptor(engineId, suite, source != null ? source : FileSource.from(file.toFile()));
    suites.put(id, descriptor);
    return descriptor;
  }

  /** Keeps only the test cases and runs {@code chosen} names, or every one when a unique id named the whole suite. */
  private void prune(UniqueId suiteId, List<UniqueId> chosen) {
    SuiteDescriptor suite = suites.get(suiteId);
    if (suite == null) {
      return;
    }
    for (TestDescriptor testCase : List.copyOf(suite.getChildren())) {
      if (chosen.stream().noneMatch(id -> id.hasPrefix(testCase.getUniqueId()) || testCase.getUniqueId().hasPrefix(id))) {
        suite.removeChild(testCase);
        continue;
      }
      for (TestDescriptor run : List.copyOf(testCase.getChildren())) {
        if (chosen.stream().noneMatch(id -> run.getUniqueId().hasPrefix(id))) {
          testCase.removeChild(run);
        }
      }
    }
    if (suite.getChildren().isEmpty()) {
      problems.add("The suite " + suite.getDisplayName() + " has none of the test cases or runs selected ("
          + chosen.stream().map(UniqueId::toString).collect(Collectors.joining(", "))
          + "); its file changed since they were listed: rerun the whole suite");
    }
  }

  /** Every {@code *.sigmamind.yaml} under {@code root}, sorted; none when it is not a directory (a jar). */
  private static List<Path> suiteFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(file))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the suite files under " + root, e);
    }
  }

  private static Path classpathRoot(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new UsageException("Cannot find where " + type.getName() + " was loaded from, to list its suite files: "
          + e.getMessage(), e);
    }
  }

  /** The resource as a file; empty when there is none. */
  private static Optional<Path> resource(String name, @Nullable ClassLoader loader) {
    String relative = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader classLoader = loader != null ? loader : Thread.currentThread().getContextClassLoader();
    URL url = classLoader == null ? null : classLoader.getResource(relative);
    if (url == null) {
      return Optional.empty();
    }
    if (!"file".equals(url.getProtocol())) {
      throw new UsageException("The suite file " + name + " is inside " + url + "; the engine reads suite files "
          + "from directories only (src/test/resources, or a path relative to the working directory)");
    }
    try {
      return Optional.of(Path.of(url.toURI()));
    } catch (URISyntaxException e) {
      throw new UsageException("Cannot read the suite file " + url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SuiteDiscovery[" + suites.size() + " suites]";
  }
}
