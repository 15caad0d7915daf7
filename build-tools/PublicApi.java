import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedTypeVariable;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API gate: dumps the public and protected types and members of a module's classes,
 * one line each, and compares the dump with the committed one; any difference fails the build
 * with the lines removed and added, so every change to the public surface shows in review.
 *
 * <p>A line is {@code <type>: <signature>}: the type's own line first, then its members sorted;
 * types sorted by name. Signatures are written from reflection, not from {@code toString()}, so the
 * dump is the same on every JDK: modifiers, type parameters, generic types with their type-use
 * annotations (the JSpecify nullness markers), varargs, throws, and the runtime-visible
 * declaration annotations by name. Packages named {@code internal} (and below) are not API.
 *
 * <p>Run by the build ({@code sigmamind.api.skip=false} in a module) with the JDK's source-file
 * launcher and the module's runtime classpath:
 * {@code java -cp <classpath> PublicApi.java <classes dir> <dump file> <update> <accept command>}.
 * With {@code update} {@code true} it writes the dump instead of comparing.
 */
public final class PublicApi {
  private static final String HEADER = """
      # The public API of %s, one line per public or protected type and member.
      # Generated and compared by the build (build-tools/PublicApi.java); do not edit.
      # To accept a change on purpose: %s
      """;

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    Path dump = Path.of(args[1]).toAbsolutePath().normalize();
    boolean update = Boolean.parseBoolean(args[2]);
    String accept = args[3];
    if (!Files.isDirectory(classes)) {
      fail("no compiled classes at " + classes + " (compile the module first)");
    }
    List<String> current = dump(classes);
    if (current.isEmpty()) {
      fail("no public types under " + classes + ": nothing to guard (is the module's code all internal?)");
    }
    String name = dump.getFileName().toString().replaceFirst("\\.api$", "");
    if (update) {
      Files.createDirectories(dump.toAbsolutePath().getParent());
      Files.writeString(dump, HEADER.formatted(name, accept) + String.join("\n", current) + "\n");
      System.out.println("Public API: wrote " + current.size() + " lines to " + dump);
      return;
    }
    if (!Files.isRegularFile(dump)) {
      fail("no committed public API dump at " + dump + "; create it with: " + accept);
    }
    List<String> committed = Files.readAllLines(dump).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
    if (committed.equals(current)) {
      System.out.println("Public API unchanged: " + current.size() + " lines match " + dump);
      return;
    }
    Set<String> before = new LinkedHashSet<>(committed);
    Set<String> after = new LinkedHashSet<>(current);
    List<String> removed = committed.stream().filter(line -> !after.contains(line)).toList();
    List<String> added = current.stream().filter(line -> !before.contains(line)).toList();
    StringBuilder message = new StringBuilder("the public API of " + name + " differs from " + dump + " ("
        + removed.size() + " removed, " + added.size() + " added):\n");
    removed.forEach(line -> message.append("- ").append(line).append('\n'));
    added.forEach(line -> message.append("+ ").append(line).append('\n'));
    if (removed.isEmpty() && added.isEmpty()) {
      message.append("(the same lines in another order: the dump was edited by hand)\n");
    }
    message.append("If the change is on purpose, accept it and commit the dump: ").append(accept);
    fail(message.toString());
  }

  private static void fail(String message) {
    System.err.println("Public API check failed: " + message);
    System.exit(1);
  }

  /** Every API line of the classes under {@code root}, in the dump's order. */
  static List<String> dump(Path root) throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
        String binaryName = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceFirst("\\.class$", "");
        if (binaryName.endsWith("package-info") || binaryName.equals("module-info")) {
          continue;
        }
        Class<?> type = Class.forName(binaryName, false, PublicApi.class.getClassLoader());
        if (isApi(type)) {
          types.add(type);
        }
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types) {
      String prefix = className(type) + ": ";
      lines.add(prefix + declaration(type));
      members(type).stream().sorted().forEach(member -> lines.add(prefix + member));
    }
    return lines;
  }

  /** Whether code outside the package can name the type: public or protected all the way out. */
  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (String segment : type.getPackageName().split("\\.")) {
      if (segment.equals("internal")) {
        return false;
      }
    }
    for (Class<?> at = type; at != null; at = at.getDeclaringClass()) {
      if (!visible(at.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String declaration(Class<?> type) {
    StringBuilder line = new StringBuilder(annotations(type.getDeclaredAnnotations()));
    int modifiers = type.getModifiers();
    line.append(visibility(modifiers));
    if (type.getDeclaringClass() != null && Modifier.isStatic(modifiers) && !type.isInterface()
        && !type.isEnum() && !type.isRecord()) {
      line.append("static ");
    }
    if (type.isAnnotation()) {
      line.append("@interface ");
    } else if (type.isInterface()) {
      line.append(type.isSealed() ? "sealed " : "").append("interface ");
    } else if (type.isEnum()) {
      line.append("enum ");
    } else if (type.isRecord()) {
      line.append("record ");
    } else {
      line.append(Modifier.isAbstract(modifiers) ? "abstract " : "")
          .append(Modifier.isFinal(modifiers) ? "final " : "")
          .append(type.isSealed() ? "sealed " : "")
          .append("class ");
    }
    line.append(type.getSimpleName()).append(typeParameters(type.getTypeParameters()));
    if (type.isRecord()) {
      line.append(Arrays.stream(type.getRecordComponents())
          .map(component -> type(component.getAnnotatedType()) + " " + component.getName())
          .collect(Collectors.joining(", ", "(", ")")));
    }
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    while (superclass != null && superclass.getType() instanceof Class<?> hidden && !visible(hidden.getModifiers())) {
      superclass = hidden.getAnnotatedSuperclass();
    }
    if (superclass != null && !type.isEnum() && !type.isRecord() && superclass.getType() != Object.class) {
      line.append(" extends ").append(type(superclass));
    }
    List<AnnotatedType> interfaces = visibleInterfaces(type);
    if (!type.isAnnotation() && !interfaces.isEmpty()) {
      line.append(type.isInterface() ? " extends " : " implements ").append(interfaces.stream()
          .map(PublicApi::type).collect(Collectors.joining(", ")));
    }
    if (type.isSealed()) {
      line.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(Class::getName).sorted().collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  /** The interfaces a type names, a non-public one replaced by the interfaces it extends. */
  private static List<AnnotatedType> visibleInterfaces(Class<?> type) {
    List<AnnotatedType> interfaces = new ArrayList<>();
    for (AnnotatedType each : type.getAnnotatedInterfaces()) {
      Class<?> raw = each.getType() instanceof ParameterizedType parameterized
          ? (Class<?>) parameterized.getRawType() : (Class<?>) each.getType();
      if (visible(raw.getModifiers())) {
        interfaces.add(each);
      } else {
        interfaces.addAll(visibleInterfaces(raw));
      }
    }
    return interfaces;
  }

  /**
   * A type's members, with the public ones it inherits from non-public classes and interfaces
   * (generated operation layers, say): callers see them as the type's own, as its Javadoc does.
   */
  private static List<String> members(Class<?> type) {
    List<String> members = declaredMembers(type);
    List<Class<?>> supertypes = new ArrayList<>(List.of(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      supertypes.add(type.getSuperclass());
    }
    for (Class<?> supertype : supertypes) {
      if (!visible(supertype.getModifiers())) {
        members(supertype).stream().filter(member -> !members.contains(member)).forEach(members::add);
      }
    }
    return members;
  }

  private static List<String> declaredMembers(Class<?> type) {
    List<String> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (field.isSynthetic() || !visible(field.getModifiers())) {
        continue;
      }
      if (field.isEnumConstant()) {
        members.add(annotations(field.getDeclaredAnnotations()) + "enum constant " + field.getName());
      } else {
        members.add(annotations(field.getDeclaredAnnotations()) + modifiers(field.getModifiers(), false)
            + type(field.getAnnotatedType()) + " " + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (!constructor.isSynthetic() && visible(constructor.getModifiers())) {
        members.add(executable(constructor, type.getSimpleName()));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (!method.isSynthetic() && !method.isBridge() && visible(method.getModifiers())) {
        String result = type(method.getAnnotatedReturnType()) + " " + method.getName();
        members.add(executable(method, result));
      }
    }
    return members;
  }

  private static String executable(Executable executable, String nameAndResult) {
    StringBuilder line = new StringBuilder(annotations(executable.getDeclaredAnnotations()));
    boolean isDefault = executable instanceof Method method && method.isDefault();
    line.append(modifiers(executable.getModifiers(), isDefault));
    String typeParameters = typeParameters(executable.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      line.append(typeParameters).append(' ');
    }
    line.append(nameAndResult).append('(');
    AnnotatedType[] parameters = parameterTypes(executable);
    for (int i = 0; i < parameters.length; i++) {
      line.append(i == 0 ? "" : ", ");
      boolean varargs = executable.isVarArgs() && i == parameters.length - 1;
      line.append(varargs ? varargs((AnnotatedArrayType) parameters[i]) : type(parameters[i]));
    }
    line.append(')');
    AnnotatedType[] exceptions = executable.getAnnotatedExceptionTypes();
    if (exceptions.length > 0) {
      line.append(" throws ").append(Arrays.stream(exceptions).map(PublicApi::type).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  /**
   * A record's canonical constructor takes its components' types. From them, not from the
   * constructor: newer javacs mark its parameters mandated, and JDK 17's reflection then drops
   * their generic types (List instead of List&lt;T&gt;), so the dump would depend on the compiler.
   */
  private static AnnotatedType[] parameterTypes(Executable executable) {
    Class<?> owner = executable.getDeclaringClass();
    if (executable instanceof Constructor<?> && owner.isRecord()) {
      AnnotatedType[] components = Arrays.stream(owner.getRecordComponents())
          .map(component -> component.getAnnotatedType()).toArray(AnnotatedType[]::new);
      Class<?>[] raw = Arrays.stream(owner.getRecordComponents()).map(component -> component.getType())
          .toArray(Class<?>[]::new);
      if (Arrays.equals(raw, executable.getParameterTypes())) {
        return components;
      }
    }
    return executable.getAnnotatedParameterTypes();
  }

  /** The modifiers that are part of a member's contract (not synchronized, native, transient...). */
  private static String modifiers(int modifiers, boolean isDefault) {
    return visibility(modifiers)
        + (isDefault ? "default " : "")
        + (Modifier.isStatic(modifiers) ? "static " : "")
        + (Modifier.isAbstract(modifiers) ? "abstract " : "")
        + (Modifier.isFinal(modifiers) ? "final " : "");
  }

  private static String visibility(int modifiers) {
    return Modifier.isPublic(modifiers) ? "public " : Modifier.isProtected(modifiers) ? "protected " : "";
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(variable -> {
      String bounds = Arrays.stream(variable.getAnnotatedBounds())
          .filter(bound -> bound.getType() != Object.class || bound.getDeclaredAnnotations().length > 0)
          .map(PublicApi::type)
          .collect(Collectors.joining(" & "));
      return annotations(variable.getDeclaredAnnotations()) + variable.getName()
          + (bounds.isEmpty() ? "" : " extends " + bounds);
    }).collect(Collectors.joining(", ", "<", ">"));
  }

  private static String varargs(AnnotatedArrayType array) {
    String annotations = annotations(array.getDeclaredAnnotations()).strip();
    return type(array.getAnnotatedGenericComponentType()) + (annotations.isEmpty() ? "" : " " + annotations) + "...";
  }

  /** A type as source would spell it, fully qualified, with its type-use annotations. */
  private static String type(AnnotatedType annotated) {
    String annotations = annotations(annotated.getDeclaredAnnotations());
    if (annotated instanceof AnnotatedArrayType array) {
      return type(array.getAnnotatedGenericComponentType()) + (annotations.isEmpty() ? "" : " " + annotations.strip())
          + "[]";
    }
    if (annotated instanceof AnnotatedWildcardType wildcard) {
      AnnotatedType[] lower = wildcard.getAnnotatedLowerBounds();
      AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
      if (lower.length > 0) {
        return annotations + "? super " + type(lower[0]);
      }
      boolean unbounded = upper.length == 0
          || (upper[0].getType() == Object.class && upper[0].getDeclaredAnnotations().length == 0);
      return annotations + "?" + (unbounded ? "" : " extends " + type(upper[0]));
    }
    if (annotated instanceof AnnotatedTypeVariable) {
      return annotations + ((TypeVariable<?>) annotated.getType()).getName();
    }
    if (annotated instanceof AnnotatedParameterizedType parameterized) {
      Class<?> raw = (Class<?>) ((ParameterizedType) parameterized.getType()).getRawType();
      return annotations + className(raw) + Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
          .map(PublicApi::type).collect(Collectors.joining(", ", "<", ">"));
    }
    Type plain = annotated.getType();
    return annotations + (plain instanceof Class<?> type ? className(type) : plain.getTypeName());
  }

  private static String className(Class<?> type) {
    return type.getName().replace('$', '.');
  }

  /** Runtime-visible annotations by name only: their values' toString() differs between JDKs. */
  private static String annotations(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .map(annotation -> "@" + className(annotation.annotationType()) + " ")
        .sorted()
        .collect(Collectors.joining());
  }

  private PublicApi() {}
}
