package ai.sigmamind.bench;


/** The ids of the seed's test run, which every client benchmark fetches, and the key it sends. */
final class Seed {
  static final String API_KEY = "bench-key";
  static final String AGENT_ID = "mJzLaPEo425lieb9";
  static final String BATCH_ID = "batch_s0OJu2JWR8R45Fai";
  static final String JOB_ID = "job_ksUu5yRHGTLLrLeM";

  private Seed() {
  }

  /** {@code v1/test-runs/{jobId}?batchId=…&agentId=…} under {@code baseUrl}. */
  static String testRunUrl(String baseUrl) {
    return baseUrl + "v1/test-runs/" + JOB_ID + "?batchId=" + BATCH_ID + "&agentId=" + AGENT_ID;
  }
}
