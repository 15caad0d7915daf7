package ai.sigmamind.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose only job is to name suite files for the SigmaMind engine, so that launchers
 * which select test classes (Surefire, Failsafe, an IDE's "run this class") run them. Each value is
 * a classpath resource ({@code suites/demo-agent.sigmamind.yaml}) or, failing that, a file path
 * relative to the working directory; no value means every {@code *.sigmamind.yaml} on the
 * classpath root the class was loaded from.
 *
 * <pre>{@code
 * @SigmaMindSuite("suites/demo-agent.sigmamind.yaml")
 * class DemoAgentTest {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SigmaMindSuite {
  /**
   * The suite files to run.
   *
   * @return classpath resources or file paths; empty for all {@code *.sigmamind.yaml} files on the
   *     class's classpath root
   */
  String[] value() default {};
}
