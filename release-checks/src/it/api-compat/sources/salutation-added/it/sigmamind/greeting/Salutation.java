package it.sigmamind.greeting;

/** What callers implement: part(String) is new, so their implementations no longer compile. */
public interface Salutation {
  String greet(String name);
  String part(String name);
}
