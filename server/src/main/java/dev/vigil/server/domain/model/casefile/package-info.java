/**
 * Cases: the aggregate for a group of linked subjects where rules matched, with its severity,
 * status, explained matches, contributing observations, decisions and history.
 */
package dev.vigil.server.domain.model.casefile;
