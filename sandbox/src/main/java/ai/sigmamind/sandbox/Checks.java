package ai.sigmamind.sandbox;

import org.jspecify.annotations.Nullable;

/** Validation of request-body fields beyond what the model's adapter checks, with the API's 400s. */
final class Checks {
  /** The most attempts a test case may ask for: keeps one request from allocating without bound. */
  private static final long MAX_ATTEMPTS = 1000;

  private Checks() {
  }

  static String nonBlank(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw ApiException.badRequest("Field '" + field + "' must not be blank");
    }
    return value;
  }

  /** A present field must not be blank; an absent one (null) passes, for partial updates. */
  private static void notBlankIfPresent(@Nullable String value, String field) {
    if (value != null) {
      nonBlank(value, field);
    }
  }

  /**
   * A test case's texts: none may be blank where given; a new test case ({@code create}) must give
   * a prompt and success criteria, an update may leave any out.
   */
  static void testCaseTexts(@Nullable String userPrompt, @Nullable String successCriteria, @Nullable String llmModel,
      boolean create) {
    if (create) {
      nonBlank(userPrompt, "userPrompt");
      nonBlank(successCriteria, "successCriteria");
    }
    notBlankIfPresent(userPrompt, "userPrompt");
    notBlankIfPresent(successCriteria, "successCriteria");
    notBlankIfPresent(llmModel, "llmModel");
  }

  static long attempts(long value) {
    if (value < 1 || value > MAX_ATTEMPTS) {
      throw ApiException.badRequest("Field 'attempt' must be between 1 and " + MAX_ATTEMPTS + ", was " + value);
    }
    return value;
  }
}
