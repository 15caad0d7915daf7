package ai.sigmamind.sandbox;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The test markers a user writes into a test case's {@code userPrompt} or {@code successCriteria}
 * to force its runs' outcome, like Stripe's test card numbers. Matched case-insensitively;
 * the first marker in the prompt wins, then the first in the criteria.
 */
enum Marker {
  /** {@code [sandbox:pass]}: every run succeeds. */
  PASS,
  /** {@code [sandbox:fail]}: every run fails. */
  FAIL,
  /** {@code [sandbox:flaky]}: odd attempts (1, 3, …) succeed, even ones fail. */
  FLAKY,
  /** {@code [sandbox:stuck]}: runs never complete, so the batch never does. */
  STUCK;

  private static final Pattern PATTERN = Pattern.compile("\\[sandbox:(pass|fail|flaky|stuck)]", Pattern.CASE_INSENSITIVE);

  static @Nullable Marker find(String userPrompt, String successCriteria) {
    Marker inPrompt = first(userPrompt);
    return inPrompt != null ? inPrompt : first(successCriteria);
  }

  /** The text without its markers, for transcripts and remarks. */
  static String strip(String text) {
    return PATTERN.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").trim();
  }

  private static @Nullable Marker first(String text) {
    Matcher matcher = PATTERN.matcher(text);
    return matcher.find() ? valueOf(matcher.group(1).toUpperCase(Locale.ROOT)) : null;
  }
}
