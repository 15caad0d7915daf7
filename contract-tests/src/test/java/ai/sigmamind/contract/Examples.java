package ai.sigmamind.contract;

/**
 * The values the consumer tests send. Ids are the documented seed's, so the sandbox's provider
 * states recreate exactly the data the contract describes.
 */
final class Examples {
  /**
   * The key every authorised interaction carries, as the example of a value injected from the
   * provider state's {@link #API_KEY_STATE_VALUE}: verifiers send the key the provider's state
   * hook answers.
   */
  static final String API_KEY = "contract-example-api-key";
  /** The provider-state value (the sandbox's hook answers it) that supplies the key. */
  static final String API_KEY_STATE_VALUE = "apiKey";
  /** A key the provider refuses: the 401 interactions send it unchanged. */
  static final String REVOKED_API_KEY = "contract-revoked-api-key";

  /** The seed's agent, test case, batch run and test run. */
  static final Ids IDS = new Ids("mJzLaPEo425lieb9", "tc_d17T6uReChpyfFeP", "batch_s0OJu2JWR8R45Fai", "job_ksUu5yRHGTLLrLeM");
  /** A second batch, so a one-item page of batch runs has a next page. */
  static final String OLDER_BATCH_ID = "batch_Q7mWc2XoNf4LdZ9e";
  /** Ids of the documented shapes that name nothing. */
  static final Ids UNKNOWN_IDS = new Ids("agent_unknown0000000", "tc_unknown0000000000", "batch_unknown0000000",
      "job_unknown000000000");

  private Examples() {
  }
}
