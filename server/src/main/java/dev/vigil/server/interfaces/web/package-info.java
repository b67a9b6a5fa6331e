/**
 * The pages: the staff filing page ({@code /}), the security console ({@code /console}), the
 * embeddable checklist ({@code /embed}) and sign-in. Pages are HTML templates filled with the
 * language, direction and message bundle of the reader; the scripts under {@code /static} talk to the
 * REST API. Headers here keep case and filing data out of caches and other sites out of the session.
 */
package dev.vigil.server.interfaces.web;
