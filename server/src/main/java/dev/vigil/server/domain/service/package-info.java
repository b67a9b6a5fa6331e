/** Domain services: pure functions over the model, no I/O. */
package dev.vigil.server.domain.service;
