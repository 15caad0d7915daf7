package ai.sigmamind.suite.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sdk.ClientSetting;
import ai.sigmamind.suite.UsageException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsRegistryTest {
  @Test
  void everyNameFlagPropertyAndVariableIsUsedOnce() {
    List<Setting> all = SettingsRegistry.all();
    assertThat(all.stream().map(Setting::name)).doesNotHaveDuplicates();
    assertThat(all.stream().map(Setting::cliFlag).filter(flag -> flag != null)).doesNotHaveDuplicates()
        .allMatch(flag -> flag.matches("--[a-z]+(-[a-z]+)*"));
    assertThat(all.stream().map(Setting::environmentVariable).filter(variable -> variable != null))
        .doesNotHaveDuplicates();
  }

  @Test
  void theSdksOwnSettingsAreIncludedFromSdkCoreNotListedAgain() {
    for (ClientSetting client : ClientSetting.values()) {
      Setting setting = SettingsRegistry.byProperty(client.property()).orElseThrow();
      assertThat(setting.environmentVariable()).isEqualTo(client.environmentVariable());
      assertThat(setting.defaultValue()).isEqualTo(client.defaultValue());
      assertThat(setting.doors()).containsExactlyInAnyOrder(Door.values());
    }
    assertThat(SettingsRegistry.byProperty("sigmamind.overallTimeout").orElseThrow().defaultValue()).isEqualTo("2m");
  }

  @Test
  void theGateSettingsExist() {
    for (String name : List.of("minPassRate", "baseline", "recordBaseline", "minDrop", "alpha")) {
      assertThat(SettingsRegistry.byProperty("sigmamind." + name)).as(name).isPresent();
    }
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheNearestKeyTheDoorReads() {
    assertThatThrownBy(() -> SettingsRegistry.checkKeys(Door.ENGINE,
        Set.of("sigmamind.maxRetires", "sigmamind.TIMEOUT", "sigmamind.skip", "junit.jupiter.x", "sigmamind.sandbox")))
        .isInstanceOf(UsageException.class)
        .hasMessage("Invalid SigmaMind settings for the JUnit engine: unknown setting sigmamind.TIMEOUT (did you mean "
            + "sigmamind.timeout?); unknown setting sigmamind.maxRetires (did you mean sigmamind.maxRetries?); "
            + "sigmamind.skip is not read by the JUnit engine (only by the Maven plugin). The settings are listed in "
            + "docs/settings.md.");
    assertThatNoException().isThrownBy(() -> SettingsRegistry.checkKeys(Door.PLUGIN,
        Set.of("sigmamind.skip", "sigmamind.suites", "sigmamind.connectTimeout", "maven.repo.local")));
  }

  @Test
  void anUnknownVariableGetsAWarningNamingTheNearestOne() {
    assertThat(SettingsRegistry.environmentWarnings(Map.of("SIGMAMIND_MAX_RETRIS", "1", "SIGMAMIND_API_KEY", "k",
        "SIGMAMIND_JAVA_OPTS", "-Xmx1g", "PATH", "/bin")))
        .containsExactly("Warning: the environment variable SIGMAMIND_MAX_RETRIS is not a SigmaMind setting and is "
            + "ignored (did you mean SIGMAMIND_MAX_RETRIES?)");
  }
}
