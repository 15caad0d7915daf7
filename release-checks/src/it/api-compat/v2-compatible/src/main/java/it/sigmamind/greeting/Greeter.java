package it.sigmamind.greeting;

import it.sigmamind.greeting.internal.Formatting;

/**
 * Greets people by name.
 *
 * <pre>{@code
 * new Greeter().hello("Ada"); // "Hello, Ada"
 * }</pre>
 */
public final class Greeter {
  /** A greeter; it holds no state. */
  public Greeter() {}

  /**
   * Says hello.
   *
   * @param name who to greet
   * @return the greeting
   */
  public String hello(String name) {
    return "Hello, " + Formatting.title(name);
  }

  /**
   * Says goodbye.
   *
   * @param name who to take leave of
   * @return the farewell
   */
  public String farewell(String name) {
    return "Goodbye, " + Formatting.title(name);
  }

  /**
   * Welcomes someone.
   *
   * @param name who to welcome
   * @return the welcome
   */
  public String welcome(String name) {
    return "Welcome, " + Formatting.title(name);
  }

  /** Something that turns a name into a greeting. */
  public interface Salutation {
    /**
     * Greets.
     *
     * @param name who to greet
     * @return the greeting
     */
    String greet(String name);
  }
}
