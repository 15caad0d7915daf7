package ai.sigmamind.cli;

import ai.sigmamind.sdk.models.ModelJsonAdapters;
import com.squareup.moshi.Moshi;

/** The API's models (and maps and lists of them) as indented JSON, as the API spells them. */
final class ModelJson {
  private static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.FACTORY).build();

  private ModelJson() {
  }

  static String toJson(Object value) {
    return MOSHI.adapter(Object.class).indent("  ").toJson(value);
  }
}
