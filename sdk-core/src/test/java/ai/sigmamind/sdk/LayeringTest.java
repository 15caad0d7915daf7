package ai.sigmamind.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No upward arrow inside sdk-core: each class of {@code ai.sigmamind.sdk} sits in one {@link Layer}
 * and refers only to classes of its own layer or lower ones. The references are read from the
 * compiled classes by {@code jdeps}, so a type used only in a signature, a field or a method body
 * counts, and a name mentioned only in Javadoc does not.
 */
class LayeringTest {
  private static final Pattern EDGE = Pattern.compile(
      "^\\s+ai\\.sigmamind\\.sdk\\.([\\w$]+)\\s+->\\s+ai\\.sigmamind\\.sdk\\.([\\w$]+)\\s", Pattern.MULTILINE);

  /** The layers, lowest first. A new class goes into the lowest layer that holds all it refers to. */
  enum Layer {
    FOUNDATION("helpers that know no SDK concept: JSON, ids, the key, durations",
        "Json|Ids|ApiKey|DurationText|LogLevel|UserAgent|ServerText|RetryAfter|Sleeper"),
    VALUES("what users build and get back (settings, results, exceptions): plain data over the foundation",
        "CallSettings|RequestOptions|WaitOptions|BatchProgress|PassRate|BatchReport|Page|PageRequest"
            + "|ResponseDetails|ApiResponse|RequestListener|\\w+Exception"),
    CONFIGURATION("a client's settings, gathered and checked once; read by everything that sends",
        "ClientOptions|ClientSetting|ClientEnvironment"),
    TRANSPORT("the request pipeline: describing, sending, retrying, timing, mapping errors, paging, waiting",
        "RequestExecutor|ErrorMapper|ResponseReader|ClientResources|ClientContext|DescribingCallFactory"
            + "|LoggingInterceptor|AttemptTimeouts|SendTracker|OkHttpRepeats|OperationDescription|Futures"
            + "|CancellationScope|AutoPager|PollPlanner|BatchWaiter"),
    HANDLES("the operations users call, generated (*Operations) and hand-written (Http*, Raw*)",
        "Agent|TestCases|TestRuns|BatchRuns|OperationHandle|BatchReporter|(Http|Raw)\\w+|\\w+Operations"),
    CLIENT("the entry point: turns a builder into configuration and hands out handles",
        "SigmaMindClient");

    final String why;
    private final Pattern members;

    Layer(String why, String members) {
      this.why = why;
      this.members = Pattern.compile(members);
    }

    /** The layer of a top-level class's simple name; fails for a class no layer names. */
    static Layer of(String topLevelClass) {
      return Arrays.stream(values()).filter(layer -> layer.members.matcher(topLevelClass).matches()).findFirst()
          .orElseThrow(() -> new AssertionError(topLevelClass + " is in no layer: add it to LayeringTest.Layer"));
    }
  }

  private static Path classes;
  private static Set<String> references;

  @BeforeAll
  static void readReferences() throws URISyntaxException {
    classes = Path.of(SigmaMindClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    references = jdepsClassReferences(classes);
  }

  @Test
  void everyClassHasALayer() throws IOException {
    try (Stream<Path> files = Files.list(classes.resolve("ai/sigmamind/sdk"))) {
      List<String> classNames = files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
          .map(name -> topLevel(name.substring(0, name.length() - ".class".length())))
          .distinct().collect(Collectors.toList());
      assertThat(classNames).hasSizeGreaterThan(50).allSatisfy(Layer::of);
    }
  }

  @Test
  void readsTheReferencesFromTheClassFiles() {
    // Guards against passing on an empty or misparsed jdeps report.
    assertThat(references).contains("SigmaMindClient -> ClientOptions", "RequestExecutor -> ErrorMapper",
        "ClientOptions$Builder -> CallSettings$Builder");
  }

  @Test
  void noClassRefersToAHigherLayer() {
    List<String> upward = new ArrayList<>();
    for (String reference : references) {
      String[] ends = reference.split(" -> ");
      Layer from = Layer.of(topLevel(ends[0]));
      Layer to = Layer.of(topLevel(ends[1]));
      if (to.compareTo(from) > 0) {
        upward.add(ends[0] + " (" + from + ") refers to " + ends[1] + " (" + to + ", " + to.why + ")");
      }
    }
    assertThat(upward).as("upward arrows in sdk-core; layers, lowest first: %s", List.of(Layer.values())).isEmpty();
  }

  private static String topLevel(String binaryName) {
    int nested = binaryName.indexOf('$');
    return nested < 0 ? binaryName : binaryName.substring(0, nested);
  }

  /** Each {@code From -> To} between two classes of this package, by binary simple name. */
  private static Set<String> jdepsClassReferences(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(err),
        "-verbose:class", "-filter:none", classes.toString());
    assertThat(exit).as("jdeps failed: %s", err).isZero();
    Set<String> edges = new TreeSet<>();
    Matcher matcher = EDGE.matcher(out.toString());
    while (matcher.find()) {
      if (!matcher.group(1).equals(matcher.group(2)) && !matcher.group(1).equals("package-info")) {
        edges.add(matcher.group(1) + " -> " + matcher.group(2));
      }
    }
    return edges;
  }
}
