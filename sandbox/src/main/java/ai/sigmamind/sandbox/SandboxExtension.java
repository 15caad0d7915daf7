package ai.sigmamind.sandbox;

import java.util.Objects;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs a {@link SigmaMindSandbox} for a test class: started on first use,
 * shared by the class's tests (and its {@code @Nested} classes), {@link SigmaMindSandbox#reset()
 * reset} before each test so tests don't see each other's data, and closed after the class.
 * Injects the sandbox, or with {@link SandboxBaseUrl} its base URL, into test-method, lifecycle
 * and constructor parameters.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class DefaultSandboxTest {
 *   @Test
 *   void runs(SigmaMindSandbox sandbox, @SandboxBaseUrl String baseUrl) { ... }
 * }
 *
 * class ConfiguredSandboxTest {
 *   @RegisterExtension
 *   static final SandboxExtension SANDBOX = new SandboxExtension(SigmaMindSandbox.builder().seed(7));
 * }
 * }</pre>
 *
 * <p>Register a configured extension in a {@code static} field: the first registration seen for a
 * class decides its sandbox's configuration.
 */
public final class SandboxExtension implements BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

  private final SigmaMindSandbox.Builder configuration;

  /** A sandbox with the {@link SigmaMindSandbox#builder() defaults}; what {@code @ExtendWith} uses. */
  public SandboxExtension() {
    this(SigmaMindSandbox.builder());
  }

  /**
   * A sandbox built from {@code configuration}.
   *
   * @param configuration the builder each test class's sandbox is built from when first used; later
   *     changes to it reach only test classes that start afterwards
   */
  public SandboxExtension(SigmaMindSandbox.Builder configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
  }

  /**
   * The running sandbox of the test class {@code context} belongs to, started on first use.
   *
   * @param context any context of the test class or of its {@code @Nested} classes and methods
   * @return the sandbox shared by the outermost test class of {@code context}
   */
  public SigmaMindSandbox sandbox(ExtensionContext context) {
    // Kept in the outermost class's store: JUnit closes it (an AutoCloseable) after that class.
    return classContext(context).getStore(NAMESPACE)
        .getOrComputeIfAbsent(SigmaMindSandbox.class, type -> configuration.build().start(), SigmaMindSandbox.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    sandbox(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    Class<?> type = parameterContext.getParameter().getType();
    return type == SigmaMindSandbox.class
        || (type == String.class && parameterContext.isAnnotated(SandboxBaseUrl.class));
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    SigmaMindSandbox sandbox = sandbox(extensionContext);
    return parameterContext.getParameter().getType() == SigmaMindSandbox.class ? sandbox : sandbox.baseUrl();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext outermost = context;
    while (outermost.getParent().isPresent() && outermost.getParent().get() != context.getRoot()) {
      outermost = outermost.getParent().get();
    }
    return outermost;
  }
}
