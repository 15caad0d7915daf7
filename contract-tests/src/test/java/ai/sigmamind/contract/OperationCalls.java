package ai.sigmamind.contract;

import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.models.ApiOperation;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How the SDK makes each operation's call, as the resource contract tests declare it next to the
 * operation's success interaction ({@code OPERATIONS} in each). The 401 and 404 interactions and the
 * sandbox's spec check make every operation's call through this, so an operation needs its call
 * written once; one that none declares fails every test that asks for all of them.
 */
final class OperationCalls {
  /** The page size of list calls that fetch one page: the SDK's maximum, what {@code listAll()} asks for. */
  static final int PAGE_SIZE = PageRequest.MAX_SIZE;

  /** Every resource's declarations; a new tag's contract test joins here. */
  private static final List<Function<Ids, SdkCall<?>>> DECLARED = Stream.of(TestCaseContractTest.OPERATIONS,
      BatchRunContractTest.OPERATIONS, TestRunContractTest.OPERATIONS).flatMap(List::stream).toList();

  private OperationCalls() {
  }

  /**
   * Every operation of the catalog, in its order, addressed with {@code ids}.
   *
   * @throws IllegalStateException if an operation has no declared call, or more than one
   */
  static List<SdkCall<?>> all(Ids ids) {
    Map<ApiOperation, SdkCall<?>> calls = new EnumMap<>(ApiOperation.class);
    for (Function<Ids, SdkCall<?>> declared : DECLARED) {
      SdkCall<?> call = declared.apply(ids);
      if (calls.put(call.operation(), call) != null) {
        throw new IllegalStateException(call.operation() + " has more than one call in the contract tests' OPERATIONS");
      }
    }
    Set<ApiOperation> undeclared = EnumSet.allOf(ApiOperation.class);
    undeclared.removeAll(calls.keySet());
    if (!undeclared.isEmpty()) {
      throw new IllegalStateException("No SDK call for " + undeclared + ": declare it in the OPERATIONS of its resource's "
          + "contract test, next to its success interaction");
    }
    return List.copyOf(calls.values());
  }

  /** The call of {@code operation}, addressed with {@code ids}. */
  static SdkCall<?> of(ApiOperation operation, Ids ids) {
    return all(ids).get(operation.ordinal());
  }
}
