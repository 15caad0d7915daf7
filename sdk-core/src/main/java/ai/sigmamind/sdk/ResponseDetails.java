package ai.sigmamind.sdk;

import ai.sigmamind.sdk.models.ApiError;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What an error response said, already redacted and bounded; carried by the API exceptions. */
record ResponseDetails(
    int statusCode,
    String method,
    String path,
    @Nullable ApiError apiError,
    String bodyExcerpt,
    Map<String, List<String>> headers,
    @Nullable String requestId) {
}
