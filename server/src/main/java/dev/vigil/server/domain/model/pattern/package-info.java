/**
 * Pattern rules as data: subject keys, tiers, conditions and outcomes, the rule pack with its
 * scoring convention and fixtures. The engine that evaluates them lives in the domain services.
 */
package dev.vigil.server.domain.model.pattern;
