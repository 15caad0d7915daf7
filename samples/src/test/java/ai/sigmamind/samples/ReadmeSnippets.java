package ai.sigmamind.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced code blocks of a Markdown file, each with the line its code starts on, and the three
 * kinds of Java block the README and the guides have: a block of only imports (what the file's
 * fragments may use),
 * complete source files (with a {@code package} line) and fragments (type declarations or
 * statements).
 *
 * <pre>{@code
 * ReadmeSnippets readme = ReadmeSnippets.read(Path.of("README.md"));
 * for (ReadmeSnippets.Block block : readme.blocks("java")) { ... block.line() ... block.code() ... }
 * }</pre>
 */
record ReadmeSnippets(List<Block> allBlocks) {
  private static final Pattern FENCE = Pattern.compile("^( *)```(\\S*)\\s*$");
  private static final Pattern TYPE_DECLARATION = Pattern.compile(
      "^(@\\w+|((public|abstract|final|static)\\s+)*(class|interface|enum|record)\\s)");

  /** One fenced block: its language, the 1-based line of its first code line, and its code. */
  record Block(String language, int line, String code) {
    boolean onlyImports() {
      return code.lines().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("import "));
    }

    boolean completeFile() {
      return code.lines().anyMatch(l -> l.startsWith("package "));
    }

    /** Declares types (annotated or plain classes at the top level) rather than running statements. */
    boolean declaresTypes() {
      return code.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("import ")).findFirst()
          .map(l -> TYPE_DECLARATION.matcher(l).find()).orElse(false);
    }
  }

  static ReadmeSnippets read(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher opening = FENCE.matcher(lines.get(i));
      if (!opening.matches()) {
        continue;
      }
      // A block inside a list item is indented: its fence and code lines lose that indentation.
      String indent = opening.group(1);
      int first = i + 1;
      int closing = first;
      while (closing < lines.size() && !lines.get(closing).equals(indent + "```")) {
        closing++;
      }
      if (closing == lines.size()) {
        throw new IllegalStateException(markdown + ":" + (i + 1) + ": code block never closed");
      }
      List<String> code = lines.subList(first, closing).stream()
          .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line).toList();
      blocks.add(new Block(opening.group(2), first + 1, String.join("\n", code) + "\n"));
      i = closing;
    }
    return new ReadmeSnippets(List.copyOf(blocks));
  }

  List<Block> blocks(String language) {
    return allBlocks.stream().filter(b -> b.language().equals(language)).toList();
  }
}
