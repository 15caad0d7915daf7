package ai.sigmamind.bench;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The mutable bean a reflection-based decoder (Moshi reflection, Jackson databind, Gson) needs for
 * the seed's test run: what a user would write by hand without a generated model.
 */
public final class TestRunBean {
  public String batchId;
  public String workspaceId;
  public Agent agent;
  public TestCase testCase;
  public String jobId;
  public String chatId;
  public OffsetDateTime createdDate;
  public OffsetDateTime completedDate;
  public Boolean isSuccesful;
  public String remarks;

  /** The agent summary. */
  public static final class Agent {
    public String name;
    public String agentId;
    public String status;
  }

  /** The embedded test case. */
  public static final class TestCase {
    public String testCaseId;
    public Agent agent;
    public String workspaceId;
    public String llmModel;
    public List<MockData> mockData;
    public String userPrompt;
    public Long attempt;
    public String successCriteria;
  }

  /** One mock-data variable. */
  public static final class MockData {
    public String variableName;
    public String value;
  }
}
