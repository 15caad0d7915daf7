package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.samples.ReadmeSnippets.Block;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md and the guides in docs/ as a newcomer reads them: every {@code ```java} block compiles
 * against the modules it documents, every {@code ```sh} block is valid shell, every version it
 * names is the project's, and the README stays at most 350 lines. Complete files compile as they
 * are; fragments compile with their own file's imports block (each file has at most one) and the
 * imports they show, statements inside a method of a {@link ReadmeSnippetContext} subclass.
 * Problems name the file and its line. (The getting-started program also runs, from the README,
 * in release-checks' consumer-with-bom IT.)
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of(System.getProperty("sigmamind.projectRoot", ".."));
  private static final String VERSION = System.getProperty("sigmamind.version", "");
  private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public\\s+(?:final\\s+)?(?:class|interface|record|enum)\\s+(\\w+)");
  /** Where a version of one of our artifacts appears: coordinates, jar names, POM versions. */
  private static final Pattern OUR_VERSION = Pattern.compile(
      "ai\\.sigmamind:sigmamind-[a-z-]+:(\\d[^:\\s]*)"
          + "|sigmamind-[a-z-]+-(\\d+\\.\\d+\\.\\d+(?:-SNAPSHOT)?)(?:-[a-z]+)?\\.jar"
          + "|<groupId>ai\\.sigmamind</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*<version>([^<$][^<]*)</version>");
  private static final Pattern BASH_LINE = Pattern.compile("line (\\d+):");

  /** README.md, then every guide in docs/, as paths relative to the project root. */
  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> guides = Files.list(ROOT.resolve("docs"))) {
      guides.map(ROOT::relativize).filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  @Test
  void everyJavaBlockCompiles(@TempDir Path classes) throws IOException {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Path document : documents()) {
      List<Block> java = ReadmeSnippets.read(ROOT.resolve(document)).blocks("java");
      List<Block> importBlocks = java.stream().filter(Block::onlyImports).toList();
      assertThat(importBlocks).as(document + " may have one java block of only imports (what its fragments use)")
          .hasSizeLessThanOrEqualTo(1);
      String imports = importBlocks.isEmpty() ? "" : importBlocks.get(0).code();
      for (Block block : java) {
        if (!block.onlyImports()) {
          Source source = source(document, block, imports);
          sources.put(source.toUri().getPath(), source);
        }
      }
    }
    assertThat(sources).as("the java blocks of README.md and docs/").hasSizeGreaterThan(10);

    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:deprecation,removal", "-Werror",
        "-d", classes.toString(), "-classpath", testClassPath());
    boolean compiled = javac.getTask(null, null, diagnostics, options, null, sources.values()).call();

    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      Source source = d.getSource() == null ? null : sources.get(d.getSource().toUri().getPath());
      String where = source == null ? "javac" : source.document + ":" + source.documentLine(d.getLineNumber());
      problems.add(where + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    assertThat(problems).as("compiling the java blocks of README.md and docs/").isEmpty();
    assertThat(compiled).isTrue();
  }

  @Test
  void everyShellBlockIsValidShell() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path document : documents()) {
      for (Block block : ReadmeSnippets.read(ROOT.resolve(document)).blocks("sh")) {
        checked++;
        String error = bashSyntaxError(block.code());
        if (error != null) {
          Matcher line = BASH_LINE.matcher(error);
          int offset = line.find() ? Integer.parseInt(line.group(1)) - 1 : 0;
          problems.add(document + ":" + (block.line() + offset) + ": " + error.strip());
        }
      }
    }
    assertThat(checked).as("the sh blocks of README.md and docs/").isGreaterThan(10);
    assertThat(problems).as("bash -n over the sh blocks of README.md and docs/").isEmpty();
  }

  @Test
  void theReadmeStaysAnOverviewThatLinksToTheGuides() throws IOException {
    // Details go to a guide in docs/: a README that grows back into a manual is found here.
    assertThat(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8)).as("README.md's lines")
        .hasSizeLessThanOrEqualTo(350);
  }

  @Test
  void everyVersionOfOurArtifactsIsTheProjectVersion() throws IOException {
    assertThat(VERSION).as("system property sigmamind.version (set by the POM)").isNotBlank();
    List<String> found = new ArrayList<>();
    for (Path document : documents()) {
      for (Block block : ReadmeSnippets.read(ROOT.resolve(document)).allBlocks()) {
        Matcher m = OUR_VERSION.matcher(block.code());
        while (m.find()) {
          String version = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
          found.add(document + ":" + (block.line() + lineOf(block.code(), m.start())) + ": " + version);
        }
      }
    }
    assertThat(found).as("our artifacts' versions in the code blocks of README.md and docs/")
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).endsWith(": " + VERSION));
  }

  /** What {@code bash -n} says about the code (null when it parses), within ten seconds. */
  private static String bashSyntaxError(String code) throws IOException, InterruptedException {
    Process bash = new ProcessBuilder("bash", "-n").redirectErrorStream(true).start();
    try (OutputStream in = bash.getOutputStream()) {
      in.write(code.getBytes(StandardCharsets.UTF_8));
    }
    try {
      assertThat(bash.waitFor(10, TimeUnit.SECONDS)).as("bash -n finished within 10 s").isTrue();
      String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return bash.exitValue() == 0 ? null : output;
    } finally {
      bash.destroyForcibly();
    }
  }

  private static Source source(Path document, Block block, String imports) {
    String name = className(document) + "Line" + block.line();
    if (block.completeFile()) {
      Matcher publicType = PUBLIC_TYPE.matcher(block.code());
      return new Source(document, publicType.find() ? publicType.group(1) : name, block.code(), block.line(), 0);
    }
    // A fragment may show its own imports first (what a reader copies): they join the header, and
    // blank lines keep the rest of the block on its document lines.
    StringBuilder ownImports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    boolean leading = true;
    for (String line : block.code().split("\n", -1)) {
      leading &= line.isBlank() || line.startsWith("import ");
      if (leading && line.startsWith("import ")) {
        ownImports.append(line).append('\n');
        line = "";
      }
      body.append(line).append('\n');
    }
    String code = body.substring(0, body.length() - 1);
    String header = "package ai.sigmamind.samples;\n" + imports + ownImports;
    if (block.declaresTypes()) {
      return new Source(document, name, header + code, block.line(), lines(header));
    }
    String wrapper = header + "class " + name + " extends ReadmeSnippetContext {\n  void run() throws Exception {\n";
    return new Source(document, name, wrapper + code + "  }\n}\n", block.line(), lines(wrapper));
  }

  /** A class-name prefix per document: README.md is Readme, docs/junit-engine.md DocsJunitEngine. */
  private static String className(Path document) {
    StringBuilder name = new StringBuilder();
    for (String word : document.toString().replaceFirst("\\.md$", "").split("[^A-Za-z0-9]+")) {
      name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  private static String testClassPath() {
    // Surefire starts the tests from a manifest-only jar; this property has the real test classpath.
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static int lines(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  private static int lineOf(String text, int offset) {
    return lines(text.substring(0, offset));
  }

  /** One block as a source file, knowing its document and how many lines were put before its code. */
  private static final class Source extends SimpleJavaFileObject {
    private final Path document;
    private final String code;
    private final int documentLine;
    private final int linesBefore;

    Source(Path document, String className, String code, int documentLine, int linesBefore) {
      super(URI.create("string:///" + document.toString().replace('\\', '/') + "/line" + documentLine + "/"
          + className + ".java"), Kind.SOURCE);
      this.document = document;
      this.code = code;
      this.documentLine = documentLine;
      this.linesBefore = linesBefore;
    }

    /** The document line of a line of this source (1-based); a line javac added maps to the block's first. */
    long documentLine(long sourceLine) {
      return documentLine + Math.max(0, sourceLine - 1 - linesBefore);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
