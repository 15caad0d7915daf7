package com.example;

import ai.sigmamind.junit.SigmaMindSuite;

/**
 * Surefire selects test classes; this one hands the suite file (a path relative to the project)
 * to the SigmaMind engine. Its runs appear as tests named "Refund request, attempt 2" and so on.
 */
@SigmaMindSuite("../suites/demo-agent.yaml")
class DemoAgentTest {
}
