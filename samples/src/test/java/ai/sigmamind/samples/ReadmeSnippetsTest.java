package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.samples.ReadmeSnippets.Block;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md as a newcomer reads it: every {@code ```java} block compiles against the modules it
 * documents, and every version it names is the project's. Complete files compile as they are;
 * fragments compile with the README's own imports block, statements inside a method of a
 * {@link ReadmeSnippetContext} subclass. (The getting-started program also runs, from the README,
 * in release-checks' consumer-with-bom IT.)
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of(System.getProperty("sigmamind.readme", "../README.md"));
  private static final String VERSION = System.getProperty("sigmamind.version", "");
  private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^public\\s+(?:final\\s+)?(?:class|interface|record|enum)\\s+(\\w+)");
  /** Where a version of one of our artifacts appears: coordinates, jar names, POM versions. */
  private static final Pattern OUR_VERSION = Pattern.compile(
      "ai\\.sigmamind:sigmamind-[a-z-]+:(\\d[^:\\s]*)"
          + "|sigmamind-[a-z-]+-(\\d+\\.\\d+\\.\\d+(?:-SNAPSHOT)?)(?:-[a-z]+)?\\.jar"
          + "|<groupId>ai\\.sigmamind</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*<version>([^<$][^<]*)</version>");

  @Test
  void everyJavaBlockCompiles(@TempDir Path classes) throws IOException {
    ReadmeSnippets readme = ReadmeSnippets.read(README);
    List<Block> java = readme.blocks("java");
    List<Block> importBlocks = java.stream().filter(Block::onlyImports).toList();
    assertThat(importBlocks).as("README.md needs exactly one java block of only imports (what the fragments use)")
        .hasSize(1);
    String imports = importBlocks.get(0).code();

    Map<String, Source> sources = new LinkedHashMap<>();
    for (Block block : java) {
      if (block.onlyImports()) {
        continue;
      }
      Source source = source(block, imports);
      sources.put(source.toUri().getPath(), source);
    }
    assertThat(sources).as("README.md's java blocks").hasSizeGreaterThan(10);

    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:deprecation,removal", "-Werror",
        "-d", classes.toString(), "-classpath", testClassPath());
    boolean compiled = javac.getTask(null, null, diagnostics, options, null, sources.values()).call();

    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      Source source = d.getSource() == null ? null : sources.get(d.getSource().toUri().getPath());
      String where = source == null ? "javac" : README.getFileName() + ":" + source.readmeLine(d.getLineNumber());
      problems.add(where + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT));
    }
    assertThat(problems).as("compiling README.md's java blocks").isEmpty();
    assertThat(compiled).isTrue();
  }

  @Test
  void everyVersionOfOurArtifactsIsTheProjectVersion() throws IOException {
    assertThat(VERSION).as("system property sigmamind.version (set by the POM)").isNotBlank();
    List<String> found = new ArrayList<>();
    for (Block block : ReadmeSnippets.read(README).allBlocks()) {
      Matcher m = OUR_VERSION.matcher(block.code());
      while (m.find()) {
        String version = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        found.add("line " + (block.line() + lineOf(block.code(), m.start())) + ": " + version);
      }
    }
    assertThat(found).as("our artifacts' versions in README.md's code blocks")
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).endsWith(": " + VERSION));
  }

  private static Source source(Block block, String imports) {
    String name = "ReadmeLine" + block.line();
    if (block.completeFile()) {
      Matcher publicType = PUBLIC_TYPE.matcher(block.code());
      return new Source(publicType.find() ? publicType.group(1) : name, block.code(), block.line(), 0);
    }
    // A fragment may show its own imports first (what a reader copies): they join the header, and
    // blank lines keep the rest of the block on its README lines.
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
      return new Source(name, header + code, block.line(), lines(header));
    }
    String wrapper = header + "class " + name + " extends ReadmeSnippetContext {\n  void run() throws Exception {\n";
    return new Source(name, wrapper + code + "  }\n}\n", block.line(), lines(wrapper));
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

  /** One block as a source file, knowing how many lines were put before the block's code. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;
    private final int readmeLine;
    private final int linesBefore;

    Source(String className, String code, int readmeLine, int linesBefore) {
      super(URI.create("string:///readme/line" + readmeLine + "/" + className + ".java"), Kind.SOURCE);
      this.code = code;
      this.readmeLine = readmeLine;
      this.linesBefore = linesBefore;
    }

    /** The README line of a line of this source (1-based); a line javac added maps to the block's first. */
    long readmeLine(long sourceLine) {
      return readmeLine + Math.max(0, sourceLine - 1 - linesBefore);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
