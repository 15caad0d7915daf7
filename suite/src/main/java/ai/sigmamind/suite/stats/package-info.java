/**
 * The statistical gate: tells a real drop in an agent's pass rate from the noise of an LLM judge.
 *
 * <p>A baseline ({@link Baseline}, kept in the user's repository by {@link BaselineFile}) records
 * per test case how many attempts passed. {@link BaselineComparison#compare} tests a candidate
 * {@link SuiteRun} against it case by case with a one-sided Fisher exact test, Holm-corrected
 * across cases, and classifies each case ({@link CaseVerdict}). {@link AttemptPlanner} says how
 * many attempts a case needs for the gate to see a given drop; {@link RunHistory} keeps one line
 * per run and lists the cases whose verdict flips most.
 *
 * <pre>{@code
 * Baseline baseline = BaselineFile.read(Path.of("suites/demo-agent.baseline.yaml"));
 * BaselineComparison result = BaselineComparison.compare(baseline, candidateRun, GateSettings.defaults());
 * if (!result.passed()) { ... }
 * }</pre>
 */
@NullMarked
package ai.sigmamind.suite.stats;

import org.jspecify.annotations.NullMarked;
