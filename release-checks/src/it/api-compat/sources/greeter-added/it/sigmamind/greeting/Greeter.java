package it.sigmamind.greeting;

/** Greets people by name: welcome(String) is new, which breaks no one. */
public final class Greeter {
  public String welcome(String name) { return "Welcome, " + name; }
  public String hello(String name) { return "Hello, " + name; }
  public String farewell(String name) { return "Goodbye, " + name; }
}
