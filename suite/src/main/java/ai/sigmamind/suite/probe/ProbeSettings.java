package ai.sigmamind.suite.probe;

import ai.sigmamind.suite.UsageException;

/**
 * What {@code sigmamind contract probe} does, checked before any request.
 *
 * @param agentId the agent whose test cases, batches and runs are read (and where the scratch test case goes)
 * @param write also create, read, update and delete a scratch test case labelled as the probe's
 * @param withBatch also start one batch of one attempt of the scratch test case (it costs a run)
 * @param redact mask ids in every output, the key being masked always
 */
public record ProbeSettings(String agentId, boolean write, boolean withBatch, boolean redact) {
  /**
   * Checks the combination.
   *
   * @param agentId the agent probed
   * @param write whether to exercise a scratch test case
   * @param withBatch whether to start a batch of it
   * @param redact whether to mask ids
   * @throws UsageException for a blank agent id, or {@code withBatch} without {@code write}
   */
  public ProbeSettings {
    if (agentId == null || agentId.isBlank()) {
      throw new UsageException("The probe needs the agent whose data it reads: --agent ID");
    }
    if (withBatch && !write) {
      throw new UsageException("--with-batch runs the scratch test case that --write creates: add --write");
    }
    agentId = agentId.strip();
  }
}
