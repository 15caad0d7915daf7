package ai.sigmamind.maven;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.suite.settings.Setting;
import ai.sigmamind.suite.settings.SettingsRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin's parameters, as its generated descriptor lists them, are the registry's: every
 * setting with a plugin parameter is a parameter of run-suite bound to the setting's property, and
 * run-suite has no setting the registry does not know.
 */
class PluginParametersTest {
  @Test
  void runSuitesParametersAreTheRegistrysPluginParameters() throws Exception {
    Map<String, String> parameters = runSuiteParameters();
    Map<String, String> expected = new HashMap<>();
    for (Setting setting : SettingsRegistry.all()) {
      if (setting.pluginParameter() != null) {
        expected.put(setting.pluginParameter(), "${" + setting.property() + "}");
      }
    }
    // userProperties is the build's -D properties, which the plugin checks against the registry.
    expected.put("userProperties", "${session.userProperties}");

    assertThat(parameters).isEqualTo(expected);
  }

  /** Parameter name to its expression, from the descriptor maven-plugin-plugin generated. */
  private static Map<String, String> runSuiteParameters() throws Exception {
    Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    NodeList mojos = descriptor.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (text(mojo, "goal").equals("run-suite")) {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        Map<String, String> parameters = new HashMap<>();
        for (Node child = configuration.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element element) {
            String value = element.getTextContent().strip();
            parameters.put(element.getTagName(), value.isEmpty() ? element.getAttribute("default-value") : value);
          }
        }
        return parameters;
      }
    }
    throw new AssertionError("no run-suite goal in the descriptor");
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
  }
}
