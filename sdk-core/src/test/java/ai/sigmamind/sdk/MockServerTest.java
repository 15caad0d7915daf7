package ai.sigmamind.sdk;

import java.io.IOException;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A client on fake time calling a MockWebServer on loopback, started before each test and closed
 * after it; the tests that drive the request pipeline extend it.
 */
abstract class MockServerTest {
  final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();
  SigmaMindClient client;

  @BeforeEach
  void startServerAndClient() throws IOException {
    server.start();
    client = Fixtures.clientFor(server, time).build();
  }

  @AfterEach
  void closeClientAndServer() throws IOException {
    time.release(); // a test that held async waits must not leave them pending
    client.close();
    server.shutdown();
  }
}
