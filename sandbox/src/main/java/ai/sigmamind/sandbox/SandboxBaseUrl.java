package ai.sigmamind.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter that {@link SandboxExtension} fills with the sandbox's
 * {@link SigmaMindSandbox#baseUrl() base URL}.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class ClientTest {
 *   @Test
 *   void listsTestCases(@SandboxBaseUrl String baseUrl) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SandboxBaseUrl {
}
