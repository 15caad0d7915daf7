package ai.sigmamind.sdk;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link ClientSetting}s from system properties, then environment variables (a property
 * wins). Unset settings keep the builder's value.
 */
final class ClientEnvironment {
  private final Function<String, @Nullable String> properties;
  private final Function<String, @Nullable String> environment;

  ClientEnvironment(Function<String, @Nullable String> properties, Function<String, @Nullable String> environment) {
    this.properties = properties;
    this.environment = environment;
  }

  static ClientEnvironment system() {
    return new ClientEnvironment(System::getProperty, System::getenv);
  }

  /** @throws IllegalStateException naming the setting when a value cannot be read */
  void applyTo(ClientOptions.Builder builder) {
    for (ClientSetting setting : ClientSetting.values()) {
      String text = properties.apply(setting.property());
      if (text == null) {
        text = environment.apply(setting.environmentVariable());
      }
      if (text == null) {
        continue;
      }
      try {
        setting.applyTo(builder, text.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(setting.property() + " / " + setting.environmentVariable() + " must be "
            + setting.grammar() + " but was '" + text + "'", e);
      }
    }
  }
}
