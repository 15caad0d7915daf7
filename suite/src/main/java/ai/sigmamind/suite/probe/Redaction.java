package ai.sigmamind.suite.probe;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the probe's output must not show. The API key, wherever the service echoes it (body,
 * header, error message), always; ids too when asked ({@code --redact}), each replaced by a
 * stable mask that keeps its prefix ({@code tc_d17T6uReChpyfFeP} becomes {@code tc_redacted1}),
 * so a report still shows which calls concern the same object.
 */
final class Redaction {
  /** What a secret becomes. */
  static final String MASK = "<redacted>";
  /** The prefixes SigmaMind's ids carry, kept in masks. */
  private static final Pattern PREFIX = Pattern.compile("^(tc_|batch_|job_|chat-|chat_|org_|agent_)");

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final boolean ids;
  private final Map<String, String> idMasks = new LinkedHashMap<>();

  Redaction(boolean ids) {
    this.ids = ids;
  }

  /** Masks {@code secret} from now on (the key, as the recorder sees it go out). */
  void addSecret(String secret) {
    if (!secret.isBlank()) {
      secrets.add(secret);
    }
  }

  /** Notes every id in a parsed body: string values of fields named {@code ...Id}. */
  void noteIds(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      map.forEach((name, value) -> {
        if (value instanceof String id && String.valueOf(name).endsWith("Id")) {
          noteId(id);
        } else {
          noteIds(value);
        }
      });
    } else if (tree instanceof List<?> list) {
      list.forEach(this::noteIds);
    }
  }

  synchronized void noteId(String id) {
    if (ids && !id.isBlank() && !idMasks.containsKey(id)) {
      Matcher prefix = PREFIX.matcher(id);
      idMasks.put(id, (prefix.find() ? prefix.group(1) : "") + "redacted" + (idMasks.size() + 1));
    }
  }

  /** The secrets only: what may be kept in memory and validated. */
  String secrets(String text) {
    String masked = text;
    for (String secret : secrets) {
      masked = masked.replace(secret, MASK);
    }
    return masked;
  }

  /** Everything masked: what may be shown or written. */
  synchronized String apply(String text) {
    String masked = secrets(text);
    // Longest first, so an id that contains another is masked whole.
    for (String id : idMasks.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      masked = masked.replace(id, idMasks.get(id));
    }
    return masked;
  }
}
