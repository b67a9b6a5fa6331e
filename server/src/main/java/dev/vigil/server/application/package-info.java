/** Use cases: one interface, a Default* implementation and a *Command record each; resources call only these. */
package dev.vigil.server.application;
