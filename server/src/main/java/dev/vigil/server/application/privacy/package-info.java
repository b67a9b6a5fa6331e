/** Outbound ports for pseudonymisation and encryption at rest. */
package dev.vigil.server.application.privacy;
