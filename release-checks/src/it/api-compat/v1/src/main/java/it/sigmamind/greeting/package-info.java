/** Greetings: the public API whose changes the gates judge. */
package it.sigmamind.greeting;
