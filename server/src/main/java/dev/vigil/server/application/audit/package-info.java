/** The audit trail as administrators check it: each tenant's chain, verified from its first entry. */
package dev.vigil.server.application.audit;
