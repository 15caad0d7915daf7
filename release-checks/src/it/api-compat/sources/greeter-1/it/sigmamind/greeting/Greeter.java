package it.sigmamind.greeting;

/** Greets people by name (release 1.0). */
public final class Greeter {
  public String hello(String name) { return "Hello, " + name; }
  public String farewell(String name) { return "Goodbye, " + name; }
}
