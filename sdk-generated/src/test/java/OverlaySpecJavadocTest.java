import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec text becomes Javadoc that doclint accepts and that shows what the author wrote: nothing in a
 * description can open a tag or an element, end the comment or form a unicode escape.
 * (In the default package because OverlaySpec, a source-file program, is.)
 */
class OverlaySpecJavadocTest {

  /** Spec text and the Javadoc lines it must become. */
  private record Rendering(String what, String spec, String... javadoc) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Rendering> renderings() {
    return Stream.of(
        new Rendering("code spans become code tags that keep angle brackets",
            "A bare array (a `List<TestCase>` in Java).",
            "A bare array (a {@code List<TestCase>} in Java)."),
        new Rendering("text that javadoc would read as markup is escaped",
            "Send X-API-Key: <key> & wait; a < b > c\n@param is not a tag",
            "Send X-API-Key: &lt;key&gt; &amp; wait; a &lt; b &gt; c", "&#64;param is not a tag"),
        new Rendering("nothing can end the comment or form a unicode escape",
            "glob /v1/*/ and \\u002a/ and `C:\\u0041` and `*/`",
            "glob /v1/*&#47; and &#92;u002a/ and <code>C:&#92;u0041</code> and <code>*&#47;</code>"),
        new Rendering("code spans with braces are html code so they cannot unbalance the tag",
            "Path `/v1/test-runs/{jobId}`.",
            "Path <code>/v1/test-runs/{jobId}</code>."),
        new Rendering("an unmatched backtick stays literal",
            "one ` tick",
            "one ` tick"),
        new Rendering("line breaks are kept and later paragraphs open with p",
            "First line\n  continues `across\nlines`.\n\n  Second paragraph.\n",
            "First line", "continues {@code across", "lines}.", "<p>Second paragraph."),
        new Rendering("list items and bold become html",
            "Terms:\n\n* a **test case** is\n  a persona;\n- a batch run.",
            "Terms:", "<ul>", "<li>a <b>test case</b> is", "a persona;", "<li>a batch run.", "</ul>"));
  }

  @ParameterizedTest
  @MethodSource("renderings")
  void specTextBecomesJavadoc(Rendering rendering) {
    assertThat(OverlaySpec.javadocLines(rendering.spec())).containsExactly(rendering.javadoc());
  }
}
