/** What every use case shares: the caller, field errors, not-found and forbidden outcomes. */
package dev.vigil.server.application.shared;
