package ai.sigmamind.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * First interceptor: sets {@code User-Agent: sigmamind-java/<sdk version> Java/<java.version>
 * (<os.name> <os.arch>) <appInfo>}.
 */
final class UserAgentInterceptor implements Interceptor {
  static final String SDK_VERSION = loadSdkVersion();

  private final String userAgent;

  UserAgentInterceptor(@Nullable String appInfo) {
    this.userAgent = userAgent(appInfo);
  }

  static String userAgent(@Nullable String appInfo) {
    String platform = "sigmamind-java/" + SDK_VERSION
        + " Java/" + System.getProperty("java.version", "unknown")
        + " (" + System.getProperty("os.name", "unknown") + " " + System.getProperty("os.arch", "unknown") + ")";
    return headerSafe(appInfo == null ? platform : platform + " " + appInfo);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
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
    try (InputStream in = UserAgentInterceptor.class.getResourceAsStream("sdk.properties")) {
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
