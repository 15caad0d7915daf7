// Verifies one pact file with the Rust verifier in @pact-foundation/pact-core, in one pass, against
// a running provider whose provider-state hook is <base-url>/_sandbox/provider-states.
// Usage: node verify-pact.js <base-url> <pact-file>
// Prints the verifier's JSON result (interactionResults, errors) as the last line of stdout and
// exits 0 when every interaction passed, 1 when any failed, 2 when the verifier could not run.
'use strict';
process.env.PACT_DO_NOT_TRACK = 'true'; // never reach the network, whatever the caller set

const [baseUrl, pactFile] = process.argv.slice(2);
if (!baseUrl || !pactFile) {
  console.error('Usage: node verify-pact.js <base-url> <pact-file>');
  process.exit(2);
}
const verifier = require('@pact-foundation/pact-core').default;

verifier.verifyPacts({
  providerBaseUrl: baseUrl,
  provider: 'sigmamind-api',
  pactUrls: [pactFile],
  providerStatesSetupUrl: `${baseUrl}/_sandbox/provider-states`,
  logLevel: 'error',
}).then(
  (json) => console.log(json),
  (error) => {
    // A failed verification rejects with the same JSON as its message; anything else did not run.
    const message = String(error && error.message);
    if (message.startsWith('{')) {
      console.log(message);
      process.exitCode = 1;
    } else {
      console.error(`The verifier could not run: ${message}`);
      process.exitCode = 2;
    }
  });
