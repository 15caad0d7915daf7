package ai.sigmamind.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates commands and mixins, handing the {@link CliContext} to those whose constructor takes
 * it, so commands never reach for {@code System.out} or {@code System.getenv} themselves.
 */
final class CommandFactory implements CommandLine.IFactory {
  private final CliContext context;
  private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

  CommandFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == CliContext.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(context));
      }
    }
    return defaults.create(type);
  }
}
