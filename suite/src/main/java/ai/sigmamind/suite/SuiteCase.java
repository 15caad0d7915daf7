package ai.sigmamind.suite;

import ai.sigmamind.sdk.models.MockDataVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One test case of a {@link Suite}, as the file states it. Its label is how the sync finds the
 * agent's copy.
 *
 * <pre>{@code
 * SuiteCase refund = new SuiteCase("Refund request", "You are a customer who wants a refund.",
 *     "Agent confirms the refund amount.", 3, "gpt-4o-mini", Map.of("order_id", "ORD-1"), 12);
 * }</pre>
 *
 * @param label unique within the suite
 * @param userPrompt the simulated customer's persona and instructions
 * @param successCriteria what the judge checks
 * @param attempt runs per batch, at least 1 (1 when the file omits it)
 * @param llmModel the model playing the customer; null leaves it to the API (and out of the sync)
 * @param mockData the agent's variables, in file order
 * @param line where the test case starts in the file, for messages
 */
public record SuiteCase(String label, String userPrompt, String successCriteria, long attempt, @Nullable String llmModel,
    Map<String, String> mockData, int line) {
  /**
   * The mock data, copied.
   *
   * @param label see {@link #label()}
   * @param userPrompt see {@link #userPrompt()}
   * @param successCriteria see {@link #successCriteria()}
   * @param attempt see {@link #attempt()}
   * @param llmModel see {@link #llmModel()}
   * @param mockData see {@link #mockData()}; copied, keeping its order
   * @param line see {@link #line()}
   */
  public SuiteCase {
    mockData = Collections.unmodifiableMap(new LinkedHashMap<>(mockData));
  }

  /** The mock data as the API models it. */
  List<MockDataVariable> mockDataVariables() {
    List<MockDataVariable> variables = new ArrayList<>();
    mockData.forEach((name, value) -> variables.add(MockDataVariable.builder().variableName(name).value(value).build()));
    return variables;
  }
}
