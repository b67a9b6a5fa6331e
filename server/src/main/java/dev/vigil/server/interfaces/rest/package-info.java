/** The REST API v1: thin JAX-RS resources over the use cases, problem+json errors, role checks. */
package dev.vigil.server.interfaces.rest;
