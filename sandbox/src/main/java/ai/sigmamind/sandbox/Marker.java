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
  STUCK,
  /**
   * {@code [sandbox:p=0.7]}: each run passes with that probability, drawn afresh for every batch,
   * like an LLM judge's verdicts. A value outside 0…1 is not a marker.
   */
  PASS_PROBABILITY;

  private static final Pattern PATTERN = Pattern.compile(
      "\\[sandbox:(pass|fail|flaky|stuck|p=(0(?:\\.\\d+)?|1(?:\\.0+)?|\\.\\d+))]", Pattern.CASE_INSENSITIVE);

  /** A marker found in a test case, with its pass probability for {@link #PASS_PROBABILITY}. */
  record Found(Marker marker, double passProbability) {
  }

  static @Nullable Found find(String userPrompt, String successCriteria) {
    Found inPrompt = first(userPrompt);
    return inPrompt != null ? inPrompt : first(successCriteria);
  }

  /** The text without its markers, for transcripts and remarks. */
  static String strip(String text) {
    return PATTERN.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").trim();
  }

  private static @Nullable Found first(String text) {
    Matcher matcher = PATTERN.matcher(text);
    if (!matcher.find()) {
      return null;
    }
    return matcher.group(2) != null
        ? new Found(PASS_PROBABILITY, Double.parseDouble(matcher.group(2)))
        : new Found(valueOf(matcher.group(1).toUpperCase(Locale.ROOT)), Double.NaN);
  }
}
