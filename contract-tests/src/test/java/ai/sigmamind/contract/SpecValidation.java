package ai.sigmamind.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;

/**
 * Validation of interactions against an OpenAPI spec with levels stricter than the validator's
 * Pact defaults, which let a response miss required fields.
 */
final class SpecValidation {
  private SpecValidation() {
  }

  /**
   * Levels for {@code spec}: required fields and undocumented query parameters are errors, and, as
   * by the validator's default, so are properties a schema does not declare.
   */
  static LevelResolver.Builder strictLevels() {
    return LevelResolver.create()
        .withLevel("validation.response.body.schema.required", ValidationReport.Level.ERROR)
        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
        // A pact leaves out bodies the consumer ignores (the 401 and 404 bodies): not sending one is allowed.
        .withLevel("validation.response.body.missing", ValidationReport.Level.INFO);
  }

  static OpenApiInteractionValidator validator(Path spec, LevelResolver levels) {
    return OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
        .withLevelResolver(levels)
        .build();
  }

  /** Every request and response of {@code pact} checked against {@code spec}. */
  static PactProviderValidationResults validatePact(Path spec, Path pact) {
    return PactProviderValidator.createFor(validator(spec, strictLevels().build()))
        .withConsumer(Contract.CONSUMER, pact.toString())
        .build()
        .validate();
  }
}
