package ai.sigmamind.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading suite files, and the file:line messages for every way one can be wrong. */
class SuiteFileTest {
  @TempDir
  Path directory;

  @Test
  void readsTheShippedExampleSuite() {
    Suite suite = SuiteFile.read(Path.of("..", "samples", "suites", "demo-agent.yaml"));

    assertThat(suite.name()).isEqualTo("demo-agent");
    assertThat(suite.agentId()).isEqualTo("mJzLaPEo425lieb9");
    assertThat(suite.testCases()).extracting(SuiteCase::label).containsExactly(
        "Cancellation flow", "Refund request", "Billing question", "Angry customer", "Email change without verification");
    SuiteCase refund = suite.testCases().get(1);
    assertThat(refund.attempt()).isEqualTo(4);
    assertThat(refund.llmModel()).isEqualTo("gpt-4.1-mini");
    assertThat(refund.userPrompt()).startsWith("You are a customer who wants to get a refund").doesNotEndWith("\n");
    assertThat(refund.successCriteria()).endsWith("[sandbox:flaky]");
    assertThat(refund.mockData()).containsExactly(
        Map.entry("customer_name", "Maria Garcia"), Map.entry("order_id", "ORD-48213"), Map.entry("order_total", "89.90"));
    assertThat(refund.line()).isEqualTo(30);
  }

  @Test
  void optionalFieldsHaveTheirDefaultsAndTheNameComesFromTheFile() throws IOException {
    Suite suite = SuiteFile.read(write("smoke-tests.yml", """
        agentId: agent_D5D0p7TUs66TTAEAx
        testCases:
          - label: Greeting
            userPrompt: You are a customer saying hello.
            successCriteria: Agent greets back.
        """));

    assertThat(suite.name()).isEqualTo("smoke-tests");
    assertThat(suite.testCases()).singleElement().satisfies(testCase -> {
      assertThat(testCase.attempt()).isEqualTo(1);
      assertThat(testCase.llmModel()).isNull();
      assertThat(testCase.mockData()).isEmpty();
      assertThat(testCase.line()).isEqualTo(3);
    });
  }

