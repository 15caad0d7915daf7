/**
 * Not API: what the suite's packages share and users have no reason to call. May change in any release.
 */
@NullMarked
package ai.sigmamind.suite.internal;

import org.jspecify.annotations.NullMarked;
