/** Reading the active checklist in a language, for a role. */
package dev.vigil.server.application.indicator;