  static Stream<Arguments> malformedSuites() {
    String header = "agentId: mJzLaPEo425lieb9\ntestCases:\n";
    String angry = "  - label: Angry customer\n    userPrompt: You are a furious customer.\n    successCriteria: Agent stays calm.\n";
    // A wrong type, zero, a fraction: one message.
    Stream<Arguments> badAttempts = Stream.of("three", "0", "2.5").map(attempt -> Arguments.of("attempt: " + attempt,
        header + angry + "    attempt: " + attempt + "\n",
        ":6: test case 'Angry customer': 'attempt' must be a positive integer, found '" + attempt + "'"));
    return Stream.concat(badAttempts, Stream.of(
        Arguments.of("a missing required field", header + "  - label: Angry customer\n    userPrompt: You are furious.\n",
            ":3: test case 'Angry customer': missing required field 'successCriteria'"),
        Arguments.of("a missing label", header + "  - userPrompt: You are furious.\n    successCriteria: Calm.\n",
            ":3: test case #1: missing required field 'label'"),
        Arguments.of("an empty field", header + angry.replace("Agent stays calm.", "\"  \""),
            ":5: test case 'Angry customer': 'successCriteria' must not be empty"),
        Arguments.of("a list for text", header + angry.replace("You are a furious customer.", "[a, b]"),
            ":4: test case 'Angry customer': 'userPrompt' must be text, found a list"),
        Arguments.of("a misspelled field", header + angry + "    atempt: 3\n",
            ":6: test case 'Angry customer': unknown field 'atempt' (expected one of label, userPrompt, successCriteria,"
                + " attempt, llmModel, mockData)"),
        Arguments.of("a repeated field", header + angry + "    attempt: 1\n    attempt: 2\n",
            ":7: test case 'Angry customer': field 'attempt' is given twice"),
        Arguments.of("mock data as a list", header + angry + "    mockData:\n      - customer_name\n",
            ":7: test case 'Angry customer': 'mockData' must be a mapping of variable names to values, found a list"),
        Arguments.of("mock data without a value", header + angry + "    mockData:\n      customer_name:\n",
            ":7: test case 'Angry customer': 'mockData.customer_name' must be a value, found nothing"),
        Arguments.of("a repeated label", header + angry + angry,
            ":6: test case 'Angry customer': the label is already used at line 3"),
        Arguments.of("a missing agent", "testCases:\n" + angry, ":1: missing required field 'agentId'"),
        Arguments.of("no test cases", "agentId: a1\ntestCases: []\n", ":2: 'testCases' must not be empty"),
        Arguments.of("a test case that is not a mapping", header + "  - Angry customer\n",
            ":3: test case #1: expected a mapping of label, userPrompt, successCriteria, attempt, llmModel, mockData,"
                + " found 'Angry customer'"),
        Arguments.of("a top level that is not a mapping", "- just\n- a list\n",
            ":1: expected a mapping of name, agentId, testCases, found a list"),
        Arguments.of("a YAML syntax error", header + "  - label: Angry customer\n   userPrompt: misindented\n",
            ":4: invalid YAML: expected <block end>, but found '<block mapping start>'"),
        Arguments.of("an unclosed quote", header + "  - label: \"Angry customer\n",
            ":4: invalid YAML: found unexpected end of stream"),
        Arguments.of("an empty file", "# nothing yet\n", ": suite file is empty; expected agentId and testCases")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedSuites")
  void aMalformedSuiteIsReportedWithFileLineTestCaseAndField(String problem, String yaml, String expected)
      throws IOException {
    Path file = write("demo-agent.yaml", yaml);

    assertThatThrownBy(() -> SuiteFile.read(file))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(file + expected);
  }

  @Test
  void fiveMistakesInAFileAreFiveProblemsReportedAtOnceEachWithItsLineTestCaseAndField() throws IOException {
    Path file = write("demo-agent.yaml", """
        agentId: mJzLaPEo425lieb9
        owner: qa-team
        testCases:
          - label: Greeting
            userPrompt: You are a customer saying hello.
            attempt: 0
          - label: Refund
            userPrompt: [a, b]
            successCriteria: Agent confirms the refund.
          - label: Greeting
            userPrompt: You are a customer saying hello again.
            successCriteria: Agent greets back.
        """);

    assertThatThrownBy(() -> SuiteFile.read(file))
        .isInstanceOf(UsageException.class)
        .extracting(e -> e.getMessage().lines().toList()).asList().containsExactly(
            file + ":2: unknown field 'owner' (expected one of name, agentId, testCases)",
            file + ":4: test case 'Greeting': missing required field 'successCriteria'",
            file + ":6: test case 'Greeting': 'attempt' must be a positive integer, found '0'",
            file + ":8: test case 'Refund': 'userPrompt' must be text, found a list",
            file + ":10: test case 'Greeting': the label is already used at line 4"
                + " (labels identify test cases, so they must be unique)");
  }

  @Test
  void theProblemsOfEveryFileAreReportedTogetherAndValidFilesAddNone() throws IOException {
    Path valid = write("valid.yaml", "agentId: a1\ntestCases:\n  - label: A\n    userPrompt: P\n    successCriteria: C\n");
    Path wrongTypes = write("wrong-types.yaml", "agentId: a1\ntestCases:\n  - label: A\n    userPrompt: P\n"
        + "    successCriteria: C\n    attempt: many\n    llmModel: [x]\n");
    Path missing = directory.resolve("missing.yaml");

    assertThatThrownBy(() -> SuiteFile.readAll(List.of(wrongTypes, valid, missing)))
        .isInstanceOf(UsageException.class)
        .extracting(e -> e.getMessage().lines().toList()).asList().containsExactly(
            wrongTypes + ":6: test case 'A': 'attempt' must be a positive integer, found 'many'",
            wrongTypes + ":7: test case 'A': 'llmModel' must be text, found a list",
            missing + ": suite file not found");
    assertThat(SuiteFile.readAll(List.of(valid, valid))).extracting(Suite::agentId).containsExactly("a1", "a1");
  }

  @Test
  void aColonWhereYamlExpectsNoneComesWithAnIndentationHint() throws IOException {
    Path file = write("demo-agent.yaml", "agentId: a1\ntestCases:\n  - label: A\n    userPrompt: Say: hello\n");

    assertThatThrownBy(() -> SuiteFile.read(file))
        .isInstanceOf(UsageException.class)
        .hasMessage(file + ":4: invalid YAML: mapping values are not allowed here" + SuiteFile.INDENTATION_HINT);
  }

  @Test
  void aMissingFileIsReported() {
    Path missing = directory.resolve("nope.yaml");

    assertThatThrownBy(() -> SuiteFile.read(missing))
        .isInstanceOf(UsageException.class)
        .hasMessage(missing + ": suite file not found");
  }

  @Test
  void yamlTagsNamingClassesAreRefused() throws IOException {
    Path file = write("evil.yaml", "agentId: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\ntestCases: []\n");

    assertThatThrownBy(() -> SuiteFile.read(file))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(file + ":1: invalid YAML: Global tag is not allowed");
  }

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(directory.resolve(name), yaml);
  }
}
