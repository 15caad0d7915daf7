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
}
