package it.sigmamind.greeting.internal;

/** Not API (package internal): may change at any time. */
public final class Shouting {
  public static String shout(String text) { return text.toUpperCase(java.util.Locale.ROOT); }
}
