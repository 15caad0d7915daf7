package ai.sigmamind.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The {@code User-Agent} every attempt carries: {@code sigmamind-java/<sdk version>
 * Java/<java.version> (<os.name> <os.arch>) <appInfo>}.
 */
final class UserAgent {
  static final String SDK_VERSION = loadSdkVersion();

  private UserAgent() {
  }

  /** Without appInfo: read once, as a derived client must not pay for it again. */
  private static final String PLATFORM = headerSafe("sigmamind-java/" + SDK_VERSION
      + " Java/" + System.getProperty("java.version", "unknown")
      + " (" + System.getProperty("os.name", "unknown") + " " + System.getProperty("os.arch", "unknown") + ")");

  static String of(@Nullable String appInfo) {
    return appInfo == null ? PLATFORM : PLATFORM + " " + headerSafe(appInfo);
  }

  /** System properties may hold characters a header cannot carry; those become '?'. */
  private static String headerSafe(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return out.toString();
  }

  private static String loadSdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("sdk.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
