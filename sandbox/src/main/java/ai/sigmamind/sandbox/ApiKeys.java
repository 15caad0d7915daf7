package ai.sigmamind.sandbox;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Authentication as the real service does it: a missing or blank {@code X-API-Key} is 401; any
 * other key is accepted, unless the sandbox was given a fixed set of keys.
 *
 * @param accepted the only keys accepted; empty to accept any non-blank key
 */
record ApiKeys(Set<String> accepted) {

  ApiKeys {
    accepted = Set.copyOf(accepted);
  }

  /** The caller's key, which names its workspace; 401 if missing, blank or not accepted. */
  String authenticate(@Nullable String header) {
    if (header == null || header.isBlank()) {
      throw new ApiException(401, "Missing API key: send it in the X-API-Key header");
    }
    if (!accepted.isEmpty() && !accepted.contains(header)) {
      throw new ApiException(401, "Invalid API key");
    }
    return header;
  }
}
