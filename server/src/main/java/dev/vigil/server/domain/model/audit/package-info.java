/** The audit trail: who read or changed what, when. Never the content itself. */
package dev.vigil.server.domain.model.audit;
