package ai.sigmamind.suite.probe;

import ai.sigmamind.sdk.models.ApiOperation;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks exchanges against the spec this tool was built with (bundled in its jar) with Atlassian's
 * swagger-request-validator, the validator the contract tests use, and sorts what it reports:
 * properties the spec does not declare (the validator treats every schema as closed) and success
 * statuses the spec does not list are drift to review; everything else it reports (a required
 * field missing, a wrong type or format, an undocumented error status, a wrong content type) is
 * breaking.
 */
final class SpecCheck {
  private static final String SPEC_RESOURCE = "sigmamind.yaml";
  private static final Pattern VERSION = Pattern.compile("(?m)^  version: *'?([^'\\s]+)");
  /** The names a required or additionalProperties message lists: {@code ["a","b"]}. */
  private static final Pattern NAMES = Pattern.compile("\\[(\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")*)]");

  /** An operation's id and, on the next line, where its shape comes from (the spec's own layout). */
  private static final Pattern EVIDENCE = Pattern.compile("(?m)^ +operationId: (\\w+)\\n +x-sigmamind-evidence: *(.+)$");

  private final OpenApiInteractionValidator validator;
  private final String specVersion;
  private final Map<String, String> evidence = new HashMap<>();

  private SpecCheck(String spec) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
        .withLevelResolver(LevelResolver.create()
            // The validator's default only warns when a response lacks a required field.
            .withLevel("validation.response.body.schema.required", ValidationReport.Level.ERROR)
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .build();
    Matcher version = VERSION.matcher(spec);
    this.specVersion = version.find() ? version.group(1) : "unknown";
    Matcher evidence = EVIDENCE.matcher(spec);
    while (evidence.find()) {
      this.evidence.put(evidence.group(1), evidence.group(2).strip());
    }
  }

  /** The spec bundled with the tool, parsed once (it takes a second or two). */
  static SpecCheck bundled() {
    return Bundled.SPEC;
  }

  /** Parses the bundled spec on first use. */
  private static final class Bundled {
    static final SpecCheck SPEC = read();
  }

  private static SpecCheck read() {
    try (InputStream in = Objects.requireNonNull(SpecCheck.class.getResourceAsStream(SPEC_RESOURCE),
        "The tool's jar lacks its spec, " + SPEC_RESOURCE)) {
      return new SpecCheck(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled spec", e);
    }
  }

  /** The spec's {@code info.version}. */
  String specVersion() {
    return specVersion;
  }

  /**
   * The operation's {@code x-sigmamind-evidence}: {@code documented}, {@code inferred} or
   * {@code probed <date>}; {@code unknown} when the spec does not say.
   */
  String evidence(ApiOperation operation) {
    return evidence.getOrDefault(operation.operationId(), "unknown");
  }

  /** What the spec says about {@code exchange}; empty when it conforms. */
  List<Finding> check(ProbedExchange exchange) {
    Set<Finding> findings = new LinkedHashSet<>();
    for (ValidationReport.Message message : validator.validate(exchange.request(), exchange.response()).getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR || message.getLevel() == ValidationReport.Level.WARN) {
        collect(message, exchange, findings);
      }
    }
    return List.copyOf(findings);
  }

  private static void collect(ValidationReport.Message message, ProbedExchange exchange, Set<Finding> findings) {
    if (!message.getNestedMessages().isEmpty()) {
      message.getNestedMessages().forEach(nested -> collect(nested, exchange, findings));
      return;
    }
    String key = message.getKey();
    String side = key.startsWith("validation.request") ? "request" : "response";
    String pointer = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("");
    pointer = pointer.replaceAll("/\\d+(?=/|$)", "/*").replaceAll("/$", "");
    boolean additional = key.endsWith(".additionalProperties");
    Finding.Kind kind = additional || (key.equals("validation.response.status.unknown") && exchange.succeeded())
        ? Finding.Kind.DRIFT : Finding.Kind.BREAKING;
    List<String> names = additional || key.endsWith(".required") ? names(message.getMessage()) : List.of();
    if (key.equals("validation.response.status.unknown")) {
      findings.add(new Finding(kind, "response status " + exchange.status(), message.getMessage()));
    } else if (names.isEmpty()) {
      findings.add(new Finding(kind, side + " " + (pointer.isEmpty() ? "/" : pointer), message.getMessage()));
    } else {
      for (String name : names) {
        String what = additional ? "a field the spec lacks" : "a required field is missing";
        findings.add(new Finding(kind, side + " " + pointer + "/" + name, what + " (" + message.getMessage() + ")"));
      }
    }
  }

  private static List<String> names(String message) {
    Matcher list = NAMES.matcher(message);
    List<String> names = new ArrayList<>();
    if (list.find()) {
      for (String quoted : list.group(1).split(",")) {
        names.add(quoted.strip().replace("\"", ""));
      }
    }
    return names;
  }
}
