/**
 * PMS connectors at work: resolving a filing's stay through its property's connector (cached, with a time
 * budget), linking the stay's subject keys to observations at filing or later, the persisted retry of
 * lookups the PMS could not answer, and webhook and polled events turned into stay updates.
 */
package dev.vigil.server.application.connector;
