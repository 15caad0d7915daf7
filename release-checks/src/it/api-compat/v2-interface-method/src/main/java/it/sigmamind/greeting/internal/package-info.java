/** Helpers that are not API: neither gate looks at packages named internal. */
package it.sigmamind.greeting.internal;
