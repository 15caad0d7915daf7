import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Spec text becomes Javadoc that doclint accepts and that shows what the author wrote: nothing in a
 * description can open a tag or an element, end the comment or form a unicode escape.
 * (In the default package because OverlaySpec, a source-file program, is.)
 */
class OverlaySpecJavadocTest {

  @Test
  void codeSpansBecomeCodeTagsThatKeepAngleBrackets() {
    assertThat(OverlaySpec.javadocLines("A bare array (a `List<TestCase>` in Java)."))
        .containsExactly("A bare array (a {@code List<TestCase>} in Java).");
  }

  @Test
  void textThatJavadocWouldReadAsMarkupIsEscaped() {
    assertThat(OverlaySpec.javadocLines("Send X-API-Key: <key> & wait; a < b > c\n@param is not a tag"))
        .containsExactly("Send X-API-Key: &lt;key&gt; &amp; wait; a &lt; b &gt; c", "&#64;param is not a tag");
  }

  @Test
  void nothingCanEndTheCommentOrFormAUnicodeEscape() {
    assertThat(OverlaySpec.javadocLines("glob /v1/*/ and \\u002a/ and `C:\\u0041` and `*/`"))
        .containsExactly("glob /v1/*&#47; and &#92;u002a/ and <code>C:&#92;u0041</code> and <code>*&#47;</code>");
  }

  @Test
  void codeSpansWithBracesAreHtmlCodeSoTheyCannotUnbalanceTheTag() {
    assertThat(OverlaySpec.javadocLines("Path `/v1/test-runs/{jobId}`."))
        .containsExactly("Path <code>/v1/test-runs/{jobId}</code>.");
  }

  @Test
  void anUnmatchedBacktickStaysLiteral() {
    assertThat(OverlaySpec.javadocLines("one ` tick")).containsExactly("one ` tick");
  }

  @Test
  void lineBreaksAreKeptAndLaterParagraphsOpenWithP() {
    assertThat(OverlaySpec.javadocLines("First line\n  continues `across\nlines`.\n\n  Second paragraph.\n"))
        .containsExactly("First line", "continues {@code across", "lines}.", "<p>Second paragraph.");
  }

  @Test
  void listItemsAndBoldBecomeHtml() {
    assertThat(OverlaySpec.javadocLines("Terms:\n\n* a **test case** is\n  a persona;\n- a batch run."))
        .containsExactly("Terms:", "<ul>", "<li>a <b>test case</b> is", "a persona;", "<li>a batch run.", "</ul>");
  }
}
