package it.sigmamind.greeting;

/** What callers implement to greet their own way (release 1.0). */
public interface Salutation {
  String greet(String name);
}
