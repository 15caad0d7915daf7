package it.sigmamind.greeting;

/** Greets people by name: farewell(String) is gone, which breaks its callers. */
public final class Greeter {
  public String hello(String name) { return "Hello, " + name; }
}
