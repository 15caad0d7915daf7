package it.sigmamind.greeting.internal;

/** Not API: replaces Shouting, a removal neither gate may count. */
public final class Spelling {
  public static String spell(String text) { return String.join("-", text.split("")); }
}
