/** The reporting protocol in force for a property: its numbers, actions, deadlines and periods. */
package dev.vigil.server.application.protocol;
