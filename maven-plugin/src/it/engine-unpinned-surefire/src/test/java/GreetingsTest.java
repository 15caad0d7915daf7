import ai.sigmamind.junit.SigmaMindSuite;

@SigmaMindSuite("greetings.sigmamind.yaml")
class GreetingsTest {
}
