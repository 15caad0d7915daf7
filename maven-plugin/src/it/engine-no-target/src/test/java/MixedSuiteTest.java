import ai.sigmamind.junit.SigmaMindSuite;

/** Surefire selects classes: this one names the suite file for the SigmaMind engine. */
@SigmaMindSuite("mixed.sigmamind.yaml")
class MixedSuiteTest {
}
