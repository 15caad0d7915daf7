package it.sigmamind.greeting.internal;

/** Text helpers for the greeter. */
public final class Formatting {
  private Formatting() {}

  /**
   * The name with its first letter in upper case.
   *
   * @param name a non-empty name
   * @return the name as a title
   */
  public static String title(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The text in upper case.
   *
   * @param text any text
   * @return the text in upper case
   */
  public static String shout(String text) {
    return text.toUpperCase(java.util.Locale.ROOT);
  }
}
